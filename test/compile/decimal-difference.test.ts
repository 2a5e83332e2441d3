/**
 * hostile-38 W1: a difference of two close decimal readings missed a limit it meets exactly — `spread = max − min`
 * gave 0.200000000000001 for 10.3 − 10.1 against `≤ 0.2` (full-value method), and a formula limit
 * `10 * (cr - 80)` gave 0.999999999999943 for cr 80.1. A sum or difference is carried to the 15 significant digits
 * of its larger operand.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { ARITHMETIC, carriedSum } from '../../src/model/arithmetic';

const HEAD = `schemaVersion: 1
id: test/decimal-difference
version: 1.0.0
industry: test
subject: product
title: { zh: 差值, en: Differences }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用数值, en: Figures for tests only } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
`;

const spread = createGrader(
  parseRuleSet(
    `${HEAD}indicators:
  tMax: { type: number, unit: mm, label: { zh: 最大厚度, en: Maximum thickness } }
  tMin: { type: number, unit: mm, label: { zh: 最小厚度, en: Minimum thickness } }
derived:
  spread: { formula: "tMax - tMin", unit: mm, label: { zh: 厚薄差, en: Thickness spread } }
criteria:
  - { id: spread, indicator: spread, require: "≤ 0.2 mm" }
`,
    { filename: 'spread.yaml' },
  ),
);

const limit = createGrader(
  parseRuleSet(
    `${HEAD}indicators:
  cr: { type: number, label: { zh: 显色指数, en: Colour rendering } }
  years: { type: number, label: { zh: 质保年限, en: Warranty years } }
criteria:
  - { id: years, indicator: years, require: "≤ 10 * (cr - 80)" }
`,
    { filename: 'limit.yaml' },
  ),
);

describe('a difference of decimal readings', () => {
  it('exactly at the limit meets it: 10.3 − 10.1 = 0.2 ≤ 0.2; also 0.35 − 0.15', () => {
    expect(spread.gradeSync({ tMax: 10.3, tMin: 10.1 }).grade).toBe('ok');
    expect(spread.gradeSync({ tMax: 0.35, tMin: 0.15 }).grade).toBe('ok');
    const c = spread.gradeSync({ tMax: 10.3, tMin: 10.1 }).criteria[0]!;
    expect(c.value).toBe(0.2);
  });

  it('one step over fails, one step under passes', () => {
    expect(spread.gradeSync({ tMax: 10.31, tMin: 10.1 }).grade).toBeNull();
    expect(spread.gradeSync({ tMax: 10.29, tMin: 10.1 }).grade).toBe('ok');
  });

  it('in a formula limit: cr 80.1 gives 1, which 1 year meets and 1.01 does not', () => {
    expect(limit.gradeSync({ cr: 80.1, years: 1 }).grade).toBe('ok');
    expect(limit.gradeSync({ cr: 80.3, years: 3 }).grade).toBe('ok');
    expect(limit.gradeSync({ cr: 80.1, years: 1.01 }).grade).toBeNull();
  });
});

describe('carriedSum', () => {
  it('drops the binary error past the larger operand’s 15 digits', () => {
    expect(ARITHMETIC['-']!(10.3, 10.1)).toBe(0.2);
    expect(ARITHMETIC['+']!(0.1, 0.2)).toBe(0.3);
    expect(ARITHMETIC['-']!(80.1, 80)).toBe(0.1);
  });

  it('keeps what the operands hold: small operands, whole numbers, huge and non-finite sums', () => {
    expect(ARITHMETIC['+']!(1e-20, 2e-20)).toBe(3e-20);
    expect(ARITHMETIC['-']!(2 ** 52 + 1, 1)).toBe(2 ** 52);
    expect(ARITHMETIC['+']!(1e300, 1e300)).toBe(2e300);
    expect(carriedSum(Number.POSITIVE_INFINITY, 1.5, Number.POSITIVE_INFINITY)).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(Number.isNaN(carriedSum(Number.NaN, 0.5, Number.NaN))).toBe(true);
    // A real difference at the 14th digit of 1 stays.
    expect(ARITHMETIC['-']!(1.00000000000002, 1)).toBe(2e-14);
  });
});
