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
