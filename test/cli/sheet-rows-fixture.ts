/**
 * The set-up of the CLI tests of which rows under a header are records (row-kinds, row-kinds-25, summary-rows):
 * a sheet's rows written as CSV and as .xlsx, and `qgrade grade -f ndjson --lang en` run on one file with its
 * results parsed. Shared so these files (and any later one) cannot drift apart in how a sheet is written or read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GradeResult } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import type { Cli, RunResult } from './cli-harness';

/** What {@link sheetRows} gives a test file. */
export interface SheetRows {
  /** The rows as `<name>.csv` and `<name>.xlsx` (sheet 表; an empty string is an empty cell) in the temp folder. */
  files(name: string, rows: string[][]): Promise<string[]>;
  /** `grade -r rules -f ndjson --lang en …args path`: the run, and its NDJSON lines parsed. */
  graded(path: string, rules: string, ...args: string[]): Promise<RunResult & { results: GradeResult[] }>;
}

/**
 * The sheet helpers over one test file's CLI and temp folder.
 *
 * @example
 * const { files, graded } = sheetRows(useCli(), useTempDir());
 * const [csv, xlsx] = await files('full-marks', [['企业名称', ...items], ['甲公司', ...scores]]);
 * const run = await graded(csv!, 'enterprise/quality-management-capability');
 */
export function sheetRows(cli: Cli, temp: () => string): SheetRows {
  return {
    async files(name, rows) {
      const csv = join(temp(), `${name}.csv`);
      writeFileSync(csv, `${rows.map((r) => r.join(',')).join('\n')}\n`);
      const xlsx = join(temp(), `${name}.xlsx`);
      const bytes = await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('表');
        for (const r of rows) ws.addRow(r.map((c) => (c === '' ? null : c)));
      });
      writeFileSync(xlsx, bytes);
      return [csv, xlsx];
    },
    async graded(path, rules, ...args) {
      const run = await cli.run(['grade', '-r', rules, '-f', 'ndjson', '--lang', 'en', ...args, path]);
      const results = run.stdout
        .trim()
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as GradeResult);
      return { ...run, results };
    },
  };
}
