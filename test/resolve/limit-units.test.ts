/**
 * A unit written after a limit's number. rule-format.md: "a unit, if written,
 * must be the indicator's". `≤ 40 dB(A)` for an indicator in dB(A) and
 * `≥ 40 分钟` for one in 分钟 were read as formulas and refused with "a
 * comma-separated sequence is not allowed in a formula"; a derived value's
 * `unit` was not known to the check, so `≥ 45.0%` on a ratio in % said it is
 * "measured in no unit".
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';

function ruleText(require: string, indicator = 'noise', unit = 'dB(A)'): string {
  return `schemaVersion: 1
id: test/limit-units
version: 1.0.0
industry: test
subject: product
title: { zh: 限值单位, en: Limit units }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  noise: { type: number, unit: "${unit}", range: "> 0", label: { zh: 噪声, en: Noise } }
  early: { type: number, unit: MPa, range: "> 0", label: { zh: 3天强度, en: 3-day strength } }
  late: { type: number, unit: MPa, range: "> 0", label: { zh: 28天强度, en: 28-day strength } }
derived:
  earlyRatio: { label: { zh: 早强比, en: Early ratio }, unit: "%", formula: early / late * 100 }
  kv: { label: { zh: 参考值, en: Reference }, formula: late / 2 }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c, indicator: ${indicator}, require: "${require}" }
`;
}

// A required value read only under a `when` is warned about too; here the checks of this file are at issue
// (test/resolve/required-beyond-when-43.test.ts has that warning's own).
const issuesOf = (text: string) =>
  checkRuleSet(text, { filename: 't.yaml' })
    .issues.filter((i) => i.code !== 'required-beyond-when')
    .map((i) => ({
      code: i.code,
      line: i.line,
      en: i.text.en,
      zh: i.text.zh,
    }));

describe("a unit equal to the value's is accepted, whatever its characters", () => {
  it.each([
    ['≤ 40 dB(A)', 'dB(A)'],
    ['≤ 40dB(A)', 'dB(A)'],
    ['≥ 40 分钟', '分钟'],
    ['≥ 40分钟', '分钟'],
    ['≤ 60 ℃', '℃'],
    ['≤ 1.5 W/(m²·K)', 'W/(m²·K)'],
    ['≥ 3 次/min', '次/min'],
    ['≥ 40 min', 'min'],
  ])('%s for a value in %s', (require, unit) => {
    expect(issuesOf(ruleText(require, 'noise', unit))).toEqual([]);
  });

  it("a derived value's unit: ≥ 45.0% on a ratio in %", () => {
    expect(issuesOf(ruleText('≥ 45.0%', 'earlyRatio'))).toEqual([]);
    expect(issuesOf(ruleText('≥ 45.0 %', 'earlyRatio'))).toEqual([]);
  });
});

describe("spellings of one unit are one, as in a sheet's header (fix-texts3: N/mm² under MPa was refused)", () => {
  it.each([
    ['≥ 35 N/mm²', 'MPa'],
    ['≥ 35 N/mm2', 'MPa'],
    ['≥ 35 N·mm⁻²', 'MPa'],
    ['≥ 35 Mpa', 'MPa'],
    ['≥ 35 MPa', 'N/mm²'],
    ['≥ 35 MPa', 'N/mm2'],
  ])('%s for a value in %s', (require, unit) => {
    expect(issuesOf(ruleText(require, 'noise', unit))).toEqual([]);
  });

  it('the figure is read 1:1: ≥ 35 N/mm² passes 35 MPa and fails 34.9', () => {
    const { ruleSet, issues } = checkRuleSet(ruleText('≥ 35 N/mm²', 'early'));
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    expect(grader.gradeSync({ noise: 40, early: 35, late: 40 }).grade).toBe('ok');
    expect(grader.gradeSync({ noise: 40, early: 34.9, late: 40 }).grade).toBeNull();
  });

  it('a when in N/mm² for a value in MPa is accepted', () => {
    const text = whenText('≤ 4500 W').replace('capacity: "≤ 4500 W"', 'early: "≥ 30 N/mm²"');
    expect(issuesOf(text)).toEqual([]);
  });

  it('another unit of stress is still refused: kN/mm² and GPa are not MPa', () => {
    expect(issuesOf(ruleText('≥ 0.035 kN/mm²', 'early'))[0]).toMatchObject({
      code: 'type-mismatch',
      en: 'the limit is written in kN/mm², but "early" is measured in MPa: write the number alone or with MPa',
    });
    expect(issuesOf(ruleText('≥ 0.035 GPa', 'early'))[0]?.code).toBe('type-mismatch');
  });
});

describe('a different unit is named, with what to write', () => {
  it('小时 for a value in min (分钟 is min: accepted above)', () => {
    const text = ruleText('≥ 45 小时', 'noise', 'min');
    expect(issuesOf(text)).toEqual([
      {
        code: 'type-mismatch',
        line: text.split('\n').findIndex((l) => l.includes('45 小时')) + 1,
        en: 'the limit is written in 小时, but "noise" is measured in min: write the number alone or with min',
        zh: '限值的单位是“小时”，但“noise”的单位是 min：请只写数值，或写单位 min',
      },
    ]);
    // newcomer-34 F6: a Chinese unit on both sides, quoted, not run into the words (`单位是个/m²`).
    expect(issuesOf(ruleText('≤ 3 个', 'noise', '个/m²'))[0]?.zh).toBe(
      '限值的单位是“个”，但“noise”的单位是“个/m²”：请只写数值，或写单位“个/m²”',
    );
    expect(issuesOf(ruleText('≥ 45 分钟', 'noise', 'min'))).toEqual([]);
  });

  it('dB for a value in dB(A); 分钟 for one in dB(A)', () => {
    expect(issuesOf(ruleText('≤ 40 dB'))[0]).toMatchObject({
      en: 'the limit is written in dB, but "noise" is measured in dB(A): write the number alone or with dB(A)',
      zh: '限值的单位是 dB，但“noise”的单位是 dB(A)：请只写数值，或写单位 dB(A)',
    });
    expect(issuesOf(ruleText('≤ 40 分钟'))[0]).toMatchObject({
      en: 'the limit is written in 分钟, but "noise" is measured in dB(A): write the number alone or with dB(A)',
    });
  });

  it("a derived value's unit is the one named", () => {
    expect(issuesOf(ruleText('≥ 45.0 MPa', 'earlyRatio'))[0]).toMatchObject({
      en: 'the limit is written in MPa, but "earlyRatio" is measured in %: write the number alone or with %',
      zh: '限值的单位是 MPa，但“earlyRatio”的单位是 %：请只写数值，或写单位 %',
    });
  });

  it('a value without a unit', () => {
    expect(issuesOf(ruleText('≥ 4 dB(A)', 'kv'))[0]).toMatchObject({
      en: 'the limit is written in dB(A), but "kv" is measured in no unit: write the number alone',
      zh: '限值的单位是 dB(A)，但“kv”没有单位：请只写数值',
    });
  });

  it('a "unit" that is the name of a value: how to write the formula', () => {
    expect(issuesOf(ruleText('≥ 0.4 kv', 'early'))[0]).toMatchObject({
      en: 'the limit is written in kv, but "early" is measured in MPa: write the number alone or with MPa; "kv" is also the name of a value or table: a formula joins it with an operator, e.g. "0.4 * kv"',
      zh: '限值的单位是 kv，但“early”的单位是 MPa：请只写数值，或写单位 MPa；“kv”也是某个值或表的名称：公式要用运算符连接，如“0.4 * kv”',
    });
  });
});

describe('formulas are still formulas', () => {
  it.each(['≥ 0.4 * kv', '≥ 0.4*kv', '≥ 1/3', '≥ kv / 2', '≥ 2 * (kv - 1)'])('%s', (require) => {
    expect(issuesOf(ruleText(require, 'early'))).toEqual([]);
  });

  it('a full-width unit is still answered with the ASCII to write', () => {
    expect(issuesOf(ruleText('≥ 45.0 ％', 'earlyRatio'))[0]?.en).toMatch(
      /^"≥ 45.0 ％" has the full-width character "％" \(U\+FF05\): write ASCII "45.0 %"/,
    );
  });
});

describe('parts side by side in a formula', () => {
  it('are not called a comma-separated sequence when there is no comma', () => {
    expect(issuesOf(ruleText('≥ 0.4 * kv late', 'early'))[0]).toMatchObject({
      en: 'limit of "early": parts of the formula stand side by side with no operator (+ - * /) between them',
      zh: '“early”的限值：公式的各部分之间缺少运算符（+ - * /）',
    });
    // A last part that names no value is a unit after the formula (newcomer-17 finding 2).
    expect(issuesOf(ruleText('≥ 0.4 * kv MPa', 'early'))[0]?.en).toBe(
      'limit of "early": a unit may follow only a number, not a table, a name or a formula: remove "MPa" and write ≥ 0.4 * kv (the limit is in the unit of the value it is compared with)',
    );
    expect(issuesOf(ruleText('≥ kv, 2', 'early'))[0]?.en).toBe(
      'limit of "early": a comma-separated sequence is not allowed in a formula',
    );
  });
});

/** A `when` written with a unit, as the limits are: the unit is checked as a limit's is, not dropped. */
function whenText(condition: string): string {
  return ruleText('≤ 40')
    .replace(
      '  - { id: c, indicator: noise, require: "≤ 40" }',
      `  - { id: c, indicator: noise, require: "≤ 40", when: { capacity: "${condition}" } }`,
    )
    .replace(
      'indicators:\n',
      'indicators:\n  capacity: { type: number, unit: W, range: "> 0", label: { zh: 额定制冷量, en: Rated cooling capacity } }\n',
    );
}

describe('a unit in a when', () => {
  it.each(['≤ 4500 W', '≤ 4500W', '> 4500 W'])("%s: the value's own unit is accepted", (condition) => {
    expect(issuesOf(whenText(condition))).toEqual([]);
  });

  it('≤ 4.5 kW for a value in W is refused, naming both units, at the condition', () => {
    const text = whenText('≤ 4.5 kW');
    expect(issuesOf(text)).toEqual([
      {
        code: 'type-mismatch',
        line: text.split('\n').findIndex((l) => l.includes('4.5 kW')) + 1,
        en: 'the condition is written in kW, but "capacity" is measured in W: write the number alone or with W',
        zh: '条件的单位是 kW，但“capacity”的单位是 W：请只写数值，或写单位 W',
      },
    ]);
  });

  it('a unit on a value without one', () => {
    const text = whenText('≤ 4 dB(A)').replace(' unit: W,', '');
    expect(issuesOf(text)[0]).toMatchObject({
      en: 'the condition is written in dB(A), but "capacity" is measured in no unit: write the number alone',
      zh: '条件的单位是 dB(A)，但“capacity”没有单位：请只写数值',
    });
  });
});
