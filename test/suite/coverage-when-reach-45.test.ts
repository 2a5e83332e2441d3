/**
 * coverage-45: a formula's listed limit that only a `? :` branch, table row or value the requirement's own `when`
 * (or the scope, or the indicator's values and range) rules out gives was asked for as a gap: `≥ (delivery == "M"
 * ? 40 : 27)` under `when: { delivery: AR }` wanted cases at 40, which no record can take. Such a limit is listed
 * apart (`maybeNoRecord` and `noRecord`), and a limit some record in the `when` gets stays a gap.
 */
import { describe, expect, it } from 'vitest';
import {
  parseRuleSet,
  parseTestSuite,
  type RuleSet,
  runSuite,
  type TestSuite,
  thresholdCoverage,
} from '../../src/index';
import { formatCoverage } from '../../src/report/format-coverage';
import { ruleFileHeader } from '../rule-file-header';

// Illustrative figures (shapes of GB/T 1591-like rules, not its values).
const RULES = parseRuleSet(
  `${ruleFileHeader('steel/when-reach')}indicators:
  delivery: { type: enum, values: [AR, N, M], label: { zh: 交货状态, en: Delivery } }
  thickness: { type: number, unit: mm, range: "[1, 200]", label: { zh: 厚度, en: Thickness } }
  temperature: { type: number, unit: °C, range: "[-60, 40]", label: { zh: 试验温度, en: Test temperature } }
  energy: { type: number, unit: J, range: "[0, 300]", label: { zh: 冲击功, en: Impact energy } }
  strength: { type: number, unit: MPa, range: "[0, 1000]", label: { zh: 屈服强度, en: Yield strength } }
tables:
  impact:
    keys: [delivery]
    columns: [delivery, energy]
    rows:
      - [AR, 27]
      - [[N, M], 34]
scope:
  - { id: thin-enough, indicator: thickness, require: "≤ 100", reason: { zh: 超出范围, en: Out of scope } }
grades:
  - { id: ok, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: energy-ar, indicator: energy, when: { delivery: AR }, require: '≥ (delivery == "M" ? 40 : 27)' }
  - { id: strength-thick, indicator: strength, when: { thickness: "> 16" }, require: "≥ (thickness <= 16 ? 355 : 345)" }
  - { id: strength-scope, indicator: strength, require: "≥ (thickness > 150 ? 265 : 275)" }
  - { id: energy-cold, indicator: energy, when: { delivery: [N, M] }, require: '≥ (delivery == "AR" || temperature <= -40 ? 20 : 24)' }
  - { id: energy-row, indicator: energy, when: { delivery: AR }, require: "≥ 0.7 * impact.energy" }
  - { id: energy-not-m, indicator: energy, when: { not: { fact: delivery, operator: equal, value: M } }, require: '≥ (delivery != "M" ? 20 : 50)' }
  - { id: energy-warm, indicator: energy, require: "≥ (temperature <= -80 ? 34 : 20)" }
`,
  { filename: 'when-reach.yaml' },
);

const formulaRows = (report: ReturnType<typeof thresholdCoverage>) =>
  report.thresholds
    .filter((t) => t.kind === 'formula')
    .map((t) => [t.criterion, t.limit, t.maybeNoRecord ?? false, t.noRecord ?? false]);

