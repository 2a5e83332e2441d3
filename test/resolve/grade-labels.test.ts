import { describe, expect, it } from 'vitest';
import { checkRuleSet, formatIssue } from '../../src/index';

const doc = (grades: string) => `schemaVersion: 1
id: test/labels
version: 1.0.0
industry: test
subject: product
title: { zh: 标签, en: Labels }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  x: { type: number, label: { zh: x, en: x } }
grades:
${grades}
criteria:
  - { id: x-mid, indicator: x, require: "≥ 70", grade: mid }
  - { id: x-high, indicator: x, require: "≥ 80", grade: high }
`;

describe('two grades with one label', () => {
  it('rejects a Chinese label given twice, at the later label, naming both grades', () => {
    const { ruleSet, issues } = checkRuleSet(
      doc(`  - { id: mid, label: { zh: 普通级, en: Ordinary } }
  - { id: high, label: { zh: 普通级, en: Premium } }`),
      { filename: 'g.yaml' },
    );
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['duplicate-id', 'error']]);
    expect(formatIssue(issues[0]!)).toBe(
      'g.yaml:13:30: grade "high" has the same Chinese label as grade "mid" ("普通级"): results show grades by label, so the two could not be told apart; give "high" a label of its own',
    );
    expect(issues[0]!.text.zh).toBe(
      '等级“high”与等级“mid”的中文标签同为“普通级”：结果中等级按标签显示，两者无法区分；请给“high”另起标签',
    );
  });

  it('rejects an English label given twice, compared as headers are (case and width kept, spaces folded)', () => {
    const { issues } = checkRuleSet(
      doc(`  - { id: mid, label: { zh: 普通, en: "Ordinary  grade" } }
  - { id: high, label: { zh: 优质, en: "Ordinary grade" } }`),
      { filename: 'g.yaml' },
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['duplicate-id', 'grades.1.label.en']]);
  });

  it('accepts labels that differ, and a grade whose zh and en labels are the same text', () => {
    const { ruleSet, issues } = checkRuleSet(
      doc(`  - { id: mid, label: { zh: A, en: A } }
  - { id: high, label: { zh: 优质级, en: AA } }`),
      { filename: 'g.yaml' },
    );
    expect(issues).toEqual([]);
    expect(ruleSet).toBeDefined();
  });
});
