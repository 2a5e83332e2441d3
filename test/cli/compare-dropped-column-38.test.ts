/**
 * A grade column dropped from a grade table together with its requirement (committee-38 F2: `seer@4` and
 * column 4 of `seerLimits`, GB 21455-2019's SEER table as the bundled rule set encodes it) is ONE change:
 * `diff` counts it once, worded as the requirement removed with the column's cells in its note, not three
 * "3.90 → empty (no requirement)" cells; `compare` credits the records it moved to it, each by it alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RAC = join(ROOT, 'rules', 'home-appliances/room-air-conditioner-energy.yaml');

function fixture(): { a: string; b: string; data: string } {
  const dir = temp();
  let text = readFileSync(RAC, 'utf8');
  for (const [from, to] of [
    [
      'columns: [ratedCoolingCapacity, "1", "2", "3", "4", "5"]\n    rows:\n      - ["≤ 4500", 5.80, 5.40, 5.00, 3.90, 3.70]\n      - ["(4500, 7100]", 5.50, 5.10, 4.40, 3.80, 3.60]\n      - ["(7100, 14000]", 5.20, 4.70, 4.00, 3.70, 3.50]',
      'columns: [ratedCoolingCapacity, "1", "2", "3", "5"]\n    rows:\n      - ["≤ 4500", 5.80, 5.40, 5.00, 3.70]\n      - ["(4500, 7100]", 5.50, 5.10, 4.40, 3.60]\n      - ["(7100, 14000]", 5.20, 4.70, 4.00, 3.50]',
    ],
  ] as const) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const b = join(dir, 'rac-b.yaml');
  writeFileSync(b, text);
  const data = join(dir, 'rac.csv');
  // Cooling-only units below grade 4's SEER limit in each band (3.90, 3.80, 3.70) but at grade 5's: grade 5
  // under A, grade 4 under B, where grade 4 asks nothing of SEER. C-4 meets grade 4 (3.90): no move.
  writeFileSync(
    data,
    [
      'id,unitType,ratedCoolingCapacity,seer',
      'C-1,cooling-only,3500,3.80',
      'C-2,cooling-only,3500,3.89',
      'C-3,cooling-only,6000,3.79',
      'C-4,cooling-only,3500,3.90',
      'C-5,cooling-only,12000,3.69',
      '',
    ].join('\n'),
  );
  return { a: RAC, b, data };
}

describe.concurrent('a grade column dropped with its requirement is one change (committee-38 F2)', () => {
  it('diff: one looser entry, the requirement removed, its cells in the note; no "empty (no requirement)"', async () => {
    const { a, b } = fixture();
    const json = JSON.parse((await cli.run(['diff', '-f', 'json', a, b])).stdout) as {
      counts: { total: number; looser: number };
      entries: { key: string; kind: string; note?: { zh: string; en: string } }[];
    };
    expect(json.entries.map((e) => e.key).filter((k) => k.includes('seer'))).toEqual(['criterion:seer@4']);
    expect(json.counts.looser).toBe(1);
    const entry = json.entries.find((e) => e.key === 'criterion:seer@4')!;
    expect(entry.kind).toBe('criterion-removed');
    expect(entry.note?.en).toBe(
      'with it, column Grade 4 of table "Cooling-only units: SEER per grade (Wh/Wh)" (seerLimits) removed: ≤ 4500: 3.90; (4500, 7100]: 3.80; (7100, 14000]: 3.70',
    );
    const en = (await cli.run(['diff', a, b])).stdout;
    expect(en).not.toContain('empty (no requirement)');
    expect(en).toMatch(/^1 difference: 0 stricter, 1 looser/m);
    const zh = (await cli.run(['--lang', 'zh', 'diff', a, b])).stdout;
    expect(zh).toContain(
      '随之删去表“单冷型房间空气调节器能效等级（SEER）”（seerLimits）的“4级”列：“≤ 4500”为 3.90，“(4500, 7100]”为 3.80，“(7100, 14000]”为 3.70',
    );
    expect(zh).not.toContain('空（无要求）');
    // The other way round: the column and its requirement added, one stricter entry.
    const back = JSON.parse((await cli.run(['diff', '-f', 'json', b, a])).stdout) as typeof json;
    expect(back.entries.map((e) => e.key).filter((k) => k.includes('seer'))).toEqual(['criterion:seer@4']);
    expect(back.entries.find((e) => e.key === 'criterion:seer@4')?.note?.en).toContain(
      'with it, column Grade 4 of table',
    );
  });

  it('compare: 4 moved, 4 by it alone, in text, HTML and xlsx; no per-cell rows', async () => {
    const { a, b, data } = fixture();
    const args = ['compare', a, b, data];
    const en = (await cli.run(args)).stdout;
    const table = en.split('Records moved per rule-set change:\n')[1]!.split('\n\n')[0]!;
    expect(table).toMatch(
      /^ +4 +4 {2}criterion Seasonal energy efficiency ratio \(SEER\) \(Grade 4\) \(seer@4\) removed/m,
    );
    expect(table).not.toContain('seerLimits), row');
    const zh = (await cli.run(['--lang', 'zh', ...args])).stdout;
    expect(zh).toMatch(/^ +4 +4 {2}删除要求“制冷季节能源消耗效率 SEER（4级）”（seer@4）/m);
    expect(zh).not.toContain('空（无要求）');
    const html = join(temp(), 'c.html');
    await cli.run(['compare', '-f', 'html', '-o', html, a, b, data]);
    const page = readFileSync(html, 'utf8');
    expect(page).not.toContain('empty (no requirement)');
    expect(page).toContain('(seer@4) removed');
    const xlsx = join(temp(), 'c.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', xlsx, a, b, data]);
    const sheet = (await readBack(readFileSync(xlsx))).find((s) => s.name === 'Records moved per change')!;
    const rows = sheet.rows.filter((r) => typeof r[1] === 'number');
    expect(rows).toHaveLength(1);
    expect(String(rows[0]![0])).toContain('(seer@4) removed');
    expect(rows[0]!.slice(1)).toEqual([4, 4]);
  });
});
