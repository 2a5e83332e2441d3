// No Node built-ins here: gradeSample reads with this stage in the browser (qgrade/browser, the studio).

import type { LocalizedText } from '../text/localized-text';
import { type Batched, batched, batchesOf } from './batched';
import { checkMapTargets } from './check-column-mapping';
import { namedColumns } from './column-mapping';
import { trimCell } from './convert-value';
import { defaultsNotice, emptyDefaultColumns } from './defaults-in-force';
import { fractionColumns } from './fraction-columns';
import { headerFallsShort } from './header-coverage';
import { givesIndicator, headerGivesIndicator } from './header-gives-indicator';
import { headerHints } from './header-hints';
import { HEADER_ROW_HINT_ROWS, headerRowHint } from './header-row-hint';
import type { InputFormat, InputItem, TextInputFormat, WrittenHeader } from './input-item';
import type { ItemOptions } from './item-options';
import { type KeepColumns, type KeepOptions, type KeptItems, keepColumns } from './keep-columns';
import { checkNearDuplicateColumns } from './near-duplicate-columns';
import { recordAsHeaderError } from './record-as-header';
import { recordItems } from './record-items';
import { firstCsvRecords } from './split-csv';
import { unreadValueColumns } from './unread-value-columns';
import { readAsUtf8Instead, utf8MisreadError, utf8ReadAsOther } from './utf8-read-as-other';
import type { XlsxSource } from './xlsx/xlsx-items';

/**
 * How a table's records are read, from the header on, by gradeFile and the CLI (`readRecords`) and by
 * gradeSample (`sampleItems`) alike: every check of a header and every notice about it is made here, once, so
 * a check added applies to both (session 35: `APF,apf` was graded by one and refused by the other).
 */
export interface TableReadOptions extends Omit<ItemOptions, 'onHeader' | 'onUnitsRow' | 'onHeaderNotice'> {
  /** Columns carried through as each result's `kept` (default `none`). */
  keep?: KeepColumns;
  /**
   * Told what may be wrong with a header once read (a column close to an indicator, a separator, where the
   * header seems to be instead, defaulted indicators no column gives, a units row), and at the end of rows of
   * notes skipped and of a defaulted indicator's column empty in every record.
   */
  onNotice?: (text: LocalizedText) => void;
  /** The encoding the caller named (`gbk`): UTF-8 bytes read so are told of ({@link TableText}). */
  encoding?: string;
  /**
   * Leave the units stated in the records' remarks unread: `qgrade compare` reads them for each side with that
   * side's indicators (sideReading), as `qgrade grade` with each rule set alone does.
   */
  remarkUnitsBySide?: true;
  /**
   * What only stdin needs when choosing a sample-id column (`readRecords`): a co-process waits for each answer,
   * so a long look-ahead is told of, and NDJSON lines are not held back. A file or a sample in memory has none.
   */
  keepAhead?: Pick<KeepOptions, 'slowLookahead' | 'lineByLine'>;
  /**
   * Told first of a CSV/TSV header's fields once read, before it is checked: stdin whose format was guessed
   * says a first line naming nothing is likely NDJSON (`readRecords`). Not for a sample, whose caller gave it whole.
   */
  onHeaderFields?: (fields: readonly string[]) => void;
}

/**
 * A text table opened (a file, stdin, a sample's decoded bytes): its chunks from the start, the first of them (the
 * lines under the header, for where the header seems to be), and what its bytes said when read in an encoding
 * other than UTF-8 with no byte-order mark.
 */
export interface TableText {
  kind: 'text';
  /** CSV, TSV, JSON or NDJSON: named by the caller or the file's extension, else sniffed from the first chunk. */
  format: TextInputFormat;
  /** The decoded text, chunk by chunk, from the start (a byte-order mark removed). */
  chunks: AsyncIterable<string>;
  /** The first chunk: the lines under the header, where a title above it shows. */
  first: string;
  /** Whether the first bytes, read in the encoding named (not UTF-8, no byte-order mark), look like UTF-8. */
  looksUtf8(): boolean;
  /**
   * Whether those bytes are UTF-8 misread although the header names indicators either way (an ASCII header over
   * Chinese cells, hostile-35 W2): then nothing is read ({@link utf8MisreadError}). The two paths differ on
   * purpose here. gradeFile and the CLI ask it: a file's user can drop `--encoding`, and graded mojibake would be
   * a wrong result. gradeSample does not (`() => false`): a service may name gb18030 for every upload, and its
   * sample is already read as UTF-8 when only that reading names an indicator ({@link preferUtf8Reading}).
   */
  utf8Misread(): boolean;
}

