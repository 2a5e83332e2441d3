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

// newcomer-26 M6: a name that is itself refused (Chinese) and written as such where it is used. Its use keeps to
// the name, so the one message is at the name; a second saying `请写 弯曲度` where 弯曲度 was written is not given.
describe('a reference to a name that is itself refused', () => {
  const withChineseNames = `schemaVersion: 1
id: test/names
version: 1.0.0
industry: test
subject: product
title: { zh: 名称, en: Names }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  弯曲度: { type: number, label: { zh: 弯曲度, en: Bow } }
  x: { type: number, label: { zh: x, en: x } }
grades:
  - { id: 优质级, label: { zh: 优质级, en: Premium } }
tables:
  xMin:
    keys: [x]
    columns: [x, 优质级]
    rows: [[1, 1]]
criteria:
  - { id: c1, indicator: 弯曲度, require: "≤ 1" }
  - { id: c2, indicator: 弯曲, require: "≤ 1" }
`;

  it('is reported once, where the name is written; another text in its place still is', () => {
    const lines = checkRuleSet(withChineseNames, { filename: 'n.yaml' }).issues.map((i) =>
      formatIssue(i, 'zh'),
    );
    expect(lines.filter((l) => l.includes('请写 弯曲度') || l.includes('请写 优质级'))).toEqual([]);
    expect(lines.some((l) => l.startsWith('n.yaml:10:3: “弯曲度”不能用作名称'))).toBe(true);
    expect(lines.some((l) => l.startsWith('n.yaml:13:11: '))).toBe(true);
    // `弯曲` is no name in the file: its own message stays.
    expect(lines.some((l) => l.startsWith('n.yaml:21:26: ') && l.includes('实际是文本 "弯曲"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('n.yaml:20:'))).toBe(false);
    expect(lines.some((l) => l.startsWith('n.yaml:17:'))).toBe(false);
    expect(lines).toHaveLength(3);
  });
});
