/**
 * Hostile-32 W1: a unit stated in the record's own remark (`制冷量单位 Btu/h`, `注：额定制冷量单位为Btu/h`, `单位：Btu/h`,
 * `(Btu/h)`, `制冷量单位：kcal/h`; a CSV 备注 cell or an NDJSON `remark` key) was ignored: 12000 Btu/h graded as 12000 W,
 * Grade 1, where 12000 Btu/h ≈ 3517 W is Grade 2 (GB 21455: CC ≤ 4500, 4.50 ≤ APF 4.62 < 5.00). That record is now
 * invalid with the unit message and the number to write.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { loadRuleSet } from '../../src/index';
import { remarkUnit } from '../../src/input/remark-units';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, ndjson } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const HEAD = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注';

function results(stdout: string): GradeResult[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);
}

describe.concurrent('a unit in the record’s own remark (hostile-32 W1)', () => {
  it('CSV 备注: each wording makes its record invalid with the number to write; the others graded', async () => {
    const path = csv(
      HEAD,
      'M3,热泵型,12000,4.62,制冷量单位 Btu/h',
      'M4,热泵型,12000,4.62,注：额定制冷量单位为Btu/h',
      'M5,热泵型,12000,4.62,单位：Btu/h',
      'M6,热泵型,12000,4.62,(Btu/h)',
      'K1,热泵型,4000,4.6,制冷量单位：kcal/h',
      'W1,热泵型,3500,4.62,单位：W',
      'W2,热泵型,3500,4.62,受检单位：某公司',
      'W3,热泵型,3500,4.62,',
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    const out = results(run.stdout);
    expect(out.map((r) => r.grade)).toEqual([null, null, null, null, null, '2', '2', '2']);
    for (const r of out.slice(0, 4)) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]).toMatchObject({ field: 'ratedCoolingCapacity', code: 'wrong-type' });
      // 12000 × 0.29307107 = 3516.85 W.
      expect(r.errors![0]!.message.en).toContain('the column "备注" states the unit Btu/h');
      expect(r.errors![0]!.message.en).toContain('convert the value to W (12000 Btu/h ≈ 3517 W)');
      expect(r.errors![0]!.message.zh).toContain('“备注”列写明单位是 Btu/h');
    }
    // 4000 × 1.163 = 4652 W.
    expect(out[4]!.errors![0]!.message.en).toContain('(4000 kcal/h = 4652 W)');
    expect(out[4]!.errors![0]!.message.zh).toContain('请把数值换算为 W（4000 kcal/h = 4652 W）后写入');
    const two = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--workers', '2', path]);
    expect([two.code, two.stdout, two.stderr]).toEqual([run.code, run.stdout, run.stderr]);
  });

  it('NDJSON remark, 备注 and note keys alike', async () => {
    const base = { id: 'A1', unitType: 'heat-pump', ratedCoolingCapacity: 12000, apf: 4.62 };
    const path = ndjson(
      { ...base, remark: '制冷量单位：Btu/h' },
      { ...base, 备注: '制冷量单位：Btu/h' },
      { ...base, note: 'capacity in Btu/h' },
      { ...base, note: 'ok' },
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]);
    const out = results(run.stdout);
    expect(out.map((r) => r.grade)).toEqual([null, null, null, '1']);
    expect(out[0]!.errors![0]!.message.en).toContain('the key "remark" states the unit Btu/h');
  });

  // A precheck in front of the remark readings (value words) must not skip a remark whose only word is a unit.
  it('one row among hundreds of distinct remarks whose remark is a unit alone is found', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `S${i},热泵型,3500,4.62,批次 ${i} 复检样品 ${i * 7}`);
    rows.splice(233, 0, 'X1,热泵型,12000,4.62,Btu/h');
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv(HEAD, ...rows)]);
    const out = results(run.stdout);
    expect(out.filter((r) => r.grade === null).map((r) => r.kept)).toEqual([{ 型号: 'X1' }]);
    expect(out[233]!.errors![0]!.message.en).toContain('(12000 Btu/h ≈ 3517 W)');
  });

  it('remarkUnit: what names the indicator, what says nothing', async () => {
    const { indicators } = await loadRuleSet(AC);
    const of = (cell: string) => remarkUnit(cell, indicators)?.indicator.name;
    expect(of('制冷量单位：kcal/h')).toBe('ratedCoolingCapacity');
    expect(of('单位：kW')).toBe('ratedCoolingCapacity');
    expect(of('以kW计')).toBe('ratedCoolingCapacity');
    for (const cell of ['单位：W', '受检单位：某公司', 'W', '开启式', '单位：台', '(合格)', ''])
      expect(of(cell)).toBeUndefined();
  });
});
