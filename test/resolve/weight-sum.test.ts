/**
 * newcomer-29 F1: dimension weights of 15/20/20/15/15/10 (95) or 0.15 … (1.05) passed `validate` without a word,
 * and every total was then worked out over 95: a typo (10 for 15) changed every grade. Now `validate` warns at the
 * first weight, with the sum and what a weight counts as. Ratios (1:1, 3:2:1) are no slip and are not warned of.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const scheme = (a: number, b: number, c: number) => `${ruleFileHeader('test/weight-sum')}indicators:
  x: { type: number, range: "[0, 100]", label: { zh: 甲, en: X } }
  y: { type: number, range: "[0, 100]", label: { zh: 乙, en: Y } }
  z: { type: number, range: "[0, 100]", label: { zh: 丙, en: Z } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
criteria: []
scoring:
  dimensions:
    - id: dimX
      label: { zh: 甲维度, en: X dim }
      weight: ${a}
      items: [{ indicator: x }]
    - { id: dimY, label: { zh: 乙维度, en: Y dim }, weight: ${b}, items: [{ indicator: y }] }
    - { id: dimZ, label: { zh: 丙维度, en: Z dim }, weight: ${c}, items: [{ indicator: z }] }
  cutoffs: { high: 60 }
`;

const warnings = (text: string) =>
  checkRuleSet(text, { filename: 'w.yaml' }).issues.filter((i) => i.code === 'invalid-scoring');

describe('dimension weights that do not add up to 100 or 1 (newcomer-29 F1)', () => {
  it('warns at the first weight when percentages add up to 95, in zh and en, with the share', () => {
    const text = scheme(15, 40, 40);
    const found = warnings(text);
    expect(found).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('weight: 15')) + 1;
    expect(found[0]).toMatchObject({ severity: 'warning', line, column: 15 });
    expect(found[0]!.text.zh).toContain('各维度的权重之和为 95，不是 100');
    expect(found[0]!.text.zh).toContain('“dimX”的 15 计为 15.79%');
    expect(found[0]!.text.en).toContain("the dimensions' weights add up to 95, not 100");
    // Still only a warning: the rule set loads and grades as the weights say (15/95).
    const ruleSet = checkRuleSet(text).ruleSet!;
    expect(createGrader(ruleSet).gradeSync({ x: 0, y: 100, z: 100 }).scores?.total).toBeCloseTo(84.21, 2);
  });

  it('warns just above and just below 100, not at it', () => {
    expect(warnings(scheme(15, 45, 41))).toHaveLength(1); // 101
    expect(warnings(scheme(15, 45, 39))).toHaveLength(1); // 99
    expect(warnings(scheme(15, 45, 40))).toEqual([]); // 100
  });

  it('warns of shares that add up to 1.05, not of shares that add up to 1 as floats do', () => {
    const found = warnings(scheme(0.15, 0.5, 0.4));
    expect(found).toHaveLength(1);
    expect(found[0]!.text.zh).toContain('各维度的权重之和为 1.05，不是 1');
    expect(warnings(scheme(0.1, 0.2, 0.7))).toEqual([]); // 0.1 + 0.2 + 0.7 = 0.9999999999999999
  });

  it('does not warn of ratios', () => {
    expect(warnings(scheme(1, 1, 1))).toEqual([]);
    expect(warnings(scheme(3, 2, 1))).toEqual([]);
    expect(warnings(scheme(30, 20, 200))).toEqual([]);
  });
});
