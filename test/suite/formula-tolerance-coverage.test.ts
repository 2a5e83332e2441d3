/**
 * newcomer-38 M7: a tolerance whose nominal is the record's own (`thickness ± thkTol.value`) was listed "formula: no
 * case at, just below, just above" however many cases sat at both ends of every row. Each end is covered as the
 * case's own end, to the digits the ends are written with.
 *
 * coverage-45: covered per record, 5 mm cases alone covered "the lower end" of 4 and 8 mm too. Where the ends can
 * be listed (thickness one of 4, 5, 8 mm), each end's each value is a threshold of its own, and a value no
 * thickness gives with its own row (4 − 0.4) is no record's, listed apart.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, parseTestSuite, runSuite, type TestSuite, thresholdCoverage } from '../../src/index';
import { formatCoverage } from '../../src/report/format-coverage';
import { missingSides } from '../../src/suite/coverage';
import { ruleFileHeader } from '../rule-file-header';

// Illustrative figures (GB 11614's were not read).
const RULES = parseRuleSet(
  `${ruleFileHeader('building-materials/glass-thickness')}indicators:
  thickness: { type: enum, values: [4, 5, 8], unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }
  measured: { type: number, unit: mm, label: { zh: 实测厚度, en: Measured thickness } }
tables:
  thkTol:
    keys: [thickness]
    columns: [thickness, value]
    rows:
      - [[4, 5], 0.3]
      - [[8], 0.4]
grades:
  - { id: ok, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: thickness-tol, indicator: measured, require: "thickness ± thkTol.value" }
`,
  { filename: 'glass.yaml' },
);

const at = (thickness: number, measured: number, grade: string | null) =>
  `  - { name: "${thickness} mm, ${measured}", input: { thickness: ${thickness}, measured: ${measured} }, grade: ${grade} }`;

async function coverage(lines: string[]) {
  const suite = parseTestSuite(`ruleSet: ./glass.yaml\ncases:\n${lines.join('\n')}\n`, 'glass.test.yaml');
  expect('issues' in suite).toBe(false);
  const result = await runSuite(suite as TestSuite, RULES);
  expect(result.cases.every((c) => c.passed)).toBe(true);
  return thresholdCoverage(RULES, result.cases).thresholds.filter((t) => t.criterion === 'thickness-tol');
}

describe('coverage of a tolerance computed per record', () => {
  it('lists each end, covered by cases at, just below and just above it (4.7 | 4.6 | 4.8 for 5 ± 0.3)', async () => {
    const ends = await coverage([
      at(5, 4.7, 'ok'),
      at(5, 4.6, 'null'),
      at(5, 4.8, 'ok'),
      at(5, 5.3, 'ok'),
      at(5, 5.2, 'ok'),
      at(5, 5.4, 'null'),
    ]);
    expect(ends.map((t) => [t.limit, t.at, t.below, t.above, t.noRecord ?? false])).toEqual([
      ['thickness ± thkTol.value lower end 3.6', false, false, false, true],
      ['thickness ± thkTol.value lower end 3.7', false, false, false, false],
      ['thickness ± thkTol.value lower end 4.6', false, false, false, true],
      ['thickness ± thkTol.value lower end 4.7', true, true, true, false],
      ['thickness ± thkTol.value lower end 7.6', false, false, false, false],
      ['thickness ± thkTol.value lower end 7.7', false, false, false, true],
      ['thickness ± thkTol.value upper end 4.3', false, false, false, false],
      ['thickness ± thkTol.value upper end 4.4', false, false, false, true],
      ['thickness ± thkTol.value upper end 5.3', true, true, true, false],
      ['thickness ± thkTol.value upper end 5.4', false, false, false, true],
      ['thickness ± thkTol.value upper end 8.3', false, false, false, true],
      ['thickness ± thkTol.value upper end 8.4', false, false, false, false],
    ]);
    // 4 and 8 mm have no case: their ends are gaps, where the 5 mm cases covered "each end" before.
    expect(ends.filter((t) => missingSides(t).length > 0).map((t) => t.limit)).toEqual([
      'thickness ± thkTol.value lower end 3.7',
      'thickness ± thkTol.value lower end 7.6',
      'thickness ± thkTol.value upper end 4.3',
      'thickness ± thkTol.value upper end 8.4',
    ]);
  });

  it('an end without its cases stays uncovered; a case two steps off is not "just" beside it', async () => {
    const ends = await coverage([at(8, 7.6, 'ok'), at(8, 7.4, 'null'), at(8, 7.7, 'ok'), at(8, 8.2, 'ok')]);
    expect(
      ends.filter((t) => / (7\.6|8\.4)$/.test(t.limit)).map((t) => [t.limit, t.at, t.below, t.above]),
    ).toEqual([
      ['thickness ± thkTol.value lower end 7.6', true, false, true],
      ['thickness ± thkTol.value upper end 8.4', false, false, false],
    ]);
  });
});

describe('coverage-45: a listed tolerance end as text', () => {
  it('names the end and its value, en and zh, and lists the ends no record gets apart', () => {
    const report = thresholdCoverage(RULES, []);
    const en = formatCoverage(report, 'glass.yaml', 'en').split('\n');
    expect(en).toContain(
      "    thickness-tol thickness ± thkTol.value lower end 3.7 (one of the formula's limits 3.6, 3.7, 4.6, 4.7, 7.6, 7.7; line 22): no case at, just below, just above (a value within 0.1 of 3.7); if no record gets this limit, leave it out in the suite with uncovered: [{ criterion: thickness-tol, limit: 3.7, reason: … }]",
    );
    expect(en).toContain(
      "    thickness-tol thickness ± thkTol.value lower end 3.6 (one of the formula's limits 3.6, 3.7, 4.6, 4.7, 7.6, 7.7; line 22)",
    );
    const zh = formatCoverage(report, 'glass.yaml', 'zh');
    expect(zh).toContain(
      '    thickness-tol thickness ± thkTol.value 上端 8.4（公式的限值 4.3、4.4、5.3、5.4、8.3、8.4 之一，第 22 行）：',
    );
  });
});

describe('coverage of a tolerance whose nominal is measured', () => {
  // Illustrative: a nominal the record states, any number, so its ends cannot be listed.
  const FREE = parseRuleSet(
    `${ruleFileHeader('building-materials/free-nominal')}indicators:
  nominal: { type: number, unit: mm, range: "[1, 20]", label: { zh: 公称厚度, en: Nominal thickness } }
  measured: { type: number, unit: mm, label: { zh: 实测厚度, en: Measured thickness } }
grades:
  - { id: ok, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: thickness-tol, indicator: measured, require: "nominal ± 0.3" }
`,
    { filename: 'free.yaml' },
  );

  it('keeps one threshold per end, covered at each case’s own end', async () => {
    const suite = parseTestSuite(
      `ruleSet: ./free.yaml\ncases:\n  - { name: at, input: { nominal: 6, measured: 5.7 }, grade: ok }\n  - { name: below, input: { nominal: 6, measured: 5.6 }, grade: null }\n`,
      'free.test.yaml',
    );
    const result = await runSuite(suite as TestSuite, FREE);
    expect(result.cases.every((c) => c.passed)).toBe(true);
    const ends = thresholdCoverage(FREE, result.cases).thresholds;
    expect(ends.map((t) => [t.limit, t.value, t.at, t.below, t.above])).toEqual([
      ['formula lower end', null, true, true, false],
      ['formula upper end', null, false, false, false],
    ]);
  });
});
