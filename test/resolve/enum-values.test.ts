/**
 * Enum values typed unquoted, `values: [42.5, 42.5R, 52.5, 52.5R]` (newcomer sweep 3.3): YAML reads
 * 42.5 as a number. The one right error ("all text or all numbers") came with eight follow-on
 * errors contradicting it (`"42.5" can never match it`) and an unreachable grade. Now one error
 * says how to write them.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const cement = (
  values: string,
  key42: string,
) => `${ruleFileHeader('test/enum-values', { zh: '水泥', en: 'Cement' })}indicators:
  strengthClass: { type: enum, values: ${values}, label: { zh: 强度等级, en: Strength class } }
  compressive3d: { type: number, unit: MPa, range: "> 0", label: { zh: 3天抗压强度, en: 3-day compressive strength } }
grades:
  - { id: conforming, label: { zh: 合格品, en: Conforming } }
  - { id: first, label: { zh: 一等品, en: First class } }
tables:
  strength3d:
    keys: [strengthClass]
    columns: [strengthClass, conforming, first]
    rows:
      - [${key42}, 17.0, 19.0]
      - ["42.5R", 22.0, 24.0]
      - [["52.5", "52.5R"], 23.0, 25.0]
criteria:
  - id: compressive-3d
    indicator: compressive3d
    require: "≥ strength3d"
  - id: early
    indicator: compressive3d
    grade: first
    require: "≥ 10"
    when: { strengthClass: ["42.5", "52.5"] }
`;

describe('enum values mixing numbers and text', () => {
  it.each([
    ['quoted keys', '"42.5"'],
    ['an unquoted key', '42.5'],
  ])('one error, saying how to quote them, with %s in the table', (_, key42) => {
    const { ruleSet, issues } = checkRuleSet(cement('[42.5, 42.5R, 52.5, 52.5R]', key42), {
      filename: 'c.yaml',
    });
    expect(ruleSet).toBeUndefined();
    expect(
      issues.map((i) => ({ code: i.code, line: i.line, column: i.column, en: i.text.en, zh: i.text.zh })),
    ).toEqual([
      {
        code: 'type-mismatch',
        line: 10,
        column: 40,
        en: 'the values of "strengthClass" must be all text or all numbers: YAML reads the unquoted 42.5 as a number; quote them: values: ["42.5", "42.5R", "52.5", "52.5R"]',
        zh: '“strengthClass”的取值必须全是文本或全是数值：YAML 把不带引号的 42.5 读作数值；请给每个取值加引号：values: ["42.5", "42.5R", "52.5", "52.5R"]',
      },
    ]);
  });

  it('quoted as the error says, the rule set loads', () => {
    const { ruleSet, issues } = checkRuleSet(cement('["42.5", "42.5R", "52.5", "52.5R"]', '"42.5"'));
    expect(issues).toEqual([]);
    expect(ruleSet).toBeDefined();
  });

  it('a value the list does not have is still an error', () => {
    const { issues } = checkRuleSet(cement('[42.5, 42.5R, 52.5, 52.5R]', '32.5'));
    expect(issues.map((i) => i.code)).toEqual(['type-mismatch', 'type-mismatch']);
  });
});
