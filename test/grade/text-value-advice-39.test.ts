/**
 * A JSON record's text value under a number indicator (`"250ppm"`, `"-20℃"`, `"0.75h"`) is told what a CSV cell
 * holding it is told: the figure to write, not only "must be a number, got …"; the record stays invalid
 * (standards-39 F4). Figures from standards.md: GB/T 1499.2 P ≤ 0.045 %, GB 175 initial setting ≥ 45 min and final
 * ≤ 600 min, GB/T 1591 Q355 D P ≤ 0.025 %.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { Q355_D } from './q355-record';
import { REBAR } from './rebar-key-fixture';

// At rebar's P limit, 0.045 %.
const BAR = { ...REBAR, phosphorus: 0.045 };
const Q355 = Q355_D;

describe('a text value in a record gets the cell reader’s advice (standards-39 F4)', async () => {
  const bar = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
  const steel = createGrader(await loadRuleSet('steel/low-alloy-structural-steel'));
  const cement = createGrader(await loadRuleSet('building-materials/common-portland-cement'));
  const errorOf = (grader: typeof bar, record: object) => {
    const result = grader.gradeSync(record);
    expect(result.grade).toBeNull();
    expect(result.notGradedReason?.code).toBe('invalid-record');
    expect(result.errors).toHaveLength(1);
    return result.errors![0]!;
  };

  it('the plain records grade: rebar P 0.045 % at its limit, Q355 P 0.025 % at grade D’s', () => {
    expect(bar.gradeSync(BAR).conforming).toBe(true);
    expect(steel.gradeSync(Q355).grade).toBe('D');
  });

  it.each([
    ['450ppm', 'is in ppm, and the indicator is in %: convert it and write 0.045 (450 ppm = 0.045 %)'],
    ['0.45‰', 'is a per-mille value, and the indicator is in %: convert it and write 0.045 (0.45‰ = 0.045%)'],
  ])('rebar phosphorus %j: the 0.045 to write', (text, advice) => {
    const e = errorOf(bar, { ...BAR, phosphorus: text });
    expect(e).toMatchObject({ field: 'phosphorus', code: 'wrong-type' });
    expect(e.message.en).toBe(`phosphorus (Phosphorus P) must be a number, got "${text}", which ${advice}`);
    expect(e.message.zh).toContain('请换算后只写 0.045');
  });

  it('"0.455kN/mm²" and "46.4kgf/mm²" under ReL in MPa: 455 to write, never 0.455', () => {
    const kn = errorOf(bar, { ...BAR, yieldStrength: '0.455kN/mm²' });
    expect(kn.message.en).toBe(
      'yieldStrength (Lower yield strength ReL) must be a number or a list, got "0.455kN/mm²", which is in kN/mm², and the indicator is in MPa: convert it and write 455 (0.455 kN/mm² = 455 MPa)',
    );
    expect(kn.message.zh).toBe(
      '下屈服强度 ReL 应为数值或数值列表，实际为 "0.455kN/mm²"，带有单位“kN/mm²”，而该指标的单位是 MPa：请换算后只写 455（0.455 kN/mm² = 455 MPa）',
    );
    expect(errorOf(bar, { ...BAR, yieldStrength: '46.4kgf/mm²' }).message.en).toContain('write about 455');
  });

  it('"≥400" on a specimen value: a bound, not a measured value', () => {
    const e = errorOf(bar, { ...BAR, yieldStrength: '≥400' });
    expect(e.message.en).toContain('got "≥400", which is a bound, not a measured value');
    expect(e.message.zh).toContain('是界限而非测得值');
  });

  it('"-20℃", "250ppm" and "40，38，45" on a Q355: the figure, the unit, the list', () => {
    expect(errorOf(steel, { ...Q355, impactTemperature: '-20℃' }).message.en).toContain(
      'got "-20℃", which has a unit or other text after it: remove "℃" and write -20',
    );
    expect(errorOf(steel, { ...Q355, phosphorus: '250ppm' }).message.en).toContain(
      'convert it and write 0.025 (250 ppm = 0.025 %)',
    );
    const list = errorOf(steel, { ...Q355, impactEnergy: '40，38，45' });
    expect(list.message.en).toBe(
      'impactEnergy (Impact energy KV2) must be a number or a list, got "40，38，45", which holds several numbers; if these are specimen values, give them as a list of numbers: [40, 38, 45]',
    );
    expect(list.message.zh).toContain('如为多个试样值，应写成数值列表：[40, 38, 45]');
    expect(errorOf(steel, { ...Q355, impactEnergy: '40;38;45' }).message.en).toContain(
      'holds numbers separated by ";", as a sheet\'s cell does; if these are specimen values, give them as a list of numbers: [40, 38, 45]',
    );
  });

  it('"0.75h" and "10h" under setting times in min: 45 and 600, GB 175’s limits', () => {
    const record = {
      cementType: 'P.O',
      strengthClass: '42.5',
      compressive3d: 17,
      compressive28d: 42.5,
      flexural3d: 3.5,
      flexural28d: 6.5,
      initialSetting: '0.75h',
      finalSetting: '10h',
      magnesia: 5,
      sulfurTrioxide: 3.5,
      chloride: 0.06,
      soundness: true,
    };
    const result = cement.gradeSync(record);
    expect(result.grade).toBeNull();
    const en = (result.errors ?? []).map((e) => e.message.en);
    expect(en).toEqual([
      'initialSetting (Initial setting time) must be a number, got "0.75h", which is in h, and the indicator is in min: convert it and write 45 (0.75 h = 45 min)',
      'finalSetting (Final setting time) must be a number, got "10h", which is in h, and the indicator is in min: convert it and write 600 (10 h = 600 min)',
    ]);
    expect(cement.gradeSync({ ...record, initialSetting: 45, finalSetting: 600 }).conforming).toBe(true);
  });

  it('a text that says nothing more ("abc") and a quoted numeral keep the grader’s own words', () => {
    expect(errorOf(bar, { ...BAR, phosphorus: 'abc' }).message.en).toBe(
      'phosphorus (Phosphorus P) must be a number, got "abc"',
    );
    expect(errorOf(bar, { ...BAR, phosphorus: '0.045' }).message.en).toContain('remove the quotes');
  });
});
