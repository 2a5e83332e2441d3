/**
 * An indicator named in Chinese, `水分:` under `indicators:` (studio sweep finding 11), gave two
 * messages: one at the parent key allowing "-" and ".", one at the name allowing neither, and
 * "字母" did not tell a Chinese author that 汉字 are not letters here. Now one message at the name.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const ruleText = (indicator: string, table = 'limits') => `${ruleFileHeader('test/key-names')}indicators:
  strength: { type: number, unit: MPa, label: { zh: 强度, en: Strength } }
  kind: { type: enum, values: [a], label: { zh: 类别, en: Kind } }
  ${indicator}: { type: number, unit: "%", label: { zh: 水分, en: Moisture } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
tables:
  ${table}:
    keys: [kind]
    columns: [kind, ok]
    rows: [[a, 400]]
criteria:
  - { id: c, indicator: strength, require: "≥ 400" }
`;

const issuesOf = (text: string) =>
  checkRuleSet(text, { filename: 't.yaml' }).issues.map((i) => ({
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe('a name that cannot be one, as a key', () => {
  it('a Chinese indicator name: one message at the name, saying where the Chinese goes', () => {
    expect(issuesOf(ruleText('水分'))).toEqual([
      {
        line: 12,
        column: 3,
        en: '"水分" cannot be a name: names are ASCII letters, digits and "_", starting with a letter; the Chinese goes in "label", e.g. moisture: { label: { zh: 水分, en: Moisture } }',
        zh: '“水分”不能用作名称：名称只能用英文字母、数字和 "_"，以英文字母开头（汉字不算字母）；中文名称写在“label”中，如 moisture: { label: { zh: 水分, en: Moisture } }',
      },
    ]);
  });

  it('a reserved word: one message saying so', () => {
    expect(issuesOf(ruleText('all')).map((i) => [i.line, i.column, i.en])).toEqual([
      [12, 3, '"all" cannot be a name: all, any, not, grade, true, false, null are reserved'],
    ]);
  });

  it('a table name in Chinese: "-" allowed, the Chinese goes in "title"', () => {
    expect(issuesOf(ruleText('moisture', '水分限值')).map((i) => [i.line, i.column, i.en])).toEqual([
      [
        16,
        3,
        '"水分限值" cannot be a name: names are ASCII letters, digits, "_" and "-", starting with a letter; the Chinese goes in "title", e.g. extractMin: { title: { zh: 水浸出物最低值, en: Water extract minimum } }',
      ],
    ]);
  });
});
