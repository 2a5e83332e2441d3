/**
 * coverage-44: a formula limit that takes several values (`≥ (testTemperature <= -60 ? 27 : 34)`, `≥ 0.7 *
 * impact.energy`) was one threshold, covered at each case's own limit, so a branch no case took counted as covered:
 * with the nine −60 °C impact cases of the newcomer-43 Q355 suite deleted, coverage still said 21 of 21. Each limit
 * the formula can compute is now a threshold, covered only by the cases whose limit it is. A limit that only
 * combining values as if independent gives (two cells of one row) and no case meets is listed apart, not as a gap.
 *
 * Also: the summary counted thresholds lacking a case only on waived sides as having one ("111 of 111 … have a
 * deciding case", then 18 listed as left uncovered on purpose).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseRuleSet,
  parseTestSuite,
  type RuleSet,
  runSuite,
  runTestSuite,
  type TestSuite,
  thresholdCoverage,
} from '../../src/index';
import { formatCoverage } from '../../src/report/format-coverage';
import { ROOT, useCli, useTempDir } from '../cli/cli-harness';
import { ruleFileHeader } from '../rule-file-header';

const cli = useCli();
const temp = useTempDir();
const DIR = join(ROOT, 'test/fixtures/newcomer-43');
const Q355_RULES = join(DIR, 'q355-impact-newcomer.yaml');
const Q355_SUITE = readFileSync(join(DIR, 'q355-impact-newcomer.test.yaml'), 'utf8');
const Q355 = parseRuleSet(readFileSync(Q355_RULES, 'utf8'), { filename: Q355_RULES });

/** The Q355 suite without its −60 °C impact-energy cases (the 27 J branch): nine of them. */
function withoutMinus60(): { text: string; removed: number } {
  const parts = Q355_SUITE.split(/(?=^- name: )/m);
  const kept = parts.filter((p) => !p.startsWith('- name: −60 °C，KV2'));
  return { text: kept.join(''), removed: parts.length - kept.length };
}

async function coverage(rules: RuleSet, suiteText: string) {
  const suite = parseTestSuite(suiteText, 'suite.test.yaml');
  expect('issues' in suite).toBe(false);
  const run = await runSuite(suite as TestSuite, rules);
  expect(run.cases.every((c) => c.passed)).toBe(true);
  return thresholdCoverage(rules, run.cases, (suite as TestSuite).uncovered);
}

const impact = (report: Awaited<ReturnType<typeof coverage>>) =>
  report.thresholds
    .filter((t) => t.criterion.startsWith('impact-'))
    .map((t) => [t.criterion, t.limit, t.at, t.below, t.above, t.unreachable]);

