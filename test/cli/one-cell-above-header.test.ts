/**
 * A one-cell line right above a repeated header is skipped with it only when it reads as the sheet's title
 * or a continued one (`…（续）`); a sample with only its id there (`S3`) is a record, invalid for its missing
 * values (hostile-24 W1) — in CSV, TSV, .xlsx, on stdin and on two workers alike.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const TITLE = '2025年空调能效抽检';
const HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];

/** The rows as CSV, TSV (one-cell lines stay one cell) and .xlsx. */
async function files(name: string, rows: string[][]): Promise<string[]> {
  const csv = join(temp(), `${name}.csv`);
  writeFileSync(csv, `${rows.map((r) => r.join(',')).join('\n')}\n`);
  const tsv = join(temp(), `${name}.tsv`);
  writeFileSync(tsv, `${rows.map((r) => r.join('\t')).join('\n')}\n`);
  const xlsx = join(temp(), `${name}.xlsx`);
  writeFileSync(
    xlsx,
    await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      for (const r of rows) ws.addRow(r);
    }),
  );
  return [csv, tsv, xlsx];
}

async function graded(args: string[], input?: string) {
  const run = await cli.run(
    ['grade', '-r', AC, '-f', 'ndjson', '--lang', 'en', ...args],
    input === undefined ? {} : { input },
  );
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { code: run.code, stderr: run.stderr, rows: results.map((r) => [r.kept?.样品编号, r.grade]) };
}

const body = (above: string) => [
  HEADER,
  ['S1', '热泵型', '3500', '5.1'],
  ['S2', '热泵型', '3500', '4.6'],
  [above],
  HEADER,
  ['S4', '热泵型', '3500', '4.6'],
];

describe('a one-cell line right above a repeated header (W1)', () => {
  it.each([
    ['no title', body('S3')],
    ['a title unlike it', [[TITLE], ...body('S3')]],
  ])(
    '%s: `S3` is a record, invalid, exit 1, in every format, on stdin and on two workers',
    async (_, rows) => {
      const csvText = `${rows.map((r) => r.join(',')).join('\n')}\n`;
      const runs = [];
      for (const path of await files('s3', rows)) runs.push(await graded([path]));
      runs.push(await graded(['-i', 'csv', '-'], csvText));
      runs.push(await graded(['--workers', '2', (await files('s3w', rows))[0]!]));
      for (const run of runs) {
        expect(run.rows).toEqual([
          ['S1', '1'],
          ['S2', '2'],
          ['S3', null],
          ['S4', '2'],
        ]);
        expect(run.code).toBe(1);
        expect(run.stderr).not.toMatch(/repeats? the header: (lines|sheet rows) \d+, /);
      }
    },
  );

  it.each([
    ['the title continued', [[TITLE], ...body(`${TITLE}（续）`)]],
    ['a 续表 mark with no title above the header', body('检验结果（续表）')],
    ['"continued"', body('Test results (continued)')],
  ])('%s: skipped with the header, 3 records, exit 0, in every format', async (_, rows) => {
    for (const path of await files('title', rows)) {
      const run = await graded([path]);
      expect(run.rows, path).toEqual([
        ['S1', '1'],
        ['S2', '2'],
        ['S4', '2'],
      ]);
      expect(run.code).toBe(0);
    }
  });
});
