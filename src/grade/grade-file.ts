import { gradeItems } from '../batch/grade-stream';
import type { ColumnMapping } from '../input/column-mapping';
import { trimCell } from '../input/convert-value';
import type { InputFormat } from '../input/input-item';
import type { KeepColumns } from '../input/keep-columns';
import { type ReadOptions, readRecords } from '../input/read-records';
import type { GradeResult } from '../model/grade-result';
import { modelOf } from '../resolve/rule-set';
import { type Grader, gradeFunction } from './create-grader';

/**
 * How {@link gradeFile} reads its input.
 *
 * @example
 * ```ts
 * const options: GradeFileOptions = { format: 'csv', encoding: 'gb18030', map: { 屈服强度: 'yieldStrength' } };
 * ```
 */
export interface GradeFileOptions {
  /** `json`, `ndjson`, `csv`, `tsv`, `xlsx` or `parquet` (read through the optional package `@duckdb/node-api`); default: from the extension, else from the first character. */
  format?: InputFormat;
  /**
   * Column (or JSON key) → indicator, for spreadsheets headed in their own
   * words: `{ 屈服强度: 'yieldStrength' }`. Headers equal to an indicator's
   * Chinese or English label need no mapping.
   */
  map?: Readonly<Record<string, string>>;
  /** Text encoding: `utf-8` (default) or `gb18030`, which Excel on Chinese Windows writes. */
  encoding?: string;
  /** Longest line (NDJSON) or record (CSV) read, in characters (default 1,048,576); a longer one is an error row. */
  maxRecordLength?: number;
  /**
   * Input columns carried through to each result's `kept`: their names, or
   * `'auto'` for the first column whose values are distinct (a sample id,
   * as `qgrade grade` does by default); default `'none'`.
   */
  keep?: KeepColumns;
  /** For an .xlsx workbook: the sheet, by name or 1-based position (default: the first). */
  sheet?: string;
}

/**
 * Grades the records of a file — CSV, TSV, NDJSON or a JSON array — as a
 * stream, exactly as `qgrade grade` reads them: CSV cells are converted by
 * the rule set's indicator types (full-width digits, `是`/`否`, `;`-separated
 * specimens; see docs/cli.md), NDJSON and CSV are read row by row in flat
 * memory. Yields one result per input row, in order, with its `row`; a row
 * that cannot be read, or a cell that is not of its type, is an error row
 * (`grade: null`, `errors`), never a gap.
 *
 * Throws a {@link QgradeError} with code `usage` when the file cannot be
 * opened, the encoding is unknown or a JSON array is over 256 MiB.
 *
 * @param grader - from {@link createGrader}
 * @param path - a file path, or `-` for stdin
 * @example
 * ```ts
 * const grader = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
 * const counts = new Map<string | null, number>();
 * for await (const result of gradeFile(grader, 'lab-results.csv', { map: { 屈服强度: 'yieldStrength' } })) {
 *   counts.set(result.grade, (counts.get(result.grade) ?? 0) + 1);
 * }
 * ```
 */
export async function* gradeFile(
  grader: Grader,
  path: string,
  options: GradeFileOptions = {},
): AsyncGenerator<GradeResult> {
  const mapping: ColumnMapping = new Map(
    Object.entries(options.map ?? {}).map(([column, field]) => [trimCell(column), field.trim()]),
  );
  const read: ReadOptions = { mapping, indicators: grader.ruleSet.indicators };
  if (options.format) read.format = options.format;
  if (options.encoding) read.encoding = options.encoding;
  if (options.maxRecordLength !== undefined) read.maxRecordLength = options.maxRecordLength;
  if (options.keep !== undefined) read.keep = options.keep;
  if (options.sheet !== undefined) read.sheet = options.sheet;
  const source = await readRecords(path, read);
  yield* gradeItems(source.items, gradeFunction(grader), modelOf(grader.ruleSet));
}
