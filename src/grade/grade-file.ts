import { type AbortSignalLike, abortableRecords, signalOption, untilAborted } from '../batch/abort-signal';
import { gradeItems } from '../batch/grade-stream';
import { AbortedError } from '../errors/aborted-error';
import { optionValueError } from '../errors/option-value-error';
import { knownOptions, optionKeys } from '../errors/options-argument';
import { UsageError } from '../errors/usage-error';
import { checkFormulaReading, type FormulaReading } from '../input/formula-reading';
import { INPUT_FORMATS, type InputFormat } from '../input/input-item';
import type { KeepColumns } from '../input/keep-columns';
import { type ReadOptions, readRecords } from '../input/read-records';
import type { XlsxLimits } from '../input/xlsx/xlsx-items';
import type { GradeResult } from '../model/grade-result';
import { modelOf } from '../resolve/rule-set';
import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import { type Grader, gradeFunction } from './create-grader';
import { graderArgument } from './grader-argument';
import { checkKeepOption } from './keep-option';
import { mapOption } from './map-option';
import { checkXlsxLimits } from './xlsx-limits-option';

/**
 * How {@link gradeFile} reads its input.
 *
 * @example
 * ```ts
 * const options: GradeFileOptions = { format: 'csv', encoding: 'gb18030', map: { 屈服强度: 'yieldStrength' } };
 * ```
 */
export interface GradeFileOptions {
  /** `json`, `ndjson`, `csv`, `tsv`, `xlsx` or `parquet` (read through the optional package `@duckdb/node-api`); default: from the extension, else from the first character. Any other value is a usage error. */
  format?: InputFormat | undefined;
  /**
   * Column (or JSON key) → indicator, for spreadsheets headed in their own
   * words: `{ 屈服强度: 'yieldStrength' }`. Headers equal to an indicator's
   * Chinese or English label need no mapping.
   */
  map?: Readonly<Record<string, string>> | undefined;
  /**
   * Text encoding: `utf-8` (default), `gb18030`, which Excel on Chinese Windows writes, `utf-16le` or `utf-16be`.
   * Bytes named UTF-16, with no byte-order mark, that are not UTF-16 of that byte order throw code `input`.
   * A file named `gb18030` (or another non-UTF encoding) whose first 16 KiB are valid UTF-8 and hold Chinese read
   * so is refused (code `usage`) when it is JSON/NDJSON or its CSV/TSV header names indicators either way, as
   * `qgrade grade` refuses it; gradeSample reads such bytes as UTF-8 instead, for a service that names gb18030
   * for every upload (its `encoding` option).
   */
  encoding?: string | undefined;
  /** Longest line (NDJSON) or record (CSV) read, in UTF-16 code units (default 1,048,576); a longer one is an error row. A whole number of 1 or more, else a usage error. */
  maxRecordLength?: number | undefined;
  /**
   * Input columns carried through to each result's `kept`: their names, or
   * `'auto'` for the first column whose values are distinct (a sample id,
   * as `qgrade grade` does by default); default `'none'`.
   */
  keep?: KeepColumns | undefined;
  /**
   * For an .xlsx workbook: the sheet, by name or 1-based position (default: the first). A name wins; a whole number
   * that names a sheet at another tab (tabs named 1, 2, 3) reads it, and `onNotice` is told which tab it is.
   */
  sheet?: string | undefined;
  /**
   * For an .xlsx workbook, a formula cell under an indicator that is not
   * text (`=AVERAGE(B3:D3)`): `'refuse'` it (default; qgrade does not
   * calculate, and a saved result may be stale), or read the result the
   * file `'saved'`, exactly as a cell holding that result (a formula with no
   * saved result stays refused). Other formats have no formulas. Any other
   * value is a usage error.
   */
  formulas?: FormulaReading | undefined;
  /**
   * For an .xlsx workbook, the limits it is read under, each replacing its default in `XLSX_LIMITS` (20 MiB,
   * 100,000 rows, no cell limit; see docs/cli.md "Size limit"): a service reading uploads lowers them to what it
   * can hold (`{ maxRows: 5_000, maxCells: 200_000 }`). Each a whole number of 1 or more, or `Infinity` for none;
   * an unknown name is a usage error. A workbook over one is refused with code `input`.
   */
  xlsxLimits?: Partial<XlsxLimits> | undefined;
  /**
   * Told what `qgrade grade` says on stderr about how the file was read, in
   * both languages: a column close to an indicator that no column gives, a
   * row of units under the header, rows of notes only skipped (not
   * records), a format guessed for stdin. Without it these are not said.
   */
  onNotice?: ((text: LocalizedText) => void) | undefined;
  /**
   * Stops the reading when aborted (an `AbortSignal`): the loop gets a
   * `QgradeError` with code `aborted` after the rows it had, and the file is
   * closed; aborted before the first row, the file is not opened. See
   * `StreamOptions`.
   */
  signal?: AbortSignalLike | undefined;
}

const GRADE_FILE_OPTION_KEYS = optionKeys<GradeFileOptions>({
  format: true,
  map: true,
  encoding: true,
  maxRecordLength: true,
  keep: true,
  sheet: true,
  formulas: true,
  xlsxLimits: true,
  onNotice: true,
  signal: true,
});

