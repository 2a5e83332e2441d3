import type { Readable } from 'node:stream';
import { InputError } from '../errors/input-error';
import { UsageError } from '../errors/usage-error';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Batched, batched, batchesOf } from './batched';
import { trimCell } from './convert-value';
import { formatByName } from './format-by-name';
import type { FormulaReading } from './formula-reading';
import { givesIndicator } from './header-gives-indicator';
import type { InputFormat, InputItem, WrittenHeader } from './input-item';
import { KEEP_LOOKAHEAD, type KeepColumns, type KeptItems } from './keep-columns';
import { openInput, stdinMayWait } from './open-input';
import type { OptionNaming } from './option-naming';
import { type ItemOptions, sniffFormat } from './record-items';
import {
  checkTableOptions,
  preferUtf8Reading,
  readTable,
  type TableParquet,
  type TableReadOptions,
  type TableText,
  type TableWorkbook,
  tableHeader,
} from './table-reading';
import type { XlsxLimits, XlsxReadOptions } from './xlsx/read-xlsx';

/** How to read an input. */
export interface ReadOptions extends ItemOptions {
  /** Default: from the file extension, else from the first character (`[` JSON, `{` NDJSON, else CSV). */
  format?: InputFormat;
  /** Text encoding of the input (default utf-8). */
  encoding?: string;
  /** What `-` reads (default: the process's standard input). */
  stdin?: Readable;
  /** For an .xlsx workbook: the sheet, by name or 1-based position (default: the first). */
  sheet?: string;
  /** For an .xlsx workbook: refuse formula cells (default), or read the results the file saved. Other formats have no formulas. */
  formulas?: FormulaReading;
  /** For an .xlsx workbook: the limits it is read under (default `XLSX_LIMITS`). */
  xlsxLimits?: Partial<XlsxLimits>;
  /** For an .xlsx workbook: only its header is wanted, so only the rows at the top of the sheet are read (see {@link XlsxReadOptions.headerOnly}). */
  headerOnly?: boolean;
  /** Columns carried through to the results (default `none`); see {@link keepColumns}. */
  keep?: KeepColumns;
  /**
   * Told, once the header of a CSV/TSV/xlsx input is read, what may be wrong with it: a column close
   * to an indicator that no column gives, or a separator that is not the format's ({@link headerHints});
   * and that the row under it was read as its units, not as a record.
   */
  onNotice?: (text: LocalizedText) => void;
  /**
   * Leave the units stated in the records' remarks (`remarkUnitReading`: `制冷量单位 Btu/h`) unread: `qgrade compare`
   * reads them for each side with that side's indicators, as `qgrade grade` with each rule set alone does
   * (sideReading).
   */
  remarkUnitsBySide?: true;
}

/** An input being read, record by record. */
export interface RecordSource {
  name: string;
  format: InputFormat;
  /** Size in bytes when known, for progress. */
  size?: number;
  bytesRead(): number;
  items: AsyncIterable<InputItem>;
  /** The columns carried through as each item's `kept`, and whether they were named or found. */
  kept: { columns: string[]; chosen: KeptItems['chosen'] };
  /**
   * The fields a CSV/TSV header gives (each column's name after mapping), once the header is read;
   * `undefined` before, and for other formats.
   */
  columns?: () => readonly string[] | undefined;
  /**
   * A CSV/TSV, xlsx or Parquet header once read: its cells (a Parquet file's column names) as written and the field each gives (`''` for
   * none), so a column can be named as the file heads it (`--group-by 强度等级`).
   */
  header?: () => WrittenHeader | undefined;
}

/** How long stdin may be read ahead for a sample-id column before the caller is told why nothing came yet. */
const STDIN_LOOKAHEAD_NOTICE_MS = 2000;

/** Why a stdin reader gets no answer yet, and the options that answer each line at once. */
function lookaheadWait(naming: OptionNaming | undefined): LocalizedText {
  const keep = naming === 'api' ? "keep: ['<列>'] 或 keep: 'none'" : '--keep <列> 或 --no-keep';
  const keepEn = naming === 'api' ? "keep: ['<column>'] or keep: 'none'" : '--keep <column> or --no-keep';
  return localized(
    `正在从标准输入的前 ${KEEP_LOOKAHEAD.toLocaleString('en')} 行（或到输入结束）中找样品标识列，此前不会输出结果；要逐行得到结果，请给出 ${keep}`,
    `looking for a sample-id column in the first ${KEEP_LOOKAHEAD.toLocaleString('en')} lines of stdin (or up to its end); no result comes before that; to have each line answered at once, give ${keepEn}`,
  );
}

/**
 * Opens an input (a file, or `-` for stdin) and reads its records as a
 * stream (see {@link recordItems}); an .xlsx workbook is read whole, a
 * Parquet file through DuckDB (`readParquet`). A mapping whose target
 * names no indicator, or whose column the input does not have (NDJSON, read
 * as a stream, is not checked), is a usage error.
 */
