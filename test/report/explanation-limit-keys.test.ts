import { describe, expect, it } from 'vitest';
import { limitKeyIndicators, recordLimitKeysLine } from '../../src/compare/limit-keys';
import { createGrader, loadRuleSet } from '../../src/index';
import { explanationHead, formatExplanation } from '../../src/report/format-explanation';
import { modelOf } from '../../src/resolve/rule-set';

// The line of what a record's limits depend on sits in one place, under the grade line, for `qgrade explain` and
// the studio alike (studio-29 M3): both hand it to explanationHead / formatExplanation, neither splices it in.
const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const grader = createGrader(ac);
const keys = limitKeyIndicators(modelOf(ac));

describe('explanationHead and formatExplanation with limitKeys', () => {
  it('a graded record: the line right under the grade line, zh and en', () => {
    const record = { unitType: 'cooling-only', ratedCoolingCapacity: 3500, seer: 3.95 };
    const result = grader.gradeSync(record);
    expect(result.grade).toBe('4');
    const zh = recordLimitKeysLine(keys, result, record, 'zh');
    expect(zh).toBe('限值取决于：机组类型 = 单冷型，额定制冷量 CC = 3500 W');
    expect(explanationHead(result, 'zh', ac.grades, zh)).toEqual(['等级：4级', zh]);
    expect(
      formatExplanation(result, 'zh', { grades: ac.grades, limitKeys: zh }).split('\n').slice(0, 3),
    ).toEqual(['等级：4级', zh, '  ✓ 额定制冷量 CC：3500 W，满足 ≤ 14000 W（适用范围）']);
    const en = recordLimitKeysLine(keys, result, record, 'en')!;
    expect(formatExplanation(result, 'en', { limitKeys: en }).split('\n').slice(0, 2)).toEqual([
      'Grade: 4 (Grade 4)',
      'Limits depend on: Unit type = Cooling only, Rated cooling capacity (CC) = 3500 W',
    ]);
    // Without it, the explanation is as it was.
    expect(formatExplanation(result, 'zh', { grades: ac.grades }).split('\n')[1]).toMatch(/^ {2}✓ /);
  });

  it('an invalid record: no such line, even when given one', () => {
    const result = grader.gradeSync({ unitType: 'cooling-only', ratedCoolingCapacity: 'x', seer: 3.95 });
    expect(result.errors).toBeDefined();
    const head = explanationHead(result, 'zh', ac.grades, '限值取决于：机组类型 = 单冷型');
    expect(head).toHaveLength(1);
    expect(head[0]).toMatch(/^不分级：/);
  });

  it('a valid record out of scope keeps the line under its reason', () => {
    const record = { unitType: 'cooling-only', ratedCoolingCapacity: 20000, seer: 3.95 };
    const result = grader.gradeSync(record);
    expect(result.notGradedReason?.code).toBe('out-of-scope');
    const line = recordLimitKeysLine(keys, result, record, 'en');
    const head = explanationHead(result, 'en', ac.grades, line);
    expect(head[0]).toMatch(/^Not graded: /);
    expect(head.slice(1)).toEqual(line === undefined ? [] : [line]);
  });
});

describe('a key that is judged too shows its number as the requirement lines do (standards-cases-43)', async () => {
  // GB/T 1591 Q355: P and S key the grade (each grade's limit) and are judged; 0.020 read as 0.02 from a cell.
  const steel = await loadRuleSet('steel/low-alloy-structural-steel');
  const steelKeys = limitKeyIndicators(modelOf(steel));
  const record = {
    designation: 'Q355N',
    thickness: 20,
    yieldStrength: 360,
    tensileStrength: 520,
    impactTemperature: -60,
    impactEnergy: [27, 27, 27],
    carbon: 0.18,
    manganese: 1.4,
    phosphorus: 0.02,
    sulfur: 0.01,
  };
  const result = createGrader(steel).gradeSync(record);

  it('at least the limit’s decimals, beside the limits 0.035 … 0.020 %, in zh and en', () => {
    expect(result.errors).toBeUndefined();
    const en = recordLimitKeysLine(steelKeys, result, record, 'en')!;
    expect(en).toContain('Phosphorus P = 0.020 %, Sulfur S = 0.010 %');
    expect(recordLimitKeysLine(steelKeys, result, record, 'zh')).toContain('磷 P = 0.020 %，硫 S = 0.010 %');
    // The same digits as its requirement line.
    expect(formatExplanation(result, 'en', {})).toContain('Phosphorus P: 0.020 % meets ≤ 0.035 %');
  });

  it('beside a whole-number limit the number stays as given (-60 °C beside ≤ -60 °C, 20 mm beside ≤ 100 mm)', () => {
    const en = recordLimitKeysLine(steelKeys, result, record, 'en')!;
    expect(en).toContain('Impact test temperature = -60 °C');
    expect(en).toContain('Nominal thickness = 20 mm');
  });
});
