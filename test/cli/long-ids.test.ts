/**
 * Sample ids and lot numbers written as JSON numerals beyond 2^53 (64-bit
 * ids: snowflake ids, order numbers, message keys), or as Parquet BIGINTs:
 * kept and grouped by as written, as CSV keeps them, not as the double they
 * round to (`1234567890123456789` and `…790` are both `…800` as doubles, and
 * two records would share one id, two lots one group).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const ID1 = '1234567890123456789';
const ID2 = '1234567890123456790';
// The first grades 1, the second (APF 3.0) is below the lowest grade.
const line = (key: string, id: string, apf: string) =>
  `{"${key}":${id},"unitType":"heat-pump","ratedCoolingCapacity":2600,"apf":${apf}}`;
const NDJSON = `${line('sampleId', ID1, '5.3')}\n${line('sampleId', ID2, '3.0')}\n`;
const GRADE = ['grade', '-r', AC, '--detail', 'grade', '--no-progress', '--no-summary'];

const kept = (ndjson: string) =>
  ndjson
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as GradeResult).kept);

describe('numeric ids beyond 2^53 are kept as written', () => {
  it('NDJSON: two ids stay two in kept, in NDJSON and CSV output', async () => {
    const run = await cli.run([...GRADE, '-i', 'ndjson', '--keep', 'sampleId', '-f', 'ndjson', '-'], {
      input: NDJSON,
    });
    expect(kept(run.stdout)).toEqual([{ sampleId: ID1 }, { sampleId: ID2 }]);
    const csvArgs = ['grade', '-r', AC, '--no-progress', '-i', 'ndjson', '--keep', 'sampleId', '-f', 'csv'];
    const csv = await cli.run([...csvArgs, '-'], {
      input: NDJSON,
    });
    expect(csv.stdout).toContain(`\n1,${ID1},1,`);
    expect(csv.stdout).toContain(`\n2,${ID2},,`);
  });

  it('a JSON array, and the id found without --keep; 1e400 stays 1e400', async () => {
    const input = `[${line('sampleId', ID1, '5.3')},${line('sampleId', ID2, '3.0')},${line('sampleId', '1e400', '5.3')}]`;
    const run = await cli.run([...GRADE, '-i', 'json', '-f', 'ndjson', '-'], { input });
    expect(kept(run.stdout)).toEqual([{ sampleId: ID1 }, { sampleId: ID2 }, { sampleId: '1e400' }]);
  });

  it('--group-by: two lots stay two groups, each graded on its own', async () => {
    const input = `${line('lot', ID1, '5.3')}\n${line('lot', ID2, '3.0')}\n`;
    const run = await cli.run(
      ['grade', '-r', AC, '-i', 'ndjson', '--group-by', 'lot', '--no-progress', '-'],
      {
        input,
      },
    );
    expect(run.stdout).toContain(`group ${ID1} (row 1, 1 record): 1 Grade 1`);
    expect(run.stdout).toContain(`group ${ID2} (row 2, 1 record): not graded`);
    expect(run.stderr).toContain('2 groups');
  });
});

describe('Parquet BIGINT ids beyond 2^53 are kept as written', () => {
  let file: string;
  beforeAll(async () => {
    file = join(temp(), 'ids.parquet');
    await writeParquet(
      file,
      `SELECT * FROM (VALUES (${ID1}::BIGINT, 'heat-pump', 2600.0, 5.3), (${ID2}::BIGINT, 'heat-pump', 2600.0, 3.0)) t(sampleId, unitType, ratedCoolingCapacity, apf)`,
    );
  });

  it('kept and grouped by apart', async () => {
    const run = await cli.run([...GRADE, '--keep', 'sampleId', '-f', 'ndjson', file]);
    expect(kept(run.stdout)).toEqual([{ sampleId: ID1 }, { sampleId: ID2 }]);
    const groups = await cli.run(['grade', '-r', AC, '--group-by', 'sampleId', '--no-progress', file]);
    expect(groups.stdout).toContain(`group ${ID1} (row 1, 1 record): 1 Grade 1`);
    expect(groups.stdout).toContain(`group ${ID2} (row 2, 1 record): not graded`);
  });
});
