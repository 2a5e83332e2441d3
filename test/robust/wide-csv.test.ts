/**
 * Issue 12, defect 11: a CSV header of 140,000 columns is read in linear
 * time (it took 14–30 s). Asserted by behaviour; the timing is in the report.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli } from '../cli/cli-harness';

// Seconds on an idle 2-core machine, a minute when it is loaded; the quadratic shapes these guard against took minutes.
const GENEROUS = 120_000;

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const WIDTH = 140_000;
const extra = Array.from({ length: WIDTH }, (_, i) => `c${i}`);

function wideCsv(): string {
  const cells = Array.from({ length: WIDTH }, (_, i) => `v${i}`);
  return `unitType,ratedCoolingCapacity,apf,${extra.join(',')}\nheat-pump,3500,4.62,${cells.join(',')}\nheat-pump,3500,5.1,${cells.join(',')}\n`;
}

describe('a wide CSV header', () => {
  it(
    '140,000 columns: every row graded, the first unique column kept',
    async () => {
      const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'csv', '-'], { input: wideCsv() });
      expect(r.code).toBe(0);
      const rows = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as GradeResult);
      expect(rows.map((x) => x.grade)).toEqual(['2', '1']);
    },
    GENEROUS,
  );

  it(
    '50,000 columns each named twice are refused, naming the first pair',
    async () => {
      const half = extra.slice(0, 50_000);
      const header = ['unitType', 'ratedCoolingCapacity', 'apf', ...half, ...half].join(',');
      const row = ['heat-pump', '3500', '4.62', ...half, ...half].join(',');
      const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--no-keep', '-i', 'csv', '-'], {
        input: `${header}\n${row}\n`,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('columns 4 ("c0") and 50004 ("c0") both give the field "c0"');
    },
    GENEROUS,
  );

  it(
    '--keep of a missing column lists at most 20 of the others',
    async () => {
      const r = await cli.run(['grade', '-r', AC, '--keep', 'zzzzzzzzzz', '-i', 'csv', '-'], {
        input: wideCsv(),
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`(${WIDTH} in all)`);
      expect(r.stderr.length).toBeLessThan(2000);
    },
    GENEROUS,
  );
});
