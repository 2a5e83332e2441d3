/**
 * Enum values given by their labels (newcomer-21 F3): a record's 热泵型 is the AC rule set's
 * heat-pump, from gradeSync as from files; explanations show the label in each language while the
 * result's value and limit keep the codes.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));

describe('enum value labels in gradeSync', () => {
  it.each([
    ['热泵型', 'heat-pump'],
    ['冷暖型', 'heat-pump'], // an alias
    [' Ｈｅａｔ  PUMP ', 'heat-pump'], // trimmed, NFKC, Latin case folded
    ['单冷型', 'cooling-only'],
    ['heat-pump', 'heat-pump'],
  ])('reads %j as %s', (given, code) => {
    const r = grader.gradeSync({ unitType: given, ratedCoolingCapacity: 3500, apf: 4.62, seer: 5.9 });
    expect(r.errors).toBeUndefined();
    expect(r.grade).not.toBeNull();
    // Graded on the type's own figure: APF for a heat pump, SEER for a cooling-only unit.
    const ownFigure = code === 'heat-pump' ? 'apf' : 'seer';
    const applied = new Set(r.criteria.filter((c) => c.status !== 'not-applicable').map((c) => c.indicator));
    expect(applied.has(ownFigure)).toBe(true);
    expect(applied.has(ownFigure === 'apf' ? 'seer' : 'apf')).toBe(false);
  });

  it('codes stay exact: a code in another case is not read as it (only a label is folded), the code to write said', () => {
    const r = grader.gradeSync({ unitType: 'HEAT-PUMP', ratedCoolingCapacity: 3500, apf: 4.62 });
    expect(r.grade).toBeNull();
    expect(r.errors?.[0]?.message).toEqual({
      zh: '机组类型应为 热泵型（heat-pump）、单冷型（cooling-only）之一，实际为 "HEAT-PUMP"，应写作 "heat-pump"',
      en: 'unitType (Unit type) must be one of Heat pump (heat-pump), Cooling only (cooling-only), got "HEAT-PUMP": write "heat-pump"',
    });
  });

  it('explains a value and its limit by their labels, keeping the codes as data', () => {
    const r = grader.gradeSync({
      unitType: '热泵型',
      unitConfiguration: '窗式',
      ratedCoolingCapacity: 2600,
      apf: 5.3,
    });
    expect(r.grade).toBeNull();
    const failed = r.criteria.find((c) => c.status === 'failed')!;
    expect(failed.value).toBe('window');
    expect(failed.limit).toEqual({ operator: '!=', value: 'window', text: '≠ window' });
    expect(failed.message.zh).toMatch(/^结构形式：整体式，不满足 ≠ 整体式（适用范围）/);
    expect(failed.message.en).toMatch(
      /^Configuration: Single-package does not meet ≠ Single-package \(scope\)/,
    );
    const passed = r.criteria.find((c) => c.id.includes('mobile') || c.limit?.value === 'mobile');
    expect(passed?.message.zh).toMatch(/^结构形式：整体式，满足 ≠ 移动式/);
  });

  it('a default is explained by its label too', () => {
    const r = grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
    const config = r.criteria.find((c) => c.indicator === 'unitConfiguration' && c.limit?.value === 'window');
    expect(config?.value).toBe('split');
    expect(config?.message.zh).toMatch(/^结构形式：分体式（未提供，按默认值），满足 ≠ 整体式/);
    expect(config?.message.en).toMatch(
      /^Configuration: Split \(not given; the default\) meets ≠ Single-package/,
    );
  });
});
