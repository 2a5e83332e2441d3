import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';

// A field that holds a Map (a DuckDB MAP, a caller's own object) or a Set: the message says "a map" or "a set", not "an object" of
// no fields, in both languages; the record is invalid, the others graded.
describe('a Map or a Set in a number indicator’s field', async () => {
  const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
  const base = { unitType: 'heat-pump', ratedCoolingCapacity: 3500 };

  it('is refused as a map, naming the indicator', () => {
    const result = grader.gradeSync({ ...base, apf: new Map([['value', 4.5]]) });
    expect(result.grade).toBeNull();
    expect(result.errors?.map((e) => [e.field, e.code, e.message.en, e.message.zh])).toEqual([
      [
        'apf',
        'wrong-type',
        'apf (Annual performance factor (APF)) must be a number, got a map',
        '全年能源消耗效率 APF 应为数值，实际为映射（Map）',
      ],
    ]);
  });

  it('a Set is refused as a set (it was "an object")', () => {
    const result = grader.gradeSync({ ...base, apf: new Set([4.5]) });
    expect(result.errors?.map((e) => [e.message.en, e.message.zh])).toEqual([
      [
        'apf (Annual performance factor (APF)) must be a number, got a set',
        '全年能源消耗效率 APF 应为数值，实际为集合（Set）',
      ],
    ]);
  });

  it('a plain object is still told as an object', () => {
    const result = grader.gradeSync({ ...base, apf: { value: 4.5 } });
    expect(result.errors?.[0]?.message.en).toBe(
      'apf (Annual performance factor (APF)) must be a number, got an object',
    );
  });
});