describe('coverage-45: a formula limit the requirement’s when or the scope rules out', () => {
  it('with no case, the limits a record in the when can get are gaps and the others are listed apart', () => {
    const report = thresholdCoverage(RULES, []);
    expect(formulaRows(report)).toEqual([
      // when delivery AR: the "M" branch is no record's.
      ['energy-ar', '≥ 27', false, false],
      ['energy-ar', '≥ 40', true, true],
      // when thickness > 16: the ≤ 16 branch (a band the when excludes) is no record's.
      ['strength-thick', '≥ 345', false, false],
      ['strength-thick', '≥ 355', true, true],
      // The scope's ≤ 100 (a full comparison) excludes thickness > 150.
      ['strength-scope', '≥ 265', true, true],
      ['strength-scope', '≥ 275', false, false],
      // N or M at −40 °C or colder takes the 20 J branch though the when excludes AR: both are some record's.
      ['energy-cold', '≥ 20', false, false],
      ['energy-cold', '≥ 24', false, false],
      // when delivery AR: only the AR row of the table, 0.7 × 27.
      ['energy-row', '≥ 18.9', false, false],
      ['energy-row', '≥ 23.8', true, true],
      // not M: 50 only for M.
      ['energy-not-m', '≥ 20', false, false],
      ['energy-not-m', '≥ 50', true, true],
      // −80 °C is out of the range [−60, 40]: 34 is no record's, and 20 (every record's) is a gap, not "perhaps".
      ['energy-warm', '≥ 20', false, false],
      ['energy-warm', '≥ 34', true, true],
    ]);
    expect(
      report.uncovered.filter((t) => t.kind === 'formula').map((t) => `${t.criterion} ${t.limit}`),
    ).toEqual([
      'energy-ar ≥ 27',
      'strength-thick ≥ 345',
      'strength-scope ≥ 275',
      'energy-cold ≥ 20',
      'energy-cold ≥ 24',
      'energy-row ≥ 18.9',
      'energy-not-m ≥ 20',
      'energy-warm ≥ 20',
    ]);
  });

  it('the text lists them under their own heading, en and zh, and counts them in the summary', () => {
    const report = thresholdCoverage(RULES, []);
    const en = formatCoverage(report, 'when-reach.yaml', 'en').split('\n');
    expect(en[0]).toBe(
      "coverage of when-reach.yaml: 0 of 15 thresholds have a deciding case at, just below and just above them; 6 more are a formula's limits no record gets",
    );
    const at = en.indexOf(
      "  a formula's limits no record gets (the requirement's when, the scope or the indicators' values and ranges rule out every ? : branch, table row or value giving them), so no case is asked for:",
    );
    expect(at).toBeGreaterThan(0);
    expect(en.slice(at + 1, at + 3)).toEqual([
      "    energy-ar ≥ 40 (one of the formula's limits 27, 40; line 27)",
      "    strength-thick ≥ 355 (one of the formula's limits 345, 355; line 28)",
    ]);
    expect(en.join('\n')).not.toContain('perhaps no record');
    const zh = formatCoverage(report, 'when-reach.yaml', 'zh');
    expect(zh).toContain('；另 6 个是没有记录会得到的公式限值\n');
    expect(zh).toContain('  没有记录会得到的公式限值（');
    expect(zh).toContain('    energy-ar ≥ 40（公式的限值 27、40 之一，第 27 行）\n');
  });

  it('a case in the when covers 27; 40 stays apart, never a gap', async () => {
    // A record out of the when is not judged by energy-ar; a case at 27 J in the when covers 27's "at" only.
    const suite = parseTestSuite(
      `ruleSet: ./when-reach.yaml
cases:
  - { name: AR 27, input: { delivery: AR, thickness: 20, temperature: 0, energy: 27, strength: 400 }, grade: ok }
`,
      'when-reach.test.yaml',
    ) as TestSuite;
    const run = await runSuite(suite, RULES as RuleSet);
    expect(run.cases.every((c) => c.passed)).toBe(true);
    const report = thresholdCoverage(RULES, run.cases);
    const ar = report.thresholds.filter((t) => t.criterion === 'energy-ar');
    expect(ar.map((t) => [t.limit, t.at, t.below, t.above, t.noRecord ?? false])).toEqual([
      ['≥ 27', true, false, false, false],
      ['≥ 40', false, false, false, true],
    ]);
  });
});

describe('coverage-45: a formula too large to split is judged whole, as before', () => {
  // 45 sizes, two tables keyed by size (base i, extra i): 45 × 45 row pairs is past the branches followed.
  const sizes = Array.from({ length: 45 }, (_, i) => `s${i + 1}`);
  const table = (name: string) =>
    `  ${name}:\n    keys: [size]\n    columns: [size, value]\n    rows:\n${sizes.map((s, i) => `      - [${s}, ${i + 1}]`).join('\n')}\n`;
  const BIG = parseRuleSet(
    `${ruleFileHeader('building-materials/big-tables')}indicators:
  size: { type: enum, values: [${sizes.join(', ')}], label: { zh: 规格, en: Size } }
  load: { type: number, unit: kN, range: "[0, 1000]", label: { zh: 荷载, en: Load } }
tables:
${table('base')}${table('extra')}grades:
  - { id: ok, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: load, indicator: load, require: "≥ base.value + extra.value" }
`,
    { filename: 'big.yaml' },
  );

  it('its listed limits no case meets are perhaps no record’s, none asked for and none said to be no record’s', () => {
    const report = thresholdCoverage(BIG, []);
    // 2 … 90: the sums of any two rows' cells, as if independent.
    expect(report.thresholds.filter((t) => t.kind === 'formula')).toHaveLength(89);
    expect(report.uncovered.filter((t) => t.kind === 'formula')).toEqual([]);
    expect(report.thresholds.filter((t) => t.maybeNoRecord && !t.noRecord)).toHaveLength(89);
    const en = formatCoverage(report, 'big.yaml', 'en');
    expect(en).toContain("89 more are a formula's limits no case meets, perhaps no record's");
    expect(en).not.toContain('no record gets');
  });
});
