/**
 * A rounding interval the schema refuses. The message pasted the schema's
 * title and description into the sentence: `"interval" must be Rounding
 * interval: GB/T 8170 rounding interval: 1, 2 or 5 × 10ⁿ …`. It now says what
 * an interval is, gives examples and what was written; a full-width one gets
 * the ASCII to write, and 1e-400 (read as 0) says so.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

function ruleText(interval: string): string {
  return `schemaVersion: 1
id: test/interval-messages
version: 1.0.0
industry: test
subject: product
title: { zh: 修约间隔, en: Rounding interval }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
comparison: rounded
indicators:
  x: { type: number, unit: MPa, range: "≥ 0", label: { zh: 强度, en: Strength } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - id: c
    indicator: x
    require: "≥ 4.6"
    interval: ${interval}
`;
}

const issuesOf = (interval: string) =>
  checkRuleSet(ruleText(interval), { filename: 't.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe('an interval the schema refuses says what an interval is', () => {
  it.each([
    ['"0.1 mm"', 'text "0.1 mm"', '文本 "0.1 mm"'],
    ['0', 'the number 0', '数值 0'],
    ['-0.5', 'the number -0.5', '数值 -0.5'],
  ])('%s', (interval, gotEn, gotZh) => {
    expect(issuesOf(interval)).toEqual([
      {
        code: 'schema',
        line: 18,
        column: 15,
        en: `"interval" must be a rounding interval (values are rounded to a multiple of it): 1, 2 or 5 × 10ⁿ as GB/T 8170 gives them, written as a number, e.g. 0.1, 0.5, 0.02 or 5; got ${gotEn}`,
        zh: `“interval”必须是修约间隔（取值修约为它的整数倍）：GB/T 8170 规定为 1、2 或 5 × 10ⁿ，写成数，如 0.1、0.5、0.02 或 5；实际是${gotZh}`,
      },
    ]);
  });

  it('full-width digits: named, with the ASCII to write', () => {
    expect(issuesOf('"０.１"')).toEqual([
      {
        code: 'schema',
        line: 18,
        column: 15,
        en: '"interval": "０.１" has the full-width characters "０" (U+FF10), "１" (U+FF11): write ASCII "0.1"',
        zh: '“interval”：“０.１”含全角字符“０”（U+FF10）、“１”（U+FF11）：请写半角的“0.1”',
      },
    ]);
  });

  it('1e-400, which YAML reads as 0: too small to be a number', () => {
    const [issue] = issuesOf('1e-400');
    expect(issue!.en).toMatch(/^1e-400 is too small: it would be read as 0/);
    expect(issue!.zh).toMatch(/^“1e-400”太小，会被读作 0/);
  });
});
