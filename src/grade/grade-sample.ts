import { type AbortSignalLike, abortableRecords, signalOption } from '../batch/abort-signal';
import { finishItem, itemRecord } from '../batch/finish-item';
import { AbortedError } from '../errors/aborted-error';
import { argumentKindError } from '../errors/argument-kind';
import { knownOptions, optionKeys } from '../errors/options-argument';
import { UsageError } from '../errors/usage-error';
import { columnMapping } from '../input/column-mapping';
import { checkEncodingLabel, decodeSampleText } from '../input/decode-sample-text';
import { formatByName } from '../input/format-by-name';
import { checkFormulaReading, type FormulaReading } from '../input/formula-reading';
import { headerGivesIndicator } from '../input/header-gives-indicator';
import { INPUT_FORMATS, type InputFormat, type InputItem } from '../input/input-item';
import type { KeepColumns } from '../input/keep-columns';
import type { OptionNaming } from '../input/option-naming';
import { sniffFormat } from '../input/record-items';
import {
  checkTableOptions,
  preferUtf8Reading,
  readTable,
  type TableReadOptions,
  type TableRecords,
  type TableText,
} from '../input/table-reading';
import { looksUtf8, utf8Misread, utf8ReadInstead } from '../input/utf8-read-as-other';
import { readXlsxBytes, type XlsxLimits } from '../input/xlsx/xlsx-items';
import type { GradeResult } from '../model/grade-result';
import { type IndicatorInfo, modelOf } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { Grader } from './create-grader';
import { graderArgument } from './grader-argument';
import { checkKeepOption } from './keep-option';
import { checkXlsxLimits } from './xlsx-limits-option';

/**
 * How {@link gradeSample} reads a sample.
 *
 * @example
 * const options: SampleOptions = { format: 'csv', name: 'samples.csv', map: { 屈服强度: 'yieldStrength' } };
 */
export interface SampleOptions {
  /**
   * The format; default: XLSX for bytes that start as a zip, else the extension of {@link SampleOptions.name}
   * (`.csv`, `.tsv`, `.json`, `.ndjson`/`.jsonl`, `.xlsx`) as gradeFile takes a path's, else sniffed from the text
   * (`[` JSON, `{` NDJSON, else CSV).
   */
  format?: InputFormat | undefined;
  /**
   * The text encoding of a sample given as bytes (not .xlsx): `utf-8` (default), `gb18030` (`gbk`),
   * which Excel on Chinese Windows saves as "CSV", `utf-16le` or `utf-16be`; a byte-order mark decides
   * over it. Bytes that are not UTF-8 when UTF-8 is read throw a `QgradeError` with code `input`, as `qgrade grade` exits 2 on them;
   * so do bytes named `utf-16le` or `utf-16be`, with no byte-order mark, that are not UTF-16 of that byte order (UTF-8, GB18030).
   * Bytes given as `gb18030` (or another non-UTF encoding) that are valid UTF-8 are read as UTF-8, and `onNotice`
   * told, when read so a CSV/TSV header names an indicator only then, or it names one either way (ASCII) and its
   * cells hold Chinese, or JSON/NDJSON holds Chinese (JSON is UTF-8 by RFC 8259 §8.1): a service may name
   * `gb18030` for every upload, and a UTF-8 one is still read right. In the last two cases gradeFile and
   * `qgrade grade` refuse the file instead (a file's user can drop the option; docs/cli.md, "Inputs").
   * A sample given as text is not decoded, but an unknown encoding is refused all the same.
   */
  encoding?: string | undefined;
  /** What to call the sample in messages (default `sample`); a file name's extension also gives the format. */
  name?: string | undefined;
  /** Column (or JSON key) → record field, as `--map` gives them. */
  map?: Readonly<Record<string, string>> | undefined;
  /**
   * The workbook's sheet: its name or 1-based position (default: the first visible worksheet). A name wins; a whole
   * number that names a sheet at another tab (tabs named 1, 2, 3) reads it, and `onNotice` is told which tab it is.
   */
  sheet?: string | undefined;
  /**
   * A workbook's formula cells under an indicator that is not text: `'refuse'` them (default), or read
   * the results the file `'saved'`, as `qgrade grade --formulas saved` does. Any other value is a usage error.
   */
  formulas?: FormulaReading | undefined;
  /**
   * For a workbook, the limits it is read under, each replacing its default in `XLSX_LIMITS` (20 MiB,
   * 100,000 rows, no cell limit; see docs/cli.md "Size limit"): a service reading uploads lowers them to what it
   * can hold (`{ maxRows: 5_000, maxCells: 200_000 }`), since a workbook is unpacked and parsed whole before the
   * first record is graded, and `signal` cannot stop that step. Each a whole number of 1 or more, or `Infinity`
   * for none; an unknown name is a usage error. A workbook over one is refused with code `input`.
   */
  xlsxLimits?: Partial<XlsxLimits> | undefined;
  /**
   * Columns carried through as each result's `kept` (default `none`): `auto` finds the sample-id column
   * as `qgrade grade` does; see {@link KeepColumns}.
   */
  keep?: KeepColumns | undefined;
  /**
   * Told, once a CSV/TSV or workbook header is read, of a column close to an indicator that no column
   * gives (the near-miss hint `qgrade grade` prints), leaving out the columns `map` names, and of the
   * indicators with a `default` that no column gives (every record takes the default); and, at the
   * end, of the rows skipped as notes only (no value under an indicator, mapped or kept column) and of
   * a defaulted indicator's column empty in every record — the notices `qgrade grade` prints; and of a
   * sample that holds no record at all (empty, or a header alone), for which the result is `[]`.
   */
  onNotice?: ((text: LocalizedText) => void) | undefined;
  /**
   * Stops the grading when aborted (`AbortSignal.timeout(5000)` time-boxes an upload): the promise rejects
   * with a `QgradeError` with code `aborted` (`name` `AbortError`, `cause` the signal's `reason`), as
   * `gradeMany` and `gradeFile` stop, and no result is returned. Read before the sample is read, once it is
   * read (an .xlsx workbook is unpacked and its sheet parsed in one step, which the limits of docs/cli.md
   * "Size limit" bound), and between records; every few hundred records the grading lets timers run, so a
   * timeout fires while it works.
   */
  signal?: AbortSignalLike | undefined;
}

