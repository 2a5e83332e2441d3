import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/grade/grade-sample';
import { gradeSamplePair } from '../../src/grade/grade-sample-pair';
import { createGrader, loadRuleSet } from '../../src/index';

// A sample of air conditioners compared between the AC rule set and the rebar one (no indicator in common):
// the rows are records under both, invalid under rebar, as `qgrade compare` counts them; a sign-off line
// (a value under no indicator of either) is a record under neither.
const SAMPLE = [
  '型号,unitType,ratedCoolingCapacity,apf,备注',
  'KFR-26,heat-pump,2600,5.27,',
  'KFR-35,heat-pump,3500,4.49,',
  ',,,,制表：质检站',
  '',
].join('\n');

describe('gradeSamplePair', () => {
  it('reads the sample once for both rule sets: the same rows on each side, paired', async () => {
    const ac = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const rebar = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
    const notices: string[] = [];
    const pairs = await gradeSamplePair(rebar, ac, SAMPLE, { onNotice: (t) => notices.push(t.en) });
    expect(pairs.map(([a, b]) => [a.result.row, b.result.row])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    // Under rebar every record misses its indicators; under AC (GB 21455-2019, heat pumps ≤ 4,500 W:
    // grade 1 ≥ 5.00, grade 2 ≥ 4.50, grade 3 ≥ 4.00) APF 5.27 is grade 1, 4.49 just below grade 2 is grade 3.
    expect(pairs.map(([a]) => a.result.grade === null && a.result.errors !== undefined)).toEqual([
      true,
      true,
    ]);
    expect(pairs.map(([, b]) => b.result.grade)).toEqual(['1', '3']);
    expect(notices.join('\n')).toContain('line 4');
    // Read apart, no row is a note under rebar, whose indicators the header gives none of: every row is a
    // record it cannot read, none graded (hostile-29 C1: they were all skipped as notes, leaving nothing).
    const apart = await gradeSample(rebar, SAMPLE);
    expect(apart.length).toBeGreaterThanOrEqual(2);
    expect(apart.every((g) => g.result.grade === null && g.result.errors?.[0]?.code === 'missing')).toBe(
      true,
    );
  });
});
