import { describe, expect, it } from 'vitest';
import { rowFirst } from '../../src/batch/row-first';
import { createGrader, loadRuleSet, resultAtDetail } from '../../src/index';

const AC = 'home-appliances/room-air-conditioner-energy';

// rowFirst(row, kept, r) is { row, kept, ...r } by another road: the same fields, values and order, whatever r's shape.
describe('rowFirst gives what the spread gives', () => {
  const same = (row: number, kept: Record<string, string> | undefined, r: object) => {
    const spread = kept ? { row, kept, ...r } : { row, ...r };
    const got = rowFirst(row, kept, r);
    expect(Object.keys(got)).toEqual(Object.keys(spread));
    expect(got).toEqual(spread);
  };

  it('on graded, not-graded and invalid results of the GB 21455 rule set, at each detail, with and without kept', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const records = [
      { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 },
      { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 3.0 },
      { unitType: 'heat-pump', ratedCoolingCapacity: 20_000, apf: 4.5 },
      { unitType: 'heat-pump', ratedCoolingCapacity: 'lots' },
    ];
    for (const record of records)
      for (const detail of ['full', 'failing', 'grade'] as const) {
        const r = resultAtDetail(grader.gradeSync(record), detail);
        same(7, { 型号: 'KFR-35GW/B3' }, r);
        same(7, undefined, r);
      }
  });

  it('on shapes that do not start with a grader result’s fields, and an empty one', () => {
    same(1, undefined, { grade: '2', label: null });
    same(
      1,
      { id: 'x' },
      { ruleSet: {}, grade: null, label: null, criteria: [], conforming: false, nextGrade: null },
    );
    same(2, undefined, {});
  });
});