export async function readRecords(path: string, options: ReadOptions): Promise<RecordSource> {
  const { naming } = options;
  checkTableOptions(options);
  const opened = await openSource(path, options);
  const table: TableReadOptions = { ...options };
  const notice = options.onNotice;
  // A co-process on stdin waits for its first answer while a sample-id column is chosen: say why, and how not to.
  // Not to a file redirected to stdin: a long one is only slow, and nobody waits on a line's answer.
  // NDJSON on stdin is a co-process's as often as a pipe's: its first line is not held back for a sample-id column.
  if (path === '-') {
    const { table: opening } = opened;
    if (opening.kind === 'text' && opening.format === 'ndjson') table.keepAhead = { lineByLine: true };
    else if (notice && stdinMayWait(options.stdin ?? process.stdin))
      table.keepAhead = {
        slowLookahead: { after: STDIN_LOOKAHEAD_NOTICE_MS, tell: () => notice(lookaheadWait(naming)) },
      };
    // stdin guessed as CSV from a first line that is not a JSON object, and that line gives no indicator
    // at all: a co-process's bad first message, not a header.
    if (opening.kind === 'text' && options.format === undefined)
      table.onHeaderFields = (fields) => {
        if (!givesIndicator(fields, options.indicators)) notice?.(stdinGuessHint(opening.format, naming));
      };
  }
  // A co-process's caller waits for an answer to each line it writes, a blank one too.
  table.blankLines = path === '-' ? 'answer' : 'skip';
  // An empty file is refused before anything is written; stdin once it ends ({@link notEmpty}).
  if (opened.table.kind === 'text' && opened.size === 0) throw emptyInput(opened.name);
  const read = await readTable(opened.table, opened.name, table);
  const source: RecordSource = {
    name: opened.name,
    format: read.format,
    bytesRead: opened.bytesRead,
    items: opened.table.kind === 'text' ? notEmpty(read.items, opened.name, opened.bytesRead) : read.items,
    kept: read.kept,
    header: read.header,
  };
  if (read.columns) source.columns = read.columns;
  if (opened.size !== undefined) source.size = opened.size;
  return source;
}

/** An input opened: the table to read, what to call it, its size when known, and the bytes read so far. */
interface OpenedSource {
  name: string;
  size?: number;
  bytesRead(): number;
  table: TableText | TableWorkbook | TableParquet;
}

async function openSource(path: string, options: ReadOptions): Promise<OpenedSource> {
  const named = options.format ?? formatByName(path);
  if (named === 'xlsx') return xlsxSource(path, options);
  // Before Parquet: a Parquet file has no sheets either, and --sheet with one is the same mistake.
  if (options.sheet !== undefined) {
    const option = options.naming === 'api' ? 'options.sheet' : '--sheet';
    throw new UsageError(
      named === 'parquet'
        ? localized(
            `${option} 只用于 .xlsx 工作簿，而 ${path} 是 Parquet 文件，没有工作表：请去掉 ${option}`,
            `${option} is for .xlsx workbooks, and ${path} is a Parquet file, which has no sheets: leave ${option} out`,
          )
        : options.naming === 'api'
          ? localized(
              `options.sheet 只用于 .xlsx 工作簿，而 ${path} 不是（请以 .xlsx 命名，或给出 format: 'xlsx'）`,
              `options.sheet is for .xlsx workbooks, and ${path} is not one (name it .xlsx, or give format: 'xlsx')`,
            )
          : localized(
              `--sheet 只用于 .xlsx 工作簿，而 ${path} 不是（请以 .xlsx 命名，或给出 --input-format xlsx）`,
              `--sheet is for .xlsx workbooks, and ${path} is not one (name it .xlsx, or give --input-format xlsx)`,
            ),
    );
  }
  if (named === 'parquet') return parquetSource(path, options);
  // UTF-8 bytes labelled gb18030 or gbk: read as UTF-8 when only so the header names an indicator, as gradeSample
  // does (fix-developer4-34 Left); asked once, of the first chunk, only for such bytes.
  const inputName = path === '-' ? 'stdin' : path;
  const preferUtf8 = (given: string, asUtf8: string) =>
    preferUtf8Reading(given, asUtf8, named ?? sniffFormat(given), inputName, options);
  const input = await openInput(path, options.encoding, options.stdin, options.naming, preferUtf8);
  const [first, chunks] = await peek(input.chunks);
  const format = named === undefined ? sniffFormat(first) : named;
  const opened: OpenedSource = {
    name: input.name,
    bytesRead: input.bytesRead,
    table: {
      kind: 'text',
      format,
      chunks,
      first,
      looksUtf8: input.looksUtf8,
      // A file's user can drop --encoding: its Chinese cells graded as mojibake would be a wrong result (see TableText).
      utf8Misread: input.utf8Misread,
    },
  };
  if (input.size !== undefined) opened.size = input.size;
  return opened;
}

