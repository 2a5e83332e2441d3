/**
 * The unread cells' readings share one walk over a record's cells (unread-cells.ts): a record whose remarks make
 * several errors gets each, in the order the readings always gave them — a stated number (hostile-31 W7), a value
 * word (`机型` = 移动式), a stated unit (hostile-32 W1) — one unit error a record, and none from a kept column.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledRuleSet } from '../../src/bundled/bundled-rule-sets';
import { batched } from '../../src/input/batched';
import type { InputItem } from '../../src/input/input-item';
import { unreadValueColumns } from '../../src/input/unread-value-columns';
import type { RecordError } from '../../src/model/grade-result';

async function errorsOf(
  id: string,
  records: Record<string, unknown>[],
  options: { header?: string[]; kept?: string[]; remarkUnits?: boolean } = {},
): Promise<[string, string][][]> {
  const { indicators } = await loadBundledRuleSet(id);
  const items: InputItem[] = records.map((record, i) => ({ row: i + 1, record }));
  const header = options.header;
  const checked = unreadValueColumns(
    batched(async function* () {
      yield items;
    }),
    {
      indicators,
      kept: options.kept ?? [],
      ...(header ? { header: () => ({ fields: header, cells: header }) } : {}),
      remarkUnits: options.remarkUnits ?? true,
    },
  );
  const out: [string, string][][] = [];
  for await (const item of checked) {
    const errors: RecordError[] = ('conversionErrors' in item && item.conversionErrors) || [];
    out.push(errors.map((e) => [e.field, e.code]));
  }
  return out;
}

const REBAR = 'steel/hot-rolled-ribbed-bar';
const bar = { designation: 'HRB400', diameter: 20, yieldStrength: 430, tensileStrength: 570 };

describe('one walk over unread cells, both readings', () => {
  it('a rebar remark giving nitrogen (default 0) and a diameter in cm: the number first, then the unit', async () => {
    const header = [...Object.keys(bar), '备注', '编号'];
    const got = await errorsOf(
      REBAR,
      [
        { ...bar, 备注: '氮 0.012，直径单位 cm' },
        // An id column: a unit there is still read; its figure is an id, not nitrogen.
        { ...bar, 备注: '合格', 编号: '(cm)' },
        { ...bar, 备注: '氮 0', 编号: 'N 0.02' },
      ],
      { header },
    );
    expect(got).toEqual([
      [
        ['nitrogen', 'missing'],
        ['diameter', 'wrong-type'],
      ],
      [['diameter', 'wrong-type']],
      [],
    ]);
  });

  it('JSON keys: one unit error a record, the first key that states one; a kept key never read', async () => {
    const got = await errorsOf(REBAR, [
      { ...bar, remark: '(cm)', note: '屈服强度单位 GPa', other: 'Cu 0.4' },
      { ...bar, remark: '氮 0.015' },
    ]);
    expect(got).toEqual([
      [
        ['copper', 'missing'],
        ['diameter', 'wrong-type'],
      ],
      [['nitrogen', 'missing']],
    ]);
    const kept = await errorsOf(REBAR, [{ ...bar, remark: '氮 0.015 (cm)' }], { kept: ['remark'] });
    expect(kept).toEqual([[]]);
  });

  it('an air conditioner: the value word’s error (机型 = 移动式) before the remark’s unit (Btu/h)', async () => {
    const header = ['unitType', 'ratedCoolingCapacity', 'apf', '机型', '备注'];
    const ac = { unitType: 'heat-pump', ratedCoolingCapacity: 12000, apf: 4.62 };
    const records = [{ ...ac, 机型: '移动式', 备注: '制冷量单位 Btu/h' }];
    expect(await errorsOf('home-appliances/room-air-conditioner-energy', records, { header })).toEqual([
      [
        ['unitConfiguration', 'missing'],
        ['ratedCoolingCapacity', 'wrong-type'],
      ],
    ]);
    // Without the unit reading (compare's reading of each side), the value word's alone.
    const words = await errorsOf('home-appliances/room-air-conditioner-energy', records, {
      header,
      remarkUnits: false,
    });
    expect(words).toEqual([[['unitConfiguration', 'missing']]]);
  });
});
