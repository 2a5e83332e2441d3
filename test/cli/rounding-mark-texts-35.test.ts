/**
 * Every text a user reads shows a value written with a GB/T 8170 rounding mark as written (`42.5(−)`), or the
 * interval it stands for, never the number just inside that interval it is graded on (42.4999999): range and
 * plausibility errors, a derived value computed from marked values, scores and raises, compare's limit lines and
 * the group line (session 35, fix-marks-34 and fix-hostile4-34 "Left").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enterpriseScores } from '../helpers';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const CEMENT = 'building-materials/common-portland-cement';
const CEMENT_HEADER =
  'cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';

interface Row {
  grade: string | null;
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

function write(name: string, lines: string[]): string {
  const path = join(temp(), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function ndjson(args: string[], input?: string): Promise<Row[]> {
  const run = await cli.run(args, input === undefined ? {} : { input });
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
}

describe.concurrent('record errors show a marked value as written', () => {
  it('cement: chloride -0.0(+) (GB/T 8170: a negative value in [-0.05, -0.0)) fails range ≥ 0 and is told as written, not -1e-7', async () => {
    const path = write('chloride.csv', [CEMENT_HEADER, 'P.O,42.5,30,48,6,9,150,240,2,2.5,-0.0(+),true']);
    const [row] = await ndjson(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    expect(row!.errors).toEqual([
      {
        field: 'chloride',
        code: 'out-of-range',
        message: {
          zh: '氯离子 Cl⁻ 应 ≥ 0，实际为 -0.0(+)（第 2 行第 11 列）',
          en: 'chloride (Chloride (Cl⁻)) must be ≥ 0, got -0.0(+) (line 2, column 11)',
        },
      },
    ]);
  });

  it('cement: final 230 and initial 230(+), (230, 230.5], make settingInterval lie in [-0.5, 0), below its check > 0: told with the inputs as written and that interval', async () => {
    const path = write('setting.csv', [CEMENT_HEADER, 'P.O,42.5,30,48,6,9,230(+),230,2,2.5,0.02,true']);
    const [row] = await ndjson(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    expect(row!.errors).toEqual([
      {
        field: 'settingInterval',
        code: 'implausible',
        message: {
          zh: '终凝与初凝之差 [-0.5, 0) min 低于核对范围 > 0 min（规则作者给出的核对范围，不是标准的限值），由 终凝时间 = 230 min，初凝时间 = 230(+) min 计算：请核对这些值（是否填错了列？）',
          en: "settingInterval (Final minus initial setting time) [-0.5, 0) min is below the check range > 0 min (the rule author's plausibility check, not a standard's limit), computed from Final setting time = 230 min, Initial setting time = 230(+) min: check those values (are two columns swapped?)",
        },
      },
    ]);
    // Both marked, each way: final 229(−) is [228.5, 229), initial 230(+) is (230, 230.5]: [-2, -1) min.
    const both = write('setting-both.csv', [
      CEMENT_HEADER,
      'P.O,42.5,30,48,6,9,230(+),229(−),2,2.5,0.02,true',
    ]);
    const [two] = await ndjson(['grade', '-r', CEMENT, '-f', 'ndjson', both]);
    expect(two!.errors![0]!.message.en).toMatch(
      /^settingInterval \(Final minus initial setting time\) \[-2, -1\) min is below .* computed from Final setting time = 229\(−\) min, Initial setting time = 230\(\+\) min:/,
    );
  });
});

const ENTERPRISE = 'enterprise/quality-management-capability';
const enterprise = (given: Record<string, string | number>) =>
  `${JSON.stringify({ id: 'E1', ...enterpriseScores(90, given) })}\n`;

describe.concurrent('scores computed from a marked value (enterprise, four equal items per dimension, cutoff 90)', () => {
  it('leadership 90(−), [89.5, 90): QMS effectiveness lies in [89.875, 90), the total in [89.9625, 90), told as intervals; just short of 90 as the mark reads, not 2.5e-7 points', async () => {
    const input = enterprise({ leadershipCommitment: '90(−)' });
    const [en, zh, json] = await Promise.all([
      cli.run(['--lang', 'en', 'explain', '-r', ENTERPRISE, '-'], { input }),
      cli.run(['--lang', 'zh', 'explain', '-r', ENTERPRISE, '-'], { input }),
      cli.run(['grade', '-r', ENTERPRISE, '-f', 'ndjson', '-'], { input }),
    ]);
    expect(en.stdout).toContain('Total score: [89.9625, 90)\n');
    expect(en.stdout).toContain(
      '  QMS effectiveness: [89.875, 90) × 30/100 → [26.9625, 27)  ← holds the grade down\n',
    );
    expect(en.stdout).toContain('    Leadership and quality strategy: 90(−) × 1/4  ← lowest\n');
    expect(en.stdout).toContain('✗ QMS effectiveness: [89.875, 90) does not meet ≥ 90 (Excellence)\n');
    expect(en.stdout).toContain(
      'QMS effectiveness [89.875, 90), below ≥ 90 (Excellence) as the rounding mark reads, by at most 0.125 points; e.g. Leadership and quality strategy 90(−) → 90\n',
    );
    expect(en.stdout).toContain(
      'One change is enough: Leadership and quality strategy 90(−) → 90 meets all 2 below',
    );
    expect(zh.stdout).toContain(
      '质量管理体系有效性 [89.875, 90)，按修约符号低于 ≥ 90（卓越级），相差不超过 0.125 分；例如 领导作用与质量战略 90(−) → 90\n',
    );
    expect(zh.stdout).toContain('✗ 总分：[89.9625, 90)，不满足 ≥ 90（卓越级）\n');
    for (const out of [en.stdout, zh.stdout]) expect(out).not.toMatch(/89\.9999|e-7/);
    // The result keeps the numbers graded beside the texts.
    const result = JSON.parse(json.stdout) as {
      scores: {
        total: number;
        totalWritten: string;
        dimensions: { score: number; written?: string; items?: { points: number; written?: string }[] }[];
        shortfalls: {
          value: number;
          gap: number;
          written: string;
          raise: { from: number; to: number; written: string };
        }[];
      };
    };
    expect(result.scores.totalWritten).toBe('[89.9625, 90)');
    expect(result.scores.dimensions[0]).toMatchObject({ score: 89.99999975, written: '[89.875, 90)' });
    expect(result.scores.dimensions[0]!.items![0]).toMatchObject({ points: 89.999999, written: '90(−)' });
    expect(result.scores.dimensions[1]!.written).toBeUndefined();
    expect(result.scores.shortfalls[0]).toMatchObject({
      value: 89.875,
      gap: 0.125,
      written: '[89.875, 90)',
      raise: { from: 89.5, to: 90, written: '90(−)' },
    });
  });

  it('leadership 85(−) beside process control 70: the raise of another item closes the gap at the low end of the interval (70 → 95.5, not 95.01)', async () => {
    const input = enterprise({ leadershipCommitment: '85(−)', processControl: 70 });
    const run = await cli.run(['--lang', 'en', 'explain', '-r', ENTERPRISE, '-'], { input });
    // (85 + 70 + 90 + 90) / 4 = 83.75; at 84.5 it is 83.625: 6.375 short, a quarter of it: 70 + 25.5.
    expect(run.stdout).toContain(
      'QMS effectiveness [83.625, 83.75), (6.25, 6.375] points short of ≥ 90 (Excellence); e.g. Process control 70 → 95.5\n',
    );
  });

  it('leadership 80(+), (80, 80.5]: the gap is an interval with its ends as the mark gives them', async () => {
    const input = enterprise({ leadershipCommitment: '80(+)' });
    const run = await cli.run(['--lang', 'zh', 'explain', '-r', ENTERPRISE, '-'], { input });
    expect(run.stdout).toContain(
      '质量管理体系有效性 (87.5, 87.625]，差 [2.375, 2.5) 分达到 ≥ 90（卓越级）；例如 领导作用与质量战略 80(+) → 90\n',
    );
  });
});

describe.concurrent('compare shows a marked value as written', () => {
  it("cement full value → rounded value: 42.5(−), graded 42.4999999 under A and 42.5 under B, is one value on the record's limit line, as written", async () => {
    const full = readFileSync(join(ROOT, 'rules/building-materials/common-portland-cement.yaml'), 'utf8');
    expect(full).toContain('\ncomparison: full\n');
    const dir = temp();
    const a = join(dir, 'cem-full.yaml');
    const b = join(dir, 'cem-rounded.yaml');
    writeFileSync(a, full);
    writeFileSync(b, full.replace('\ncomparison: full\n', '\ncomparison: rounded\n'));
    const path = write('cem-marked.csv', [CEMENT_HEADER, 'P.O,42.5,30,42.5(−),6,9,150,240,2,2.5,0.02,true']);
    const html = join(dir, 'compare.html');
    const [en, zh] = await Promise.all([
      cli.run(['--lang', 'en', 'compare', a, b, path]),
      cli.run(['--lang', 'zh', 'compare', a, b, path]),
      cli.run(['--lang', 'en', 'compare', '-f', 'html', '-o', html, a, b, path]),
    ]);
    expect(en.stdout).toContain(
      '    28-day compressive strength: 42.5(−) MPa, A ≥ 42.5 MPa ✗ → B ≥ 42.5 MPa ✓\n',
    );
    expect(zh.stdout).toContain('    28 天抗压强度：42.5(−) MPa，A ≥ 42.5 MPa ✗ → B ≥ 42.5 MPa ✓\n');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('28-day compressive strength: 42.5(−), A ≥ 42.5');
    for (const out of [en.stdout, zh.stdout, page]) expect(out).not.toContain('42.4999999');
  });
});

describe.concurrent('a group not graded for a marked value a statistic reads', () => {
  it('cement lots: the group line says the mark, the value as written and why a statistic cannot read it, zh and en', async () => {
    // CV of 50, 51, 52, 49.5 and 53(+), (53, 53.5], runs from 2.80 % to 3.13 %, across the superior grade's ≤ 3.0.
    const header = 'lot,id,cementType,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
    const path = write('lot-marked.csv', [
      header,
      ...['50', '51', '52', '49.5', '53(+)'].map((v, i) => `B,B${i},P.O,42.5,25,${v},150,230`),
    ]);
    const group = ['grade', '-r', 'building-materials/cement-lot-grade', '--group-by', 'lot'];
    const [en, zh, json] = await Promise.all([
      cli.run(['--lang', 'en', ...group, path]),
      cli.run(['--lang', 'zh', ...group, path]),
      cli.run([...group, '-f', 'ndjson', path]),
    ]);
    const enLine =
      '1 record is invalid, so the group is not graded: row 5 (B4): compressive28d (28-day compressive strength) is written 53(+) (a GB/T 8170 rounding mark: the measured value lies in (53, 53.5]), and the group statistic "CV of 28-day compressive strength" is computed from it: a statistic is computed from values, and values across the interval may move it across a limit, so the group is not graded: write the measured value unrounded';
    const zhLine =
      '组内 1 条记录无效，本组不予分级：第 5 条（B4）：28 天抗压强度写作 53(+)（GB/T 8170 修约符号：实测值在 (53, 53.5] 内），组的统计量“28 天抗压强度变异系数”由它计算：统计量由数值计算，区间内不同的值可能使其跨越限值，本组不予分级：请写未经修约的实测值';
    expect(en.stdout).toContain(`  ${enLine}\n`);
    expect(zh.stdout).toContain(`  ${zhLine}\n`);
    expect(
      (JSON.parse(json.stdout) as { notGradedReason: { message: unknown } }).notGradedReason.message,
    ).toEqual({
      zh: zhLine,
      en: enLine,
    });
  });
});