/** A workbook's sheet, read whole (`readXlsx` from a file, `readXlsxBytes` from a sample's bytes). */
export interface TableWorkbook {
  kind: 'xlsx';
  /** The sheet read: its header, the reader's hints and notices, and its items. */
  xlsx: XlsxSource;
}

/**
 * A Parquet file read through DuckDB (`readParquet`, Node only): its header was checked as it was read, with
 * {@link TableHeader.check}; its header's notices are told here, as a table's are.
 */
export interface TableParquet {
  kind: 'parquet';
  /** Its records, read as DuckDB gives them. */
  items: AsyncIterable<InputItem>;
  /** Its column names and the field each gives. */
  header: WrittenHeader;
}

/** A table's records, once read by {@link readTable}. */
export interface TableRecords {
  format: InputFormat;
  items: AsyncIterable<InputItem>;
  /** The columns carried through as each item's `kept`, and whether they were named or found. */
  kept: { columns: string[]; chosen: KeptItems['chosen'] };
  /** CSV, TSV, .xlsx: the fields the header gives (each column's name after mapping, none left out), once read. */
  columns?: () => readonly string[] | undefined;
  /** The header once read (a Parquet file's column names): its cells as written and the field each gives (`''` for none); `undefined` for JSON. */
  header: () => WrittenHeader | undefined;
}

/**
 * The options' names checked before anything is read: a `map` target that names no indicator (nor a column
 * `keep` names) is a usage error, as every row would say the indicator is missing.
 */
export function checkTableOptions(options: TableReadOptions): void {
  const kept = Array.isArray(options.keep) ? options.keep : [];
  checkMapTargets(options.mapping, options.indicators, kept, options.naming);
}

/** What every table header is checked for, and told of, once read. */
export interface TableHeader {
  /** A header that gives one indicator from two columns, one not exactly (`APF,apf`), is refused. */
  check(headers: readonly string[], fields: readonly string[]): void;
  /**
   * The header's notices: a column close to an indicator no column gives, a separator not the format's (not
   * for Parquet, whose columns are named by its writer), then the defaulted indicators no column gives.
   */
  tell(headers: readonly string[], fields: readonly string[]): void;
}

/**
 * The header checks of {@link TableHeader} for a table named `name` in `format`, leaving out the columns `map`
 * or `keep` names: the caller has said what they are.
 */
export function tableHeader(options: TableReadOptions, name: string, format: InputFormat): TableHeader {
  const { indicators, naming, onNotice } = options;
  const excluded = namedColumns(options.mapping, options.keep);
  const named = naming === undefined ? {} : { naming };
  return {
    check: (headers, fields) =>
      checkNearDuplicateColumns({ name, headers, fields, indicators, excluded, ...named }),
    tell: (headers, fields) => {
      if (!onNotice) return;
      if (format === 'csv' || format === 'tsv' || format === 'xlsx')
        for (const hint of headerHints({ name, headers, fields, indicators, excluded, format, naming }))
          onNotice(hint);
      const defaults = defaultsNotice(name, fields, indicators, naming);
      if (defaults) onNotice(defaults);
    },
  };
}

/**
 * Whether a table's bytes, named in an encoding other than UTF-8 and valid UTF-8, are read as UTF-8 instead:
 * only when its header names no indicator as named and does read as UTF-8 (a service that always says gb18030,
 * developer-34 M1); told to `onNotice` then. Both paths ask it with their first text decoded both ways.
 *
 * @param format - the format named, else sniffed from `given`; only CSV and TSV are asked
 */
export async function preferUtf8Reading(
  given: string,
  asUtf8: string,
  format: TextInputFormat,
  name: string,
  options: TableReadOptions,
): Promise<boolean> {
  if (format !== 'csv' && format !== 'tsv') return false;
  const probe = { mapping: options.mapping, indicators: options.indicators, naming: options.naming ?? 'cli' };
  if (await headerGivesIndicator(given, format, name, probe)) return false;
  if (!(await headerGivesIndicator(asUtf8, format, name, probe))) return false;
  options.onNotice?.(readAsUtf8Instead(name, options.encoding!, options.naming));
  return true;
}

/**
 * A table's records from its header on, as gradeFile, the CLI and gradeSample read them: the header checked
 * and told of ({@link tableHeader}), UTF-8 read in another encoding told of or refused ({@link TableText}),
 * where the header seems to be when it names few indicators, then the kept columns chosen, columns neither
 * read nor kept that say a record's value checked, and a defaulted indicator's column empty in every record
 * told at the end.
 *
 * @param name - what to call the table in messages
 */
