/**
 * A requirement removed and its required indicator kept (committee-40 M1): `validate`
 * said nothing, then every 合格/不合格 cell was refused, as verdict words are read only
 * where a requirement asks `= true`. `validate` now warns at the indicator.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const cement = (
  indicator: string,
  extra = '',
) => `${ruleFileHeader('test/unread', { zh: '水泥', en: 'Cement' })}indicators:
  compressive28d: { type: number, unit: MPa, range: "> 0", label: { zh: 28天抗压强度, en: 28-day compressive strength } }
${indicator}
grades:
  - { id: conforming, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: compressive-28d, indicator: compressive28d, require: "≥ 42.5" }
${extra}`;

const soundness =
  '  soundness: { type: boolean, label: { zh: 安定性（沸煮法）, en: Soundness (boiling method) } }';

describe('a required indicator nothing reads', () => {
  it('warns at the indicator; a boolean is told its verdict words are not read, zh and en', () => {
    const { ruleSet, issues } = checkRuleSet(cement(soundness));
    expect(ruleSet).toBeDefined();
    expect(issues.map((i) => [i.code, i.severity, i.line])).toEqual([['unread-indicator', 'warning', 11]]);
    expect(issues[0]!.text.zh).toBe(
      '指标“安定性（沸煮法）”（“soundness”）必须给出，却没有任何要求、适用范围、派生值或表读取它：缺少它的记录无效，而它的值从不影响等级；而且没有要求写“= true”，它的“合格”“不合格”这类判定词不会被读取，写着它们的单元格会使记录无效。若删去了读取它的要求，请把它也删去，或设“required: false”',
    );
    expect(issues[0]!.text.en).toBe(
      'indicator "Soundness (boiling method)" (soundness) is required, but no requirement, scope item, derived value or table reads it: a record without it is invalid, and its value never changes a grade; and with no requirement asking "= true", its pass/fail words are not read, so a cell holding one makes the record invalid. If the requirement reading it was removed, remove it too, or make it "required: false"',
    );
  });

  it('no warning for a number, or a boolean whose label ends in 合格 (its verdict words are read)', () => {
    const mgo = '  magnesia: { type: number, unit: "%", label: { zh: 氧化镁, en: MgO } }';
    expect(checkRuleSet(cement(mgo)).issues).toEqual([]);
    const passed = soundness.replace('安定性（沸煮法）', '安定性合格');
    expect(checkRuleSet(cement(passed)).issues).toEqual([]);
  });

  it('no warning when a requirement, a `when` or a derived value reads it, or it is optional', () => {
    const reads = '  - { id: soundness, indicator: soundness, require: "= true" }\n';
    expect(checkRuleSet(cement(soundness, reads)).issues).toEqual([]);
    const when =
      '  - { id: c-sound, indicator: compressive28d, when: { soundness: true }, require: "≥ 40" }\n';
    expect(checkRuleSet(cement(soundness, when)).issues).toEqual([]);
    const optional = soundness.replace('type: boolean,', 'type: boolean, required: false,');
    expect(checkRuleSet(cement(optional)).issues).toEqual([]);
  });
});
