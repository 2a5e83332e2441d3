/**
 * Hostile-31 W1: a unit column not right beside the indicator (at the end of the row, or before it) headed
 * `cap_unit`, `UOM`, `UoM`, `U/M`, `unit_of_measure`, `Unit of measure`, `capacity unit`, `CC unit`, `CC单位` was not
 * checked: 12000 Btu/h was graded as 12000 W, Grade 1 (3517 W gives Grade 2). Now such a column is checked as a
 * `单位` column is, in CSV, .xlsx, Parquet and GBK. A column of the indicator's own unit (W) stays fine.
 * Fixtures: the tester's files, unchanged (test/fixtures/hostile-31/unit-column).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const DIR = join(__dirname, '../fixtures/hostile-31/unit-column');
const HEAD = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';

describe.concurrent('a unit column away from the indicator, named as a column is (hostile-31 W1)', () => {
  const headers = [
    'cap_unit',
    'UOM',
    'UoM',
    'U/M',
    'unit_of_measure',
    'Unit of measure',
    'capacity unit',
    'CC unit',
  ];
  for (const header of [...headers, 'CC单位'])
    it(`"${header}" at the end of the row holding Btu/h: exit 2 naming the column and the unit`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        csv(`${HEAD},${header}`, 'A1,heat-pump,3500,4.62,W', 'A4,heat-pump,12000,4.62,Btu/h'),
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`line 3 (the column "${header}") states the unit Btu/h`);
    });

  it('the tester files: end (u7-c747), before the capacity (u10), kcal/h among W (u2), .xlsx, Parquet, GBK', async () => {
    for (const [file, more] of [
      ['u7-c747.csv', []],
      ['u10-before.csv', []],
      ['u2.csv', []],
      ['unit-end.xlsx', []],
      ['capunit.parquet', []],
      ['capunit-end.gbk.csv', ['--encoding', 'gbk']],
    ] as const) {
      const run = await cli.run(['grade', '-r', AC, ...more, join(DIR, file)]);
      expect(run.code, file).toBe(2);
      expect(run.stderr, file).toMatch(/states the unit (Btu\/h|BTU\/H|kcal\/h)/);
    }
  });

  for (const unit of ['英热', 'MBH', 'BTU per hour', 'btuh'])
    it(`"${unit}" under a 单位 column: a unit, checked (exit 2)`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        AC,
        csv(`型号,机组类型,额定制冷量 CC,单位,全年能源消耗效率 APF`, `A1,heat-pump,12000,${unit},4.62`),
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`states the unit ${unit}`);
    });

  it('look-alikes stay: every cell W (the indicator’s own unit), and a header that only ends like one', async () => {
    const own = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      csv(`${HEAD},UOM`, 'A1,heat-pump,3500,4.62,W'),
    ]);
    expect(own.code).toBe(0);
    expect(JSON.parse(own.stdout.trim()).grade).toBe('2');
    const zh = await cli.run(['grade', '-r', AC, csv(`${HEAD},受检单位`, 'A1,heat-pump,3500,4.62,某公司')]);
    expect(zh.code).toBe(0);
  });
});
