/**
 * A Parquet number column for an enum whose values are numerals (a strength
 * class 42.5 / 52.5 as pandas writes it: DOUBLE) is read as CSV reads the
 * cell `42.5`, as an .xlsx number cell is (hostile-25 W2).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, gradeFile, loadRuleSet } from '../../../src/index';
import { writeParquet } from '../../parquet-file';

const dir = mkdtempSync(join(tmpdir(), 'qgrade-enum-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const grader = createGrader(await loadRuleSet('building-materials/cement-lot-grade'));

async function parquet(name: string, select: string): Promise<string> {
  const file = join(dir, `${name}.parquet`);
  await writeParquet(file, `${select}`);
  return file;
}

async function grades(file: string): Promise<GradeResult[]> {
  const out: GradeResult[] = [];
  for await (const r of gradeFile(grader, file)) out.push(r);
  return out;
}

const rest =
  'CAST(30 AS DOUBLE) AS compressive3d, CAST(75 AS DOUBLE) AS compressive28d, 150 AS initialSetting, 230 AS finalSetting';

describe('a Parquet number column of an enum (hostile-25 W2)', () => {
  it('DOUBLE 42.5 and 52.5, FLOAT 42.5, DECIMAL 42.50 are the classes "42.5" / "52.5", as the CSV cells', async () => {
    const csv = join(dir, 'sc.csv');
    writeFileSync(
      csv,
      'strengthClass,compressive3d,compressive28d,initialSetting,finalSetting\n42.5,30,75,150,230\n52.5,30,75,150,230\n',
    );
    const expected = (await grades(csv)).map((r) => [r.grade, r.errors]);
    expect(expected[0]![1]).toBeUndefined();
    const double = await parquet(
      'double',
      `SELECT CAST(s AS DOUBLE) AS strengthClass, ${rest} FROM (VALUES (42.5), (52.5)) t(s)`,
    );
    expect((await grades(double)).map((r) => [r.grade, r.errors])).toEqual(expected);
    const float = await parquet('float', `SELECT CAST(42.5 AS FLOAT) AS strengthClass, ${rest}`);
    const decimal = await parquet('decimal', `SELECT CAST(42.5 AS DECIMAL(4, 2)) AS strengthClass, ${rest}`);
    for (const file of [float, decimal]) {
      const [r] = await grades(file);
      expect(r!.errors).toBeUndefined();
      expect(r!.grade).toBe(expected[0]![0]);
    }
  });

  it('a number that is no listed class is refused as its CSV cell is, zh and en', async () => {
    const file = await parquet('other', `SELECT CAST(47.5 AS DOUBLE) AS strengthClass, ${rest}`);
    const [r] = await grades(file);
    const error = r!.errors?.find((e) => e.field === 'strengthClass');
    expect(error?.message.en).toMatch(/"47\.5"/);
    expect(error?.message.en).not.toMatch(/must be given as text/);
    expect(error?.message.zh).toMatch(/47\.5/);
  });
});
