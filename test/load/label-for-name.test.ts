import { describe, expect, it } from 'vitest';
import { checkRuleSet, formatIssue } from '../../src/index';

// An author working in Chinese writes the indicator as the standard names it, its label, where its name belongs
// (studio-19 F4a): the message says which name to write, as a grade's label where its id belongs already does.
const ruleFile = (indicator: string) => `schemaVersion: 1
id: test/labels
version: 1.0.0
industry: test
subject: product
title: { zh: 标签, en: Labels }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  compressive28d: { type: number, unit: MPa, label: { zh: 28 天抗压强度, en: 28-day compressive strength } }
derived:
  margin: { formula: compressive28d - 42.5, label: { zh: 强度余量, en: Strength margin } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c1, indicator: ${indicator}, require: "≥ 1" }
`;

const first = (indicator: string) => {
  const [issue] = checkRuleSet(ruleFile(indicator), { filename: 'r.yaml' }).issues;
  return { en: formatIssue(issue!, 'en'), zh: formatIssue(issue!, 'zh') };
};

describe("an indicator's label where its name belongs", () => {
  it('names the indicator to write, in both languages, at the value', () => {
    expect(first('28 天抗压强度')).toEqual({
      en: 'r.yaml:16:26: "indicator" must name an indicator or derived value: ASCII letters, digits and "_", starting with a letter, got text "28 天抗压强度"; "28 天抗压强度" is the label of the indicator "compressive28d": write compressive28d',
      zh: 'r.yaml:16:26: “indicator”必须是指标或派生值的名称：英文字母、数字和 "_"，以英文字母开头，实际是文本 "28 天抗压强度"；“28 天抗压强度”是指标“compressive28d”的标签：请写 compressive28d',
    });
  });

  it('white space aside, the English label in any case, a derived value too', () => {
    expect(first('28天抗压强度').en).toContain('write compressive28d');
    expect(first('"28-DAY COMPRESSIVE STRENGTH"').en).toContain('write compressive28d');
    expect(first('强度余量').zh).toContain('请写 margin');
  });

  it('text that is no label gets the message alone', () => {
    const { en } = first('抗压强度');
    expect(en).toContain('got text "抗压强度"');
    expect(en).not.toContain('is the label of');
  });
});
