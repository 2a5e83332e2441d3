/**
 * `grades: [优等品, 合格品, 一等品]`, shuffled rather than reversed (newcomer-40 M1): the
 * error said all the limits compared ask less of a later grade and to reverse
 * `grades`, which is false and whose fix fails. It now names the order the limits
 * imply. Figures illustrative (the tester's own, not GB/T 4100's).
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const grade = {
  qualified: '{ id: qualified, label: { zh: 合格品, en: Qualified } }',
  first: '{ id: first, label: { zh: 一等品, en: First class } }',
  superior: '{ id: superior, label: { zh: 优等品, en: Superior } }',
};

const tiles = (
  order: (keyof typeof grade)[],
) => `${ruleFileHeader('test/shuffled', { zh: '陶瓷砖', en: 'Tiles' })}indicators:
  category: { type: enum, values: [瓷质砖, 炻瓷砖], label: { zh: 类别, en: Category } }
  waterAbsorption: { type: number, unit: "%", range: "[0, 100]", label: { zh: 吸水率, en: Water absorption } }
  modulus: { type: number, unit: MPa, range: "> 0", label: { zh: 断裂模数, en: Modulus of rupture } }
grades:
${order.map((g) => `  - ${grade[g]}\n`).join('')}tables:
  absorptionMax:
    keys: [category]
    columns: [category, qualified, first, superior]
    rows:
      - [瓷质砖, 0.5, 0.4, 0.3]
      - [炻瓷砖, 3.0, 2.5, 2.0]
criteria:
  - { id: absorption, indicator: waterAbsorption, require: "≤ absorptionMax" }
  - { id: mor-q, indicator: modulus, require: "≥ 35", grade: qualified }
  - { id: mor-f, indicator: modulus, require: "≥ 38", grade: first }
  - { id: mor-s, indicator: modulus, require: "≥ 40", grade: superior }
`;

const errors = (order: (keyof typeof grade)[]) =>
  checkRuleSet(tiles(order)).issues.filter((i) => i.severity === 'error');

describe('grades listed in an order that is neither right nor reversed', () => {
  it('one error at `grades:` naming the order the limits imply, zh and en', () => {
    const issues = errors(['superior', 'qualified', 'first']);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['non-monotonic', 13, 1]]);
    expect(issues[0]!.text.zh).toBe(
      '“grades”要从最低的等级写到最高的等级（见 docs/rule-format.zh-CN.md）；按这里比较的 6 个限值，等级从低到高是“合格品”、“一等品”、“优等品”，与“grades”所写的顺序不同。请把“grades”的各项按此重排，写成 [qualified, first, superior]；表的列和要求的“grade”不用改',
    );
    expect(issues[0]!.text.en).toBe(
      '"grades" lists the grades from the lowest to the highest (docs/rule-format.md); by the 6 limits compared, the grades from lowest to highest are "qualified", "first", "superior", not the order "grades" lists. Reorder "grades" to [qualified, first, superior]; table columns and the requirements\' "grade" stay as they are',
    );
  });

  it('the same where the reversal of such an order was tried', () => {
    const issues = errors(['first', 'qualified', 'superior']);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('Reorder "grades" to [qualified, first, superior]'),
    ]);
  });

  it('a true reversal keeps the message to reverse; the right order has no error', () => {
    const reversed = errors(['superior', 'first', 'qualified']);
    expect(reversed.map((i) => i.message)).toEqual([
      expect.stringContaining('Reverse the order of "grades"'),
    ]);
    expect(errors(['qualified', 'first', 'superior'])).toEqual([]);
  });
});
