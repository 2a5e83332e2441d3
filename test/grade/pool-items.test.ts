import { describe, expect, it } from 'vitest';
import { packedSnapshotsMemory, packSnapshots, unpackSnapshots } from '../../src/batch/packed-snapshots';
import { loadBundledRuleSet } from '../../src/bundled/bundled-rule-sets';
import { compileGrader } from '../../src/grade/create-grader';
import type { PoolItem } from '../../src/grade/pool-batch';

describe('grader pool items: packed for the trip to a worker', () => {
  it('unpack gives the items packed: every kind of entry, odd records as they are', async () => {
    const split = compileGrader(await loadBundledRuleSet('steel/hot-rolled-ribbed-bar'));
    const width = split.compiled.model.indicators.length;
    const records: unknown[] = [
      { designation: 'HRB400', diameter: 20, yieldStrength: [430, 440], carbon: -0, silicon: Number.NaN },
      { designation: '', diameter: 12, bend: true, rebend: false, weirdField: 'x' },
      { 屈服强度: 430 }, // a label key: the snapshot carries labelKeys, sent as it is
      null,
      { diameter: { value: 20 } },
      {},
    ];
    const items: PoolItem[] = records.map((r, i) => ({ row: 7 + i, snapshot: split.snapshot(r) }));
    const packed = packSnapshots(items, width);
    expect(packed.odd.map((o) => o.index).sort()).toEqual(
      items.flatMap((item, i) =>
        Array.isArray(item.snapshot) && !('labelKeys' in item.snapshot) ? [] : [i],
      ),
    );
    // As a worker gets it: its typed arrays moved, the rest a structured clone.
    const moved = structuredClone(packed, { transfer: packedSnapshotsMemory(packed) });
    expect(packed.rows.byteLength).toBe(0);
    const got = unpackSnapshots(moved, { item: (row, snapshot): PoolItem => ({ row, snapshot }) });
    expect(got.map((g) => g.row)).toEqual([7, 8, 9, 10, 11, 12]);
    for (let i = 0; i < items.length; i++) {
      const want = items[i]!.snapshot;
      const have = got[i]!.snapshot;
      if (!Array.isArray(want)) expect(have).toEqual(want);
      else for (let j = 0; j < width; j++) expect((have as unknown[])[j]).toStrictEqual(want[j]); // -0 too
      // What grading reads gives the same result.
      expect(split.gradeFull({ snapshot: have })).toStrictEqual(split.gradeFull({ snapshot: want }));
    }
    expect(Object.is((got[0]!.snapshot as unknown[])[split.compiled.model.slots.get('carbon')!], -0)).toBe(
      true,
    );
  });
});
