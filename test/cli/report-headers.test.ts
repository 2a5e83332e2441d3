/**
 * A sheet headed as GB test reports print the quantities — `3天抗压强度(MPa)`,
 * `下屈服强度(MPa)`, `碳C(%)`, `氯离子(%)`, `公称直径(mm)` — is read against the
 * labels `3 天抗压强度`, `下屈服强度 ReL`, `碳 C`, `氯离子 Cl⁻`, `公称直径 d` with no
 * `--map`: white space aside, the label's trailing symbol left out, the unit
 * the indicator's own (committee-18 F4: all 120 samples were invalid until a
 * 10-entry map was written). A header that two labels give so is the
 * header-clash usage error, never a pick.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

/** Each NDJSON result as `id grade`, the id from the kept sample-id column. */
function grades(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { kept?: Record<string, string>; grade: string | null })
    .map((r) => `${Object.values(r.kept ?? {})[0]} ${r.grade}`);
}

// The committee's sheet (samples-2025.xlsx) but for 安定性, which is written as its label (a bare 安定性,
// the method left out, is read as it too: see the test below).
const CEMENT_HEADER =
  '样品编号,水泥品种,强度等级,3天抗压强度(MPa),28天抗压强度(MPa),3天抗折强度(MPa),28天抗折强度(MPa),初凝时间(min),终凝时间(min),氧化镁(%),三氧化硫(%),氯离子(%),安定性（沸煮法）';
/** A P.O 42.5 row: 3-day and 28-day compressive strength, SO₃ and Cl⁻ as given, the rest well inside every limit. */
const cementRow = (id: string, c3: number, c28: number, so3: number, cl: number) =>
  `${id},P.O,42.5,${c3},${c28},5.2,7.8,180,240,2.8,${so3},${cl},合格`;

// Superior: 3 d ≥ 22.0, 28 d ≥ 48.0, Cl⁻ ≤ 0.04; first class: 3 d ≥ 20.0, 28 d ≥ 46.0; SO₃ > 3.0 caps at first class;
// GB 175 gate: Cl⁻ ≤ 0.06 (comparison: full — no rounding).
const CEMENT_ROWS: [string, number, number, number, number, string][] = [
  ['C28-at', 23.5, 48.0, 2.6, 0.025, 'superior'],
  ['C28-below', 23.5, 47.9, 2.6, 0.025, 'first-class'],
  ['C28-above', 23.5, 48.1, 2.6, 0.025, 'superior'],
  ['C3-at', 22.0, 49, 2.6, 0.025, 'superior'],
  ['C3-below', 21.9, 49, 2.6, 0.025, 'first-class'],
  ['CL-at', 23.5, 49, 2.6, 0.04, 'superior'],
  ['CL-above', 23.5, 49, 2.6, 0.041, 'first-class'],
  ['CL-gate-at', 23.5, 49, 2.6, 0.06, 'first-class'],
  ['CL-gate-above', 23.5, 49, 2.6, 0.061, 'null'],
  ['SO3-at', 23.5, 49, 3.0, 0.025, 'superior'],
  ['SO3-above', 23.5, 49, 3.1, 0.025, 'first-class'],
];

// The committee's rebar sheet (rebar-probes.xlsx) headers.
const REBAR_HEADER =
  '炉批号,牌号,公称直径(mm),下屈服强度(MPa),抗拉强度(MPa),断后伸长率A(%),最大力总延伸率Agt(%),碳C(%),硅Si(%),锰Mn(%),磷P(%),硫S(%),重量偏差(%),弯曲试验';
const rebarRow = (id: string, rel: number, carbon: number, d = 16) =>
  `${id},HRB400,${d},${rel},610,21.5,11.2,${carbon},0.45,1.4,0.025,0.02,-2.5,合格`;

// HRB400: ReL ≥ 400 MPa (rounded to 1 MPa), C ≤ 0.25 % (comparison: rounded, to the limit's places).
const REBAR_ROWS: [string, number, number, string][] = [
  ['REL-at', 400, 0.22, 'conforming'],
  ['REL-below', 399.4, 0.22, 'null'],
  ['REL-above', 401, 0.22, 'conforming'],
  ['C-at', 455, 0.25, 'conforming'],
  ['C-below', 455, 0.24, 'conforming'],
  ['C-above', 455, 0.26, 'null'],
];