export async function readTable(
  table: TableText | TableWorkbook | TableParquet,
  name: string,
  options: TableReadOptions,
): Promise<TableRecords> {
  const read =
    table.kind === 'text'
      ? textRecords(table, name, options)
      : table.kind === 'xlsx'
        ? workbookRecords(table.xlsx, options)
        : parquetRecords(table, name, options);
  const { format, items } = read;
  // A header's columns: what a named kept column is checked against, not looked for in the rows (a Parquet
  // file's keep columns are looked for in its records, as JSON keys are). Filtered once, not per batch.
  const headed = format === 'csv' || format === 'tsv' || format === 'xlsx';
  let columnsOf: WrittenHeader | undefined;
  let fields: readonly string[] | undefined;
  const columns = () => {
    const header = read.header();
    if (header !== columnsOf) [columnsOf, fields] = [header, header?.fields.filter((f) => f !== '')];
    return fields;
  };
  // JSON records have no header: a named field is not looked for ahead, and one no record had is told at the end.
  const json = format === 'json' || format === 'ndjson';
  const keepOptions: KeepOptions = { json, ...options.keepAhead, written: read.header };
  if (headed) keepOptions.header = columns;
  if (options.onNotice) keepOptions.onNotice = options.onNotice;
  // Also with no kept column: a row of notes only (a sign-off line) is dropped there, and said so.
  const kept = await keepColumns(
    items,
    options.keep ?? 'none',
    options.indicators,
    options.naming,
    keepOptions,
  );
  // A column neither read nor kept whose cell says a defaulted indicator's value other than its default
  // (`机型` = 移动式), or a remark of the record's own stating a unit for an indicator (`制冷量单位 Btu/h`): that
  // record is invalid, not graded with the default or in the wrong unit. Once the kept columns are known.
  const checked = unreadValueColumns(kept.items, {
    indicators: options.indicators,
    // Only columns the user named are let be: one qgrade found (产品名称 = 移动空调) is still evidence (hostile-24 W11).
    kept: kept.chosen === 'named' ? kept.columns : [],
    header: read.header,
    ...(options.naming === undefined ? {} : { naming: options.naming }),
    remarkUnits: options.remarkUnitsBySide === undefined,
  });
  // A defaulted indicator's column empty in every record: its default stood in, said at the end. Empty batches left
  // out: one before the header is read would be taken for a header without columns.
  const defaulted =
    options.onNotice && headed
      ? emptyDefaultColumns(nonEmpty(checked), name, read.header, options.indicators, options.onNotice)
      : checked;
  // A `%` or `‰` column (a JSON field) of fractions of one (0.985 for 98.5 %) under limits above 1: said at the end,
  // values unchanged; an .xlsx column named by its letter, a JSON field by its name.
  const all = options.onNotice
    ? fractionColumns(
        nonEmpty(defaulted),
        name,
        read.header,
        options.indicators,
        options.onNotice,
        json ? 'field' : format === 'xlsx' ? 'letter' : 'column',
      )
    : defaulted;
  return {
    format,
    items: all,
    kept: { columns: kept.columns, chosen: kept.chosen },
    header: read.header,
    ...(headed ? { columns } : {}),
  };
}

// What a header read as a record is called in the message (hostile-37 C1).
const FIRST_LINE = { zh: '第一行', en: 'the first line' };
const FIRST_ROW = { zh: '表头行', en: 'the header row' };

/** A table's items and its header once read, before its kept columns are chosen. */
interface ReadItems {
  format: InputFormat;
  items: AsyncIterable<InputItem>;
  header: () => WrittenHeader | undefined;
}

