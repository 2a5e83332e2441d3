/**
 * hostile-40 M8: `validate` accepted control characters and bidi overrides in labels and ids (a label
 * `"\e]0;pwn\a"`). Outputs neutralise them; the author now hears of each, located at line:column, in zh and en.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, type RuleSetIssue } from '../../src/index';

const text = (indicator: string, gradeLabel = 'OK') => `schemaVersion: 1
id: test/control
version: 1.0.0
industry: test
subject: product
title: { zh: 控制字符, en: Control characters }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: "测试用\\n第二行", en: "For tests\\tonly" } }
indicators:
${indicator}
grades:
  - { id: ok, label: { zh: 合格, en: "${gradeLabel}" } }
criteria:
  - { id: c, indicator: x, require: "≥ 0" }
`;

function warnings(yaml: string): RuleSetIssue[] {
  const { ruleSet, issues } = checkRuleSet(yaml, { filename: 'c.yaml' });
  // A warning: the rule set is read all the same.
  expect(ruleSet).toBeDefined();
  return issues.filter((i) => i.code === 'control-character');
}

describe('validate warns at a control character or bidi override', () => {
  it('ESC and BEL in a label, U+202E in another, a C1 control in a grade label: each located', () => {
    const found = warnings(
      text('  x: { type: number, label: { zh: "值\\e]0;pwn\\a", en: "X\\u202e" } }', 'OK\\x9b'),
    );
    expect(found.map((i) => [i.line, i.column, i.severity])).toEqual([
      [10, 35, 'warning'],
      [10, 54, 'warning'],
      [12, 36, 'warning'],
    ]);
    expect(found[0]!.text.en).toBe(
      'the text at indicators.x.label.zh holds the control character U+001B: outputs show it as � (U+FFFD); remove it',
    );
    expect(found[0]!.text.zh).toBe(
      'indicators.x.label.zh 的文字含有控制字符“U+001B”：输出中会显示为替换字符 �，请删除它',
    );
    expect(found[1]!.text.en).toContain('U+202E');
    expect(found[2]!.text.en).toContain('grades.0.label.en');
  });

  it('a tab or a line break in a note, and plain text, are not warned about', () => {
    expect(warnings(text('  x: { type: number, label: { zh: 值, en: X } }'))).toEqual([]);
  });
});
