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

/** Float glass keyed by nominal thickness; `values` and the `when` as newcomer-30 M7 wrote them. */
const glass = (
  values: string,
  when: string,
  unit = '    unit: mm\n',
) => `${ruleFileHeader('test/enum-units', { zh: '玻璃', en: 'Glass' })}indicators:
  thickness:
    type: enum
    values: ${values}
${unit}    label: { zh: 公称厚度, en: Nominal thickness }
  deviation: { type: number, unit: mm, label: { zh: 厚度偏差, en: Thickness deviation } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
scope:
  - { id: thin, indicator: thickness, require: "in [2, 3]", reason: { zh: 薄玻璃, en: thin } }
tables:
  tol:
    keys: [thickness]
    columns: [thickness, ok]
    rows:
      - [2, 0.2]
      - [3, 0.2]
      - [8, 0.3]
criteria:
  - { id: tol, indicator: deviation, require: "± tol.ok" }
  - { id: thick, indicator: deviation, require: "≤ 0.1", when: { thickness: ${when} } }
`;

describe('newcomer-30 M7: units written in enum values and conditions', () => {
  it('`values: [2mm, 3mm, 8mm]`: one error at `values`, saying to write the numbers and the unit in `unit:`', () => {
    const text = glass('[2mm, 3mm, 8mm]', '8');
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'g.yaml' });
    expect(ruleSet).toBeUndefined();
    // One error, not one per table row, scope and `when` naming 2, 3 or 8.
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['type-mismatch', text.split('\n').indexOf('    values: [2mm, 3mm, 8mm]') + 1, 13],
    ]);
    expect(issues[0]!.message).toBe(
      'the values of "thickness" are written with a unit: write them without it, values: [2, 3, 8], and the unit is already in "unit: mm"; table keys, "when" and "scope" give the number alone too',
    );
    expect(issues[0]!.text.zh).toBe(
      '“thickness”的取值带了单位：取值中不写单位，请写成 values: [2, 3, 8]，单位已写在“unit: mm”中；表的键、“when”和“scope”里也只写数值',
    );
    // No `unit:` yet: say to put it there.
    const [noUnit] = checkRuleSet(glass('[2 mm, 3 mm, 8 mm]', '8', ''), { filename: 'g.yaml' }).issues;
    expect(noUnit!.message).toContain('and put the unit in "unit: mm"');
  });

  it('strength classes such as 42.5R are values, not units: no such error', () => {
    const { issues } = checkRuleSet(glass('["2R", "3R", "8R"]', '"8R"'), { filename: 'g.yaml' });
    expect(issues.map((i) => i.message).join('\n')).not.toContain('written with a unit');
  });

  it('`when: { thickness: 8mm }`: says to write 8, located at the value', () => {
    const text = glass('[2, 3, 8]', '8mm');
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'g.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('8mm')) + 1);
    expect(issues[0]!.message).toBe(
      'a value of "thickness" takes no unit: write 8, not 8mm (the unit, mm, is in the indicator\'s "unit")',
    );
    expect(issues[0]!.text.zh).toBe(
      '“thickness”的值不写单位：请写 8，不要写 8mm（单位 mm 已写在指标的“unit”中）',
    );
  });
});
