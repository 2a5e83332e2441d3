/**
 * Issue 12, defect 5: only the documented numeral forms are read — ASCII and
 * full-width digits, sign, point, exponent. A superscript or circled digit is
 * an error naming the character, never a guessed number; the same for booleans.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { FIXTURES, useCli } from '../cli/cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const CONVERSIONS = join(FIXTURES, 'conversions.yaml');

function rows(stdout: string): GradeResult[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);
}

describe('numerals in CSV are read only in the documented forms', () => {
  it.each([
    ['4.62¹', 'U+00B9'],
    ['④.⑥', 'U+2463'],
    ['٤٫٦٢', 'U+0664'],
  ])('apf %j is an error row naming the character, not a grade', async (apf, code) => {
    const csv = `unitType,ratedCoolingCapacity,apf\nheat-pump,3500,${apf}\nheat-pump,3500,4.62\n`;
    const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--input-format', 'csv', '-'], {
      input: csv,
    });
    expect(r.code).toBe(1);
    const [bad, good] = rows(r.stdout);
    expect(bad!.grade).toBeNull();
    expect(bad!.errors).toEqual([expect.objectContaining({ field: 'apf', code: 'wrong-type' })]);
    expect(bad!.errors![0]!.message.en).toContain(code);
    expect(good!.grade).toBe('2');
  });

  it('3500² is not read as 35002', async () => {
    const csv = 'unitType,ratedCoolingCapacity,apf\nheat-pump,3500²,4.62\n';
    const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--input-format', 'csv', '-'], {
      input: csv,
    });
    const [row] = rows(r.stdout);
    expect(row!.errors?.[0]).toMatchObject({ field: 'ratedCoolingCapacity', code: 'wrong-type' });
    expect(row!.errors?.[0]?.message.en).toContain('"²" (U+00B2)');
  });

  it('full-width digits, point and minus are still read', async () => {
    const csv = 'unitType,ratedCoolingCapacity,apf\nheat-pump,３５００,４．６２\n';
    const r = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--input-format', 'csv', '-'], {
      input: csv,
    });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)[0]!.grade).toBe('2');
  });

  it('a superscript one is not the boolean true', async () => {
    const csv = 'passed,count,size,category,strength\n¹,2,20,甲,455\n合格,2,20,甲,455\n';
    const r = await cli.run(['grade', '-r', CONVERSIONS, '-f', 'ndjson', '--input-format', 'csv', '-'], {
      input: csv,
    });
    const [bad, good] = rows(r.stdout);
    expect(bad!.errors).toEqual([expect.objectContaining({ field: 'passed', code: 'wrong-type' })]);
    expect(bad!.errors![0]!.message.en).toContain('U+00B9');
    expect(good!.grade).toBe('B');
  });
});
