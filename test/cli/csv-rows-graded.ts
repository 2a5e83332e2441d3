/**
 * Records for a CSV rule-set test written as rows of a fixed header, each starting from values that pass and
 * overriding the cells a case is about, then graded by `qgrade grade -f ndjson` and found by their `id` column.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cli } from './cli-harness';

/** A graded row as the marked-value and bound suites read it: its grade, criteria (with `written`) and errors. */
export interface WrittenRowResult {
  kept: { id: string };
  grade: string | null;
  criteria?: {
    id: string;
    value: number;
    passed: boolean;
    written?: string;
    message: { zh: string; en: string };
  }[];
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

/** What {@link csvRowsGraded} gives a test: a row maker and the grading of rows. */
export interface CsvRowsGraded<R> {
  /** A CSV line: `id`, then each header column's value in `cells`, else in the base record. */
  row(id: string, cells: Partial<Record<string, string>>): string;
  /** The rows graded, by their `id` (kept as the sample id). */
  graded(rows: string[]): Promise<Map<string, R>>;
}

/**
 * @param header - `id,` then the columns, as the CSV's first line
 * @param base - each column's passing value
 * @example
 * const { row, graded } = csvRowsGraded<Result>(cli, temp, RULES, 'id,apf', { apf: '5.0' });
 * const results = await graded([row('low', { apf: '3.0' })]);
 */
export function csvRowsGraded<R extends { kept: { id: string } }>(
  cli: Cli,
  temp: () => string,
  rules: string,
  header: string,
  base: Readonly<Record<string, string>>,
): CsvRowsGraded<R> {
  const columns = header.split(',').slice(1);
  return {
    row: (id, cells) => [id, ...columns.map((k) => cells[k] ?? base[k]!)].join(','),
    async graded(rows) {
      const path = join(temp(), `r${Math.random().toString(36).slice(2)}.csv`);
      writeFileSync(path, `${[header, ...rows].join('\n')}\n`);
      const run = await cli.run(['grade', '-r', rules, '-f', 'ndjson', path]);
      const out = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as R);
      return new Map(out.map((r) => [r.kept.id, r]));
    },
  };
}
