import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, loadRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';
import { FIXTURES, useCli, useTempDir } from './cli-harness';

// newcomer-39: an association's enterprise rule set (every figure illustrative) with 产品一次交检合格率 in % scored by
// points bands 90/95/98 and 供应商质量管理 in `unit: 分`. F1: `98.5%` was refused while 0.985 was graded as 0.985 %.
const cli = useCli();
const temp = useTempDir();
const DIR = join(FIXTURES, 'newcomer-39');
const RULES = join(DIR, 'provincial-qmc.yaml');
const HEADER =
  '企业名称,有自主研发,近三年发生重大质量事故,领导作用与质量战略,过程控制,供应商质量管理,质量数据采集,质量追溯,质量管理信息平台,研发质量保证,持续改进与创新,质量人才培养,产品一次交检合格率,顾客满意度,顾客投诉处理';

/** A row of 90s with the supplier score and the pass rate as given. */
function row(name: string, supplier: string, passRate: string): string {
  return `${name},否,否,90,90,${supplier},90,5,90,,90,90,${passRate},90,90`;
}

function sheet(rows: readonly string[], header = HEADER): string {
  const path = join(temp(), 'sheet.csv');
  writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
  return path;
}

interface Graded {
  grade: string | null;
  scores?: { total: number | null };
  errors?: { field: string; message: { zh: string; en: string } }[];
}

async function graded(path: string): Promise<{ results: Graded[]; stderr: string }> {
  const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'ndjson', path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Graded);
  return { results, stderr: run.stderr };
}

describe("a cell in the column's own unit is read as its number (newcomer-39 F1, F8)", () => {
  it('at the 98 band and just below it, 98% and 98 grade alike, as do 97.9％ and 97.9, 85分 and 85', async () => {
    const { results } = await graded(
      sheet([
        row('A', '85', '98'),
        row('B', '85分', '98%'),
        row('C', '85', '97.9'),
        row('D', '85 分', '97.9％'),
        row('E', '85', '98.0 %'),
      ]),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const [a, b, c, d, e] = results.map((r) => [r.grade, r.scores?.total]);
    // dimPerf: 98 scores 100 points, 97.9 scores 80 (the [95, 98) band): the totals differ by 0.3 × 20 / 3 = 2.
    expect(b).toEqual(a);
    expect(e).toEqual(a);
    expect(d).toEqual(c);
    expect(a![1]).not.toEqual(c![1]);
  });

  it('a suffix that is not the unit is refused with advice, quoting the sign as the cell writes it', async () => {
    const { results } = await graded(
      sheet([
        row('A', '85', '98‰'),
        row('B', '85分钟', '98'),
        row('C', '85', '98%以上'),
        row('D', '85', '0.98'),
      ]),
    );
    expect(results[0]!.errors?.[0]?.message.zh).toContain(
      '"98‰" 是千分数，而该指标的单位是 %：请换算后只写 9.8（98‰ = 9.8%）',
    );
    expect(results[1]!.errors?.[0]?.message.zh).toContain('"85分钟" 带有单位“分钟”，而该指标的单位是 分');
    expect(results[2]!.errors?.[0]?.field).toBe('passRate');
    // 0.98 is a number, graded as 0.98 %: the column notice says so, the value is not changed.
    expect(results[3]!.errors).toBeUndefined();
  });

  it('under an indicator with no unit, 85分 and 90% are refused as before', async () => {
    const path = sheet([`A,否,否,85分,90%,85,90,5,90,,90,90,98,90,90`]);
    const { results } = await graded(path);
    const messages = results[0]!.errors!.map((e) => e.message.zh);
    expect(messages[0]).toContain('"85分" 带有单位或其他文字：请去掉“分”，只写 85');
    expect(messages[1]).toContain('按 0–100 计的（如得分）请去掉“%”，只写 90；按 0–1 计的比例写 0.9');
  });
});

const NOTICE_ZH =
  '第 13 列（产品一次交检合格率）的数值都在 0 到 1 之间（如 0.985），而 passRate（产品一次交检合格率）以 % 计，限值为 90、95、98：这些数值看起来是以 1 为整体的比例，按所写的数评定，0.985 即 0.985 %。如果是比例，请把数值乘以 100（0.985 → 98.5），或在表格中把这些单元格设为百分比格式';

describe('a % column of fractions of one under limits above 1 is told of (newcomer-39 F1)', () => {
  it('every value in [0, 1]: told on stderr in zh and en, values unchanged', async () => {
    const path = sheet([
      row('A', '85', '0.985'),
      row('B', '85', '1'),
      row('C', '85', '0'),
      row('D', '85', ''),
    ]);
    const { results, stderr } = await graded(path);
    expect(stderr).toContain(NOTICE_ZH);
    // 0.985 % is under 90: no points for the pass rate, as written.
    expect(results[0]!.grade).toBe((await graded(sheet([row('A', '85', '0.985')]))).results[0]!.grade);
    const en = await cli.run(['grade', '-r', RULES, path]);
    expect(en.stderr).toContain(
      'column 13 (产品一次交检合格率) holds only values from 0 to 1 (such as 0.985), while passRate (First-pass yield) is in %, with limits 90, 95, 98: they look like fractions of one, and are graded as written, 0.985 as 0.985 %. If they are fractions, multiply them by 100 (0.985 → 98.5), or format those cells as percentages in the sheet',
    );
  });

  it('with the unit in the header too, and in the HTML report', async () => {
    const path = sheet([row('A', '85', '0.985')], HEADER.replace('合格率', '合格率(%)'));
    const html = join(temp(), 'report.html');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'html', '-o', html, path]);
    expect(run.stderr).toContain('第 13 列（产品一次交检合格率(%)）的数值都在 0 到 1 之间');
    expect(readFileSync(html, 'utf8')).toContain('第 13 列（产品一次交检合格率(%)）的数值都在 0 到 1 之间');
  });

  it.each([
    ['one value above 1', ['0.985', '98.5']],
    ['only zeros', ['0', '0']],
    ['only percentages', ['98.5%', '97']],
  ])('not told with %s', async (_, values) => {
    const { stderr } = await graded(sheet(values.map((v, i) => row(`E${i}`, '85', v))));
    expect(stderr).not.toContain('以 1 为整体的比例');
  });

  it('not told where the values, as fractions, would be far above every limit (0.85 under manganese ≤ 1.6 %)', async () => {
    const dir = temp();
    const rules = join(dir, 'steel.yaml');
    writeFileSync(
      rules,
      `${ruleFileHeader('test/fractions', { zh: '比例测试', en: 'Fraction test' })}indicators:
  manganese: { type: number, unit: "%", label: { zh: 锰, en: Manganese } }
  elongation: { type: number, unit: "%", label: { zh: 伸长率, en: Elongation } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: mn, indicator: manganese, require: "≤ 1.60" }
  - { id: a, indicator: elongation, require: "≥ 16" }
`,
    );
    const csv = join(dir, 'bars.csv');
    writeFileSync(csv, 'manganese,elongation\n0.85,0.2\n0.9,0.18\n');
    const run = await cli.run(['grade', '-r', rules, csv]);
    // 0.2 % elongation is no bar: as fractions, 20 % and 18 %, on the scale of ≥ 16. 85 % manganese is not.
    expect(run.stderr).toContain('column 2 (elongation) holds only values from 0 to 1 (such as 0.2)');
    expect(run.stderr).not.toContain('column 1');
  });

  it("the workbooks newcomer-39 sent: fractions told (with and without the header's unit); percent format not", async () => {
    for (const [file, told] of [
      ['enterprises-frac.xlsx', true],
      ['enterprises-frac-nounit.xlsx', true],
      ['enterprises-fracfmt.xlsx', false],
      ['enterprises-pct.xlsx', false],
    ] as const) {
      const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, join(DIR, file)]);
      expect(run.stderr.includes('看起来是以 1 为整体的比例'), file).toBe(told);
    }
  });

  it('gradeSample tells onNotice, as the studio shows it', async () => {
    const grader = createGrader(await loadRuleSet(RULES));
    const notices: string[] = [];
    await gradeSample(grader, `${HEADER}\n${row('A', '85', '0.985')}\n`, {
      onNotice: (t) => notices.push(t.en),
    });
    expect(notices.some((n) => n.includes('they look like fractions of one'))).toBe(true);
  });
});

