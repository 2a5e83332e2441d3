/**
 * Scoring weights are shares of a weighted mean. Two weights of 1e308 add up
 * to infinity, every share became 0 and every score 0, and `validate` said
 * nothing; a weight so small next to the others that its share is 0 counted
 * for nothing. Both are `invalid-scoring` at the weight.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet } from '../../src/index';
import { graderPair } from '../helpers';

/** A rule set scored on `x` and `y` in dimensions `a` and `b`, with the given weights. */
function ruleText(w: { a?: string; b?: string; ax?: string; ay?: string }): string {
  const item = (name: string, weight?: string) =>
    `{ indicator: ${name}${weight ? `, weight: ${weight}` : ''} }`;
  return `schemaVersion: 1
id: test/scoring-values
version: 1.0.0
industry: test
subject: product
title: { zh: 评分数值, en: Scoring values }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
  y: { type: number, label: { zh: 乙, en: Y } }
  z: { type: number, label: { zh: 丙, en: Z } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
scoring:
  dimensions:
    - { id: a, label: { zh: 一, en: A }, weight: ${w.a ?? '1'}, items: [${item('x', w.ax)}, ${item('y', w.ay)}] }
    - { id: b, label: { zh: 二, en: B }, weight: ${w.b ?? '1'}, items: [${item('z')}] }
  cutoffs: { low: 10, high: 50 }
`;
}

const issuesOf = (w: Parameters<typeof ruleText>[0]) =>
  checkRuleSet(ruleText(w), { filename: 'scoring.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    en: i.text.en,
    zh: i.text.zh,
  }));

const OVERFLOW = (whose: string) =>
  `the weights of ${whose} add up to more than a number can hold (about 1.8e308), so every share would be 0; weights only count relative to each other, so write them as e.g. 1 and 2`;

describe('weights whose sum a number cannot hold', () => {
  it.each([
    ['1e308', '1e308'],
    // At most 15 significant digits: more are refused before the sum is looked at (fix-left4a-34).
    ['1.79769313486231e308', '1e294'],
  ])('dimension weights %s and %s', (a, b) => {
    expect(issuesOf({ a, b })).toEqual([
      expect.objectContaining({ code: 'invalid-scoring', line: 19, en: OVERFLOW('the dimensions') }),
    ]);
  });

  it.each([
    ['1e308', '1e308'],
    ['1.79769313486231e308', '1e294'],
  ])('item weights %s and %s', (ax, ay) => {
    expect(issuesOf({ ax, ay })).toEqual([
      expect.objectContaining({
        code: 'invalid-scoring',
        line: 18,
        en: OVERFLOW('the items of dimension "a"'),
        zh: '维度“a”中各评分项的权重之和超出了数值能表示的范围（约 1.8×10³⁰⁸），所有份额都会成为 0；权重只按相互比例计算，请写成如 1、2 这样的数',
      }),
    ]);
  });

  it('just inside: weights that add up to the largest number load and score', async () => {
    // 2 × 8.98846567431157e307 is 1.797693134862314e308, within the largest double (1.7976931348623157e308).
    const text = ruleText({ a: '8.98846567431157e307', b: '8.98846567431157e307' });
    expect(checkRuleSet(text).issues).toEqual([]);
    const result = await graderPair(parseRuleSet(text)).grade({ x: 60, y: 20, z: 20 });
    expect(result.scores?.total).toBe(30);
  });
});

describe('a weight whose share is 0', () => {
  it('1e-30 beside 1e300 is refused', () => {
    expect(issuesOf({ a: '1e300', b: '1e-30' })).toEqual([
      expect.objectContaining({
        code: 'invalid-scoring',
        line: 19,
        en: 'the weight 1e-30 is so small next to the weights of the dimensions (their sum is 1e+300) that its share is 0 and it counts for nothing; write weights of similar size',
      }),
    ]);
    expect(issuesOf({ ax: '1e300', ay: '1e-30' })).toEqual([
      expect.objectContaining({ code: 'invalid-scoring', line: 18 }),
    ]);
  });

  it('1e-20 beside 1e300 still has a share, and loads', () => {
    expect(issuesOf({ a: '1e300', b: '1e-20' })).toEqual([]);
  });
});
