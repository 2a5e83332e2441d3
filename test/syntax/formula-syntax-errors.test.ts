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

/** A rule set with a derived value `r` computed by `formula`. */
function derivedText(formula: string): string {
  return ruleText('≥ 1').replace(
    'grades:',
    `derived:\n  r: { label: { zh: 比值, en: Ratio }, formula: "${formula}" }\ngrades:`,
  );
}

const derivedIssues = (formula: string) =>
  checkRuleSet(derivedText(formula), { filename: 'f.yaml' }).issues.map((i) => ({
    zh: i.text.zh,
    en: i.text.en,
    column: i.column,
  }));

describe('a formula written with typeset signs or labels: one error naming the slip, with the formula as meant', () => {
  it.each([
    ['a ÷ b', '÷', 'U+00F7', '/', 'a / b'],
    ['a × b', '×', 'U+00D7', '*', 'a * b'],
    ['a − b', '−', 'U+2212', '-', 'a - b'],
    ['a ＋ b', '＋', 'U+FF0B', '+', 'a + b'],
  ])('%s', (formula, sign, code, ascii, meant) => {
    const issues = derivedIssues(formula);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.zh).toContain(`公式中要写“${ascii}”，而不是“${sign}”（${code}）：请写“${meant}”`);
    expect(issues[0]!.en).toContain(
      `a formula writes "${ascii}" where this has "${sign}" (${code}): write "${meant}"`,
    );
  });

  // Each sign named, in the order written (hostile-46: only the first was, and `2×b−c` was told its minus next run).
  it('（a + b）／ 2: the brackets and the slash', () => {
    const issues = derivedIssues('（a + b）／ 2');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.zh).toContain(
      '公式中要写“(”，而不是“（”（U+FF08）；要写“)”，而不是“）”（U+FF09）；要写“/”，而不是“／”（U+FF0F）：请写“(a + b)/ 2”',
    );
    expect(issues[0]!.en).toContain(
      'a formula writes "(" where this has "（" (U+FF08), ")" where it has "）" (U+FF09) and "/" where it has "／" (U+FF0F): write "(a + b)/ 2"',
    );
  });

  it('a sign inside quotes is text, not a slip', () => {
    expect(derivedIssues('a + b')).toEqual([]);
    expect(derivedIssues("a == 'x×y' ? 1 : 2").every((i) => !i.zh.includes('而不是'))).toBe(true);
  });

  it("an indicator's label written as a name: told the name to write, each located", () => {
    const issues = derivedIssues('甲 / 乙');
    expect(issues.map((i) => i.zh)).toEqual([
      expect.stringContaining('“甲”是“a”的标签，公式中请写名称 a'),
      expect.stringContaining('“乙”是“b”的标签，公式中请写名称 b'),
    ]);
    expect(issues[0]!.en).toContain('"甲" is the label of "a": a formula names it a');
    expect(issues[1]!.column).toBeGreaterThan(issues[0]!.column!);
  });

  it('a name that is no label keeps the unknown-name error with its hint', () => {
    expect(derivedIssues('aa / b')[0]!.zh).toContain('未知的名称“aa”，是否要写“a”？');
  });
});