const SAMPLE_OPTION_KEYS = optionKeys<SampleOptions>({
  format: true,
  encoding: true,
  name: true,
  map: true,
  sheet: true,
  formulas: true,
  xlsxLimits: true,
  keep: true,
  onNotice: true,
  signal: true,
});

/**
 * One record of a sample and its result.
 *
 * @example
 * const graded: SampleGrade[] = await gradeSample(grader, text);
 * for (const { record, result } of graded) console.log(record, result.grade);
 */
export interface SampleGrade {
  /** The record as read (mapped, cells converted); `null` for a row that could not be read. */
  record: unknown;
  /** What it was graded; `row` is its 1-based position in the sample. */
  result: GradeResult;
}

/**
 * A {@link SampleGrade} with its CSV/TSV or .xlsx cells as written by field (`0.80`, `33;34;35`), for an explanation a person
 * reads (`shownOperands`); none for other formats. Internal: the studio's, not gradeSample's.
 */
export interface WrittenSampleGrade extends SampleGrade {
  written?: Readonly<Record<string, string>>;
}

/**
 * Reads sample records from text or bytes in memory — JSON, NDJSON, CSV,
 * TSV or an XLSX workbook — with the readers and column mapping of
 * `qgrade grade` (headers matched to the indicators' labels, cells
 * converted by the indicators' types), and grades each with `grader`. One
 * record and result per row, in input order, `row` set; a row that cannot
 * be read is an invalid result in its place. Needs no file system: the text may be
 * pasted into a page, a file the browser opened, or an upload a Node service
 * received (an HTTP body in memory). Both entries export it: from `qgrade`
 * it grades with a grader of `qgrade`'s `createGrader` over a rule set of
 * its `loadRuleSet`/`parseRuleSet`, from `qgrade/browser` with that entry's
 * own. It holds the sample and its results in memory: for a file on disk
 * or a stream, `gradeFile` reads row by row. A browser's `File` (or any
 * `Blob`) is read by the caller: pass `new Uint8Array(await file.arrayBuffer())`
 * (a Blob given as it is is refused with that advice).
 *
 * @throws {@link QgradeError} with code `input` for bytes that are not in the `encoding` (not UTF-8, by default), a workbook that cannot be read (damaged, an .xls, not a zip), a CSV header line that cannot be read, a JSON text that is not records, a column `map` or `keep` names that the sample lacks, a header that names one indicator twice, or a workbook over its size or row limit: the sender's data rather than the call; code `usage` for a `map` whose target names no indicator (nor a column `keep` names), as `gradeFile` does, for a `format` it does not read (any but those of `INPUT_FORMATS`, or `parquet`) or a `formulas` other than `refuse` or `saved`, an unknown `encoding`, or a `keep` other than `auto`, `none` or an array of column names (a column name alone is refused, never read letter by letter), or a `signal` that is not an AbortSignal; code `aborted` once `signal` is aborted
 * @example
 * // A page: qgrade/browser reads the bundled rule sets without a file system (from qgrade: loadRuleSet).
 * import { createGrader, gradeSample, loadBundledRuleSet } from 'qgrade/browser';
 * const grader = createGrader(await loadBundledRuleSet('home-appliances/room-air-conditioner-energy'));
 * const graded = await gradeSample(grader, 'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n');
 * graded[0]?.result.grade; // '2'
 * @example
 * // A Node service: the upload's bytes (CSV in GB18030, or an .xlsx workbook), graded without a temporary file.
 * import { createGrader, gradeSample, loadRuleSet } from 'qgrade';
 * const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
 * const graded = await gradeSample(grader, new Uint8Array(body), {
 *   encoding: 'gb18030',
 *   name: 'upload.csv',
 *   signal: AbortSignal.timeout(10_000), // time-boxed: rejects with code `aborted`
 * });
 */
