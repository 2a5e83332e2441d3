/**
 * A value of 1e21 or more is shown with an exponent (1e+308), as JavaScript
 * writes it. A scoring item may give points of 1e308; the explanation showed
 * such a total as 309 digits followed by ".00".
 */
import { describe, expect, it } from 'vitest';
import { shownValue } from '../../src/compile/shown-value';
import { parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { parseRoundingInterval } from '../../src/rounding/gbt8170';
import { graderPair } from '../helpers';

const RULES = `schemaVersion: 1
id: test/huge-values
version: 1.0.0
industry: test
subject: product
title: { zh: 大数, en: Huge values }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
scoring:
  dimensions:
    - { id: a, label: { zh: 一, en: A }, weight: 1, items: [{ indicator: x, points: [["≤ 10", 1e308], ["> 10", 1e308]] }] }
  cutoffs: { low: 10, high: 50 }
`;

describe('huge points print as numbers', () => {
  it('a total of 1e308 is shown as 1e+308', async () => {
    const pair = graderPair(parseRuleSet(RULES));
    const result = await pair.grade({ x: 15 });
    expect(result.scores?.total).toBe(1e308);
    const text = formatExplanation(result, 'en');
    expect(text).toContain('Total score: 1e+308 meets ≥ 10');
    expect(text).not.toMatch(/\d{25}/);
  });

  it('from 1e21 on, with an exponent; just below, every digit', () => {
    const at = parseRoundingInterval('0.01')!;
    expect(shownValue(1e21, at, null, null)).toBe('1e+21');
    expect(shownValue(-1e21, at, null, null)).toBe('-1e+21');
    expect(shownValue(9.99e20, at, null, null)).toBe('999000000000000000000.00');
  });
});
