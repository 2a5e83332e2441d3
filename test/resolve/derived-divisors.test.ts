/**
 * hostile-17 F3: docs/rule-format.md says "`validate` warns where a divisor
 * can be zero for some records" of derived values, but the warning came only
 * for limit formulas: a derived `a / b` with b in [0, 10] validated clean, and
 * every record with b = 0 was then invalid.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

/** A rule set whose derived value `r` is `formula`, with b in `bRange` (none when undefined). */
function ruleText(formula: string, bRange?: string): string {
  return `schemaVersion: 1
id: test/derived-divisors
version: 1.0.0
industry: test
subject: product
title: { zh: 派生除数, en: Derived divisors }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B }${bRange ? `, range: "${bRange}"` : ''} }
derived:
  r: { formula: "${formula}", label: { zh: 比, en: Ratio } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: cr, indicator: r, require: "≥ 0.7" }
`;
}

const warnings = (text: string) =>
  checkRuleSet(text, { filename: 'x.yaml' }).issues.filter((i) => i.code === 'possible-division-by-zero');

describe('validate warns where a derived value can divide by zero', () => {
  it.each([
    ['a / b', undefined, 1],
    ['a / b', '[0, 10]', 1],
    ['a / b', '[-1, 1]', 1],
    ['a / b', '> 0', 0],
    ['a / b', '[1, 10]', 0],
    ['a / (b - 1)', '> 0', 1],
    ['a / (b - 1)', '[0, 1)', 0],
    ['a / (b + 1)', '[0, 10]', 0],
    ['a % b', '[0, 10]', 1],
    ['a + b / 2', undefined, 0],
    ['1 + a / abs(b)', '[-5, 5]', 1],
    // A divisor its own formula has shown not to be 0 is not warned about.
    ['b > 0 ? a / b : 0', undefined, 0],
    ['b != 0 ? a / b : 0', undefined, 0],
    ['0 < b ? a / b : 0', undefined, 0],
    ['b >= 1 ? a / b : 0', undefined, 0],
    ['b == 0 ? 0 : a / b', undefined, 0],
    ['!(b == 0) ? a / b : 0', undefined, 0],
    ['b <= 0 ? 0 : a / b', undefined, 0],
    // …and only where it has: the other branch, another divisor, a test that lets 0 through.
    ['b > 0 ? 0 : a / b', undefined, 1],
    ['b == 0 ? a / b : 0', undefined, 1],
    ['b >= 0 ? a / b : 0', undefined, 1],
    ['b > -1 ? a / b : 0', undefined, 1],
    ['a > 0 ? a / b : 0', undefined, 1],
    ['b > 0 ? a / (b - 1) : 0', undefined, 1],
  ])('"%s" with b in %s: %i warning(s)', (formula, range, count) => {
    const found = warnings(ruleText(formula, range));
    expect(found).toHaveLength(count);
    for (const w of found) {
      expect(w.severity).toBe('warning');
      expect(w.path).toEqual(['derived', 'r', 'formula']);
      expect(w.line).toBe(13);
    }
  });

  it('names the derived value, its formula and the divisor, in both languages', () => {
    const [w] = warnings(ruleText('a / (b - 1)', '> 0'));
    expect(w!.text.en).toBe(
      'the formula "a / (b - 1)" of derived value "r" divides by an expression, which can be 0 for a valid record; such a record is invalid (the value cannot be computed). If 0 is not a valid value, give the indicator a "range" without it (e.g. "> 0"); a guard in the formula ("b > 0 ? a / b : …") grades the value after ":" as the derived value',
    );
    const [z] = warnings(ruleText('a / b', '[0, 10]'));
    expect(z!.text.zh).toBe(
      '派生值“r”的公式“a / b”除以“b”，而它对有效记录可能为 0；这样的记录无效（该值算不出来）。若 0 不是有效值，请把指标的“range”写成不含 0 的区间（如“> 0”）；若在公式中避开 0（如“b > 0 ? a / b : …”），“:”后的值会作为该派生值参与分级',
    );
  });

  it('the warning does not stop the rule set from loading', () => {
    expect(checkRuleSet(ruleText('a / b')).ruleSet).toBeDefined();
  });

  it('a derived value that divides by another that can be 0 is warned about once, where it divides', () => {
    const text = ruleText('a / b', '> 0').replace(
      '  r: {',
      '  d: { formula: "b - 1", label: { zh: 差, en: Difference } }\n  q: { formula: "a / d", label: { zh: 商, en: Quotient } }\n  r: {',
    );
    const found = warnings(text);
    expect(found.map((w) => w.path)).toEqual([['derived', 'q', 'formula']]);
    expect(found[0]!.text.en).toContain('divides by "d"');
  });
});
