/**
 * A grade written as a number (`grade: 2`, `id: 5`) and a grade's label in
 * place of its id (`grade: "Grade 2"`): each message says what to write.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet, parseTestSuite, type RuleSetIssue } from '../../src/index';
import { checkSuite } from '../../src/suite/check-suite';

const RULES = `schemaVersion: 1
id: test/hints
version: 1.0.0
industry: test
subject: product
title: { zh: 提示, en: Hints }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  x: { type: number, label: { zh: 数值, en: Value } }
grades:
  - { id: "1", label: { zh: 合格品, en: Conforming } }
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
criteria:
  - { id: c1, indicator: x, require: "≥ 1", grade: "2" }
`;

function messages(issues: readonly RuleSetIssue[]) {
  return issues.map((i) => [i.text.en, i.text.zh]);
}

describe('a number where text is required', () => {
  it('in a suite: grade: 2 says to write "2" in quotes', () => {
    const suite = parseTestSuite('cases:\n  - name: a\n    input: { x: 3 }\n    grade: 2\n', 'a.test.yaml');
    expect('issues' in suite && messages(suite.issues)).toEqual([
      [
        '"grade" must be text or null, got the number 2: write "2" (in quotes)',
        '“grade”必须是文本或 null，实际是数值 2，应加引号写作 "2"',
      ],
    ]);
  });

  it('in a rule file: a grade id: 5 and a criterion grade: 1, as written (2.0 stays 2.0)', () => {
    const text = RULES.replace('id: "1"', 'id: 5').replace('grade: "2" }', 'grade: 2.0 }');
    expect(messages(checkRuleSet(text).issues.filter((i) => i.code === 'schema'))).toEqual([
      [
        '"id" must be text, got the number 5: write "5" (in quotes)',
        '“id”必须是文本，实际是数值 5，应加引号写作 "5"',
      ],
      [
        '"grade" must be text, got the number 2: write "2.0" (in quotes)',
        '“grade”必须是文本，实际是数值 2，应加引号写作 "2.0"',
      ],
    ]);
  });

  it('a number where a number is wrong for other reasons gets no quote hint', () => {
    const text = RULES.replace('title: { zh: 提示, en: Hints }', 'title: 5');
    const [en] = messages(checkRuleSet(text).issues)[0]!;
    expect(en).not.toContain('in quotes');
  });
});

describe("a grade's label in place of its id", () => {
  const ruleSet = parseRuleSet(RULES);
  const hint = (grade: string) => {
    const suite = parseTestSuite(
      `cases:\n  - name: a\n    input: { x: 3 }\n    grade: "${grade}"\n`,
      'a.test.yaml',
    );
    if ('issues' in suite) throw new Error('the suite does not parse');
    return messages(checkSuite(suite, ruleSet));
  };

  it('names the id of the grade whose zh or en label it is', () => {
    expect(hint('Grade 2')).toEqual([
      [
        'grade "Grade 2" is not in test/hints; did you mean "2"?',
        'test/hints 中没有等级“Grade 2”，是否要写“2”？',
      ],
    ]);
    expect(hint('合格品')).toEqual([
      [
        'grade "合格品" is not in test/hints; did you mean "1"?',
        'test/hints 中没有等级“合格品”，是否要写“1”？',
      ],
    ]);
    expect(hint('conforming')[0]![0]).toBe('grade "conforming" is not in test/hints; did you mean "1"?');
  });

  it('else the nearest id, as before', () => {
    expect(hint('22')[0]![0]).toBe('grade "22" is not in test/hints; did you mean "2"?');
  });
});

// hostile-27 M6: a case's input in braces where a comma or a colon made a key with no value.
describe('an input key that a comma or a colon made', () => {
  const ruleSet = parseRuleSet(
    RULES.replace('indicators:\n', 'indicators:\n  y: { type: number, label: { zh: 另一值, en: Other } }\n'),
  );
  const told = (input: string) => {
    const suite = parseTestSuite(`cases:\n  - name: a\n    input: ${input}\n    grade: "1"\n`, 'a.test.yaml');
    if ('issues' in suite) throw new Error('the suite does not parse');
    return checkSuite(suite, ruleSet).map((i) => [i.column, i.code, i.text.en, i.text.zh]);
  };

  it('{ x: 5,00 }: the decimal comma, at the digits read as a key, not an unknown indicator "0"', () => {
    const input = '{ x: 5,00, y: 1 }';
    expect(told(input)).toEqual([
      [
        12 + input.indexOf('00'),
        'schema',
        '"x: 5,00" is read as "x: 5" and a key "00", as a comma separates the entries in { }: if 5,00 is one number with a decimal comma, write 5.00 (a decimal point)',
        '花括号 { } 中的逗号分隔各项，“x: 5,00”被读作“x: 5”和一个键“00”；若 5,00 是一个用“,”作小数点的数，请写 5.00（小数点写作“.”）',
      ],
    ]);
  });

  it('{ x: 1,700 }: both readings; { x: 5, 00 } (a space): an unknown indicator, as written', () => {
    expect(told('{ y: 1, x: 1,700 }').map((i) => i[2])).toEqual([
      '"x: 1,700" is read as "x: 1" and a key "700", as a comma separates the entries in { }: if 1,700 is one number, write 1.700 if "," is its decimal mark, or 1700 if "," separates thousands (a number is written without one)',
    ]);
    expect(told('{ x: 5, 00 }').map((i) => i[2])).toEqual([
      expect.stringMatching(/^indicator "0" is not in test\/hints/),
    ]);
  });

  it('{ x:5 } and { x:\u30005 }: the colon, at the colon or the space', () => {
    expect(told('{ x:5, y: 1 }').map((i) => [i[0], i[2]])).toEqual([
      [
        12 + 3,
        'YAML reads "x:5" as one text, not a key and its value: inside { } write a space after the colon: "x: 5"',
      ],
    ]);
    expect(told('{ x:\u30005, y: 1 }').map((i) => i[0])).toEqual([12 + 4]);
    // Not a slip of a name the rule set has: the unknown indicator, as written.
    expect(told('{ x: 1, z:5 }').map((i) => i[2])).toEqual([
      expect.stringMatching(/^indicator "z:5" is not in/),
    ]);
  });
});