describe('Y/N in a yes/no column (newcomer-39 F7)', () => {
  it('grade as 是/否 do, either way round; √/× still get the alias hint', async () => {
    const { results } = await graded(join(DIR, 'bool-spellings.csv'));
    const grades = results.map((r) => r.grade);
    // 企业2 (Y, N) as 企业1 (是, 否); 企业9 (N, Y) as 企业8 (否, 是): a major accident caps the grade.
    expect(grades[1]).toBe(grades[0]);
    expect(grades[8]).toBe(grades[7]);
    expect(grades[8]).not.toBe(grades[1]);
    expect(results[2]!.errors?.[0]?.message.zh).toContain('valueLabels: { true: { aliases: ["√"] } }');
  });
});

describe('a dash under a scored item says "not scored" (newcomer-39 F8)', () => {
  it("— under 领导作用与质量战略 (an assessor's score): 未评分, 请填写评分; under the pass rate in %: still 未检测", async () => {
    const path = sheet([`A,否,否,—,/,85,90,5,90,,90,90,—,90,90`]);
    const { results } = await graded(path);
    const by = Object.fromEntries(results[0]!.errors!.map((e) => [e.field, e.message]));
    expect(by.leadership?.zh).toBe(
      '领导作用与质量战略应为数值："—" 表示未评分；该指标为必填项（留空同样无效），每条记录都须给出：请填写评分；缺少该项的记录无法按本规则集评定（第 2 行第 4 列）',
    );
    expect(by.processControl?.zh).toContain('"/" 表示未评分');
    // A rate in %, scored by bands, is measured: the lab wording stays.
    expect(by.passRate?.zh).toContain(
      '"—" 表示未检测；该指标为必填项（留空同样无效），每条记录都须给出：请填写测得的数值',
    );
    const en = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', path]);
    expect(en.stdout).toContain(
      'leadership (Leadership and quality strategy) must be a number: \\"—\\" means not scored; the indicator is required (an empty value is invalid too) and every record must give it: write the score;',
    );
  });
});
