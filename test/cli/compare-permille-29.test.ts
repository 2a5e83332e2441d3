/**
 * compare across a unit change that converts (committee-29 F1): the draft writes phosphorus in ‰ (0.045 % →
 * 0.45 ‰, GB/T 1499.2-2018's P ≤ 0.045 % in the new unit), last year's sheet in %. B grades each value converted
 * (1 % = 10 ‰), so the same limit moves no record, and a tighter one (0.42 ‰ = 0.042 %) moves those above it.
 * The rounded-value method applies in each unit: 0.0455 % rounds to 0.046 % (fails 0.045) and 0.455 ‰ to 0.46 ‰
 * (fails 0.45); 0.0454 % to 0.045 % and 0.454 ‰ to 0.45 ‰ (both pass).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const HEAD =
  '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P/%,硫 S,重量偏差,弯曲试验';
/** An HRB400 bar of 20 mm conforming but for its phosphorus, `p` in %. */
const bar = (id: string, p: string) => `${id},HRB400,20,455,600,22,11.0,0.21,0.45,1.35,${p},0.020,-1.5,合格`;
const BARS = [
  bar('P1', '0.041'), // 0.41 ‰
  bar('P2', '0.045'), // at the limit: 0.45 ‰
  bar('P3', '0.0454'), // 0.045 % / 0.45 ‰ rounded: meets
  bar('P4', '0.0455'), // 0.046 % / 0.46 ‰ rounded: fails under both
];

const files: Record<string, string> = {};
beforeAll(() => {
  const dir = temp();
  const text = readFileSync(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'), 'utf8');
  const unit = '  phosphorus:\n    type: number\n    unit: "%"';
  expect(text).toContain(unit);
  const draft = (p: string) =>
    text
      .replace(unit, '  phosphorus:\n    type: number\n    unit: "‰"')
      .replace(/, 0\.045, 0\.045, 0\.5/g, `, ${p}, 0.045, 0.5`);
  for (const [name, p] of [
    ['same.yaml', '0.45'],
    ['tight.yaml', '0.42'],
  ] as const) {
    files[name] = join(dir, name);
    writeFileSync(files[name], draft(p));
  }
  files.csv = join(dir, 'bars.csv');
  writeFileSync(files.csv, `${[HEAD, ...BARS].join('\n')}\n`);
});

const run = (b: string, ...more: string[]) =>
  cli.run([
    ...more,
    'compare',
    '-f',
    'json',
    '--keep',
    '样品编号',
    'steel/hot-rolled-ribbed-bar',
    files[b]!,
    files.csv!,
  ]);

describe.concurrent('qgrade compare: P in % under A, in ‰ under B (committee-29 F1)', () => {
  it('0.045 % → 0.45 ‰: graded, nothing moves; P4 (0.0455) fails under both', async () => {
    const out = await run('same.yaml');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json).toMatchObject({ total: 4, changed: 0, invalid: [] });
    expect(json.matrix).toMatchObject({ conforming: { conforming: 3 } });
    expect(out.stderr).toContain(
      "A reads phosphorus in % and B in ‰ (1 % = 10 ‰): values are read in A's unit",
    );
    const zh = await run('same.yaml', '--lang', 'zh');
    expect(zh.stderr).toContain('A 以 %、B 以 ‰ 读取 phosphorus（1 % = 10 ‰）：数值按 A 的单位读取');
  });

  it('0.045 % → 0.42 ‰: P2 (0.45 ‰) and P3 (0.454 → 0.45 ‰) move down; P1 (0.41 ‰) stays', async () => {
    const out = await run('tight.yaml');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json).toMatchObject({ total: 4, changed: 2 });
    expect(json.changes.map((c: { kept: { 样品编号: string } }) => c.kept.样品编号)).toEqual(['P2', 'P3']);
    for (const c of json.changes)
      expect(c).toMatchObject({ from: 'conforming', to: null, causes: ['phosphorus'] });
  });

  it('diff says the unit changed and compares in ‰: 0.045 → 0.42 is stricter', async () => {
    const out = await cli.run(['--lang', 'zh', 'diff', 'steel/hot-rolled-ribbed-bar', files['tight.yaml']!]);
    expect(out.stdout).toContain('0.045 → 0.42，更严');
    expect(out.stdout).toContain('phosphorus 的单位由 % 改为 ‰，1 % = 10 ‰：限值换算为 ‰ 后比较宽严');
    expect(out.stdout).toMatch(/指标“磷 P”（phosphorus）的单位：% → ‰/u);
  });
});