/**
 * stdin, its format guessed (CSV or TSV from a first line that is not a JSON
 * object), with a header that gives no indicator: most likely JSON records,
 * one per line, whose first line was not an object. Names the format option.
 */
function stdinGuessHint(format: InputFormat, naming: ReadOptions['naming']): LocalizedText {
  const as = format === 'tsv' ? 'TSV' : 'CSV';
  const option = naming === 'api' ? 'format' : '-i';
  const ndjson = naming === 'api' ? "format: 'ndjson'" : '-i ndjson';
  return localized(
    `标准输入按 ${as} 读取：没有给出 ${option}，且第一行不以“{”开头；这一行作为表头，没有规则集读取的列。如果标准输入是每行一条的 JSON 记录，请给出 ${ndjson}（流式输入应始终指明格式）`,
    `stdin was read as ${as}: no ${option} was given and its first line does not start with "{", and that line, read as the header, gives no column the rule set reads. If stdin is JSON records, one per line, give ${ndjson} (a stream should always name its format)`,
  );
}

/** A workbook's sheet is read whole (see src/input/xlsx/read-xlsx.ts), then handed out record by record. */
async function xlsxSource(path: string, options: ReadOptions): Promise<OpenedSource> {
  const read: XlsxReadOptions = { mapping: options.mapping, indicators: options.indicators };
  if (options.naming !== undefined) read.naming = options.naming;
  if (options.sheet !== undefined) read.sheet = options.sheet;
  if (options.formulas !== undefined) read.formulas = options.formulas;
  if (options.xlsxLimits !== undefined) read.limits = options.xlsxLimits;
  if (options.maxRecordLength !== undefined) read.maxRecordLength = options.maxRecordLength;
  if (options.alsoRead !== undefined) read.alsoRead = options.alsoRead;
  if (options.writtenColumns !== undefined) read.writtenColumns = options.writtenColumns;
  if (options.writtenIndicators) read.writtenIndicators = true;
  if (options.headerOnly) read.headerOnly = true;
  // Loaded only for a workbook: the unzipper and XML reader are a tenth of the code a CSV run would load.
  const { readXlsx } = await import('./xlsx/read-xlsx');
  const xlsx = await readXlsx(path, read);
  return { name: xlsx.name, size: xlsx.size, bytesRead: xlsx.bytesRead, table: { kind: 'xlsx', xlsx } };
}

/** A Parquet file, read through DuckDB (an optional package, loaded here and only here). */
async function parquetSource(path: string, options: ReadOptions): Promise<OpenedSource> {
  const { mapping, indicators, naming, alsoRead, writtenColumns } = options;
  // Loaded only for a Parquet file, as the .xlsx reader is for a workbook: a CSV's reading starts without them.
  const { readParquet } = await import('./parquet/read-parquet');
  const header = tableHeader(options, path, 'parquet');
  const parquet = await readParquet(path, {
    mapping,
    indicators,
    // As a CSV header is checked: a second reading beside the column read as an indicator (`A 2`) is refused.
    checkHeader: header.check,
    onUnitsRow: (text) => options.onNotice?.(text),
    ...(naming === undefined ? {} : { naming }),
    ...(alsoRead === undefined ? {} : { alsoRead }),
    ...(writtenColumns === undefined ? {} : { writtenColumns }),
  });
  const { name, size, bytesRead, items } = parquet;
  // Its column names, as a CSV header's: `--tally-by 风冷式` names the column read as airCooled.
  const written: WrittenHeader = { cells: parquet.headers.map(trimCell), fields: parquet.fields };
  return { name, size, bytesRead, table: { kind: 'parquet', items, header: written } };
}

/** The first chunk, and the chunks again from the start. */
async function peek(chunks: AsyncIterable<string>): Promise<[string, AsyncIterable<string>]> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* again(): AsyncGenerator<string> {
    if (first.done) return;
    // A caller that stops early (a `break` out of gradeFile) must close the file: return() is not passed on by
    // hand-driven next() calls (developer-23 L2: one descriptor leaked per early stop).
    try {
      yield first.value;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  }
  return [first.done ? '' : first.value, again()];
}

/**
 * A text input's items, then an error if it held no byte at all (hostile-37 M1): an empty file or stdin (a
 * failed step upstream, `curl … | qgrade grade -r … -`) graded "0 records" with exit 0, where an empty workbook
 * is refused. Exit 2, code `input`, as for the workbook. gradeSample's empty sample keeps its `[]` and notice.
 */
function notEmpty(
  items: AsyncIterable<InputItem>,
  name: string,
  bytesRead: () => number,
): Batched<InputItem> {
  return batched(async function* () {
    for await (const batch of batchesOf(items)) yield batch;
    if (bytesRead() === 0) throw emptyInput(name);
  });
}

function emptyInput(name: string): InputError {
  return new InputError(
    localized(
      `${name} 是空的（0 字节）：没有可评级的记录`,
      `${name} is empty (0 bytes): there is no record to grade`,
    ),
  );
}
