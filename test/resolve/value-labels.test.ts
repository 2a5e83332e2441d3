/**
 * An enum indicator's `valueLabels` (newcomer-21 F3): labels of its values in zh and en, with
 * aliases. validate refuses what would make a record's text stand for two values, each at its place.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const acFile = (labels: string, type = 'enum') => `${ruleFileHeader('test/value-labels')}indicators:
  unitType:
    type: ${type}
    values: [heat-pump, cooling-only]
    valueLabels:
${labels}
    label: { zh: 机组类型, en: Unit type }
  apf: { type: number, label: { zh: APF, en: APF } }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
criteria:
  - { id: apf, indicator: apf, grade: "1", require: "≥ 5.0" }
`;

function issuesOf(labels: string, type?: string) {
  const { issues } = checkRuleSet(acFile(labels, type), { filename: 'ac.yaml' });
  return issues.map((i) => ({ code: i.code, line: i.line, column: i.column, zh: i.text.zh, en: i.text.en }));
}

describe('valueLabels in a rule file', () => {
  it('loads labels and aliases, and the rule set lists the labels by value', () => {
    const { ruleSet, issues } = checkRuleSet(
      acFile(`      heat-pump: { zh: 热泵型, en: Heat pump, aliases: [热泵, 冷暖型] }
      cooling-only: { zh: 单冷型, en: Cooling only }`),
      { filename: 'ac.yaml' },
    );
    expect(issues).toEqual([]);
    expect(ruleSet!.indicators[0]!.valueLabels).toEqual({
      'heat-pump': { zh: '热泵型', en: 'Heat pump' },
      'cooling-only': { zh: '单冷型', en: 'Cooling only' },
    });
  });

  it('hostile-22 W1: a label or alias a table reads as "not tested" (/, —, 未检) or an empty one is refused where it is', () => {
    const found = issuesOf(`      heat-pump: { zh: 热泵型, en: Heat pump, aliases: [热泵, "/"] }
      cooling-only: { zh: 单冷型, en: "—", aliases: [未检, " "] }`);
    expect(found.map((f) => [f.code, f.line, f.column])).toEqual([
      ['type-mismatch', 14, 58],
      ['type-mismatch', 15, 36],
      ['type-mismatch', 15, 51],
      ['type-mismatch', 15, 55],
    ]);
    expect(found[0]!.en).toBe(
      'the label or alias "/" of "unitType"\'s value "heat-pump" is how test reports write "not tested": a table reads it as an empty cell (the record does not give the indicator) while JSON would read it as "heat-pump", so one data set would grade differently by its format; give the value a word',
    );
    expect(found[2]!.zh).toContain('标签或别名“未检”是检验报告“未检”的写法');
    expect(found[3]!.en).toContain('is empty: an empty cell means not given');
    // Words that are no mark stay labels: 无 (a yes/no column's "no"), 未检出 (below the detection limit).
    expect(issuesOf(`      heat-pump: { zh: 热泵型, en: Heat pump, aliases: [无, 未检出, "-x"] }`)).toEqual(
      [],
    );
  });

  it('a key that is not a value: located at the key, with did you mean', () => {
    expect(issuesOf(`      heat-pmp: { zh: 热泵型, en: Heat pump }`)).toEqual([
      {
        code: 'type-mismatch',
        line: 14,
        column: 7,
        zh: '“heat-pmp”不是“unitType”的取值，是否要写“heat-pump”？',
        en: '"heat-pmp" is not a value of "unitType"; did you mean "heat-pump"?',
      },
    ]);
    // A label written as the key: no close value, so the values are listed.
    expect(issuesOf(`      热泵型: { zh: 热泵型, en: Heat pump }`)[0]).toMatchObject({
      line: 14,
      column: 7,
      en: '"热泵型" is not a value of "unitType"; allowed: heat-pump, cooling-only',
    });
  });

  it('two values with one label, after trimming, NFKC and Latin case: an error at the second', () => {
    expect(
      issuesOf(`      heat-pump: { zh: 热泵型, en: Heat pump }
      cooling-only: { zh: 单冷型, en: "ＨＥＡＴ  PUMP " }`),
    ).toEqual([
      {
        code: 'duplicate-id',
        line: 15,
        column: 36,
        zh: '“unitType”取值“cooling-only”的标签“ＨＥＡＴ  PUMP ”与取值“heat-pump”的标签“Heat pump”相同（不计空白、全角和大小写）：记录中的“ＨＥＡＴ  PUMP ”会有两种读法',
        en: 'the label "ＨＥＡＴ  PUMP " of "unitType"\'s value "cooling-only" is also the label "Heat pump" of its value "heat-pump" (white space, full-width forms and case aside): "ＨＥＡＴ  PUMP " in a record could be read either way',
      },
    ]);
    // An alias counts as a label.
    expect(
      issuesOf(`      heat-pump: { zh: 热泵型, en: Heat pump, aliases: [冷暖型] }
      cooling-only: { zh: 单冷型, en: Cooling only, aliases: [冷暖型] }`),
    ).toMatchObject([{ code: 'duplicate-id', line: 15, column: 60 }]);
  });

  it("a label that is another value's code: an error; its own code (but for case) is fine", () => {
    expect(
      issuesOf(`      heat-pump: { zh: 热泵型, en: Cooling-Only }
      cooling-only: { zh: 单冷型, en: cooling-only }`),
    ).toEqual([
      {
        code: 'duplicate-id',
        line: 14,
        column: 33,
        zh: '“unitType”取值“heat-pump”的标签“Cooling-Only”是另一个取值“cooling-only”本身：记录中的“Cooling-Only”会有两种读法',
        en: 'the label "Cooling-Only" of "unitType"\'s value "heat-pump" is its other value "cooling-only": "Cooling-Only" in a record could be read either way',
      },
    ]);
  });

  it('valueLabels on an indicator that is neither an enum nor a boolean: an error at the key', () => {
    expect(issuesOf(`      heat-pump: { zh: 热泵型, en: Heat pump }`, 'string')).toEqual([
      expect.objectContaining({
        code: 'type-mismatch',
        line: 12,
        column: 13,
        en: '"values" applies to enum indicators; "unitType" is string',
      }),
      expect.objectContaining({
        code: 'type-mismatch',
        line: 13,
        column: 5,
        zh: '“valueLabels”只用于枚举指标和布尔指标；“unitType”是文本',
        en: '"valueLabels" applies to enum and boolean indicators; "unitType" is string',
      }),
    ]);
  });

  it('a label without its English: the schema says so', () => {
    const found = issuesOf(`      heat-pump: { zh: 热泵型 }`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'schema', line: 14 });
    expect(found[0]!.en).toContain('en');
  });
});
