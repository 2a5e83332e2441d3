/**
 * Developer-35 M1: a key (or a column) `<indicator>Unit` states the unit of its own indicator only. `"seerUnit": "kW"`
 * (SEER has no unit) was right to make the record an error line on seer, but the same cell was also read as a remark
 * stating the unit of the one power indicator: a second error told the user to convert a correct 3500 W capacity
 * to 3500000 W. In a CSV, a `seerUnit` column made only that wrong error, on ratedCoolingCapacity, and a `seer_unit`
 * column was taken for the table's unit column: the whole file was refused, naming the capacity.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
// A 3500 W heat pump (row ≤ 4500 of apfLimits, GB 21455-2019): APF 4.62 meets Grade 2’s 4.50, not Grade 1’s 5.00.
const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62, seer: 5.5 };
const errorsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);

describe.concurrent('a unit key belongs to its own indicator (developer-35 M1)', () => {
  for (const [key, field] of [
    ['seerUnit', 'seer'],
    ['apfUnit', 'apf'],
    ['seer_unit', 'seer'],
  ] as const)
    it(`NDJSON "${key}": "kW" is one error, on ${field}, and says nothing of the capacity`, async () => {
      const run = await cli.run(['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '-'], {
        input: `${JSON.stringify({ ...record, [key]: 'kW' })}\n`,
      });
      expect(run.code).toBe(1);
      const [result] = errorsOf(run.stdout);
      expect(result!.grade).toBeNull();
      expect(result!.errors?.map((e) => e.field)).toEqual([field]);
      expect(run.stdout).not.toContain('3500000');
    });

  for (const column of ['seerUnit', 'seer_unit'])
    it(`a CSV column ${column} stating kW is an error on seer, in zh and en; W/W is the ratio, graded`, async () => {
      const csv = `unitType,ratedCoolingCapacity,apf,seer,${column}\nheat-pump,3500,4.62,5.5,kW\nheat-pump,3500,4.62,5.5,W/W\n`;
      const run = await cli.run(['grade', '-r', AC, '-i', 'csv', '-f', 'ndjson', '-'], { input: csv });
      const [bad, good] = errorsOf(run.stdout);
      expect(bad!.errors?.map((e) => e.field)).toEqual(['seer']);
      expect(bad!.errors?.[0]?.message.en).toContain(
        `the column "${column}" states the unit kW ("kW"), but the indicator seer (Seasonal energy efficiency ratio (SEER)) has no unit`,
      );
      expect(bad!.errors?.[0]?.message.zh).toContain(`“${column}”列写明单位是 kW（“kW”），而指标 seer（`);
      expect(bad!.errors?.[0]?.message.zh).toContain('没有单位');
      expect(run.stdout).not.toContain('3500000');
      expect(good!.grade).toBe('2');
    });

  it('a CSV column ratedCoolingCapacityUnit stating kW is still an error on the capacity, with the sum', async () => {
    const csv =
      'unitType,ratedCoolingCapacity,apf,seer,ratedCoolingCapacityUnit\nheat-pump,3.5,4.62,5.5,kW\nheat-pump,3500,4.62,5.5,W\n';
    const run = await cli.run(['grade', '-r', AC, '-i', 'csv', '-f', 'ndjson', '-'], { input: csv });
    const [bad, good] = errorsOf(run.stdout);
    expect(bad!.errors?.map((e) => e.field)).toEqual(['ratedCoolingCapacity']);
    expect(bad!.errors?.[0]?.message.en).toContain('3.5 kW = 3500 W');
    expect(good!.grade).toBe('2');
  });
});
