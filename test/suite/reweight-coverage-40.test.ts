import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseTestSuite, runSuite, type TestSuite, thresholdCoverage } from '../../src/index';

// fix-score40: `test --coverage` lists the scores a dimension of banded items can take; with `missing: reweight`
// those of each item alone count too. training scores 0 or 100, culture 40 or 80, both reweight, weights 1:1:
// both given 20, 40, 70, 90; training alone 0, 100; culture alone 40, 80. Around ≥ 75 the neighbours are 70 and
// 80 (without the option, 70 and 90), and 75 itself is no score a record can have.
const TEXT = readFileSync(join(import.meta.dirname, '../cli/fixtures/reweight-40/reweight.yaml'), 'utf8')
  .replace(
    '- { indicator: training, missing: reweight }',
    '- { indicator: training, missing: reweight, points: [["< 50", 0], ["≥ 50", 100]] }',
  )
  .replace(
    '- { indicator: culture, missing: reweight }',
    '- { indicator: culture, missing: reweight, points: [["< 50", 40], ["≥ 50", 80]] }',
  )
  .replace('  cutoffs: {', '  minimums: { assurance: { dimPeople: 75 } }\n  cutoffs: {');

async function dimPeopleCoverage(text: string, input: string) {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'reweight.yaml' });
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  const suite = parseTestSuite(
    `ruleSet: reweight.yaml\ncases:\n  - { name: a, input: { ${input} }, grade: assurance }\n`,
    'reweight.test.yaml',
  ) as TestSuite;
  const run = await runSuite(suite, ruleSet!);
  expect(run.cases.map((c) => c.passed)).toEqual([true]);
  return thresholdCoverage(ruleSet!, run.cases).thresholds.find(
    (t) => t.criterion === 'dimPeople@assurance',
  )!;
}

describe('test --coverage and missing: reweight (fix-score40)', () => {
  it('the neighbours of a dimension minimum count the scores with an item left out', async () => {
    const t = await dimPeopleCoverage(TEXT, 'online: 80, digital: 60, training: 90');
    expect(t.neighbours).toEqual({ below: 70, above: 80 });
    expect(t.unreachable).toEqual(['at']);
  });

  it('without the option, only the scores with both items given', async () => {
    const plain = TEXT.replaceAll(', missing: reweight', '');
    const t = await dimPeopleCoverage(plain, 'online: 80, digital: 60, lims: 90, training: 90, culture: 90');
    expect(t.neighbours).toEqual({ below: 70, above: 90 });
  });
});
