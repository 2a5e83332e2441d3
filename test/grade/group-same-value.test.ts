import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, parseRuleSet } from '../../src/index';

// A lot is one product: its CV over two strength classes would say nothing of either (standards-24 W6).
const rules = (sameValue: string) => `
schemaVersion: 1
id: building-materials/same-value
version: 1.0.0
industry: building-materials
subject: product
title: { zh: 批次, en: Lot }
references: [{ code: TEST 1, title: { zh: 测试, en: Test }, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 示例, en: Illustrative } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
  - { id: good, label: { zh: 良好, en: Good } }
indicators:
  strengthClass:
    type: enum
    values: ["42.5", "52.5"]
    label: { zh: 强度等级, en: Strength class }
  kind:
    type: enum
    values: [a, b]
    required: false
    label: { zh: 品种, en: Kind }
    valueLabels:
      a: { zh: 甲型, en: Type A }
      b: { zh: 乙型, en: Type B }
  strength: { type: number, unit: MPa, label: { zh: 强度, en: Strength } }
criteria:
  - { id: strength, indicator: strength, require: "≥ 40" }
group:
  sameValue: ${sameValue}
  statistics:
    cv: { statistic: cv, of: strength, decimals: 1 }
  criteria:
    - { id: cv-good, statistic: cv, grade: good, require: "≤ 3.0" }
`;

const grader = createGrader(parseRuleSet(rules('[strengthClass, kind]'), { filename: 'lot.yaml' }));
const rec = (strengthClass: string, strength: number, kind?: string) =>
  kind === undefined ? { strengthClass, strength } : { strengthClass, strength, kind };

describe('group.sameValue', () => {
  it('a group of one class grades on its statistics', () => {
    const r = grader.gradeGroup([rec('42.5', 50), rec('42.5', 50.5), rec('42.5', 51)]);
    expect(r.grade).toBe('good');
    expect(r.notGradedReason).toBeUndefined();
  });

  it('a group mixing two classes is not graded, naming each value, its count and its first record', () => {
    const r = grader.gradeGroup([rec('42.5', 50), rec('42.5', 50.5), rec('52.5', 51), rec('42.5', 50)]);
    expect(r.grade).toBeNull();
    expect(r.conforming).toBe(false);
    expect(r.notGradedReason?.code).toBe('mixed-values');
    expect(r.notGradedReason?.records.map((x) => x.row)).toEqual([1, 3]);
    expect(r.notGradedReason?.message.zh).toContain(
      '“强度等级”不一：42.5（3 条，首条为第 1 条）、52.5（1 条，首条为第 3 条）',
    );
    expect(r.notGradedReason?.message.en).toContain(
      '"Strength class": 42.5 (3 records, first row 1), 52.5 (1 record, first row 3)',
    );
    // The statistics are still computed and shown.
    expect(r.statistics.find((s) => s.id === 'cv')?.value).not.toBeNull();
  });

  it('names values by their labels, and a record without the value is not another value', () => {
    const one = grader.gradeGroup([rec('42.5', 50, 'a'), rec('42.5', 50.5), rec('42.5', 51, 'a')]);
    expect(one.grade).toBe('good');
    const two = grader.gradeGroup([rec('42.5', 50, 'a'), rec('42.5', 50.5, 'b')]);
    expect(two.notGradedReason?.code).toBe('mixed-values');
    expect(two.notGradedReason?.message.zh).toContain('甲型（1 条');
    expect(two.notGradedReason?.message.en).toContain('Type B (1 record, first row 2)');
  });

  it('an invalid record is the reason before a mix', () => {
    const invalid = grader.gradeGroup([
      rec('42.5', 50),
      { strengthClass: '42.5', strength: 'x' },
      rec('52.5', 51),
    ]);
    expect(invalid.notGradedReason?.code).toBe('invalid-record');
  });

  it('an unknown indicator in sameValue is an error at its line and column, with a suggestion', () => {
    const text = rules('[strengthClas]');
    const line = text.split('\n').findIndex((l) => l.includes('sameValue')) + 1;
    const { issues } = checkRuleSet(text, { filename: 'lot.yaml' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unknown-indicator', severity: 'error', line, column: 15 });
    expect(issues[0]?.message).toContain('strengthClass');
  });

  it('the bundled cement-lot-grade refuses to grade a lot of 42.5 and 52.5 samples', () => {
    const file = new URL('../../rules/building-materials/cement-lot-grade.yaml', import.meta.url);
    const lot = createGrader(parseRuleSet(readFileSync(file, 'utf8'), { filename: 'cement-lot-grade.yaml' }));
    const sample = (strengthClass: string, compressive28d: number) => ({
      strengthClass,
      compressive3d: 30,
      compressive28d,
      initialSetting: 150,
      finalSetting: 240,
    });
    const mixed = lot.gradeGroup([sample('42.5', 55), sample('42.5', 55.5), sample('52.5', 56)]);
    expect(mixed.notGradedReason?.code).toBe('mixed-values');
    const one = lot.gradeGroup([sample('52.5', 55), sample('52.5', 55.5), sample('52.5', 56)]);
    expect(one.grade).toBe('superior');
  });
});