export async function gradeSample(
  grader: Grader,
  input: string | Uint8Array,
  options: SampleOptions = {},
): Promise<SampleGrade[]> {
  return gradeSampleNamed(grader, input, options, 'api');
}

/**
 * {@link gradeSample}, its messages naming the options as `naming` says:
 * the studio page grades with `studio`, so a refused formula cell names its
 * checkbox rather than an option its user cannot write. Not public.
 *
 * @example
 * const graded = await gradeSampleNamed(grader, bytes, { formulas: 'refuse' }, 'studio');
 */
export async function gradeSampleNamed(
  grader: Grader,
  input: string | Uint8Array,
  options: SampleOptions,
  naming: OptionNaming,
  written = false,
): Promise<WrittenSampleGrade[]> {
  graderArgument(grader, 'gradeSample');
  // An ArrayBuffer (a fetch's or a File's arrayBuffer()) was read as text before it was checked: read it as bytes.
  if ((input as unknown) instanceof ArrayBuffer) input = new Uint8Array(input as unknown as ArrayBuffer);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    // A File from <input type=file> (a Blob) is what a page has: say how to read its bytes (hostile-33 F8).
    if (typeof Blob !== 'undefined' && (input as unknown) instanceof Blob) throw blobError(input);
    throw argumentKindError(
      'gradeSample',
      'input',
      localized(
        '样品的文本（字符串）或字节（Uint8Array）',
        "the sample's text (a string) or its bytes (a Uint8Array)",
      ),
      input,
    );
  }
  knownOptions(options, 'gradeSample', '{ format: "csv" }', SAMPLE_OPTION_KEYS);
  // A service time-boxes an upload (developer-36 S1): it had no way to stop one.
  const signal = signalOption(options.signal);
  if (signal?.aborted) throw new AbortedError('gradeSample', signal.reason);
  const read = await sampleItems(input, grader.ruleSet.indicators, options, naming, written);
  const items = signal ? abortableRecords(read, signal, 'gradeSample') : read;
  const model = modelOf(grader.ruleSet);
  const graded: WrittenSampleGrade[] = [];
  for await (const item of items) {
    const record = itemRecord(item);
    const result = finishItem(item, await grader.grade(record), model);
    const cells = written && 'record' in item ? item.written : undefined;
    graded.push(cells ? { record, result, written: cells } : { record, result });
    // A sample in memory is read and graded in microtasks only: a timer (AbortSignal.timeout) fires at a turn.
    if (signal && graded.length % TURN_RECORDS === 0) await nextTurn();
  }
  // An empty upload, or a header alone, is no error, but a service answering "0 rows" should be able to say why.
  if (graded.length === 0) options.onNotice?.(noRecord(options.name ?? 'sample'));
  return graded;
}

/** Records graded between two turns of the event loop when a `signal` is given. */
const TURN_RECORDS = 256;

