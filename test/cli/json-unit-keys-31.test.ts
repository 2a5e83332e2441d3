/**
 * Hostile-31 W1 (JSON): a key `"单位"`, `"unit"` or `"ratedCoolingCapacityUnit"` holding Btu/h beside
 * `ratedCoolingCapacity: 12000` was graded as W (Grade 1). Now checked as a CSV `单位` column is, but the key is its
 * own record's (hostile-32 C1): that record is invalid with the unit message, and the others are graded: one such
 * NDJSON line stopped the whole stream with exit 2. A key holding the indicator's own unit (W) reads as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, gradeFile, loadRuleSet } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { ndjson, file } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const base = { id: 'A1', unitType: 'heat-pump', ratedCoolingCapacity: 12000, apf: 4.62 };

describe.concurrent('a unit key in a JSON record (hostile-31 W1)', () => {
  for (const key of [
    '单位',
    'unit',
    'ratedCoolingCapacityUnit',
    'UOM',
    'cap_unit',
    'ratedCoolingCapacity_unit',
  ])
    it(`NDJSON "${key}": "Btu/h": that record invalid naming the key, the unit and the number to write`, async () => {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ndjson({ ...base, [key]: 'Btu/h' })]);
      expect(run.code).toBe(1);
      const [result] = lines(run.stdout);
      expect(result!.grade).toBeNull();
      expect(result!.errors?.[0]).toMatchObject({ field: 'ratedCoolingCapacity', code: 'wrong-type' });
      const { zh, en } = result!.errors![0]!.message;
      expect(en).toContain(
        `line 1: the key "${key}" states the unit Btu/h, but the indicator ratedCoolingCapacity`,
      );
      expect(en).toContain('is in W');
      // 12000 × 0.29307107 = 3516.85 W.
      expect(en).toContain('convert the value to W (12000 Btu/h ≈ 3517 W)');
      expect(zh).toContain(`第 1 行的键“${key}”写明单位是 Btu/h`);
      expect(zh).toContain('请把数值换算为 W（12000 Btu/h ≈ 3517 W）后写入');
      expect(`${zh}${en}`).not.toMatch(/列|表头|column|header/u);
    });

  const stream = [
    { id: 'a', unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 },
    { id: 'b', unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62, UOM: 'W' },
    { id: 'c', unitType: 'heat-pump', ratedCoolingCapacity: 3.5, apf: 4.62, unit: 'kW' },
    { id: 'd', unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.2 },
  ];
  const input = `${stream.map((r) => JSON.stringify(r)).join('\n')}\n`;

  it('an NDJSON stream on stdin goes on past a unit key: one line per line, the 3rd invalid, counts add up', async () => {
    const args = ['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '--detail', 'grade', '-'];
    const run = await cli.run(args, { input });
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out.map((r) => [r.row, r.grade])).toEqual([
      [1, '2'],
      [2, '2'],
      [3, null],
      [4, '1'],
    ]);
    expect(out[2]!.notGradedReason!.message.en).toContain('(3.5 kW = 3500 W)');
    expect(run.stderr).toContain('4 records: 3 graded, 0 not graded, 1 invalid');
    const two = await cli.run([...args.slice(0, -1), '--workers', '2', '-'], { input });
    expect([two.code, two.stdout, two.stderr]).toEqual([run.code, run.stdout, run.stderr]);
  });

  it('gradeFile in the library: every record, the one with the unit key invalid', async () => {
    const path = ndjson(...stream);
    const grader = createGrader(await loadRuleSet(AC));
    const out: GradeResult[] = [];
    for await (const r of gradeFile(grader, path)) out.push(r);
    expect(out.map((r) => r.grade)).toEqual(['2', '2', null, '1']);
    expect(readFileSync(path, 'utf8').split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('a JSON array: that record invalid, naming it', async () => {
    const path = file(
      'json',
      `[\n${JSON.stringify({ ...base, unit: 'Btu/h' })},\n${JSON.stringify(base)}\n]\n`,
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    const out = lines(run.stdout);
    expect(out.map((r) => r.grade)).toEqual([null, '1']);
    expect(out[0]!.errors![0]!.message.en).toContain('record 1: the key "unit" states the unit Btu/h');
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

function lines(stdout: string): GradeResult[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);
}
