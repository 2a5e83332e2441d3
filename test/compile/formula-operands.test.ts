/**
 * newcomer-27 M2: "单位容量耗水量：22.1 L/kg" alone cannot be checked by a
 * committee. A derived value's explanation gives its formula with the
 * record's values in it, in both languages, wherever the explanation is shown
 * (the result's message: explain, the HTML report, studio).
 */
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { createGradeReport } from '../../src/report/html/grade-report';

const RULES = `schemaVersion: 1
id: test/water
version: 1.0.0
industry: test
subject: product
title: { zh: 测试, en: Test }
references:
  - { code: TEST 1, edition: "2026", status: draft }
provenance: { level: illustrative, note: { zh: 示例数值, en: Invented figures } }
indicators:
  machineType:
    type: enum
    values: [drum, pulsator]
    valueLabels: { drum: { zh: 滚筒, en: Drum }, pulsator: { zh: 波轮, en: Top-loader } }
    label: { zh: 类别, en: Type }
  water: { type: number, unit: L/cycle, range: "> 0", label: { zh: 用水量, en: Water } }
  ratedCapacity: { type: number, unit: kg, range: "> 0", label: { zh: 额定洗涤容量, en: Rated capacity } }
  rinse: { type: number, unit: L/cycle, required: false, default: 0, label: { zh: 漂洗用水量, en: Rinse water } }
derived:
  waterPerKg: { label: { zh: 单位容量耗水量, en: Water per kg }, unit: L/kg, formula: water / ratedCapacity }
  totalPerKg:
    label: { zh: 单位容量总耗水量, en: Total water per kg }
    unit: L/kg
    formula: (water + rinse) / ratedCapacity
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first, label: { zh: 一等品, en: First } }
criteria:
  - { id: water-q, indicator: waterPerKg, require: "≤ 24" }
  - { id: water-1, indicator: waterPerKg, grade: first, require: "≤ 20" }
  - { id: total-q, indicator: totalPerKg, require: "≤ 30" }
`;

const ruleSet = parseRuleSet(RULES, { filename: 'water.yaml' });
const grader = createGrader(ruleSet);
const message = (record: object, id: string) =>
  grader.gradeSync(record).criteria.find((c) => c.id === id)!.message;

describe("a derived value's explanation gives its operands", () => {
  it('143.4 L ÷ 6.5 kg = 22.06: over the first-class limit, within the qualified one, in both languages', () => {
    const record = { machineType: 'pulsator', water: 143.4, ratedCapacity: 6.5, rinse: 10 };
    expect(message(record, 'water-q')).toEqual({
      zh: '单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），满足 ≤ 24 L/kg（合格品）',
      en: 'Water per kg: 22.1 L/kg (= Water 143.4 L/cycle ÷ Rated capacity 6.5 kg) meets ≤ 24 L/kg (Qualified)',
    });
    expect(message(record, 'water-1').zh).toBe(
      '单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足 ≤ 20 L/kg（一等品）',
    );
    // A sum divided keeps its brackets, as the formula is read.
    expect(message(record, 'total-q').en).toBe(
      'Total water per kg: 23.6 L/kg (= (Water 143.4 L/cycle + Rinse water 10 L/cycle) ÷ Rated capacity 6.5 kg) meets ≤ 30 L/kg (Qualified)',
    );
  });

  it('at the limit (120 ÷ 6 = 20) and just above it: each record its own operands, the same value not sharing them', () => {
    const at = message({ machineType: 'drum', water: 120, ratedCapacity: 6 }, 'water-1');
    expect(at.zh).toBe(
      '单位容量耗水量：20.0 L/kg（= 用水量 120 L/cycle ÷ 额定洗涤容量 6 kg），满足 ≤ 20 L/kg（一等品）',
    );
    const same = message({ machineType: 'drum', water: 160, ratedCapacity: 8 }, 'water-1');
    expect(same.zh).toContain('（= 用水量 160 L/cycle ÷ 额定洗涤容量 8 kg）');
    const above = message({ machineType: 'drum', water: 120.1, ratedCapacity: 6 }, 'water-1');
    expect(above.en).toContain('(= Water 120.1 L/cycle ÷ Rated capacity 6 kg) does not meet ≤ 20 L/kg');
  });

  it('a value left out at its default is shown in the formula and marked as a default', () => {
    const m = message({ machineType: 'drum', water: 120, ratedCapacity: 6 }, 'total-q');
    expect(m.zh).toBe(
      '单位容量总耗水量：20.0 L/kg（= (用水量 120 L/cycle + 漂洗用水量 0 L/cycle) ÷ 额定洗涤容量 6 kg）（未提供，按默认值计：漂洗用水量 0 L/cycle），满足 ≤ 30 L/kg（合格品）',
    );
  });

  it('an invalid record (capacity 0) has no derived explanation to give; a missing operand gives no formula', () => {
    const invalid = grader.gradeSync({ machineType: 'drum', water: 120, ratedCapacity: 0 });
    expect(invalid.errors).toBeDefined();
    const missing = grader.gradeSync({ machineType: 'drum', water: 120 });
    for (const c of missing.criteria) expect(c.message.zh).not.toContain('（=');
  });

  it('the HTML report shows the same sentence (its explanation is the message)', () => {
    const report = createGradeReport(ruleSet, { lang: 'zh' });
    report.add(grader.gradeSync({ machineType: 'pulsator', water: 143.4, ratedCapacity: 6.5 }));
    expect(report.render()).toContain('（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg）');
  });
});
