/**
 * newcomer-27 M2: "单位容量耗水量：22.1 L/kg" alone cannot be checked by a
 * committee. Where a person reads one record (explain, the HTML report,
 * studio), a derived value's sentence gives its formula with the record's
 * values in it, in both languages. It is written when the result is shown,
 * from the record: the grader's result (JSON, a pool's) keeps its message
 * (79a75534: in every message it cost rebar gradeSync 30 %).
 */
import { describe, expect, it } from 'vitest';
import { compileGrader } from '../../src/grade/create-grader';
import { createGrader, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { createGradeReport } from '../../src/report/html/grade-report';
import { shownOperands } from '../../src/report/shown-operands';

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
  ratedCapacity: { type: number, unit: kg, range: "> 0", required: false, label: { zh: 额定洗涤容量, en: Rated capacity } }
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
const show = shownOperands(ruleSet);
const shown = (record: object, id: string) =>
  show(grader.gradeSync(record), record).criteria.find((c) => c.id === id)!.message;

describe("a derived value's sentence, as shown, gives its operands", () => {
  it('143.4 L ÷ 6.5 kg = 22.06: over the first-class limit, within the qualified one, in both languages', () => {
    const record = { machineType: 'pulsator', water: 143.4, ratedCapacity: 6.5, rinse: 10 };
    expect(shown(record, 'water-q')).toEqual({
      zh: '单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），满足 ≤ 24 L/kg（合格品）',
      en: 'Water per kg: 22.1 L/kg (= Water 143.4 L/cycle ÷ Rated capacity 6.5 kg) meets ≤ 24 L/kg (Qualified)',
    });
    expect(shown(record, 'water-1')).toEqual({
      zh: '单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足 ≤ 20 L/kg（一等品）',
      en: 'Water per kg: 22.1 L/kg (= Water 143.4 L/cycle ÷ Rated capacity 6.5 kg) does not meet ≤ 20 L/kg (First)',
    });
    // A sum divided keeps its brackets, as the formula is read.
    expect(shown(record, 'total-q').en).toBe(
      'Total water per kg: 23.6 L/kg (= (Water 143.4 L/cycle + Rinse water 10 L/cycle) ÷ Rated capacity 6.5 kg) meets ≤ 30 L/kg (Qualified)',
    );
  });

  it('at the limit (120 ÷ 6 = 20 meets ≤ 20), below and just above it: each record its own operands', () => {
    const at = shown({ machineType: 'drum', water: 120, ratedCapacity: 6 }, 'water-1');
    expect(at.zh).toBe(
      '单位容量耗水量：20.0 L/kg（= 用水量 120 L/cycle ÷ 额定洗涤容量 6 kg），满足 ≤ 20 L/kg（一等品）',
    );
    expect(at.en).toBe(
      'Water per kg: 20.0 L/kg (= Water 120 L/cycle ÷ Rated capacity 6 kg) meets ≤ 20 L/kg (First)',
    );
    // The same value from other operands: its own text, not the one before's.
    const same = shown({ machineType: 'drum', water: 160, ratedCapacity: 8 }, 'water-1');
    expect(same.zh).toContain('20.0 L/kg（= 用水量 160 L/cycle ÷ 额定洗涤容量 8 kg），满足');
    const below = shown({ machineType: 'drum', water: 119.9, ratedCapacity: 6 }, 'water-1');
    expect(below.en).toContain('(= Water 119.9 L/cycle ÷ Rated capacity 6 kg) meets ≤ 20 L/kg');
    const above = shown({ machineType: 'drum', water: 120.1, ratedCapacity: 6 }, 'water-1');
    expect(above.en).toContain('(= Water 120.1 L/cycle ÷ Rated capacity 6 kg) does not meet ≤ 20 L/kg');
    expect(above.zh).toContain('（= 用水量 120.1 L/cycle ÷ 额定洗涤容量 6 kg），不满足 ≤ 20 L/kg');
  });

  it('a value left out at its default is shown in the formula, before the mark that says it is a default', () => {
    const m = shown({ machineType: 'drum', water: 120, ratedCapacity: 6 }, 'total-q');
    expect(m.zh).toBe(
      '单位容量总耗水量：20.0 L/kg（= (用水量 120 L/cycle + 漂洗用水量 0 L/cycle) ÷ 额定洗涤容量 6 kg）（未提供，按默认值计：漂洗用水量 0 L/cycle），满足 ≤ 30 L/kg（合格品）',
    );
    expect(m.en).toMatch(
      /^Total water per kg: 20\.0 L\/kg \(= \(Water 120 L\/cycle \+ Rinse water 0 L\/cycle\) ÷ Rated capacity 6 kg\) \(defaults for values not given: /,
    );
  });

  it('a record missing an operand gets no operand text; an invalid record is given back as it is', () => {
    const record = { machineType: 'drum', water: 120 };
    const result = grader.gradeSync(record);
    const seen = show(result, record);
    expect(seen).toBe(result);
    for (const c of seen.criteria) expect(c.message.zh).not.toContain('（=');
    const invalid = grader.gradeSync({ machineType: 'drum', water: -1, ratedCapacity: 6 });
    expect(invalid.errors).toBeDefined();
    expect(show(invalid, { machineType: 'drum', water: -1, ratedCapacity: 6 })).toBe(invalid);
  });

  it("the grader's result keeps its message (the JSON does not change); the explanation and its blockers show the operands", () => {
    const record = { machineType: 'pulsator', water: 143.4, ratedCapacity: 6.5 };
    const result = grader.gradeSync(record);
    const before = JSON.stringify(result);
    const seen = show(result, record);
    expect(JSON.stringify(result)).toBe(before);
    for (const c of result.criteria) expect(c.message.en).not.toContain('(=');
    expect(result.criteria.find((c) => c.id === 'water-1')!.message.zh).toBe(
      '单位容量耗水量：22.1 L/kg，不满足 ≤ 20 L/kg（一等品）',
    );
    const text = formatExplanation(seen, 'zh');
    expect(text).toContain(
      '✗ 单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足',
    );
    expect(text).toContain(
      '→ 单位容量耗水量：22.1 L/kg（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足',
    );
  });

  it('the HTML report shows the sentence for a record given with its values, and not without them', () => {
    const record = { machineType: 'pulsator', water: 143.4, ratedCapacity: 6.5 };
    const zh = createGradeReport(ruleSet, { lang: 'zh' });
    zh.add(grader.gradeSync(record), undefined, record);
    expect(zh.render()).toContain('（= 用水量 143.4 L/cycle ÷ 额定洗涤容量 6.5 kg），不满足 ≤ 20 L/kg');
    const en = createGradeReport(ruleSet, { lang: 'en' });
    en.add(grader.gradeSync(record), undefined, record);
    expect(en.render()).toContain('(= Water 143.4 L/cycle ÷ Rated capacity 6.5 kg) does not meet ≤ 20 L/kg');
    const bare = createGradeReport(ruleSet, { lang: 'zh' });
    bare.add(grader.gradeSync(record));
    expect(bare.render()).not.toContain('（= 用水量');
  });
});

// Where the formula goes is worked out from the explainer's own parts (head, value, the defaults' mark, verdict),
// not found by searching the sentence for a copy of the mark's words (review of compileExplainer's valueEnd).
describe("the value's end, from the explainer's parts", () => {
  const two = parseRuleSet(
    RULES.replace(
      '  rinse: {',
      '  softener: { type: number, unit: L/cycle, required: false, default: 0, label: { zh: 软化用水量, en: Softener water } }\n  rinse: {',
    ).replace(
      'formula: (water + rinse) / ratedCapacity',
      'formula: (water + rinse + softener) / ratedCapacity',
    ),
    { filename: 'water2.yaml' },
  );
  const grade2 = createGrader(two);
  const show2 = shownOperands(two);

  it('two defaults in one mark: the formula before it, zh and en; the result itself unchanged', () => {
    const record = { machineType: 'drum', water: 120, ratedCapacity: 6 };
    const result = grade2.gradeSync(record);
    const before = JSON.stringify(result);
    const m = show2(result, record).criteria.find((c) => c.id === 'total-q')!.message;
    expect(JSON.stringify(result)).toBe(before);
    expect(m.zh).toBe(
      '单位容量总耗水量：20.0 L/kg（= (用水量 120 L/cycle + 漂洗用水量 0 L/cycle + 软化用水量 0 L/cycle) ÷ 额定洗涤容量 6 kg）（未提供，按默认值计：漂洗用水量 0 L/cycle、软化用水量 0 L/cycle），满足 ≤ 30 L/kg（合格品）',
    );
    expect(m.en).toBe(
      'Total water per kg: 20.0 L/kg (= (Water 120 L/cycle + Rinse water 0 L/cycle + Softener water 0 L/cycle) ÷ Rated capacity 6 kg) (defaults for values not given: Rinse water 0 L/cycle, Softener water 0 L/cycle) meets ≤ 30 L/kg (Qualified)',
    );
  });

  it('one of the two left out: its mark alone; the same result with no defaults told gets no formula, rather than a guess', () => {
    const record = { machineType: 'drum', water: 120, ratedCapacity: 6, rinse: 6 };
    const m = show2(grade2.gradeSync(record), record).criteria.find((c) => c.id === 'total-q')!.message;
    expect(m.zh).toBe(
      '单位容量总耗水量：21.0 L/kg（= (用水量 120 L/cycle + 漂洗用水量 6 L/cycle + 软化用水量 0 L/cycle) ÷ 额定洗涤容量 6 kg）（未提供，按默认值计：软化用水量 0 L/cycle），满足 ≤ 30 L/kg（合格品）',
    );
    const { compiled } = compileGrader(two);
    const i = compiled.checks.findIndex((c) => c.model.id === 'total-q');
    const c = grade2.gradeSync(record).criteria.find((x) => x.id === 'total-q')!;
    expect(c.defaulted).toBe(true);
    // Without the record's defaulted slots the mark cannot be known: no place, so no formula.
    expect(compiled.valueEnds[i]!(c)).toBeUndefined();
    const slot = compiled.model.slots.get('softener')!;
    const at = compiled.valueEnds[i]!(c, [slot])!;
    expect(c.message.zh.slice(0, at.zh)).toBe('单位容量总耗水量：21.0 L/kg');
    expect(c.message.en.slice(0, at.en)).toBe('Total water per kg: 21.0 L/kg');
    // Slots that make another mark than the one written: the sentence is not this one's, so no place.
    expect(compiled.valueEnds[i]!(c, [compiled.model.slots.get('rinse')!])).toBeUndefined();
  });
});
