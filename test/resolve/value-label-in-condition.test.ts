/**
 * A rule file that compares an enum with one of its values' labels or
 * aliases where the value belongs (`when: { unitType: 热泵型 }`): validate
 * says which value the text stands for and to write it, at its line:column,
 * in zh and en — in `when`, a scope item's requirement, a condition of
 * `requiredWhen`, and a default.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

/** A rule file with `part` (the criteria or scope lines) after an AC-like enum with labels; line 9 is `indicators:`. */
const file = (part: string, extra = '') => `${ruleFileHeader('test/label-in-condition')}indicators:
  unitType:
    type: enum
    values: [heat-pump, cooling-only]
    valueLabels:
      heat-pump: { zh: 热泵型, en: Heat pump, aliases: [热泵] }
      cooling-only: { zh: 单冷型, en: Cooling only }
    label: { zh: 机组类型, en: Unit type }${extra}
  energyGrade:
    type: enum
    values: [1, 2]
    valueLabels: { "1": { zh: 一级, en: Grade one }, "2": { zh: 二级, en: Grade two } }
    label: { zh: 能效等级, en: Energy grade }
  apf: { type: number, label: { zh: APF, en: APF } }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
${part}`;

function issuesOf(part: string, extra?: string) {
  const { issues } = checkRuleSet(file(part, extra), { filename: 'ac.yaml' });
  // A required value read only under a `when` is warned about too; here the checks of this file are at issue
  // (test/resolve/required-beyond-when-43.test.ts has that warning's own).
  return issues
    .filter((i) => i.code !== 'required-beyond-when')
    .map((i) => ({ code: i.code, line: i.line, column: i.column, zh: i.text.zh, en: i.text.en }));
}

const criterion = (when: string) => `criteria:
  - { id: apf, indicator: apf, grade: "1", require: "≥ 5.0", when: ${when} }
`;

describe('an enum value’s label where a rule file needs the value', () => {
  it('when: { unitType: 热泵型 } says it is the label of heat-pump and to write heat-pump, at line:column (zh, en)', () => {
    expect(issuesOf(criterion('{ unitType: 热泵型 }'))).toEqual([
      {
        code: 'type-mismatch',
        line: 27,
        column: 80,
        zh: '“热泵型”是“unitType”取值 heat-pump 的标签；规则文件中写取值本身：写 heat-pump',
        en: '"热泵型" is the label of "unitType"\'s value heat-pump; a rule file names the value: write heat-pump',
      },
    ]);
  });

  it('an alias is called one; an English label in another case and spacing is still the label', () => {
    expect(issuesOf(criterion('{ unitType: 热泵 }'))[0]).toMatchObject({
      zh: '“热泵”是“unitType”取值 heat-pump 的别名；规则文件中写取值本身：写 heat-pump',
      en: '"热泵" is an alias of "unitType"\'s value heat-pump; a rule file names the value: write heat-pump',
    });
    expect(issuesOf(criterion('{ unitType: "COOLING  ONLY" }'))[0]!.en).toBe(
      '"COOLING  ONLY" is the label of "unitType"\'s value cooling-only; a rule file names the value: write cooling-only',
    );
  });

  it('a numeric enum’s label: write the number', () => {
    expect(issuesOf(criterion('{ energyGrade: 一级 }'))[0]!.zh).toBe(
      '“一级”是“energyGrade”取值 1 的标签；规则文件中写取值本身：写 1',
    );
  });

  it('in a scope item’s requirement, in each value of an in-list, and in requiredWhen, each at its place', () => {
    const scope = `scope:
  - { id: heat-pump-only, indicator: unitType, require: '≠ "单冷型"', reason: { zh: 单冷, en: cooling only } }
criteria:
  - { id: apf, indicator: apf, grade: "1", require: "≥ 5.0", when: { unitType: [heat-pump, 单冷型] } }
`;
    expect(issuesOf(scope).map((i) => [i.line, i.column, i.en])).toEqual([
      [
        27,
        57,
        '"单冷型" is the label of "unitType"\'s value cooling-only; a rule file names the value: write cooling-only',
      ],
      [
        29,
        92,
        '"单冷型" is the label of "unitType"\'s value cooling-only; a rule file names the value: write cooling-only',
      ],
    ]);
    const requiredWhen = `criteria:
  - { id: apf, indicator: apf, grade: "1", require: "≥ 5.0" }
`;
    const extra = `
  seer:
    type: number
    required: false
    requiredWhen: { fact: unitType, operator: equal, value: Cooling only }
    label: { zh: SEER, en: SEER }`;
    expect(issuesOf(requiredWhen, extra).map((i) => [i.line, i.column, i.zh])).toEqual([
      [20, 61, '“Cooling only”是“unitType”取值 cooling-only 的标签；规则文件中写取值本身：写 cooling-only'],
    ]);
  });

  it('a default given by its label', () => {
    expect(
      issuesOf(criterion('{ unitType: heat-pump }'), '\n    required: false\n    default: 单冷型'),
    ).toContainEqual(
      expect.objectContaining({
        code: 'type-mismatch',
        line: 18,
        column: 14,
        en: '"单冷型" is the label of "unitType"\'s value cooling-only; a rule file names the value: write cooling-only',
      }),
    );
  });

  it('the codes themselves are fine; a text that is neither value nor label keeps the usual error', () => {
    expect(issuesOf(criterion('{ unitType: heat-pump }'))).toEqual([]);
    expect(issuesOf(criterion('{ unitType: 热水型 }'))[0]!.en).toBe(
      '"热水型" is not a value of "unitType"; allowed: heat-pump, cooling-only',
    );
  });
});
