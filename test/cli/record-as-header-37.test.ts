/**
 * Hostile-37 C1: a CSV whose header line was blank (spaces, `, , ,`) or missing took its first sample for the
 * header: with one sample, "0 records" and exit 0, the sample lost without a word. A line of blank cells is no
 * header (the one under it is read); a header that names no indicator and whose cells read as values (`3500`,
 * `4.62`, `heat-pump`) is a record: refused, exit 2, code `input`. GB 21455-2019 (CC ≤ 4500 W: grade 1 needs
 * APF ≥ 5.00, grade 2 ≥ 4.50) grades S1 (3500 W, 4.62) 2 once a header is there.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const RECORD = 'S1,heat-pump,3500,4.62';
const HEADER = 'sampleId,unitType,ratedCoolingCapacity,apf';

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

const grade = (path: string, lang = 'en_US.UTF-8') =>
  cli.run(['grade', '-r', AC, '-f', 'csv', path], { env: { LANG: lang } });

describe.concurrent('a first line that is a record is refused, never lost (hostile-37 C1)', () => {
  for (const [what, text] of [
    ['a header line of spaces, one record', `   \n${RECORD}\n`],
    ['a header line of blank cells', `   ,  ,   ,   \n${RECORD}\n`],
    ['a header line of tabs and spaces, two records', `\t  \t \n${RECORD}\nS2,heat-pump,3500,4.62\n`],
    ['no header line, two records', `${RECORD}\nS2,heat-pump,3500,4.62\n`],
    ['no header line, one record', `${RECORD}\n`],
  ] as const)
    it(`CSV, ${what}: exit 2, the cells read as values named`, async () => {
      const run = await grade(file(`${what}.csv`, text));
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        'the first line looks like a record ("heat-pump", "3500", "4.62" read as values, not column names), not a header: add a header line naming the columns',
      );
    });

  it('CSV: the message in Chinese', async () => {
    const run = await grade(file('zh.csv', `   \n${RECORD}\n`), 'zh_CN.UTF-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '第一行像是一条记录（“heat-pump”、“3500”、“4.62” 是指标的值，不是列名），而不是表头',
    );
  });

  it('CSV: a line of blank cells above the real header is passed over, the sample graded', async () => {
    const run = await grade(file('blank-then-header.csv', ` , , , \n${HEADER}\n${RECORD}\n`));
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^1,S1,2,/);
  });

  it('CSV: a header naming nothing with no value in it is read as before (every record invalid, said so)', async () => {
    const run = await grade(file('names-nothing.csv', `a,b,c,d\n${RECORD}\n`));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no column gives unitType');
  });

  it('CSV: a header naming a --map column is a header, whatever its other cells', async () => {
    const path = file('mapped.csv', `id,type,3500W,APF\n${RECORD}\n`);
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', '--map', 'APF=apf', path]);
    expect(run.stderr).not.toContain('looks like a record');
  });

  it('.xlsx: a sheet of records with no header row is refused alike', async () => {
    const path = join(temp(), 'no-header.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(['S1', 'heat-pump', 3500, 4.62]);
        ws.addRow(['S2', 'heat-pump', 3500, 5.0]);
      }),
    );
    const run = await grade(path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the header row looks like a record');
  });
});