describe('coverage-44: each limit of a formula is a threshold', () => {
  it('the Q355 suite as written covers both branches: 27 and 34 J, and the floors 18.9 and 23.8 J', async () => {
    const report = await coverage(Q355, Q355_SUITE);
    expect(impact(report)).toEqual([
      ['impact-mean', '≥ 27', true, true, true, []],
      ['impact-mean', '≥ 34', true, true, true, []],
      ['impact-single', '≥ 27', true, true, true, []],
      ['impact-single', '≥ 34', true, true, true, []],
      // No whole joule equals 18.9 or 23.8: no "at" is asked.
      ['impact-floor', '≥ 18.9', false, true, true, ['at']],
      ['impact-floor', '≥ 23.8', false, true, true, ['at']],
    ]);
    expect(report.uncovered).toEqual([]);
  });

  it('without the nine −60 °C cases the 27 J branch (and its 18.9 J floor) is uncovered; 34 J stays covered', async () => {
    const { text, removed } = withoutMinus60();
    expect(removed).toBe(9);
    const report = await coverage(Q355, text);
    expect(impact(report)).toEqual([
      ['impact-mean', '≥ 27', false, false, false, []],
      ['impact-mean', '≥ 34', true, true, true, []],
      ['impact-single', '≥ 27', false, false, false, []],
      ['impact-single', '≥ 34', true, true, true, []],
      ['impact-floor', '≥ 18.9', false, false, false, ['at']],
      ['impact-floor', '≥ 23.8', false, true, true, ['at']],
    ]);
    expect(report.uncovered.map((t) => `${t.criterion} ${t.limit}`)).toEqual([
      'impact-mean ≥ 27',
      'impact-single ≥ 27',
      'impact-floor ≥ 18.9',
    ]);
    expect(report.uncovered.every((t) => t.kind === 'formula' && t.maybeNoRecord === undefined)).toBe(true);
  });

  it('qgrade test --coverage names the missing branch, in en and zh, and exits 0 (no --min)', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'q355-impact-newcomer.yaml'), readFileSync(Q355_RULES, 'utf8'));
    const suite = join(dir, 'q355-impact-newcomer.test.yaml');
    writeFileSync(suite, withoutMinus60().text);
    const en = await cli.run(['test', '--coverage', suite]);
    expect(en.stdout).toContain(
      '21 of 24 thresholds have a deciding case at, just below and just above them\n',
    );
    expect(en.stdout).toContain(
      "    impact-mean ≥ 27 (one of the formula's limits 27, 34; line 81): no case at, just below, just above (a value within 1 of 27); if no record gets this limit, leave it out in the suite with uncovered: [{ criterion: impact-mean, limit: 27, reason: … }]\n",
    );
    expect(en.stdout).toContain(
      "    impact-floor ≥ 18.9 (one of the formula's limits 18.9, 23.8; line 91): no case just below, just above (a value within 1 of 18.9); if no record gets this limit, leave it out in the suite with uncovered: [{ criterion: impact-floor, limit: 18.9, reason: … }]\n",
    );
    expect(en.code).toBe(0);
    const zh = await cli.run(['--lang', 'zh', 'test', '--coverage', suite]);
    expect(zh.stdout).toContain(
      '    impact-single ≥ 27（公式的限值 27、34 之一，第 86 行）：缺少阈值处、略低于、略高于的用例（与 27 相差不超过 1 的值）；若没有记录会得到这个限值，可在测试套件中写 uncovered: [{ criterion: impact-single, limit: 27, reason: … }]\n',
    );
    const min = await cli.run(['test', '--coverage', '--min', '100', suite]);
    expect(min.code).toBe(1);
  });

  it('an uncovered entry with `limit` leaves out that value alone; one matching no listed value is noted', async () => {
    const marks = [
      '  - { criterion: impact-mean, limit: 27, reason: no −60 °C test in this suite }',
      '  - { criterion: impact-single, limit: 30, reason: no such limit }',
    ];
    const text = withoutMinus60().text.replace(/^cases:$/m, `uncovered:\n${marks.join('\n')}\ncases:`);
    const report = await coverage(Q355, text);
    expect(report.thresholds.map((t) => [t.criterion, t.limit, t.waived?.reason ?? null]).slice(-6)).toEqual([
      ['impact-mean', '≥ 27', 'no −60 °C test in this suite'],
      ['impact-mean', '≥ 34', null],
      ['impact-single', '≥ 27', null],
      ['impact-single', '≥ 34', null],
      ['impact-floor', '≥ 18.9', null],
      ['impact-floor', '≥ 23.8', null],
    ]);
    expect(report.uncovered.map((t) => `${t.criterion} ${t.limit}`)).toEqual([
      'impact-single ≥ 27',
      'impact-floor ≥ 18.9',
    ]);
    expect(report.unmatched.map((m) => [m.criterion, m.limit])).toEqual([['impact-single', 30]]);
    expect(formatCoverage(report, 'q355.yaml', 'en')).toContain(
      '  note: the mark on line 5 (impact-single limit 30) matches no threshold',
    );
    expect(formatCoverage(report, 'q355.yaml', 'en').split('\n')[0]).toBe(
      'coverage of q355.yaml: 21 of 24 thresholds have a deciding case at, just below and just above them; 1 more lacks one only on sides the suite leaves uncovered on purpose',
    );
  });
});

