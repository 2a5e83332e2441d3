/**
 * Hostile-31 W1 (JSON): a key `"单位"`, `"unit"` or `"ratedCoolingCapacityUnit"` holding Btu/h beside
 * `ratedCoolingCapacity: 12000` was graded as W (Grade 1), where the same sheet as CSV is exit 2. Now checked as a
 * CSV `单位` column is. A key holding the indicator's own unit (W) reads as before.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { ndjson, file } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const base = { id: 'A1', unitType: 'heat-pump', ratedCoolingCapacity: 12000, apf: 4.62 };

describe.concurrent('a unit key in a JSON record (hostile-31 W1)', () => {
  for (const key of ['单位', 'unit', 'ratedCoolingCapacityUnit', 'UOM'])
    it(`NDJSON "${key}": "Btu/h": exit 2 naming the key and the unit`, async () => {
      const run = await cli.run(['grade', '-r', AC, ndjson({ ...base, [key]: 'Btu/h' })]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`line 1 (the key "${key}") states the unit Btu/h`);
    });

  it('a JSON array: exit 2 naming the record', async () => {
    const path = file('json', `[\n${JSON.stringify({ ...base, unit: 'Btu/h' })}\n]\n`);
    const run = await cli.run(['grade', '-r', AC, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('record 1 (the key "unit") states the unit Btu/h');
  });

  it('look-alikes stay: unit W, ratedCoolingCapacityUnit W, a unit key holding no unit', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      ndjson(
        { ...base, ratedCoolingCapacity: 3500, unit: 'W' },
        { ...base, ratedCoolingCapacity: 3500, ratedCoolingCapacityUnit: 'W' },
        { ...base, ratedCoolingCapacity: 3500, 单位: '某检测中心' },
      ),
    ]);
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).grade),
    ).toEqual(['2', '2', '2']);
  });
});
