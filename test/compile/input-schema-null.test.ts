import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';

describe('null in a record: read as a field left out, by the grader and by the input schema alike', async () => {
  const ac = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
  const valid = new Ajv2020({ strict: false }).compile(ac.inputSchema);
  const heatPump = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
  const coolingOnly = { unitType: 'cooling-only', ratedCoolingCapacity: 3500, seer: 5.3 };

  it.each([
    ['optional fields with a default, null', { ...heatPump, climateType: null, airCooled: null }, true],
    ['a field required for another unit type, null', { ...heatPump, seer: null }, true],
    ['the APF of a heat pump, null (required when heat-pump)', { ...heatPump, apf: null }, false],
    ['the SEER of a cooling-only unit, null', { ...coolingOnly, seer: null }, false],
    ['the unit type, null (always required)', { ...heatPump, unitType: null }, false],
    ['the capacity, null', { ...coolingOnly, ratedCoolingCapacity: null }, false],
  ])('%s', (_, record, expected) => {
    const result = ac.gradeSync(record);
    expect(result.errors === undefined, JSON.stringify(result.errors)).toBe(expected);
    expect(valid(record), JSON.stringify(valid.errors)).toBe(expected);
    if (!expected) expect(result.errors?.map((e) => e.code)).toEqual(['missing']);
  });
});
