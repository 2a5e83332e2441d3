/**
 * One policy for keys that differ only in full-width forms or spaces (hostile-36 F3): `--group-by` pools them with a
 * notice, and so do `--tally-by` (of grade and compare, which counted `L1` and `Ｌ1` apart) and `compare --group-by`
 * (which pooled them without a word), in both languages.
 */
import { describe, expect, it } from 'vitest';
import { FoldedKeys } from '../../src/grade/folded-keys';
import { useCli } from './cli-harness';

const cli = useCli();
const LOTS = 'building-materials/cement-lot-grade';
// hostile-36 cases/lots.csv: L1 written "L1", "L1 " and "Ｌ1" (its 40 MPa fails conforming's 42.5), two blank.
const INPUT = `id,lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting
r1,L1,42.5,24.0,47.0,160,240
r2,L1,42.5,24.0,48.0,160,240
r3,L1 ,42.5,24.0,49.0,160,240
r4,Ｌ1,42.5,24.0,40.0,160,240
r5,,42.5,24.0,48.0,160,240
r6,,42.5,24.0,60.0,160,240
r7,L2,42.5,24.0,48.0,160,240
r8,L3,42.5,24.0,64.02,160,240
r9,L3,42.5,24.0,66,160,240
r10,L3,42.5,24.0,67.98,160,240
`;
const pooled = (option: string) => ({
  en: `${option} column "lot": keys that differ only in full-width characters or spaces were taken as one group (shown as first written): "L1" (also written "Ｌ1")\n`,
  zh: `${option} 列“lot”中只差全角/半角或空白的键合为一组（以首次出现的写法显示）：“L1”（又写作 “Ｌ1”）\n`,
});

describe.concurrent('lot keys written two ways (hostile-36 F3)', () => {
  it('grade --tally-by counts L1 and Ｌ1 as one group, as --group-by grades them, with the same notice', async () => {
    const en = await cli.run(['grade', '-r', LOTS, '--tally-by', 'lot', '-f', 'csv', '-'], { input: INPUT });
    expect(en.stderr).toContain(pooled('--tally-by').en);
    const table = en.stderr.split('\n');
    const at = table.findIndex((l) => l.startsWith('by lot ('));
    expect(table[at]).toBe('by lot (4 groups):');
    // L1: r1–r4, three superior and r4 below the lowest grade; nothing is counted under "Ｌ1".
    expect(table[at + 2]!.trim().split(/ +/)).toEqual(['L1', '3', '0', '0', '1', '0', '4']);
    expect(en.stderr).not.toMatch(/^ {2}Ｌ1/mu);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', 'lot', '-f', 'csv', '-'], {
      input: INPUT,
    });
    expect(zh.stderr).toContain(pooled('--tally-by').zh);
    expect(zh.stderr).toContain('按“lot”统计（4 组）');
    // --group-by: the same four records make lot L1.
    const grouped = await cli.run(['grade', '-r', LOTS, '--group-by', 'lot', '-f', 'ndjson', '-'], {
      input: INPUT,
    });
    expect(grouped.stderr).toContain(pooled('--group-by').en);
    const lots = grouped.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { group: string; records: { count: number } });
    expect(lots.map((g) => [g.group, g.records.count])).toEqual([
      ['L1', 4],
      ['L2', 1],
      ['L3', 3],
      ['', 2],
    ]);
  });

  it('compare --group-by says it pooled them, on stderr with -f json too; so does --tally-by', async () => {
    const en = await cli.run(['compare', '--group-by', 'lot', '-f', 'json', LOTS, LOTS, '-'], {
      input: INPUT,
    });
    // 1: two records have no lot (the '' group), as grade --group-by exits on them (contracts-44).
    expect(en.code, en.stderr).toBe(1);
    expect(en.stderr).toContain(pooled('--group-by').en);
    const json = JSON.parse(en.stdout) as { groups: { total: number } };
    expect(json.groups.total).toBe(4);
    const zh = await cli.run(['--lang', 'zh', 'compare', '--group-by', 'lot', LOTS, LOTS, '-'], {
      input: INPUT,
    });
    expect(zh.stderr).toContain(pooled('--group-by').zh);
    const tally = await cli.run(['compare', '--tally-by', 'lot', '-f', 'json', LOTS, LOTS, '-'], {
      input: INPUT,
    });
    expect(tally.stderr).toContain(pooled('--tally-by').en);
    const groups = (JSON.parse(tally.stdout) as { tally: { groups: { key: string; total: number }[] } }).tally
      .groups;
    expect(groups.map((g) => [g.key, g.total])).toEqual([
      ['L1', 4],
      ['L2', 1],
      ['L3', 3],
      ['', 2],
    ]);
    // Keys written one way: no notice.
    const plain = await cli.run(['compare', '--group-by', 'lot', LOTS, LOTS, '-'], {
      input: INPUT.replace('Ｌ1', 'L1'),
    });
    expect(plain.stderr).not.toContain('taken as one group');
  });
});

describe('FoldedKeys', () => {
  it('names a key as first written; no value stays none; past its bound a new key is taken as written', () => {
    const keys = new FoldedKeys(2);
    expect(keys.key('Ｌ1')).toBe('Ｌ1');
    expect(keys.key('L1')).toBe('Ｌ1');
    expect(keys.key('')).toBe('');
    expect(keys.key('\u3000')).toBe('');
    expect(keys.key('L2')).toBe('L2');
    // The bound (2 keys) is reached: L3 is not remembered, so Ｌ3 is not pooled with it; earlier keys still are.
    expect(keys.key('L3')).toBe('L3');
    expect(keys.key('Ｌ3')).toBe('Ｌ3');
    expect(keys.key('L2\u3000')).toBe('L2');
    expect(keys.spellings.notice('--tally-by', 'lot')?.en).toBe(
      '--tally-by column "lot": keys that differ only in full-width characters or spaces were taken as one group (shown as first written): "Ｌ1" (also written "L1"); "L2" (also written "L2<U+3000>")',
    );
  });
});