// Illustrative figures: a base and an extra per size class, read from two tables keyed alike, and a
// temperature whose range never reaches the −60 of a condition.
const COMBINED = parseRuleSet(
  `${ruleFileHeader('building-materials/combined-cells')}indicators:
  size: { type: enum, values: [S, L], label: { zh: 规格, en: Size } }
  load: { type: number, unit: kN, range: "[0, 100]", label: { zh: 荷载, en: Load } }
  energy: { type: number, unit: J, range: "[0, 300]", label: { zh: 冲击功, en: Impact energy } }
  temperature: { type: number, unit: °C, range: "[-40, 40]", label: { zh: 试验温度, en: Test temperature } }
tables:
  base:
    keys: [size]
    columns: [size, value]
    rows:
      - [S, 10]
      - [L, 20]
  extra:
    keys: [size]
    columns: [size, value]
    rows:
      - [S, 2]
      - [L, 4]
grades:
  - { id: ok, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: load, indicator: load, require: "≥ base.value + extra.value" }
  - { id: energy, indicator: energy, require: "≥ (temperature <= -60 ? 27 : 34)" }
`,
  { filename: 'combined.yaml' },
);

const record = (size: string, load: number, energy: number, grade: string) =>
  `  - { name: "${size} ${load} ${energy}", input: { size: ${size}, load: ${load}, energy: ${energy}, temperature: 0 }, grade: ${grade} }`;

const suiteOf = (cases: string[]) => `ruleSet: ./combined.yaml\ncases:\n${cases.join('\n')}\n`;

describe('coverage-44: limits no record may give', () => {
  const all = [
    record('S', 12, 40, 'ok'),
    record('S', 11, 40, 'null'),
    record('S', 13, 40, 'ok'),
    record('L', 24, 34, 'ok'),
    record('L', 23, 40, 'null'),
    record('L', 25, 33, 'null'),
    record('L', 25, 35, 'ok'),
  ];

  it('14 and 22 (10 + 4, 20 + 2: cells of two rows) and the 27 J of a branch −40 °C never takes are no gaps', async () => {
    const report = await coverage(COMBINED, suiteOf(all));
    // coverage-45: each table is read at the row the record's size picks, so 14 and 22 (and the 27 J of a
    // branch outside [−40, 40]) are no record's at all, not perhaps: `noRecord`.
    expect(
      report.thresholds.map((t) => [t.criterion, t.limit, t.maybeNoRecord ?? false, t.noRecord ?? false]),
    ).toEqual([
      ['load', '≥ 12', false, false],
      ['load', '≥ 14', true, true],
      ['load', '≥ 22', true, true],
      ['load', '≥ 24', false, false],
      ['energy', '≥ 27', true, true],
      ['energy', '≥ 34', false, false],
    ]);
    expect(report.uncovered).toEqual([]);
    const en = formatCoverage(report, 'combined.yaml', 'en');
    expect(en.split('\n')).toEqual([
      "coverage of combined.yaml: 3 of 6 thresholds have a deciding case at, just below and just above them; 3 more are a formula's limits no record gets",
      "  a formula's limits no record gets (the requirement's when, the scope or the indicators' values and ranges rule out every ? : branch, table row or value giving them), so no case is asked for:",
      "    load ≥ 14 (one of the formula's limits 12, 14, 22, 24; line 30)",
      "    load ≥ 22 (one of the formula's limits 12, 14, 22, 24; line 30)",
      "    energy ≥ 27 (one of the formula's limits 27, 34; line 31)",
    ]);
    const zh = formatCoverage(report, 'combined.yaml', 'zh');
    expect(zh).toContain(
      '阈值覆盖 combined.yaml：6 个阈值，3 个在阈值处、略低于和略高于阈值都有由它决定结果的用例；另 3 个是没有记录会得到的公式限值\n',
    );
    expect(zh).toContain('    load ≥ 14（公式的限值 12、14、22、24 之一，第 30 行）\n');
  });

  it("a listed limit a case meets is some record's: its missing sides are gaps, even where the list is a guess", async () => {
    const report = await coverage(COMBINED, suiteOf(all.filter((c) => !c.includes('"S 11 40"'))));
    expect(report.uncovered.map((t) => [t.limit, t.at, t.below, t.above, t.maybeNoRecord])).toEqual([
      ['≥ 12', true, false, true, undefined],
    ]);
  });
});

