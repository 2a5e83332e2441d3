/**
 * An unquoted comma inside a flow mapping, `{ zh: …, en: Levels, dimensions
 * … }`, splits the text: what follows the comma becomes a key with no value,
 * and the message was only `unknown key "dimensions …"; allowed: zh, en`. It
 * now says why and what to write.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

function ruleText(title: string): string {
  return `schemaVersion: 1
id: test/flow-comma
version: 1.0.0
industry: test
subject: product
title: ${title}
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  strength: { type: number, unit: MPa, range: "> 0", label: { zh: 强度, en: Strength } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c, indicator: strength, require: "≥ 400" }
`;
}

const issuesOf = (text: string) =>
  checkRuleSet(text, { filename: 't.yaml' }).issues.map((i) => ({
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe('an unknown key in { } with no value: a comma split the text', () => {
  it('says a comma separates entries and the text should be quoted', () => {
    const title = '{ zh: 等级, en: Levels, dimensions and indicators }';
    expect(issuesOf(ruleText(title))).toEqual([
      {
        line: 6,
        column: 8 + title.indexOf('dimensions'),
        en: 'unknown key "dimensions and indicators"; allowed: zh, en; a comma inside { } separates its entries: quote text that holds a comma, e.g. en: "a, b"',
        zh: '未知的键“dimensions and indicators”；可用的键：“zh”、“en”；花括号 { } 中的逗号用于分隔各项：含逗号的文字请加引号，如 en: "a, b"',
      },
    ]);
  });

  it('no such hint for a misspelt key with a value, or for a key outside { }', () => {
    expect(issuesOf(ruleText('{ zh: 等级, en: Levels, fr: Niveaux }'))[0]!.en).toBe(
      'unknown key "fr"; allowed: zh, en',
    );
    expect(issuesOf(ruleText('\n  zh: 等级\n  en: Levels\n  dimensions:'))[0]!.en).toBe(
      'unknown key "dimensions"; allowed: zh, en',
    );
  });
});
