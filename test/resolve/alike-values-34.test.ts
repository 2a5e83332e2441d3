/**
 * `values: [Ⅰa类, Ia类]`: a Roman numeral and its Latin look-alike in one enum list, two values a reader sees as
 * one, passed validate silently (fix-texts3 left it). A warning (`ambiguous-label`) at the later value's
 * line:column names the characters that differ, zh and en; distinct values (Ⅰa类, Ib类) are not warned.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

const rules = (values: string) => `schemaVersion: 1
id: test/alike
version: 1.0.0
industry: test
subject: product
title: { zh: 类别, en: Category }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  category: { type: enum, values: ${values}, label: { zh: 类别, en: Category } }
  x: { type: number, label: { zh: 甲, en: X } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
criteria:
  - { id: x-low, indicator: x, require: "≥ 1" }
`;

const issues = (values: string) =>
  checkRuleSet(rules(values), { filename: 'alike.yaml' }).issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe('enum values spelt alike in one list', () => {
  it('Ⅰa类 and Ia类: a warning at Ia类, naming the Roman numeral', () => {
    expect(issues('[Ⅰa类, Ib类, Ia类]')).toEqual([
      {
        code: 'ambiguous-label',
        severity: 'warning',
        line: 10,
        column: 46,
        en: 'the value "Ia类" of "category" reads as "Ⅰa类": the value "Ⅰa类" has the Roman numeral "Ⅰ" (U+2160) where this has the letter "I"; a reader cannot tell them apart, and a record must name one exactly, which decides its grade. If they are one value, list it once',
        zh: '“category”的取值“Ia类”与“Ⅰa类”看来是同一个：取值“Ⅰa类”中是罗马数字“Ⅰ”（U+2160），这里写的是字母“I”；读者分不出两者，记录须写出其中一个，评定取决于写的是哪个。若是同一取值，请只列一次',
      },
    ]);
  });

  it('a full-width form too; distinct values are not warned', () => {
    expect(issues('[A类, Ａ类]')[0]).toMatchObject({ code: 'ambiguous-label', column: 40 });
    expect(issues('[Ⅰa类, Ib类, Ⅱa类]')).toEqual([]);
  });
});
