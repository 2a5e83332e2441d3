/**
 * An indicator's `default` must be a value the indicator may take: inside its
 * `range`, an integer for an `integer`, one of an enum's `values`, of its
 * type. A record without the value is graded as if it held the default, and
 * defaults skip the record checks: `default: -5` with `range: "> 0"` passed
 * `validate` and graded such records with -5.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

/** A rule set whose optional indicator `y` is `spec` (inside the braces). */
function ruleText(spec: string): string {
  return `schemaVersion: 1
id: test/indicator-defaults
version: 1.0.0
industry: test
subject: product
title: { zh: 默认值, en: Defaults }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
  y: { required: false, label: { zh: 乙, en: Y }, ${spec} }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: x-min, indicator: x, require: "≥ 1" }
`;
}

const issuesOf = (spec: string) =>
  checkRuleSet(ruleText(spec), { filename: 'defaults.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe("a default outside the indicator's range is refused", () => {
  it.each([
    ['> 0', '0'],
    ['> 0', '-5'],
    ['[0, 100]', '-0.0001'],
    ['[0, 100]', '100.0001'],
    ['(0, 10)', '10'],
    ['[3, 3]', '3.5'],
  ])('range %s, default %s', (range, value) => {
    const spec = `type: number, range: "${range}", default: ${value}`;
    expect(issuesOf(spec)).toEqual([
      {
        code: 'type-mismatch',
        line: 11,
        column: 84 + range.length, // the default value itself
        en: `default ${value} is outside the range "${range}" of "y": a record without "y" would be graded with a value "y" cannot take`,
        zh: `默认值 ${value} 不在“y”的取值范围“${range}”内：缺少“y”的记录会按一个它不可能取的值评级`,
      },
    ]);
  });

  it.each([
    ['> 0', '1e-9'],
    ['[0, 100]', '0'],
    ['[0, 100]', '100'],
    ['[0, 100]', '100.0'],
    ['(0, 10)', '9.999'],
    ['[3, 3]', '3'],
  ])('range %s, default %s is accepted', (range, value) => {
    expect(issuesOf(`type: number, range: "${range}", default: ${value}`)).toEqual([]);
  });
});

describe('a default of another kind, a fraction for an integer, or a number YAML cannot hold', () => {
  it.each([
    ['type: integer, default: 2.5', 'default 2.5 is not an integer, but "y" takes integers only'],
    ['type: integer, default: -0.5', 'default -0.5 is not an integer, but "y" takes integers only'],
    [
      'type: number, default: 1e-400',
      'default: 1e-400 is too small: it would be read as 0 (a non-zero number is at least about 5e-324); write 0 if you mean it, or use a larger unit',
    ],
    ['type: enum, values: [a, b], default: c', 'default "c" is not a valid value of "y"'],
    ['type: number, default: "5"', 'default "5" is not a valid value of "y"'],
    ['type: boolean, default: 1', 'default 1 is not a valid value of "y"'],
  ])('%s', (spec, en) => {
    expect(issuesOf(spec)).toEqual([expect.objectContaining({ code: 'type-mismatch', line: 11, en })]);
  });

  it.each([
    'type: integer, default: 2',
    'type: integer, default: 2.0',
    'type: integer, range: "[0, 5]", default: 5',
    'type: number, default: 0e-400',
    'type: enum, values: [a, b], default: b',
    'type: boolean, default: false',
  ])('%s is accepted', (spec) => {
    expect(issuesOf(spec)).toEqual([]);
  });
});
