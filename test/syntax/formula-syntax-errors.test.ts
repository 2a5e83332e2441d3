/**
 * A requirement or formula the parser cannot read says what is wrong and at
 * which character, in Chinese and in English alike (developer-21 C3: the
 * English was the parser's own words, with no place).
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

function ruleText(require: string): string {
  return `schemaVersion: 1
id: test/formula-syntax
version: 1.0.0
industry: test
subject: product
title: { zh: 公式写法, en: Formula syntax }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - id: a
    indicator: a
    grade: ok
    require: "${require}"
`;
}

const texts = (require: string) =>
  checkRuleSet(ruleText(require), { filename: 'f.yaml' }).issues.map((i) => [i.text.zh, i.text.en]);

describe('formula syntax errors: what and where, zh and en', () => {
  it.each([
    ['≥ (b', '缺少右括号“)”', 'a closing ")" is missing (at character'],
    ['≥ b +', '缺少表达式', 'an expression is missing at character'],
    ['≥ 0.5 * (b', '缺少右括号“)”', 'a closing ")" is missing (at character'],
  ])('%s', (require, zh, en) => {
    const [issue] = texts(require);
    expect(issue?.[0]).toContain(zh);
    expect(issue?.[1]).toContain(`written wrongly: ${en}`);
    expect(issue?.[1]).not.toMatch(/Unclosed|Expected expression/);
  });
});
