/**
 * fix-newcomer5-35 W1, accuracy: a derived score `employees > 300 ? … : improveScore * 0.2` is raised no further
 * than the branch this record takes when the test reads nothing the branches read (a headcount does not change when
 * a score is raised). Rule set: test/fixtures/newcomer-35/dm.yaml (weights 25/20/20/20/15, cutoff 90 for Leading)
 * with the small firms' branch scaled by 0.2 and the dimension minimums left out. Figures by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';

const source = readFileSync(new URL('../fixtures/newcomer-35/dm.yaml', import.meta.url), 'utf8');
const FORMULA = 'formula: "employees > 300 ? (improveScore * 60 + supplierScore * 40) / 100 : improveScore"';

function graderWith(formula: string) {
  expect(source).toContain(FORMULA);
  const text = source.replace(FORMULA, `formula: "${formula}"`).replace(/ {2}minimums:\n.*\n.*\n/, '');
  expect(text).not.toContain('leading: { dimInfra: 80');
  return createGrader(parseRuleSet(text, { filename: 'dm.yaml' }));
}

// Every other item at 100: 25 + 20 + 20 + 20 = 85, so Leading (≥ 90) needs improveMix ≥ 5 / 0.15 = 33.33.
const record = (employees: number) => ({
  majorAccident: false,
  employees,
  infraScore: 100,
  collectScore: 100,
  analysisScore: 5,
  traceScore: 100,
  improveScore: 50,
  supplierScore: 50,
});

describe('a conditional derived score is bounded by the branch the record takes (fix-newcomer5-35 W1)', () => {
  it('45 employees: improveMix = 50 × 0.2 = 10 can reach 20 only, so no raise reaches 90 (the union advised 10 → 33.34)', async () => {
    const grader = graderWith(
      'employees > 300 ? (improveScore * 60 + supplierScore * 40) / 100 : improveScore * 0.2',
    );
    const r = await grader.grade(record(45));
    // 85 + 10 × 0.15 = 86.5, 3.5 short; with improveMix at its branch's 20: 85 + 3 = 88.
    const en = formatExplanation(r, 'en');
    expect(en).toContain(
      'Total score 86.5, 3.5 points short of ≥ 90 (Leading); no single item raised alone reaches it, and with every item at its maximum it reaches only 88',
    );
    expect(en).not.toContain('33.34');
    const zh = formatExplanation(r, 'zh');
    expect(zh).toContain('总分 86.5，差 3.5 分达到 ≥ 90（引领级）');
    expect(zh).not.toContain('33.34');
  });

  it('450 employees take the other branch, [0, 100]: 50 → Leading as before', async () => {
    const grader = graderWith(
      'employees > 300 ? (improveScore * 60 + supplierScore * 40) / 100 : improveScore * 0.2',
    );
    const r = await grader.grade(record(450));
    // improveMix = 50: 85 + 7.5 = 92.5.
    expect(r.scores?.total).toBe(92.5);
    expect(r.grade).toBe('leading');
  });

  it('a test that reads the raised score keeps both branches: raising improveScore past 50 changes the branch', async () => {
    const grader = graderWith('improveScore > 50 ? improveScore : improveScore * 0.2');
    const r = await grader.grade(record(45));
    // improveMix = 10 now, but improveScore 51 gives 51: 33.34 is reachable, and advised.
    expect(formatExplanation(r, 'en')).toContain('e.g. Collaborative improvement score 10 → 33.34');
  });
});