describe.concurrent('a sheet headed as GB test reports print the quantities grades with no --map', () => {
  it('cement: 3天抗压强度(MPa), 28天抗压强度(MPa), 氧化镁(%), 三氧化硫(%), 氯离子(%) are read; grades at, below and above the limits', async () => {
    const csv = file(
      'cement.csv',
      `${[CEMENT_HEADER, ...CEMENT_ROWS.map(([id, c3, c28, so3, cl]) => cementRow(id, c3, c28, so3, cl))].join('\n')}\n`,
    );
    const run = await cli.run([
      'grade',
      '-r',
      'building-materials/cement-quality-grade',
      '-f',
      'ndjson',
      csv,
    ]);
    expect(run.stderr).not.toContain('is close to the indicator');
    expect(run.stderr).not.toContain('missing');
    expect(grades(run.stdout)).toEqual(CEMENT_ROWS.map(([id, , , , , grade]) => `${id} ${grade}`));
    expect(run.code).toBe(0);
  });

  it('rebar: 公称直径(mm), 下屈服强度(MPa), 碳C(%), 断后伸长率A(%), 最大力总延伸率Agt(%) are read; grades at, below and above the limits', async () => {
    const csv = file(
      'rebar.csv',
      `${[REBAR_HEADER, ...REBAR_ROWS.map(([id, rel, c]) => rebarRow(id, rel, c))].join('\n')}\n`,
    );
    const run = await cli.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', '-f', 'ndjson', csv]);
    expect(run.stderr).not.toContain('is close to the indicator');
    expect(grades(run.stdout)).toEqual(REBAR_ROWS.map(([id, , , grade]) => `${id} ${grade}`));
    const first = JSON.parse(run.stdout.split('\n')[0]!) as {
      criteria: { indicator: string; value: unknown }[];
    };
    const value = (indicator: string) => first.criteria.find((c) => c.indicator === indicator)?.value;
    expect([value('diameter'), value('yieldStrength'), value('carbon'), value('elongation')]).toEqual([
      16, 400, 0.22, 21.5,
    ]);
  });

  it('a header in another unit than its indicator’s stays the unit-mismatch error (exit 2)', async () => {
    const csv = file(
      'rebar-kn.csv',
      `${REBAR_HEADER.replace('下屈服强度(MPa)', '下屈服强度(kN)')}\n${rebarRow('K', 455, 0.22)}\n`,
    );
    const run = await cli.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', '-f', 'ndjson', csv]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('下屈服强度(kN)');
    expect(run.stderr).toContain('kN');
    expect(run.stderr).toContain('MPa');
  });

  it('安定性 without its method is read as 安定性（沸煮法） (committee-20 F6), with no hint', async () => {
    const csv = file(
      'soundness.csv',
      `${CEMENT_HEADER.replace('安定性（沸煮法）', '安定性')}\n${cementRow('S', 23.5, 49, 2.6, 0.025)}\n`,
    );
    const run = await cli.run([
      'grade',
      '-r',
      'building-materials/cement-quality-grade',
      '-f',
      'ndjson',
      csv,
    ]);
    expect(run.code).toBe(0);
    expect(grades(run.stdout)).toEqual(['S superior']);
    expect(run.stderr).not.toContain('is close to the indicator');
  });
});

describe.concurrent('a header two labels give without their symbols names neither: the header-clash error', () => {
  const RULES = join(FIXTURES, 'symbol-labels.yaml');

  it('屈服强度(MPa) for 屈服强度 ReL and 屈服强度 ReH: exit 2, both named, a --map for each', async () => {
    const csv = file('yield.csv', '屈服强度(MPa)\n450\n');
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', csv]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `column 1 ("屈服强度(MPa)") without its unit ("屈服强度") is the Chinese label (spaces and the symbol at its end aside) of the indicator lowerYield (Lower yield strength ReL) and the Chinese label (spaces and the symbol at its end aside) of the indicator upperYield (Upper yield strength ReH): say which indicator it is with --map '屈服强度(MPa)=lowerYield' or --map '屈服强度(MPa)=upperYield'`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, csv]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      `第 1 列（“屈服强度(MPa)”）去掉单位后的“屈服强度”既是指标 lowerYield（屈服强度 ReL）的中文标签（不计空格和末尾的符号），又是指标 upperYield（屈服强度 ReH）的中文标签（不计空格和末尾的符号）：请用 --map '屈服强度(MPa)=lowerYield' 或 --map '屈服强度(MPa)=upperYield' 指明它是哪个指标`,
    );
  });

  it('without a unit too; with its symbol, or with --map, each column is one indicator', async () => {
    const bare = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', file('bare.csv', '屈服强度\n450\n')]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--map 屈服强度=lowerYield or --map 屈服强度=upperYield');
    const symbols = await cli.run([
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      file('symbols.csv', '屈服强度ReL(MPa),屈服强度 ReH\n450,410\n'),
    ]);
    expect(symbols.code).toBe(0);
    const result = JSON.parse(symbols.stdout) as {
      criteria: { indicator: string; value: unknown; status: string }[];
    };
    expect(result.criteria.map((c) => `${c.indicator}=${c.value} ${c.status}`)).toEqual([
      'lowerYield=450 passed',
      'upperYield=410 failed',
    ]);
    const mapped = await cli.run([
      'grade',
      '-r',
      RULES,
      '--map',
      '屈服强度(MPa)=upperYield',
      '-f',
      'ndjson',
      file('mapped.csv', '屈服强度(MPa)\n450\n'),
    ]);
    expect(mapped.code).toBe(0);
  });
});