/** A turn of the event loop: timers run (setImmediate in Node, not clamped as setTimeout is; setTimeout elsewhere). */
function nextTurn(): Promise<void> {
  const later: (run: () => void) => unknown =
    typeof setImmediate === 'function' ? setImmediate : (run) => setTimeout(run, 0);
  return new Promise((resolve) => void later(resolve));
}

/** A Blob or File given as a sample: its bytes are read by the caller (gradeSample takes text or bytes, its contract). */
function blobError(input: Blob): UsageError {
  const kind = typeof File !== 'undefined' && input instanceof File ? 'File' : 'Blob';
  return new UsageError(
    localized(
      `gradeSample 的 input 应为样品的文本（字符串）或字节（Uint8Array），收到 ${kind} 对象：请先读出其字节，传入 new Uint8Array(await file.arrayBuffer())`,
      `gradeSample's input must be the sample's text (a string) or its bytes (a Uint8Array), got a ${kind} object: read its bytes first and pass new Uint8Array(await file.arrayBuffer())`,
    ),
  );
}

/**
 * A sample's items as {@link gradeSample} reads them, with `indicators`
 * giving the columns' fields and the cells' types (for two rule sets
 * compared, both rule sets' indicators: a row is then read the same for
 * either, as `qgrade compare` reads it); the messages name the options as
 * `naming` says (`api` for the library's callers, `studio` for the page).
 */
export async function sampleItems(
  input: string | Uint8Array,
  indicators: readonly IndicatorInfo[],
  options: SampleOptions,
  naming: OptionNaming,
  writtenIndicators = false,
): Promise<AsyncIterable<InputItem>> {
  return (await sampleTable(input, indicators, options, naming, undefined, writtenIndicators)).items;
}

/**
 * {@link sampleItems} with the header once read (a CSV/TSV or workbook's cells as written and the fields they
 * give): the studio offers its columns to group by. `writtenColumns` carry those columns' cells as written
 * (`42.5`, not the enum it reads), as `qgrade grade --group-by` reads its column.
 */
