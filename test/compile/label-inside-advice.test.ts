// committee-36 M6: lab sheets write a room air conditioner's type with its drive (变频热泵型, 热泵型（变频）) or as
// 冷暖; the rule set read 冷暖型 but not 冷暖, and refused the others without a hint.
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';

const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const grader = createGrader(ruleSet);
// GB 21455-2019, heat pump ≤ 4500 W: APF 4.0 meets grade 3 (≥ 4.00), not grade 2 (≥ 4.50).
const unit = (unitType: string) => grader.gradeSync({ unitType, ratedCoolingCapacity: 3000, apf: 4.0 });

describe('unit type spellings', () => {
  it.each(['冷暖', '冷暖式', '热泵式', '冷暖型', '热泵'])(
    'reads %s as a heat pump (grade 3 at APF 4.0)',
    (spelling) => {
      expect(unit(spelling).grade).toBe('3');
    },
  );

  it('reads 单冷式 as cooling only (graded on SEER: 5.5 meets grade 2, ≥ 5.40)', () => {
    const r = grader.gradeSync({ unitType: '单冷式', ratedCoolingCapacity: 3000, seer: 5.5 });
    expect(r.grade).toBe('2');
  });

  it.each(['变频热泵型', '热泵型（变频）', '热泵型(变频)'])(
    '%s: invalid, with "did you mean 热泵型" in zh and en',
    (spelling) => {
      const r = unit(spelling);
      expect(r.grade).toBeNull();
      expect(r.errors?.[0]?.field).toBe('unitType');
      expect(r.errors?.[0]?.message.zh).toContain('，是否指 热泵型（heat-pump）？是则写作 "热泵型"');
      expect(r.errors?.[0]?.message.en).toContain(
        ': did you mean Heat pump (heat-pump)? If so, write "热泵型"',
      );
    },
  );

  it.each(['非热泵型', '热泵单冷', '变频'])('%s: no guess (a negation, two types, neither)', (spelling) => {
    const r = unit(spelling);
    expect(r.grade).toBeNull();
    expect(r.errors?.[0]?.message.en).not.toContain('did you mean');
    expect(r.errors?.[0]?.message.zh).not.toContain('是否指');
  });
});
