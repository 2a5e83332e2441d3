/**
 * newcomer-38 M7: a tolerance whose nominal is the record's own (`thickness ± thkTol.value`) was listed "formula: no
 * case at, just below, just above" however many cases sat at both ends of every row. Each end is covered as the
 * case's own end, to the digits the ends are written with.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, parseTestSuite, runSuite, type TestSuite, thresholdCoverage } from '../../src/index';
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
    expect(ends.map((t) => [t.limit, t.at, t.below, t.above])).toEqual([
      ['formula lower end', true, true, true],
      ['formula upper end', true, true, true],
    ]);
  });

  it('an end without its cases stays uncovered; a case two steps off is not "just" beside it', async () => {
    const ends = await coverage([at(8, 7.6, 'ok'), at(8, 7.4, 'null'), at(8, 7.7, 'ok'), at(8, 8.2, 'ok')]);
    expect(ends.map((t) => [t.limit, t.at, t.below, t.above])).toEqual([
      ['formula lower end', true, false, true],
      ['formula upper end', false, false, false],
    ]);
  });
});