export async function sampleTable(
  input: string | Uint8Array,
  indicators: readonly IndicatorInfo[],
  options: SampleOptions,
  naming: OptionNaming,
  writtenColumns?: readonly string[],
  writtenIndicators = false,
): Promise<Pick<TableRecords, 'items' | 'header'>> {
  // A string would be taken letter by letter below (developer-35 M2): refused, as gradeFile refuses it.
  checkKeepOption(options.keep);
  const name = options.name ?? 'sample';
  const mapping = columnMapping([], options.map ?? {}, name);
  // The header stage gradeFile reads with (readRecords), from here on: every check of it applies to both.
  const table: TableReadOptions = { mapping, indicators, naming };
  if (options.keep !== undefined) table.keep = options.keep;
  if (options.onNotice) table.onNotice = options.onNotice;
  if (writtenColumns !== undefined && writtenColumns.length > 0) table.writtenColumns = writtenColumns;
  if (writtenIndicators) table.writtenIndicators = true;
  checkTableOptions(table);
  // The bytes' own signature, then the name's extension as gradeFile takes a path's, then the text sniffed.
  const format = options.format ?? formatOf(input) ?? formatByName(options.name);
  if (format !== undefined && !INPUT_FORMATS.includes(format)) {
    // Parquet is refused below, with its own advice: not offered here (developer-36 M6).
    const list = INPUT_FORMATS.filter((f) => f !== 'parquet').join(', ');
    const shown = JSON.stringify(format) ?? String(format);
    throw new UsageError(
      localized(
        `options.format 应为 ${list} 之一，收到的是 ${shown}`,
        `options.format must be one of ${list}, got ${shown}`,
      ),
    );
  }
  checkFormulaReading(options.formulas);
  checkXlsxLimits(options.xlsxLimits);
  // Parquet is read through DuckDB, from a file: not from memory, and not in a browser.
  if (format === 'parquet') {
    throw new UsageError(
      localized(
        'Parquet 样品要从文件读取：在 Node 中请用 gradeFile 或 qgrade grade；在浏览器中请先另存为 CSV 或 .xlsx',
        'a Parquet sample is read from a file: in Node use gradeFile or qgrade grade; in a browser save it as CSV or .xlsx first',
      ),
    );
  }
  if (format === 'xlsx') {
    const { sheet, formulas, xlsxLimits } = options;
    const xlsx = readXlsxBytes(toBytes(input), name, {
      mapping,
      indicators,
      sheet,
      formulas,
      naming,
      ...(xlsxLimits === undefined ? {} : { limits: xlsxLimits }),
      ...(writtenIndicators ? { writtenIndicators } : {}),
    });
    return readTable({ kind: 'xlsx', xlsx }, name, table);
  }
  if (typeof input === 'string') checkEncodingLabel(options.encoding, naming);
  let text = typeof input === 'string' ? input : decodeSampleText(input, name, options.encoding, naming);
  const f = format ?? sniffFormat(text);
  // UTF-8 bytes given as GB18030 (a service that always says gb18030) head their columns in mojibake, and every
  // record was invalid, told only to onNotice (developer-34 M1): read as UTF-8 when only so the header names an
  // indicator, as gradeFile does. A byte-order mark has decided the encoding already.
  let asOther = typeof input !== 'string' && readAsOther(options.encoding) && !byteOrderMark(input);
  if (asOther) {
    table.encoding = options.encoding!;
    const json = f === 'json' || f === 'ndjson';
    const utf8 = utf8Text(input as Uint8Array);
    if (utf8 !== undefined && (await preferUtf8Reading(text, utf8, f, name, table))) {
      text = utf8;
      asOther = false;
    } else if (
      utf8 !== undefined &&
      utf8Misread(input as Uint8Array, options.encoding!) &&
      (json || (await headerGivesIndicator(text, f, name, { mapping, indicators, naming })))
    ) {
      // An ASCII header names indicators either way, but its Chinese cells read as GB18030 are mojibake, graded
      // wrongly (fix-header6 Left); JSON's keys too, and it is UTF-8 by RFC 8259 §8.1 (developer-40 F1). gradeFile
      // refuses such a file; a service naming gb18030 for every upload cannot drop the option per upload, so the
      // sample is read as the UTF-8 it is, and told so.
      text = utf8;
      asOther = false;
      options.onNotice?.(utf8ReadInstead(name, options.encoding!, naming, json ? 'values' : 'cells'));
    }
  }
  // The first 16 KiB, as a file's first chunk: UTF-8 read as GBK is told from them (hostile-26 F2).
  const head = typeof input === 'string' ? undefined : input.subarray(0, 1 << 14);
  const sample: TableText = {
    kind: 'text',
    format: f,
    chunks: once(text),
    first: text,
    looksUtf8: () => asOther && head !== undefined && looksUtf8(head),
    // Not refused, unlike a file (see TableText): a service may name gb18030 for every upload, and UTF-8 bytes
    // named so are read as UTF-8 above, whether or not their header is ASCII.
    utf8Misread: () => false,
  };
  return readTable(sample, name, table);
}

/** The notice for a sample that holds no record: empty, a header alone, or rows of notes only. */
function noRecord(name: string): LocalizedText {
  return localized(
    `${name} 中没有可评级的记录（是空的，或只有表头）`,
    `${name} holds no record to grade (it is empty, or has a header only)`,
  );
}

/** The format bytes say they are in: a zip package (.xlsx) or a Parquet file (`PAR1`), which no text sniffing tells. */
function formatOf(input: string | Uint8Array): InputFormat | undefined {
  if (typeof input === 'string') return undefined;
  if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 3 && input[3] === 4) return 'xlsx';
  // Parquet bytes were told "not UTF-8 text; add encoding: 'gb18030'" (hostile-20 M4).
  if (input[0] === 0x50 && input[1] === 0x41 && input[2] === 0x52 && input[3] === 0x31) return 'parquet';
  return undefined;
}

/** Whether an encoding is given that is neither UTF-8 nor UTF-16 (`gbk`, `gb18030`): UTF-8 bytes read so are mojibake. */
function readAsOther(encoding: string | undefined): boolean {
  if (encoding === undefined) return false;
  const label = new TextDecoder(encoding).encoding;
  return label !== 'utf-8' && label !== 'utf-16le' && label !== 'utf-16be';
}

/** The bytes as UTF-8 text, if they are valid UTF-8 with a character beyond ASCII (read the same either way else). */
function utf8Text(bytes: Uint8Array): string | undefined {
  if (!looksUtf8(bytes)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether bytes start with a byte-order mark, which decides their encoding over the one named. */
function byteOrderMark(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function toBytes(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
