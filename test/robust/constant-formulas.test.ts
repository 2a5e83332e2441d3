/**
 * A formula part that names no value is the same for every record; if it
 * cannot be computed (a division by a constant 0, `sqrt` of a negative
 * number, a product beyond ±1.8e308), no record can be graded against it.
 * `validate` refuses it, in a limit (`invalid-requirement`) and in a derived
 * value (`invalid-formula`). `≥ 10 / 0` used to pass with a warning that the
 * divisor "can be 0 for a valid record", and `sqrt(-1)`, `1e308 * 10` and a
 * derived `x / 0` passed silently; every record was then "not computable".
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

/** A rule set whose limit for `x` is `limit` and whose derived value `z` is `formula`. */
function ruleText(limit: string, formula = 'x * 2'): string {
  return `schemaVersion: 1
id: test/constant-formulas
version: 1.0.0
industry: test
subject: product
title: { zh: 常量公式, en: Constant formulas }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X }, range: "> 0" }
derived:
  z: { label: { zh: 丙, en: Z }, formula: "${formula}" }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: x-min, indicator: x, require: "${limit}" }
  - { id: z-min, indicator: z, require: "≥ 0" }
`;
}

const issuesOf = (limit: string, formula?: string) =>
  checkRuleSet(ruleText(limit, formula), { filename: 'constant.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    en: i.text.en,
    zh: i.text.zh,
  }));

const DIVIDES = (op: string) =>
  `it divides by 0 (what follows "${op}" is always 0), so it can never be computed`;
const TOO_LARGE =
  'its fixed numbers work out to a result too large to hold (numbers go up to about ±1.8e308)';

describe('a limit that can never be computed is refused', () => {
  it.each([
    ['≥ 10 / 0', DIVIDES('/')],
    ['≥ 10 % 0', DIVIDES('%')],
    ['≥ x / 0', DIVIDES('/')],
    ['≥ x / (2 - 2)', DIVIDES('/')],
    ['≥ x / -0', DIVIDES('/')],
    ['≥ 1 + 10 / 0', DIVIDES('/')],
    ['≥ sqrt(-1)', 'it takes the square root of a negative number (sqrt of -1), which has no value'],
    [
      '≥ sqrt(-1e-300)',
      'it takes the square root of a negative number (sqrt of -1e-300), which has no value',
    ],
    ['≥ 1e308 * 10', TOO_LARGE],
    ['≥ -1e308 * 10', TOO_LARGE],
    ['≥ 1.79e308 + 1e307', TOO_LARGE],
    ['≥ 10 ** 309', TOO_LARGE],
    ['≥ 0 ** -1', TOO_LARGE],
    ['≥ (-8) ** 0.5', 'its fixed numbers work out to no number at all (NaN)'],
    ['≥ x > 1 ? x : 1 / 0', DIVIDES('/')],
  ])('%s', (limit, en) => {
    expect(issuesOf(limit)).toEqual([
      expect.objectContaining({ code: 'invalid-requirement', line: 16, en: `limit of "x": ${en}` }),
    ]);
  });

  it.each([
    '≥ 10 / 1e-300',
    '≥ sqrt(0)',
    '≥ 1e308 * 1',
    '≥ 1.79e308 + 1',
    '≥ 10 ** 308',
    '≥ x / (2 - 1)',
    '≥ 0 ** 0',
  ])('just inside: %s loads', (limit) => {
    expect(issuesOf(limit)).toEqual([]);
  });

  it('says so in Chinese', () => {
    expect(issuesOf('≥ 10 / 0')[0]!.zh).toBe('“x”的限值：除以 0（“/”右侧的值恒为 0），对任何记录都算不出来');
    expect(issuesOf('≥ sqrt(-1)')[0]!.zh).toBe('“x”的限值：对负数 -1 开平方（sqrt），没有结果');
  });

  it('a divisor that is 0 only for some records is still a warning', () => {
    const issues = checkRuleSet(ruleText('≥ 10 / (x - 1)')).issues;
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['possible-division-by-zero', 'warning']]);
  });
});

describe('a derived value that can never be computed is refused', () => {
  it.each([
    ['x / 0', DIVIDES('/')],
    ['x % 0', DIVIDES('%')],
    ['x * sqrt(-4)', 'it takes the square root of a negative number (sqrt of -4), which has no value'],
    ['x + 1e308 * 10', TOO_LARGE],
  ])('%s', (formula, en) => {
    expect(issuesOf('≥ 1', formula)).toEqual([
      expect.objectContaining({ code: 'invalid-formula', line: 12, en: `formula of "z": ${en}` }),
    ]);
  });

  it.each(['x / 1', 'x % 3', 'x * sqrt(4)', 'x + 1e308'])('%s loads', (formula) => {
    expect(issuesOf('≥ 1', formula)).toEqual([]);
  });
});