/**
 * Grades the records of a file — CSV, TSV, NDJSON or a JSON array — as a
 * stream, exactly as `qgrade grade` reads them: CSV cells are converted by
 * the rule set's indicator types (full-width digits, `是`/`否`, `;`-separated
 * specimens; see docs/cli.md), NDJSON and CSV are read row by row in flat
 * memory. Yields one result per input row, in order, with its `row`; a row
 * that cannot be read, or a cell that is not of its type, is an error row
 * (`grade: null`, `errors`), never a gap.
 *
 * Throws a {@link QgradeError} with code `usage` when `grader` is not a
 * grader, `path` not a string or `options` not an object, when an option
 * is not one it takes (a `format` it does not know, a `map` value that is
 * not an indicator name, a `formulas` other than `'refuse'` or `'saved'`, a `maxRecordLength` that is not a whole number of
 * 1 or more, a `map` to no indicator, a `keep` other than `'auto'`, `'none'` or an array of column names), the file
 * cannot be opened or the encoding is unknown; with code `input` when the data is at fault: a `map` or `keep` column
 * a CSV/TSV/.xlsx/Parquet header lacks (JSON records have no header, and a record without a `keep` field just has no
 * `kept`), a header that names one indicator twice, text not in its encoding (a byte that is not UTF-8 stops the
 * file, even after rows were yielded), a workbook or Parquet file that cannot be read (damaged, cut short, another
 * format; a glob that matches no file is `usage`) or a workbook over its limits, or a JSON array over
 * 256 MiB. The messages name the options as written here (`options.map { "屈服强度": "yieldStrength" }`,
 * `encoding: 'gb18030'`).
 *
 * @param grader - from {@link createGrader}
 * @param path - a file path, or `-` for stdin (NDJSON there answers a blank line with an error row, as a file skips it)
 * @example
 * ```ts
 * const grader = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
 * const counts = new Map<string | null, number>();
 * for await (const result of gradeFile(grader, 'lab-results.csv', { map: { 屈服强度: 'yieldStrength' } })) {
 *   counts.set(result.grade, (counts.get(result.grade) ?? 0) + 1);
 * }
 * // Given at most a minute (the loop then gets a QgradeError with code 'aborted'):
 * for await (const result of gradeFile(grader, 'big.csv', { signal: AbortSignal.timeout(60_000) })) save(result);
 * ```
 */
export async function* gradeFile(
  grader: Grader,
  path: string,
  options: GradeFileOptions = {},
): AsyncGenerator<GradeResult> {
  checkArguments(grader, path, options);
  checkOptions(options);
  const mapping = mapOption(options.map);
  const read: ReadOptions = { mapping, indicators: grader.ruleSet.indicators, naming: 'api' };
  if (options.format) read.format = options.format;
  if (options.encoding) read.encoding = options.encoding;
  if (options.maxRecordLength !== undefined) read.maxRecordLength = options.maxRecordLength;
  if (options.keep !== undefined) read.keep = options.keep;
  if (options.sheet !== undefined) read.sheet = options.sheet;
  if (options.formulas !== undefined) read.formulas = options.formulas;
  if (options.xlsxLimits !== undefined) read.xlsxLimits = options.xlsxLimits;
  if (options.onNotice !== undefined) read.onNotice = options.onNotice;
  const signal = signalOption(options.signal);
  if (signal?.aborted) throw new AbortedError('gradeFile', signal.reason);
  const source = await readRecords(path, read);
  const grade = gradeFunction(grader);
  const model = modelOf(grader.ruleSet);
  if (signal === undefined) yield* gradeItems(source.items, grade, model);
  else
    yield* untilAborted(
      gradeItems(abortableRecords(source.items, signal, 'gradeFile'), grade, model),
      signal,
      'gradeFile',
    );
}

/** The grader, the path and the options object itself, each refused by name rather than by a TypeError. */
function checkArguments(grader: unknown, path: unknown, options: unknown): void {
  graderArgument(grader, 'gradeFile');
  if (typeof path !== 'string' || path === '') {
    const got = valueShown(path);
    throw new UsageError(
      localized(
        cjkJoin('gradeFile 的 path 应为文件路径（字符串），或 "-" 表示标准输入，收到的是', got.zh),
        `gradeFile's path must be a file path (a string), or "-" for stdin, got ${got.en}`,
      ),
    );
  }
  knownOptions(options, 'gradeFile', '{ format: "csv" }', GRADE_FILE_OPTION_KEYS);
}

/** The options a caller may get wrong in type or value, refused before the file is opened. */
function checkOptions(options: GradeFileOptions): void {
  const { format, maxRecordLength, keep, onNotice, formulas } = options;
  if (onNotice !== undefined && typeof onNotice !== 'function')
    throw optionValueError(
      localized('options.onNotice 应为函数', 'options.onNotice must be a function'),
      onNotice,
    );
  if (format !== undefined && !INPUT_FORMATS.includes(format)) {
    const list = INPUT_FORMATS.join(', ');
    throw optionValueError(
      localized(`options.format 应为 ${list} 之一`, `options.format must be one of ${list}`),
      format,
    );
  }
  checkFormulaReading(formulas);
  if (maxRecordLength !== undefined && !(Number.isInteger(maxRecordLength) && maxRecordLength >= 1)) {
    throw optionValueError(
      localized(
        'options.maxRecordLength 应为不小于 1 的整数',
        'options.maxRecordLength must be a whole number of 1 or more',
      ),
      maxRecordLength,
    );
  }
  checkKeepOption(keep);
  checkXlsxLimits(options.xlsxLimits);
}
