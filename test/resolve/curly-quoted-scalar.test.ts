/**
 * newcomer-38 M4: Chinese quotation marks around a unit or an enum's values were read as part of them. `unit: “mm”`
 * passed validate, then every sheet in mm was refused as "not in “mm”", blaming the lab; `values: [“合格”, “不合格”]`
 * gave "“合格” is not a value; allowed: “合格”, “不合格”", two sides that look the same. Each is an error at the value,
 * with what to write, and nothing follows from it.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

function rules(unit: string, values: string): string {
  return `${ruleFileHeader('test/curly')}indicators:
  t: { type: number, unit: ${unit}, label: { zh: 厚度, en: Thickness } }
  look: { type: enum, values: ${values}, label: { zh: 外观, en: Appearance } }
grades:
  - { id: a, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: t, indicator: t, require: "≥ 5 mm" }
  - { id: look, indicator: look, require: "= 合格" }
`;
}

const issues = (text: string) => checkRuleSet(text, { filename: 'c.yaml' }).issues;
const lineOf = (text: string, part: string) => text.split('\n').findIndex((l) => l.includes(part)) + 1;

describe('a unit or enum value in Chinese quotation marks', () => {
  it('is an error at the value, with what to write, and no follow-on error at the limit or the requirement', () => {
    const text = rules('“mm”', '[“合格”, “不合格”]');
    const found = issues(text);
    expect(found.map((i) => [i.severity, i.line, i.column])).toEqual([
      [
        'error',
        lineOf(text, 'unit: “mm”'),
        text.split('\n')[lineOf(text, 'unit: “mm”') - 1]!.indexOf('“mm”') + 1,
      ],
      [
        'error',
        lineOf(text, '[“合格”'),
        text.split('\n')[lineOf(text, '[“合格”') - 1]!.indexOf('“合格”') + 1,
      ],
      [
        'error',
        lineOf(text, '[“合格”'),
        text.split('\n')[lineOf(text, '[“合格”') - 1]!.indexOf('“不合格”') + 1,
      ],
    ]);
    expect(found[0]!.text.en).toBe(
      'unit: “mm” is in Chinese quotation marks "“" (U+201C), "”" (U+201D), which YAML reads as part of the value: remove them or use ASCII double quotes ("): write "mm"',
    );
    expect(found[0]!.text.zh).toBe(
      'unit 中的 “mm” 两端用了中文引号 “（U+201C）、”（U+201D），YAML 把它们读作值的一部分：请去掉，或改用半角双引号 "，写 "mm"',
    );
    expect(found[2]!.text.zh).toContain('values 中的 “不合格” 两端用了中文引号');
  });

  it('single marks ‘mm’ are the same; written plainly or in ASCII quotes there is no issue', () => {
    expect(issues(rules('‘mm’', '[合格, 不合格]')).map((i) => i.text.en)).toEqual([
      expect.stringContaining('unit: ‘mm’ is in Chinese quotation marks "‘" (U+2018), "’" (U+2019)'),
    ]);
    expect(issues(rules('mm', '[合格, 不合格]'))).toEqual([]);
    expect(issues(rules('"mm"', '["合格", "不合格"]'))).toEqual([]);
  });

  it('a mark inside a value, not round it, is the value’s own (“节能”型)', () => {
    const text = rules('mm', '[“节能”型, 普通型, 合格]');
    expect(issues(text).filter((i) => i.text.en.includes('Chinese quotation'))).toEqual([]);
  });
});