function textRecords(table: TableText, name: string, options: TableReadOptions): ReadItems {
  const { format, first } = table;
  const { encoding, onNotice } = options;
  // The item reader's own options: the stage's are left out.
  const {
    keep,
    onNotice: _,
    encoding: __,
    keepAhead,
    remarkUnitsBySide,
    onHeaderFields,
    ...itemOptions
  } = options;
  // Developer-40 F1: JSON is UTF-8 (RFC 8259 §8.1) and its keys are ASCII either way; its Chinese values read in
  // another encoding would be graded as mojibake, as an ASCII header's cells would (below). Its first chunk is read.
  if ((format === 'json' || format === 'ndjson') && encoding !== undefined && table.utf8Misread())
    throw utf8MisreadError(name, encoding, options.naming, 'values');
  const header = tableHeader(options, name, format);
  let written: WrittenHeader | undefined;
  const records = recordItems(table.chunks, format, name, {
    ...itemOptions,
    onUnitsRow: (text) => onNotice?.(text),
    onHeaderNotice: (text) => onNotice?.(text),
    onHeader: (fields, headers) => {
      written = { cells: headers.map(trimCell), fields };
      onHeaderFields?.(fields);
      // Hostile-26 F2: UTF-8 read as GBK heads its columns in mojibake (`鍨嬪彿`), and every record is invalid.
      if (encoding !== undefined && !givesIndicator(fields, options.indicators) && table.looksUtf8())
        onNotice?.(utf8ReadAsOther(name, encoding, options.naming));
      // Hostile-35 W2: an ASCII header names indicators either way; the Chinese cells under it would be mojibake.
      else if (encoding !== undefined && table.utf8Misread())
        throw utf8MisreadError(name, encoding, options.naming);
      const record = recordAsHeaderError(
        name,
        FIRST_LINE,
        headers,
        fields,
        options.mapping,
        options.indicators,
      );
      if (record) throw record;
      header.check(headers, fields);
      header.tell(written.cells, fields);
      if (onNotice && headerFallsShort(fields, options.indicators)) {
        const hint = headerRowHintOf(first, format, name, headers, options);
        if (hint) onNotice(hint);
      }
    },
  });
  return { format, items: records, header: () => written };
}

/**
 * Where the header seems to be, when the line read as it names few indicators: the lines under it are in the
 * first chunk (16 KiB; a sample's whole text), so a title above the header shows there.
 */
function headerRowHintOf(
  first: string,
  format: TextInputFormat,
  name: string,
  headers: readonly string[],
  options: TableReadOptions,
): LocalizedText | undefined {
  if (format === 'json' || format === 'ndjson') return undefined;
  const delimiter = format === 'tsv' ? '\t' : ',';
  const rows = firstCsvRecords(first, delimiter, HEADER_ROW_HINT_ROWS + 1).map((r) => ({
    row: r.line,
    cells: r.cells,
  }));
  // Title lines above the header were skipped (`linesFromHeader`): the hint starts at the line read as the
  // header, not at the title, or it tells the user to delete a title that did no harm (newcomer-29 M2).
  const at = rows.findIndex((r) => sameCells(r.cells, headers));
  const { mapping, indicators } = options;
  return headerRowHint({
    name: { zh: name, en: name },
    rows,
    header: Math.max(at, 0),
    mapping,
    indicators,
    unit: 'line',
  });
}

/** Whether a line's cells are the header's, as read (trimmed). */
function sameCells(cells: readonly string[], header: readonly string[]): boolean {
  return cells.length === header.length && cells.every((c, i) => trimCell(c) === trimCell(header[i]!));
}

function workbookRecords(xlsx: XlsxSource, options: TableReadOptions): ReadItems {
  if (xlsx.header) {
    const { cells, fields } = xlsx.header;
    const record = recordAsHeaderError(
      xlsx.name,
      FIRST_ROW,
      cells,
      fields,
      options.mapping,
      options.indicators,
    );
    if (record) throw record;
    const header = tableHeader(options, xlsx.name, 'xlsx');
    header.check(xlsx.header.cells, xlsx.header.fields);
    header.tell(xlsx.header.cells, xlsx.header.fields);
  }
  // Where the header seems to be instead, and a row under it read as its units (the reader found them).
  for (const hint of xlsx.hints ?? []) options.onNotice?.(hint);
  for (const notice of xlsx.notices ?? []) options.onNotice?.(notice);
  const written: WrittenHeader | undefined = xlsx.header && {
    cells: xlsx.header.cells.map(trimCell),
    fields: xlsx.header.fields,
    // The columns whose formulas have no saved result: the sheet's own 总分 is then not checked, and says so.
    ...(xlsx.header.unsavedFormulas ? { unsavedFormulas: xlsx.header.unsavedFormulas } : {}),
  };
  return { format: 'xlsx', items: xlsx.items, header: () => written };
}

function parquetRecords(table: TableParquet, name: string, options: TableReadOptions): ReadItems {
  tableHeader(options, name, 'parquet').tell(table.header.cells, table.header.fields);
  return { format: 'parquet', items: table.items, header: () => table.header };
}

/** The batches of `items` that hold an item. */
function nonEmpty<T>(items: AsyncIterable<T>): Batched<T> {
  return batched(async function* () {
    for await (const batch of batchesOf(items)) if (batch.length > 0) yield batch;
  });
}
