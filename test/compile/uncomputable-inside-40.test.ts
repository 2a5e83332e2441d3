/**
 * hostile-40 W1: a division by zero or the root of a negative number inside a comparison, `?:`, `&&`, `min`/`max`
 * or another operation gave a grade, because only a formula's final value was checked. docs/rule-format.md
 * ("Derived values"): a value that cannot be computed makes the record invalid. Every intermediate result now
 * counts, in both engines and in `explain`.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, type RuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { graderPair } from '../helpers';

function ruleSet(formula: string, require = '≥ 1', limit = ''): RuleSet {
  return parseRuleSet(
    `schemaVersion: 1
id: test/uncomputable-inside
version: 1.0.0
industry: test
subject: product
title: { zh: 中间值无法计算, en: Intermediate not computable }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B } }
  ok: { type: boolean, required: false, label: { zh: 是否, en: Flag } }
derived:
  d: { label: { zh: 导, en: D }, formula: ${JSON.stringify(formula)} }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c, indicator: d, require: "${require}" }${limit}
`,
    { filename: 'x.yaml' },
  );
}

const DIVISION = { zh: '除以零', en: 'a division by zero' };
const NAN = { zh: '结果不是数', en: 'the result is not a number' };

describe('a part of a formula that cannot be computed makes the record invalid', () => {
  const cases: [string, Record<string, unknown>, typeof DIVISION, string?][] = [
    // The hostile tester's three formulas.
    ['a / b > 1 ? 1 : 0', { a: 1, b: 0 }, DIVISION],
    ['min(a / b, 5)', { a: 1, b: 0 }, DIVISION, '≥ 5'],
    ['sqrt(a) < 0 ? 0 : 1', { a: -4, b: 1 }, NAN],
    ['sqrt(a) >= 0 ? 1 : 0', { a: -4, b: 1 }, NAN],
    // The same through other operators: each would give a finite number or a boolean from the lost part.
    ['max(a / b, 0) + 1', { a: -1, b: 0 }, DIVISION],
    ['1 / (a / b) + 1', { a: 1, b: 0 }, DIVISION],
    ['(a / b) ** 0', { a: 1, b: 0 }, DIVISION],
    ['a % b == 0 ? 1 : 0', { a: 1, b: 0 }, DIVISION],
    ['a / b != 1 ? 1 : 0', { a: 1, b: 0 }, DIVISION],
    ['!(a / b > 1) ? 1 : 0', { a: 1, b: 0 }, DIVISION],
    ['a / b > 1 && ok ? 1 : 0', { a: 1, b: 0, ok: true }, DIVISION],
    ['a / b < 1 || ok ? 1 : 0', { a: 1, b: 0, ok: true }, DIVISION],
    ['abs(floor(sqrt(a))) >= 0 ? 1 : 0', { a: -4, b: 1 }, NAN],
    ['ceil(b ** 0.5) < 5 ? 1 : 0', { a: 1, b: -4 }, NAN],
  ];
  for (const [formula, record, cause, require] of cases)
    it(`${formula} with ${JSON.stringify(record)}`, async () => {
      const pair = graderPair(ruleSet(formula, require));
      const r = await pair.grade(record);
      expect(r.notGradedReason?.code).toBe('invalid-record');
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]!.code).toBe('not-computable');
      expect(r.errors![0]!.message.zh).toContain(cause.zh);
      expect(r.errors![0]!.message.en).toContain(cause.en);
      // explain says the record is not graded, not "A 1 ÷ B 0 … meets ≥ 1".
      const text = formatExplanation(r, 'en');
      expect(text).toContain('cannot be computed');
      expect(text).not.toContain('meets');
    });

  it('the same formulas still grade a record whose parts are all computable', async () => {
    expect((await graderPair(ruleSet('a / b > 1 ? 1 : 0')).grade({ a: 3, b: 2 })).grade).toBe('ok');
    expect((await graderPair(ruleSet('min(a / b, 5)', '≥ 5')).grade({ a: 10, b: 1 })).grade).toBe('ok');
    expect((await graderPair(ruleSet('sqrt(a) < 0 ? 0 : 1')).grade({ a: 4, b: 1 })).grade).toBe('ok');
    // A branch not taken is not computed: b = 0 on the other side of `?:` and after a false `&&` leaves it graded.
    expect((await graderPair(ruleSet('b == 0 ? 1 : a / b')).grade({ a: 1, b: 0 })).grade).toBe('ok');
    expect(
      (await graderPair(ruleSet('ok && a / b > 1 ? 0 : 1')).grade({ a: 1, b: 0, ok: false })).grade,
    ).toBe('ok');
  });

  it('a limit formula with a division by zero inside a comparison makes the record invalid', async () => {
    const set = ruleSet('a', '≥ 0', '\n  - { id: l, indicator: a, require: "≥ (b / a > 1 ? 1 : 0)" }');
    const r = await graderPair(set).grade({ a: 0, b: 1 });
    expect(r.notGradedReason?.code).toBe('invalid-record');
    expect(r.errors![0]!.message.en).toContain('a division by zero');
  });
});
