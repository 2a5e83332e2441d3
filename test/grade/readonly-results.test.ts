/**
 * The parts of a result shared between records are frozen, and typed
 * `readonly`: an assignment that throws a TypeError at run time does not
 * type-check either. Each `@ts-expect-error` below is checked by `tsc`
 * (`npm run typecheck`): were the property writable in the types, the
 * directive would be unused, and tsc would fail. The run-time half checks
 * that what the types call read-only is frozen, so the types do not claim
 * more than is so.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, type Limit, loadRuleSet, type RuleSet } from '../../src/index';

const AC = 'home-appliances/room-air-conditioner-energy';

async function acResult(): Promise<{ result: GradeResult; ruleSet: RuleSet }> {
  const ruleSet = await loadRuleSet(AC);
  // Grade 2, with a next grade and its blockers: every part the types mark is there.
  const result = createGrader(ruleSet).gradeSync({
    unitType: 'heat-pump',
    ratedCoolingCapacity: 3500,
    apf: 4.62,
  });
  return { result, ruleSet };
}

describe('frozen result parts are readonly in the types', () => {
  it('every assignment the types refuse throws at run time: label, criterion, limit, limit list, rule-set ref, rule-set info', async () => {
    const { result, ruleSet } = await acResult();
    const criterion = result.criteria.find((c) => c.limit !== null && c.effect === 'requirement')!;
    const listed = (await loadRuleSet('steel/hot-rolled-ribbed-bar')).indicators.find((i) => i.values)!;
    const attempts: (() => void)[] = [
      () => {
        // @ts-expect-error LocalizedText is read-only
        result.label!.en = 'X';
      },
      () => {
        // @ts-expect-error CriterionResult is read-only
        criterion.passed = false;
      },
      () => {
        // @ts-expect-error CriterionResult is read-only
        criterion.message = { zh: '', en: '' };
      },
      () => {
        // @ts-expect-error LocalizedText is read-only
        criterion.message.zh = 'X';
      },
      () => {
        // @ts-expect-error Limit is read-only
        criterion.limit!.value = 1;
      },
      () => {
        // @ts-expect-error RuleSetRef is read-only
        result.ruleSet.version = '9';
      },
      () => {
        // @ts-expect-error NextGrade's label is a LocalizedText, read-only
        result.nextGrade!.label.zh = 'X';
      },
      () => {
        // @ts-expect-error a rule set's GradeInfo is read-only
        ruleSet.grades[0]!.id = 'X';
      },
      () => {
        // @ts-expect-error a rule set's IndicatorInfo is read-only
        ruleSet.indicators[0]!.required = false;
      },
      () => {
        // @ts-expect-error an enum indicator's values are a read-only list
        listed.values!.push('X');
      },
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
  });

  it('a limit given as a list ([lower, upper] of between) is a read-only list, frozen', async () => {
    const grader = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
    const result = grader.gradeSync({
      ...{ designation: 'HRB400', diameter: 20, yieldStrength: 455, tensileStrength: 600, elongation: 22 },
      ...{ maxForceElongation: 11, carbon: 0.21, silicon: 0.45, manganese: 1.35, phosphorus: 0.025 },
      ...{ sulfur: 0.02, massDeviation: -1.5, bendTest: true },
    });
    const inScope = result.criteria.find((c) => c.id === 'diameter-in-scope')!;
    expect(inScope.limit).toEqual({ operator: 'between', value: [6, 50], text: '[6, 50]' });
    // The list member of Limit['value'], as the published type gives it.
    const value = inScope.limit!.value as Exclude<Limit['value'], number | string | boolean | null>;
    expect(() => {
      // @ts-expect-error a list limit is read-only
      value[0] = 1;
    }).toThrow(TypeError);
    expect(Object.isFrozen(value)).toBe(true);
  });

  it('the parts left writable stay so: the result, its criteria list, nextGrade and its blockers', async () => {
    const { result } = await acResult();
    result.grade = 'X';
    result.criteria.sort((a, b) => a.id.localeCompare(b.id));
    result.nextGrade!.blockers.length = 0;
    expect([result.grade, result.nextGrade!.blockers.length]).toEqual(['X', 0]);
  });
});
