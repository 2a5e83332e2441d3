/**
 * Developer-34 M7: a key `<indicator>Unit` beside an indicator that declares no unit. GB 21455-2019's APF is a
 * ratio (W·h/W·h) with no unit in the rule set: `"apfUnit": "kWh"` was graded silently (Grade 2), though a stated
 * unit other than the indicator's makes the record an error line; `W/W` or `Wh/Wh` is the ratio, no other unit, and
 * reads as before. And one NDJSON line's `apfUnit` was kept as the sample id ("keeping column "apfUnit""): a key
 * stating an indicator's unit is never the id.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
// A 3500 W heat pump (row ≤ 4500 of apfLimits, GB 21455-2019): APF 4.62 meets Grade 2’s 4.50, not Grade 1’s 5.00.
const line = (extra: Record<string, unknown>) =>
  `${JSON.stringify({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62, ...extra })}\n`;
const ARGS = ['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '--detail', 'grade', '-'];

describe.concurrent('a unit key on an indicator with no unit (developer-34 M7)', () => {
  for (const [key, unit] of [
    ['apfUnit', 'kWh'],
    ['apf_unit', '%'],
    ['apfUnit', 'W'],
  ] as const)
    it(`"${key}": "${unit}" makes the record an error line, in zh and en`, async () => {
      const en = await cli.run(ARGS, { input: line({ [key]: unit }) });
      expect(en.code).toBe(1);
      const result = JSON.parse(en.stdout.trim()) as GradeResult;
      expect(result.grade).toBeNull();
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.notGradedReason?.message.en).toContain(
        `line 1: the key "${key}" states the unit ${unit}, but the indicator apf (Annual performance factor (APF)) has no unit`,
      );
      expect(result.notGradedReason?.message.zh).toContain(
        `第 1 行的键“${key}”写明单位是 ${unit}，而指标 apf（全年能源消耗效率 APF）没有单位`,
      );
    });

  for (const unit of ['W/W', 'Wh/Wh', 'kW·h/(kW·h)'])
    it(`"apfUnit": "${unit}" is the ratio APF is: graded as before, and not kept as the sample id`, async () => {
      const run = await cli.run(ARGS, { input: line({ apfUnit: unit }) });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout.trim())).toEqual({
        row: 1,
        grade: '2',
        label: { zh: '2级', en: 'Grade 2' },
      });
      expect(run.stderr).not.toContain('sample id');
    });

  it('beside an id key, that key is kept, not the unit key after it', async () => {
    const run = await cli.run(['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '-'], {
      input: `${JSON.stringify({ apfUnit: 'W/W', model: 'KFR-35', unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 })}\n`,
    });
    expect(run.stderr).toContain('keeping column "model" as the sample id');
    expect(JSON.parse(run.stdout.trim()).kept).toEqual({ model: 'KFR-35' });
  });

  it('--keep apfUnit still keeps it when asked', async () => {
    const run = await cli.run(['grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '--keep', 'apfUnit', '-'], {
      input: line({ apfUnit: 'W/W' }),
    });
    expect(JSON.parse(run.stdout.trim()).kept).toEqual({ apfUnit: 'W/W' });
  });
});