describe('coverage-44: a branch written with its digits', () => {
  // Illustrative: MgO up to 6.0 % where the autoclave test passed, else 5.0 % (GB 175's figures, shape only).
  const MGO = parseRuleSet(
    `${ruleFileHeader('building-materials/mgo-branch')}indicators:
  autoclave: { type: boolean, label: { zh: 压蒸安定性合格, en: Autoclave soundness passed } }
  mgo: { type: number, unit: "%", range: "[0, 100]", label: { zh: 氧化镁, en: MgO } }
grades:
  - { id: ok, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: mgo, indicator: mgo, require: "≤ (autoclave ? 6.0 : 5.0)" }
`,
    { filename: 'mgo.yaml' },
  );
  const mgo = (autoclave: boolean, value: number, grade: string) =>
    `  - { name: "${autoclave} ${value}", input: { autoclave: ${autoclave}, mgo: ${value} }, grade: ${grade} }`;

  it('≤ 5.0 and ≤ 6.0 are thresholds with a step of 0.1; the 6.0 branch needs cases of its own', async () => {
    const cases = [
      mgo(false, 5.0, 'ok'),
      mgo(false, 5.1, 'null'),
      mgo(false, 4.9, 'ok'),
      mgo(true, 6.0, 'ok'),
    ];
    const report = await coverage(MGO, `ruleSet: ./mgo.yaml\ncases:\n${cases.join('\n')}\n`);
    expect(report.thresholds.map((t) => [t.limit, t.step, t.at, t.below, t.above])).toEqual([
      ['≤ 5.0', 0.1, true, true, true],
      ['≤ 6.0', 0.1, true, false, false],
    ]);
  });
});

describe('coverage-44: the bundled suites', () => {
  const suites = [
    'building-materials/cement-lot-grade',
    'building-materials/cement-quality-grade',
    'building-materials/common-portland-cement',
    'enterprise/quality-management-capability',
    'home-appliances/appliance-quality-grading',
    'home-appliances/room-air-conditioner-energy',
    'steel/hot-rolled-ribbed-bar',
    'steel/low-alloy-structural-steel',
  ];
  it('lists every bundled suite here', () => {
    const found = readdirSync(join(ROOT, 'rules'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.yaml'))
      .map((f) => f.replace(/\\/g, '/').replace(/\.test\.yaml$/, ''))
      .sort();
    expect(found).toEqual(suites);
  });

  for (const name of suites)
    it(`${name}: nothing uncovered, no limit listed apart`, async () => {
      const suite = await runTestSuite(join(ROOT, 'rules', `${name}.test.yaml`));
      const report = thresholdCoverage(suite.ruleSet!, suite.cases, suite.uncovered);
      expect(report.uncovered.map((t) => `${t.criterion} ${t.limit}`)).toEqual([]);
      expect(report.thresholds.filter((t) => t.maybeNoRecord)).toEqual([]);
    });

  it('hot-rolled-ribbed-bar: A ≥ 12 … 16 (A by designation less 0, 1 or 2 by diameter), each with its own cases', async () => {
    const suite = await runTestSuite(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.test.yaml'));
    const report = thresholdCoverage(suite.ruleSet!, suite.cases, suite.uncovered);
    const elongation = report.thresholds.filter((t) => t.criterion === 'elongation' && t.kind === 'formula');
    expect(elongation.map((t) => [t.limit, t.step, t.at, t.below, t.above])).toEqual([
      ['≥ 12', 0.5, true, true, true],
      ['≥ 13', 0.5, true, true, true],
      ['≥ 14', 0.5, true, true, true],
      ['≥ 15', 0.5, true, true, true],
      ['≥ 16', 0.5, true, true, true],
    ]);
  });

  it('low-alloy-structural-steel: the 18 thresholds waived on every side are not counted as having a case (en, zh)', async () => {
    const suite = join(ROOT, 'rules/steel/low-alloy-structural-steel.test.yaml');
    const en = await cli.run(['test', '--coverage', suite]);
    expect(en.stdout).toMatch(
      /: 93 of 111 thresholds have a deciding case at, just below and just above them; 18 more lack one only on sides the suite leaves uncovered on purpose\n {2}left uncovered on purpose \(as the suite says\):\n/,
    );
    const zh = await cli.run(['--lang', 'zh', 'test', '--coverage', suite]);
    expect(zh.stdout).toMatch(
      /：111 个阈值，93 个在阈值处、略低于和略高于阈值都有由它决定结果的用例；另 18 个只在测试套件注明有意不覆盖的一侧没有用例\n/,
    );
    expect(en.code).toBe(0);
  });
});
