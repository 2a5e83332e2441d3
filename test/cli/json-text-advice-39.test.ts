/**
 * Standards-39 F4 through the CLI: a JSON line's `"3.5kW"` under the rated cooling capacity (W) is told the 3500 W to
 * write, as a CSV cell is, in one thread and in a pool of workers alike; the other lines are graded.
 */
import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';

describe('a text value in an NDJSON record (standards-39 F4)', () => {
  const stream = [
    { id: 'a', unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.2 },
    { id: 'b', unitType: 'heat-pump', ratedCoolingCapacity: '3.5kW', apf: 5.2 },
    { id: 'c', unitType: 'heat-pump', ratedCoolingCapacity: '3.5千瓦', apf: 5.2 },
  ];
  const input = `${stream.map((r) => JSON.stringify(r)).join('\n')}\n`;

  it('is told the figure in W, in zh and en; the plain line is graded; workers say the same', async () => {
    const args = ['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '--detail', 'grade', '-'];
    const run = await cli.run(args, { input });
    expect(run.code).toBe(1);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => r.grade)).toEqual(['1', null, null]);
    // --detail grade: the errors are in notGradedReason's message.
    expect(out[1].notGradedReason.message).toEqual({
      zh: '记录无效：额定制冷量 CC 应为数值，实际为 "3.5kW"，带有单位“kW”，而该指标的单位是 W：请换算后只写 3500（3.5 kW = 3500 W）',
      en: 'the record is not valid: ratedCoolingCapacity (Rated cooling capacity (CC)) must be a number, got "3.5kW", which is in kW, and the indicator is in W: convert it and write 3500 (3.5 kW = 3500 W)',
    });
    expect(out[2].notGradedReason.message.en).toContain('convert it and write 3500 (3.5 千瓦 = 3500 W)');
    expect(run.stderr).toContain('3 records: 1 graded, 0 not graded, 2 invalid');
    const two = await cli.run([...args.slice(0, -1), '--workers', '2', '-'], { input });
    expect([two.code, two.stdout, two.stderr]).toEqual([run.code, run.stdout, run.stderr]);
  });
});
