/**
 * developer-44: `BatchSummary.format`'s `names` pointed a package user to a source file
 * (model/criterion-names.ts) nothing exported, so a summary in Chinese named its most frequent failures by id
 * (`apf@1 1`) where `qgrade grade` names them. Given the rule set (`options.ruleSet`), it now names them as the CLI
 * does; an explicit map (an empty one: ids, as `--ids`) still decides.
 */
import { describe, expect, it } from 'vitest';
import { BatchSummary, createGrader, loadRuleSet } from '../../src/index';

const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const grader = createGrader(ruleSet);
// 4.62 meets Grade 2 (≥ 4.50), not Grade 1 (≥ 5.00): apf@1 fails, once.
const result = grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });

const failingLine = (summary: BatchSummary, names?: ReadonlyMap<string, { zh: string; en: string }>) => {
  summary.add(result);
  return summary
    .format('zh', names)
    .split('\n')
    .find((line) => line.startsWith('最常不满足的要求'));
};

describe('BatchSummary.format names the failing requirements as qgrade grade does', () => {
  it('given the rule set, by name and grade in Chinese', () => {
    expect(result.grade).toBe('2');
    expect(failingLine(new BatchSummary(ruleSet.grades, { ruleSet }))).toBe(
      '最常不满足的要求：全年能源消耗效率 APF（1级）1 次',
    );
  });

  it('without it, or given an empty map (the CLI under --ids), by id', () => {
    expect(failingLine(new BatchSummary(ruleSet.grades))).toBe('最常不满足的要求：apf@1 1');
    expect(failingLine(new BatchSummary(ruleSet.grades, { ruleSet }), new Map())).toBe(
      '最常不满足的要求：apf@1 1',
    );
  });

  it('a map given wins over the rule set', () => {
    const names = new Map([['apf@1', { zh: '能效一级', en: 'APF grade 1' }]]);
    expect(failingLine(new BatchSummary(ruleSet.grades, { ruleSet }), names)).toBe(
      '最常不满足的要求：能效一级 1 次',
    );
  });
});
