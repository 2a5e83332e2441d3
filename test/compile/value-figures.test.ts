/**
 * valueFigures: the digits a derived value compared by the full-value method
 * is shown with. Without `decimals`: one finer than the finest limit it is
 * compared with (GB/T 8170 keeps one more digit in intermediate values); with
 * `decimals`: those, trailing zeros kept (only a score drops them).
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { graderPair } from '../helpers';

const RULES = `schemaVersion: 1
id: test/value-figures
version: 1.0.0
industry: test
subject: product
title: { zh: 计算值的位数, en: Digits of a computed value }
references: [{ code: T-2, edition: "2020" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests } }
comparison: full
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B } }
derived:
  r: { label: { zh: 比值, en: Ratio }, formula: a / b }
  s: { label: { zh: 两位比值, en: Two-place ratio }, formula: a / b, decimals: 2 }
grades:
  - { id: L, label: { zh: 低, en: Low } }
criteria:
  - { id: r-min, indicator: r, require: "≥ 1.2" }
  - { id: r-max, indicator: r, require: "≤ 2.25" }
  - { id: s-min, indicator: s, require: "≥ 1" }
`;

describe('the figure of a derived value compared by the full-value method', () => {
  const pair = graderPair(parseRuleSet(RULES, { filename: 'value-figures.yaml' }));
  const lines = async (record: Record<string, number>) =>
    formatExplanation(await pair.grade(record), 'en')
      .split('\n')
      .filter((l) => /^ {2}[✓✗] /.test(l))
      // The figure is what is tested here, not the formula after it (formula-operands.test.ts).
      .map((l) => l.replace(/ \(= [^)]*\)/, ''));

  it('without decimals: one finer than the finest limit (≥ 1.2 and ≤ 2.25: three), on both lines', async () => {
    // 1.23456 at three decimals is 1.235 (GB/T 8170; not a tie); at two it would be 1.23.
    expect(await lines({ a: 1.23456, b: 1 })).toEqual([
      '  ✓ Ratio: 1.235 meets ≥ 1.2 (Low requirement)',
      '  ✓ Ratio: 1.235 meets ≤ 2.25 (Low requirement)',
      '  ✓ Two-place ratio: 1.23 meets ≥ 1 (Low requirement)',
    ]);
  });

  it('with decimals: 2, a value of 1.5 reads 1.50 (a derived value that is not a score keeps its zeros)', async () => {
    expect((await lines({ a: 1.5, b: 1 })).at(-1)).toBe(
      '  ✓ Two-place ratio: 1.50 meets ≥ 1 (Low requirement)',
    );
  });

  it('a value near zero never reads as nothing but zeros: 0.0001 takes the digits to show it', async () => {
    // At three decimals (Ratio) or two (Two-place ratio) 0.0001 would read 0.000 / 0.00.
    expect(await lines({ a: 0.0001, b: 1 })).toEqual([
      '  ✗ Ratio: 0.0001 does not meet ≥ 1.2 (Low requirement)',
      '  ✓ Ratio: 0.0001 meets ≤ 2.25 (Low requirement)',
      '  ✗ Two-place ratio: 0.0001 does not meet ≥ 1 (Low requirement)',
    ]);
  });

  it('a figure does not land on a limit the value is not on: 1.2004 beside ≥ 1.2 reads 1.2004, not 1.200', async () => {
    expect(await lines({ a: 1.2004, b: 1 })).toEqual([
      '  ✓ Ratio: 1.2004 meets ≥ 1.2 (Low requirement)',
      '  ✓ Ratio: 1.2004 meets ≤ 2.25 (Low requirement)',
      '  ✓ Two-place ratio: 1.20 meets ≥ 1 (Low requirement)',
    ]);
  });
});
