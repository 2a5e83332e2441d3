import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

// A full-width space inside a unit made every limit "written in HB, but measured in H　B" (hostile-25 M4).
const rules = (unit: string) => `schemaVersion: 1
id: steel/unit-characters
version: 1.0.0
industry: steel
subject: product
title: { zh: 硬度, en: Hardness }
references: [{ code: TEST 1, title: { zh: 测试, en: Test }, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 示例, en: Illustrative } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
indicators:
  hardness:
    type: number
    unit: "${unit}"
    label: { zh: 硬度, en: Hardness }
criteria:
  - { id: hard, indicator: hardness, require: "≤ 250 HB" }
`;

describe('a unit holding a character no unit has', () => {
  it.each([
    ['H\u3000B', 'U+3000'],
    ['H\u00a0B', 'U+00A0'],
    ['HB\u200b', 'U+200B'],
  ])('%j is one error at the unit, naming the character; the limit is not blamed', (unit, named) => {
    const text = rules(unit);
    const { issues } = checkRuleSet(text, { filename: 'u.yaml' });
    const line = text.split('\n').findIndex((l) => l.includes('unit:')) + 1;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'schema', severity: 'error', line });
    expect(issues[0]!.message).toContain(`(${named}), which no unit has`);
    expect(issues[0]!.text.zh).toContain('单位中不会有它');
  });

  it('a unit with ASCII spaces or none loads', () => {
    expect(checkRuleSet(rules('HB'), { filename: 'u.yaml' }).issues).toEqual([]);
    expect(checkRuleSet(rules('W h').replace('≤ 250 HB', '≤ 250'), { filename: 'u.yaml' }).issues).toEqual(
      [],
    );
  });
});
