// No Node built-ins here: the studio and qgrade/browser read workbooks the browser hands them.

import { InputError } from '../../errors/input-error';
import { systemReason } from '../../errors/system-reason';
import { UsageError } from '../../errors/usage-error';
import type { IndicatorInfo } from '../../resolve/rule-set';
import { type LocalizedText, localized } from '../../text/localized-text';
import { countText } from '../../text/number-text';
import { batched } from '../batched';
import { blankSpecimenCells, multiColumnFields, specimenColumnsAt } from '../blank-specimen-cells';
import { MappedColumnMissing } from '../check-column-mapping';
import { type ColumnMapping, resolveColumns } from '../column-mapping';
import { writtenCells, writtenColumnsAt } from '../column-value';
import { trimCell } from '../convert-value';
import { fieldColumns } from '../field-columns';
import type { FormulaReading } from '../formula-reading';
import { headerAgain } from '../header-again';
import { headerFallsShort, indicatorsNamed } from '../header-coverage';
import { HEADER_ROW_HINT_ROWS, headerRowHint, hintFirst } from '../header-row-hint';
import { HEADER_SEARCH_ROWS } from '../header-search-rows';
import { indicatorHeaders } from '../header-unit';
import type { CellsOf, InputItem, UnnamedCell, UnsavedFormulas } from '../input-item';
import { mappedWithUnit } from '../mapped-header-unit';
import { nominalMeasuredError } from '../nominal-measured';
import { isNoteText, NoteRows, valueFields } from '../note-rows';
import { numberedSpecimenHeaders } from '../numbered-specimens';
import type { OptionNaming } from '../option-naming';
import { otherHeader, otherHeaderError } from '../other-header';
import { isPageTitle } from '../page-title';
import { type BuiltRecord, markTexts, RecordFields, takeMarks } from '../record-fields';
import { withSpecimenCells } from '../specimen-cells-written';
import { specimenIndicator } from '../specimen-numbers';
import { specimenSpans, specimenSpansNotice } from '../specimen-spans';
import { headerUnits, unitColumn, unitStatement, unitStatementLine, unitStatementPair } from '../stated-unit';
import { titleUnit } from '../title-line';
import { checkTitleUnit } from '../title-unit';
import { unitBesideCheck } from '../unit-beside';
import { type AlsoReadBy, unitMismatchError } from '../unit-mismatch';
import { isKnownUnit, KnownUnits } from '../units';
import { bareUnitsLine, statedUnitLine, unitsRow, unitsRowNotice } from '../units-row';
import { type CellRange, cellAddress, columnLetters } from './cell-address';
import { clipMerges } from './clip-merges';
import { type CellReading, convertXlsxCell } from './convert-xlsx-cell';
import { fillMerged } from './fill-merged';
import { openWorkbook, type Workbook, type WorkbookSheet } from './open-workbook';
import { parseSheet, type SheetRow, TooManyCells, TooManyRows } from './parse-sheet';
import { otherSheetHint } from './sheet-hint';
import { sheetNameNotice } from './sheet-name-notice';
import { headingsAcross, rowTexts, twoRowHeader } from './two-row-header';
import { cellText, hasValue, writtenCellText, type XlsxCell } from './xlsx-cell';

/**
 * How large a workbook qgrade reads. An .xlsx file is a zip of XML that
 * must be read whole (the shared strings at least, and in practice the
 * sheet), so unlike CSV it cannot stream in flat memory; above these
 * limits, save the sheet as CSV.
 *
 * @example
 * const limits: XlsxLimits = { ...XLSX_LIMITS, maxRows: 10_000 };
 */
export interface XlsxLimits {
  /** Largest file, in bytes. */
  maxFileBytes: number;
  /** Most rows with cells in the sheet read (the header and blank rows included). */
  maxRows: number;
  /** Largest worksheet XML unpacked, in bytes (a guard against zip bombs). */
  maxSheetXmlBytes: number;
  /** Largest other part unpacked (shared strings, styles), in bytes. */
  maxPartBytes: number;
  /**
   * Most cells read in the sheet (those the XML writes, empty ones included); none by default. A wide sheet
   * costs memory by its cells, not its rows (16,384 columns × 200 rows took ~760 MB): a service that
   * reads uploads sets it to what it can hold.
   */
  maxCells: number;
  /**
   * Most strings in the workbook's shared string table (1,000,000 by default: ten for each of the 100,000 rows a
   * sheet may hold). Each costs memory whatever its text; the text itself is bounded by `maxPartBytes`.
   */
  maxSharedStrings: number;
}

/**
 * The limits `qgrade` reads workbooks with (`gradeFile`, `gradeSample`, the CLI), each replaced by the one of
 * that name an `xlsxLimits` option gives; see {@link XlsxLimits}. Frozen: a call lowers a limit in its own
 * options, never here for every later read.
 *
 * @example
 * XLSX_LIMITS.maxRows; // 100000; a service reading uploads lowers it per call: { xlsxLimits: { maxRows: 5_000 } }
 */
export const XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 100_000,
  maxSheetXmlBytes: 256 * 1024 * 1024,
  maxPartBytes: 128 * 1024 * 1024,
  maxCells: Number.POSITIVE_INFINITY,
  maxSharedStrings: 1_000_000,
});

/**
 * How to read a workbook.
 *
 * @example
 * const options: XlsxReadOptions = { mapping: new Map(), indicators: ruleSet.indicators, sheet: '样品' };
 */
export interface XlsxReadOptions {
  /** Column → field, from `--map` and `--map-file`. */
  mapping: ColumnMapping;
  /** The rule set's indicators: cells are converted by their types, and headers matched to their labels. */
  indicators: readonly IndicatorInfo[];
  /** The sheet: its name, or its 1-based position among the visible tabs (default: the first visible worksheet). */
  sheet?: string;
  /** Default {@link XLSX_LIMITS}. */
  limits?: Partial<XlsxLimits>;
  /** Characters a text cell may hold (default 1,048,576, as a CSV record): a longer one makes its row an error row. */
  maxRecordLength?: number;
  /** How messages name the mapping (default: as `--map`; `api` for `gradeFile`'s `options.map`). */
  naming?: OptionNaming;
  /**
   * Formula cells under an indicator that is not text: `refuse` them (default), or read the result the
   * file `saved`, as a cell holding that result ({@link convertXlsxCell}).
   */
  formulas?: FormulaReading;
  /** Other rule sets' indicators that read a field too (`qgrade compare`'s B): a unit the header or units row writes is checked against theirs as well. */
  alsoRead?: AlsoReadBy;
  /** Columns whose cells each record also carries as written (`written`), those read as an indicator: every `--tally-by` column, or the `--group-by` one. */
  writtenColumns?: readonly string[];
  /**
   * Every indicator's cells carried as written too (`written`; one column per specimen joined `33;34;35`) where the
   * file tells how they were written ({@link writtenCellText}: a text cell, a number under a format of fixed
   * decimals): an explanation then shows such a figure as the sheet has it (`33` under `0`, not `33.0`), as for a
   * CSV (studio-45 item 3).
   */
  writtenIndicators?: boolean;
  /**
   * Only the header is wanted (`qgrade compare` reads each rule set's header before the records): the first
   * {@link HEADER_ONLY_ROWS} rows with cells are read, and the items are those rows' only. A whole sheet of 50,000
   * rows read three times took compare 3 times the CPU and 7 times the memory of the same CSV (xlsx-committee-43).
   */
  headerOnly?: boolean;
}

/** Rows read for {@link XlsxReadOptions.headerOnly}: the header search's, its hints' and a first batch's, with room. */
export const HEADER_ONLY_ROWS = 1_000;

/**
 * A workbook's sheet being read, record by record.
 *
 * @example
 * const source = await readXlsx('samples.xlsx', { mapping: new Map(), indicators: ruleSet.indicators });
 * for await (const item of source.items) console.log(item.row);
 */
export interface XlsxSource {
  /** The file, for messages. */
  name: string;
  /** The sheet read. */
  sheet: string;
  /** Size of the file in bytes. */
  size: number;
  /** Records in the sheet (rows under the header that are not blank). */
  records: number;
  /**
   * Bytes "read" so far, for a progress bar: the file is read at once, so
   * this is the share of records handed out, scaled to the file's size.
   */
  bytesRead(): number;
  items: AsyncIterable<InputItem>;
  /**
   * The header row's cells (trimmed) and the field each gives; none when the sheet has no rows. With the
   * columns read as no indicator whose cells are formulas without a saved result ({@link unsavedFormulas}).
   */
  header?: { cells: string[]; fields: string[]; unsavedFormulas?: ReadonlyMap<number, UnsavedFormulas> };
  /**
   * For a header that falls short ({@link headerFallsShort}): where the header seems to be instead,
   * a later row ({@link headerRowHint}) or, with no `sheet` chosen, another sheet ({@link otherSheetHint}).
   */
  hints?: LocalizedText[];
  /**
   * What the reader made of the sheet that the user should know: a whole number `sheet` that named a sheet not at
   * that position ({@link sheetNameNotice}), the row under the header read as its units ({@link unitsRow}).
   */
  notices?: LocalizedText[];
}

/**
 * {@link readXlsx} for a workbook already in memory.
 *
 * @example
 * const source = readXlsxBytes(await readFile('samples.xlsx'), 'samples.xlsx', { mapping: new Map(), indicators });
 */
export function readXlsxBytes(bytes: Uint8Array, name: string, options: XlsxReadOptions): XlsxSource {
  const limits = { ...XLSX_LIMITS, ...options.limits };
  // A file's size is checked before it is read; bytes in memory (gradeSample) here.
  if (bytes.byteLength > limits.maxFileBytes) throw tooLarge(name, largerThan(limits.maxFileBytes));
  const workbook = openWorkbook(bytes, name, limits);
  const sheet = chooseSheet(workbook, options.sheet);
  let parsed: ReturnType<typeof parseSheet>;
  try {
    parsed = parseSheet(
      workbook.sheetXml(sheet),
      workbook,
      limits.maxRows,
      limits.maxCells,
      options.maxRecordLength,
      options.headerOnly ? HEADER_ONLY_ROWS : undefined,
    );
  } catch (error) {
    if (error instanceof TooManyRows) {
      const rows = countText(limits.maxRows);
      throw tooLarge(
        name,
        localized(
          `的工作表“${sheet.name}”超过 ${rows} 行`,
          `has more than ${rows} rows in sheet "${sheet.name}"`,
        ),
      );
    }
    if (error instanceof TooManyCells) {
      const cells = countText(limits.maxCells);
      throw tooLarge(
        name,
        localized(
          `的工作表“${sheet.name}”超过 ${cells} 个单元格`,
          `has more than ${cells} cells in sheet "${sheet.name}"`,
        ),
      );
    }
    if (error instanceof UsageError) throw error;
    const why = systemReason(error);
    throw new InputError(
      localized(
        `无法读取 ${name} 的工作表“${sheet.name}”：${why.zh}`,
        `the sheet "${sheet.name}" of ${name} cannot be read: ${why.en}`,
      ),
    );
  }
  const merges = clipMerges(parsed.rows, parsed.merges);
  const rows = fillMerged(parsed.rows, merges);
  const table = headerOrSheetHint(
    () => findHeader(rows, merges, options, name, sheet),
    workbook,
    sheet,
    options,
    limits,
  );
  const units = table && unitsUnder(rows, table, name, sheet, options.indicators, options.alsoRead);
  const pageBreaks =
    table && pageBreakRows(rows, table, name, sheet, options.indicators, options.alsoRead, options.mapping);
  const records = table ? rows.length - table.start - countBlank(rows, table) : 0;
  let handed = 0;
  const size = bytes.byteLength;
  const source: XlsxSource = {
    name,
    sheet: sheet.name,
    size,
    records,
    bytesRead: () => (records === 0 ? size : Math.round((size * handed) / records)),
    // In batches, as a CSV's chunks come: taken one item at a time, `--workers` sent each row to a thread as a
    // task of its own, ~0.2 ms each, three times one thread's CPU (hostile-39 S1).
    items: batched(async function* () {
      if (!table) return;
      const reading: CellReading = { formulas: options.formulas, naming: options.naming };
      const written = writtenColumnsAt(
        options.writtenColumns,
        table.cells,
        table.fields,
        (i) => !!table.columns[i] && !table.multiColumn.has(table.fields[i]!),
      );
      const keys = options.writtenColumns ?? [];
      const shown = options.writtenIndicators ? shownColumns(table, written, keys) : undefined;
      let batch: InputItem[] = [];
      for (const item of tableItems(rows, table, reading, written, pageBreaks!, keys, shown)) {
        handed++;
        batch.push(item);
        if (batch.length >= ITEMS_PER_BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    }),
  };
  if (table) {
    source.header = { cells: table.cells, fields: table.fields };
    const unsaved = unsavedFormulas(rows, table, pageBreaks!);
    if (unsaved) source.header.unsavedFormulas = unsaved;
  }
  // A whole number that named a sheet not at that position: which tab was read, said first (hostile-39 M1).
  const named =
    options.sheet === undefined
      ? undefined
      : sheetNameNotice(name, workbook.sheets, options.sheet, sheet, options.naming);
  const notices = [named, table?.spans, units].filter((n) => n !== undefined);
  if (notices.length > 0) source.notices = notices;
  // Only for a header every record would fail on: other sheets are read, once.
  if (headerFallsShort(table?.fields ?? [], options.indicators)) {
    const { mapping, indicators } = options;
    const hints: LocalizedText[] = [];
    const later = table && laterHeaderHint(rows, table, name, sheet, options);
    if (later) hints.push(later);
    if (options.sheet === undefined) {
      const given = table ? indicatorsNamed(table.cells, mapping, indicators).length : 0;
      const other = otherSheetHint(workbook, sheet, given, mapping, indicators, limits, false, !table);
      // Hostile-30 M4: nothing to grade here (an empty sheet, notes) and the data on another sheet: a run that
      // graded 0 records, or only notes read as records, would pass as a success; the wrong sheet is a usage error.
      if (other?.withRows && (given === 0 || records === 0)) throw new UsageError(other.text);
      if (other) hints.push(other.text);
    }
    if (hints.length > 0) source.hints = hints;
  } else if (table && records === 0 && options.sheet === undefined) {
    // Hostile-30 M4: a header and nothing under it (a template sheet first), the data on another sheet: stopped
    // as above, naming that sheet.
    const { mapping, indicators } = options;
    const given = indicatorsNamed(table.cells, mapping, indicators).length;
    const other = otherSheetHint(workbook, sheet, given, mapping, indicators, limits, true);
    if (other) throw new UsageError(other.text);
  }
  return source;
}

/**
 * The header found, or, when a mapped column is not on the sheet read and no `--sheet` was given, the error with
 * the sheet that has the columns and the `--sheet` to add (newcomer-33 M5: a 填表说明 sheet first, and a
 * `--map-file`, said only "has no column", where without the mapping the run named the sheet).
 */
function headerOrSheetHint<T>(
  find: () => T,
  workbook: Workbook,
  sheet: WorkbookSheet,
  options: XlsxReadOptions,
  limits: XlsxLimits,
): T {
  try {
    return find();
  } catch (error) {
    if (!(error instanceof MappedColumnMissing) || options.sheet !== undefined) throw error;
    const { mapping, indicators } = options;
    const other = otherSheetHint(workbook, sheet, 0, mapping, indicators, limits);
    if (!other) throw error;
    throw new MappedColumnMissing(
      localized(`${error.text.zh}。${other.text.zh}`, `${error.text.en}. ${other.text.en}`),
    );
  }
}

/**
 * The error for a workbook over a limit: it says to save the sheet as CSV, which streams. Code `input`: the data's
 * size, not the call (developer-35 M3).
 */
export function tooLarge(name: string, what: LocalizedText): InputError {
  return new InputError(
    localized(
      `${name} ${what.zh}，而 .xlsx 工作簿是整体读取的：请把工作表另存为 CSV（Excel 中选“CSV UTF-8”），它可以流式读取`,
      `${name} ${what.en}, and .xlsx workbooks are read whole: save the sheet as CSV (Excel: "CSV UTF-8"), which streams`,
    ),
  );
}

/** A size limit as {@link tooLarge} says it. */
export function largerThan(max: number): LocalizedText {
  return localized(`大于 ${mib(max)}`, `is larger than ${mib(max)}`);
}

/** Bytes as whole mebibytes for messages; a limit a service set below 1 MiB in KiB or bytes, never `0 MiB`. */
export function mib(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MiB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} B`;
}

/**
 * The sheet named — exactly as written (a name may have spaces around it),
 * then with the spaces trimmed, then ignoring case — else the n-th visible
 * tab; by default the first visible worksheet.
 *
 * @throws {@link UsageError} when no sheet is so named, or when a step finds two
 *   (`Data` for both "DATA" and "data"): a guess could read the wrong samples
 */
function chooseSheet(workbook: Workbook, wanted: string | undefined): WorkbookSheet {
  const visible = workbook.sheets.filter((s) => !s.hidden);
  // Hidden sheets are chosen by name only (numbers count the tabs one sees), so they are listed apart.
  const hidden = workbook.sheets.filter((s) => s.hidden);
  const list =
    visible.map((s, i) => `${i + 1} "${s.name}"`).join(', ') +
    (hidden.length ? `; hidden, by name only: ${hidden.map((s) => `"${s.name}"`).join(', ')}` : '');
  const listZh =
    visible.map((s, i) => `${i + 1}“${s.name}”`).join('、') +
    (hidden.length ? `；隐藏的工作表（只能按名称选择）：${hidden.map((s) => `“${s.name}”`).join('、')}` : '');
  let sheet: WorkbookSheet | undefined;
  if (wanted === undefined) sheet = visible.find((s) => s.worksheet);
  else {
    const w = wanted.trim();
    const lower = w.toLowerCase();
    const steps: ((name: string) => boolean)[] = [
      (name) => name === wanted,
      (name) => name === w,
      (name) => name.trim() === w,
      (name) => name.trim().toLowerCase() === lower,
    ];
    for (const matches of steps) {
      const found = workbook.sheets.filter((s) => matches(s.name));
      if (found.length > 1) {
        const names = found.map((s) => `"${s.name}"`).join(', ');
        const namesZh = found.map((s) => `“${s.name}”`).join('、');
        throw new UsageError(
          localized(
            `${workbook.name} 中有多个工作表与“${wanted}”相符（不区分大小写或首尾空格时）：${namesZh}；请按原样写出其中一个的名称`,
            `${workbook.name} has more than one sheet that "${wanted}" names when case or surrounding spaces are ignored: ${names}; give one of them exactly as written`,
          ),
        );
      }
      sheet = found[0];
      if (sheet) break;
    }
    if (!sheet && /^\d+$/.test(w)) sheet = visible[Number(w) - 1];
  }
  if (!sheet) {
    throw new UsageError(
      wanted === undefined
        ? localized(`${workbook.name} 中没有可读取的工作表`, `${workbook.name} has no worksheet to read`)
        : localized(
            `${workbook.name} 中没有工作表“${wanted}”；它的工作表有：${listZh || '（无）'}`,
            `${workbook.name} has no sheet "${wanted}"; its sheets: ${list || '(none)'}`,
          ),
    );
  }
  if (!sheet.worksheet) {
    throw new UsageError(
      localized(
        `${workbook.name} 的工作表“${sheet.name}”是图表工作表，没有单元格；它的工作表有：${listZh}`,
        `the sheet "${sheet.name}" of ${workbook.name} is a chart sheet, which holds no cells; its sheets: ${list}`,
      ),
    );
  }
  return sheet;
}

/** The header row (or rows) and what each column gives. */
interface Table {
  /** Index of the header's last row in the rows. */
  index: number;
  /** Index of the first row that may hold a record: below the header, and below its units row if it has one. */
  start: number;
  /** The header's cells, trimmed; `''` for a column with no header. For a two-row header, each column's name. */
  cells: string[];
  /** The field each column (0-based) gives; `''` for a column with no header. */
  fields: string[];
  /** The indicator each column gives, if any. */
  columns: (IndicatorInfo | undefined)[];
  /** Fields given by several columns (specimens, one column each). */
  multiColumn: Set<string>;
  /** The fields whose values make a row a record (see {@link valueFields}). */
  values: Set<string>;
  /** What the header's reading took for granted: empty header cells read as specimens ({@link specimenSpans}). */
  spans?: LocalizedText;
}

/** {@link headerRowHint} for the rows under a sheet's header (merged cells filled). */
function laterHeaderHint(
  rows: readonly SheetRow[],
  table: Pick<Table, 'index' | 'cells'>,
  name: string,
  sheet: WorkbookSheet,
  options: XlsxReadOptions,
): LocalizedText | undefined {
  const near: { row: number; cells: string[] }[] = [{ row: rows[table.index]!.row, cells: table.cells }];
  for (let i = table.index + 1; i < rows.length && near.length <= HEADER_ROW_HINT_ROWS; i++) {
    if (rows[i]!.cells.some(hasValue)) near.push({ row: rows[i]!.row, cells: rowTexts(rows[i]!) });
  }
  const where = localized(`${name} 的工作表“${sheet.name}”`, `${name}, sheet "${sheet.name}"`);
  const { mapping, indicators } = options;
  return headerRowHint({ name: where, rows: near, header: 0, mapping, indicators, unit: 'row' });
}

function findHeader(
  rows: readonly SheetRow[],
  merges: readonly CellRange[],
  options: XlsxReadOptions,
  name: string,
  sheet: WorkbookSheet,
): Table | undefined {
  const { mapping, indicators } = options;
  const names = new Set<string>();
  for (const ind of indicators)
    for (const n of [ind.name, ind.label.zh, ind.label.en]) names.add(trimCell(n));
  // A label or mapped column with a unit after it (`下屈服强度 ReL/MPa`) names its indicator too, whichever the unit.
  const withUnit = indicatorHeaders(indicators);
  const isName = (t: string) =>
    mapping.has(t) ||
    names.has(t) ||
    // A label written loosely too: `3天抗压强度`, `下屈服强度` (for `下屈服强度 ReL`).
    withUnit.label(t) !== undefined ||
    withUnit.clash(t) !== undefined ||
    withUnit.withUnit(t) !== undefined ||
    mappedWithUnit(t, mapping, withUnit) !== undefined;
  let first: number | undefined;
  let seen = 0;
  let found: number | undefined;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (!rows[i]!.cells.some((c) => !c.mergedFrom && hasValue(c))) continue;
    first ??= i;
    seen++;
    if (rowTexts(rows[i]!).some((t) => t !== '' && isName(t))) {
      found = i;
      break;
    }
  }
  found ??= first;
  if (found === undefined) return undefined;
  // Hostile-30 W3: an indicator's heading over a nominal and a measured column: which to grade is not guessed.
  for (const upper of [found, found - 1]) {
    const top = rows[upper];
    const below = rows[upper + 1];
    if (!top || !below || below.row !== top.row + 1) continue;
    const heads = rowTexts(top);
    const lows = rowTexts(below);
    const spans = headingsAcross(top, heads, lows.length, merges).map((m) => ({
      from: m.from.col,
      to: m.to.col,
    }));
    const error = nominalMeasuredError(heads, lows, spans, mapping, indicators, name, options.naming);
    if (error) throw error;
  }
  // A row of group headings merged across columns and the row naming the columns under them: one header.
  // An indicator that takes several specimens, merged across one column per specimen numbered 1, 2, 3 below it.
  const pair = twoRowHeader(
    rows,
    found,
    merges,
    isName,
    (t) => specimenIndicator(t, mapping, indicators),
    new KnownUnits(indicators),
  );
  const index = pair?.lower ?? found;
  // An indicator's heading over its specimens typed with empty cells after it, not merged (hostile-30 W1).
  // Specimens numbered after the indicator's name in one row (`透光率1(%) … 透光率5(%)`): read as it (newcomer-38 M5).
  const row = rowTexts(rows[index]!);
  const one = pair ? row : (numberedSpecimenHeaders(row, mapping, indicators) ?? row);
  const spans = pair ? undefined : specimenSpans(one, mapping, indicators, name);
  const cells = pair?.cells ?? spans?.cells ?? one;
  let fields: string[];
  try {
    fields = resolveColumns(cells, mapping, indicators, name, options.naming, options.alsoRead);
  } catch (error) {
    // Two columns give one field, and a later row seems to be the header: where the header is comes first.
    const hint = error instanceof UsageError && laterHeaderHint(rows, { index, cells }, name, sheet, options);
    const copied = rows[index]!.cells.filter((c) => c.mergedFrom && c.mergedFrom.col !== c.col);
    if (!hint) {
      // A heading merged across columns that names none (备注 over E1:F1) names its first column only, as in the
      // sheet saved as CSV; an indicator's over its specimens names each.
      // Hostile-30 W2: an indicator's heading merged over its value's column and a column of units (`Btu/h`): the
      // units column is read as one, headerless, and checked as a unit beside the indicator is.
      const first = cells.map((t, col) =>
        !pair && copied.some((c) => c.col === col) && (!isName(t) || unitsBelow(rows, index + 1, col))
          ? ''
          : t,
      );
      if (first.every((t, col) => t === cells[col])) throw error;
      return table(
        index,
        first,
        resolveColumns(first, mapping, indicators, name, options.naming),
        indicators,
        mapping,
      );
    }
    const own = cells.map((t, col) => (copied.some((c) => c.col === col) ? '' : t));
    // A heading merged across columns gives each its name: then the duplicate is only that, and the hint says it all.
    if (copied.length > 0 && !throws(() => resolveColumns(own, mapping, indicators, name, options.naming)))
      throw new UsageError(hint);
    throw new UsageError(hintFirst(hint, (error as UsageError).text));
  }
  const read = table(index, cells, fields, indicators, mapping);
  if (spans) read.spans = specimenSpansNotice(name, spans.spans);
  checkTitleRows(rows.slice(0, found), read, name, sheet, indicators);
  return read;
}

/**
 * A title row above the header that states the table's unit (`单位：kN`,
 * merged across the columns or not) is checked against the columns read,
 * as a CSV's title line is: a sheet in kN graded in MPa would be wrong in
 * every record.
 */
function checkTitleRows(
  above: readonly SheetRow[],
  read: Table,
  name: string,
  sheet: WorkbookSheet,
  indicators: readonly IndicatorInfo[],
): void {
  for (const row of above) {
    const own = row.cells.filter((c) => !c.mergedFrom && hasValue(c));
    const where = localized(
      `${name} 的工作表“${sheet.name}”第 ${row.row} 行`,
      `${name}, sheet "${sheet.name}" row ${row.row}`,
    );
    // Hostile-26 W1: a title with the unit in a cell of its own (A1 the title, D1 `单位：kW`): each stated unit.
    if (own.length > 1)
      for (const cell of own) {
        const unit = unitStatement(cellText(cell));
        if (unit !== undefined) checkTitleUnit(unit, where, read.cells, read.columns, indicators, cell.col);
      }
    if (own.length !== 1) continue;
    const unit = titleUnit([cellText(own[0]!)]);
    if (unit === undefined) continue;
    checkTitleUnit(unit, where, read.cells, read.columns, indicators, own[0]!.col);
  }
}

function table(
  index: number,
  cells: string[],
  fields: string[],
  indicators: readonly IndicatorInfo[],
  mapping: ColumnMapping,
): Table {
  const byName = new Map(indicators.map((i) => [i.name, i]));
  return {
    index,
    start: index + 1,
    cells,
    fields,
    columns: fields.map((f) => byName.get(f)),
    multiColumn: new Set(fields.filter((f, i) => f !== '' && fields.indexOf(f) !== i)),
    values: valueFields(indicators, mapping),
  };
}

/**
 * The row right under the header when it is the header's units
 * ({@link unitsRow}): records then start below it, and the notice saying so
 * is returned. A unit that is not its indicator's is a usage error.
 */
function unitsUnder(
  rows: readonly SheetRow[],
  table: Table,
  name: string,
  sheet: WorkbookSheet,
  indicators: readonly IndicatorInfo[],
  alsoRead: AlsoReadBy | undefined,
): LocalizedText | undefined {
  const below = rows[table.index + 1];
  if (!below || below.row !== rows[table.index]!.row + 1) return undefined;
  // A heading merged down over the units row (样品编号) is no cell of it.
  const texts: string[] = [];
  for (const c of below.cells) texts[c.col] = c.mergedFrom ? '' : cellText(c);
  const cells = Array.from(texts, (t) => t ?? '');
  const units = unitsRow(cells, table.cells, table.columns, indicatorHeaders(indicators).units, alsoRead);
  if (!units) return undefined;
  const where = localized(
    `工作表“${sheet.name}”第 ${below.row} 行`,
    `sheet "${sheet.name}" row ${below.row}`,
  );
  if (units.mismatches.length > 0) throw unitMismatchError(name, units.mismatches, where);
  table.start = table.index + 2;
  return unitsRowNotice(name, where, units);
}

/**
 * The rows of a page break that do not repeat a header row as written, by index in the rows: the header in
 * other words (`headerAgain`: its English labels), a one-cell row
 * right above a repeated header that reads as a title (`isPageTitle`: one that changed, `2025年空调能效抽检（续）`,
 * "continued"; its cell not under an indicator column) and the row right under a repeated header when it is a units row, its units compared
 * as the first units row's are (`Wh/Wh` for `W·h/(W·h)`; one not its indicator's is the same usage error).
 */
function pageBreakRows(
  rows: readonly SheetRow[],
  table: Table,
  name: string,
  sheet: WorkbookSheet,
  indicators: readonly IndicatorInfo[],
  alsoRead: AlsoReadBy | undefined,
  mapping: ColumnMapping,
): Map<number, boolean> {
  // By index: whether the row states the unit (`单位：W`, a units row) rather than repeating a header row.
  const out = new Map<number, boolean>();
  // The header again in other words (its English labels after a page break): a repeat of it, not a record.
  const again = headerAgain(indicators, mapping);
  const header = rowTexts(rows[table.index]!);
  // The header's rows (two or more cells with text; a title has one): a repeat of one starts a new page.
  const lines: string[][] = [];
  // The one-cell rows above it (the title): a page's title repeats or continues one (isPageTitle).
  const titles: string[][] = [];
  for (let i = 0; i <= table.index; i++) {
    const texts = rowTexts(rows[i]!);
    const filled = texts.filter((t) => t !== '').length;
    if (filled >= 2) lines.push(texts);
    else if (filled === 1) titles.push(texts);
  }
  const known = indicatorHeaders(indicators).units;
  // Hostile-26 W1: a column headed `单位` that gives no indicator states each row's unit: each checked once.
  const unitAt = unitColumn(table.cells, table.columns, new Set(indicators.map((i) => i.name)));
  const unitsChecked = new Set<string>();
  // Hostile-30 W2: a column beside an indicator column holding its unit, whatever its header (even none).
  const beside = unitBesideCheck(table.cells, table.columns, unitAt, indicators, name);
  const where = (i: number) =>
    localized(`工作表“${sheet.name}”第 ${rows[i]!.row} 行`, `sheet "${sheet.name}" row ${rows[i]!.row}`);
  // Hostile-26 W6: a header again whose columns differ from the first's stops the reading, as in a CSV.
  const otherAgain = otherHeader(indicators, mapping);
  // Hostile-27 W4: a header cell `单位：Btu/h` over a column of its own states the table's unit.
  for (const { unit, column } of headerUnits(table.cells, table.columns))
    checkTitleUnit(
      unit,
      where(table.index),
      table.cells,
      table.columns,
      indicators,
      column,
      localized(`表头单元格“${table.cells[column]}”`, `the header cell "${table.cells[column]}"`),
    );
  for (let i = table.start; i < rows.length; i++) {
    const texts = rowTexts(rows[i]!);
    const differ = otherAgain(texts, table.fields, table.cells, table.columns);
    if (differ)
      throw otherHeaderError(name, where(i), differ, (col) =>
        localized(`${columnLetters(col)} 列`, `column ${columnLetters(col)}`),
      );
    beside?.((col) => texts[col], where(i));
    const unitCell = unitAt >= 0 ? (texts[unitAt] ?? '') : '';
    if (unitCell !== '' && !unitsChecked.has(unitCell)) {
      unitsChecked.add(unitCell);
      const column = table.cells[unitAt] ?? '';
      checkTitleUnit(
        unitCell,
        where(i),
        table.cells,
        table.columns,
        indicators,
        unitAt,
        localized(`“${column}”列`, `the column "${column}"`),
      );
    }
    // A line `单位：kW` in mid-table: checked as a title's unit is (hostile-25 W9), then skipped as part of a header.
    const stated = statedUnitLine(texts);
    // Hostile-26 W1: a unit stated otherwise (`（制冷量单位：kW）`, `表1（续）（单位：kW）`) is checked too; the row is
    // then read as before (a page's title, a note).
    const other = stated === undefined ? unitStatementLine(texts) : undefined;
    if (other)
      checkTitleUnit(
        other.unit,
        where(i),
        table.cells,
        table.columns,
        indicators,
        other.column,
        localized('表中的单位行', 'a units line in the table'),
      );
    // Hostile-27 W4: a page's title with the unit in a cell of its own (`2025年抽检（续）`, …, `单位：Btu/h`).
    const pair = stated === undefined && other === undefined ? unitStatementPair(texts) : undefined;
    if (pair) {
      checkTitleUnit(
        pair.unit,
        where(i),
        table.cells,
        table.columns,
        indicators,
        pair.column,
        localized('表中的单位行', 'a units line in the table'),
      );
      out.set(i, true);
      continue;
    }
    if (stated !== undefined) {
      checkTitleUnit(
        stated,
        localized(`工作表“${sheet.name}”第 ${rows[i]!.row} 行`, `sheet "${sheet.name}" row ${rows[i]!.row}`),
        table.cells,
        table.columns,
        indicators,
        texts.findIndex((t) => t !== ''),
        localized('表中的单位行', 'a units line in the table'),
      );
      out.set(i, true);
      continue;
    }
    // A units row in mid-table with no header repeated above it (hostile-24 W12): checked as the first one was.
    if (bareUnitsLine(texts, table.columns)) {
      const units = unitsRow(texts, table.cells, table.columns, known, alsoRead);
      if (units && units.mismatches.length > 0)
        throw unitMismatchError(
          name,
          units.mismatches,
          localized(
            `工作表“${sheet.name}”第 ${rows[i]!.row} 行`,
            `sheet "${sheet.name}" row ${rows[i]!.row}`,
          ),
        );
      // Right under a repeated header it is that header's units row, already marked a repeat.
      if (units && !out.has(i)) out.set(i, true);
    }
    if (!lines.some((line) => sameTexts(texts, line))) {
      if (!again(texts, table.fields, table.values)) continue;
      out.set(i, false);
    }
    // The row above: one cell of its own, not under an indicator column.
    const above = rows[i - 1];
    if (above && i - 1 >= table.start && above.row === rows[i]!.row - 1) {
      const own = above.cells.filter((c) => !c.mergedFrom && hasValue(c));
      // A page mark (`第2页`) stays the note it is.
      const text = own.length === 1 ? trimCell(cellText(own[0]!)) : '';
      // Only one that reads as a title (hostile-24 W1): a sample with only its id (`S3`) there is a record.
      if (
        own.length === 1 &&
        !table.values.has(table.fields[own[0]!.col] ?? '') &&
        !isNoteText(text) &&
        isPageTitle(text, titles)
      )
        out.set(i - 1, false);
    }
    // The row below the header's last row: its units, if it is a units row.
    const below = rows[i + 1];
    if (!sameTexts(texts, header) || !below || below.row !== rows[i]!.row + 1) continue;
    const cells: string[] = [];
    for (const c of below.cells) cells[c.col] = c.mergedFrom ? '' : cellText(c);
    const units = unitsRow(
      Array.from(cells, (t) => t ?? ''),
      table.cells,
      table.columns,
      known,
      alsoRead,
    );
    if (!units) continue;
    if (units.mismatches.length > 0)
      throw unitMismatchError(
        name,
        units.mismatches,
        localized(`工作表“${sheet.name}”第 ${below.row} 行`, `sheet "${sheet.name}" row ${below.row}`),
      );
    out.set(i + 1, false);
  }
  return out;
}

function throws(f: () => unknown): boolean {
  try {
    f();
    return false;
  } catch {
    return true;
  }
}

/**
 * The columns read as no indicator (a sheet's own 总分, 评价等级) whose cells in the record rows are formulas
 * with no saved result, by column: a program that writes workbooks without calculating (a script,
 * write-excel-file) leaves the result out, and such a cell reads as empty, so a check of the column
 * against qgrade's results would find nothing to compare without a word. `undefined` when there are none.
 */
function unsavedFormulas(
  rows: readonly SheetRow[],
  table: Table,
  pageBreaks: ReadonlyMap<number, boolean>,
): Map<number, UnsavedFormulas> | undefined {
  let out: Map<number, UnsavedFormulas> | undefined;
  for (let i = table.start; i < rows.length; i++) {
    const row = rows[i]!;
    if (pageBreaks.has(i) || isBlank(row, table)) continue;
    for (const cell of row.cells) {
      if (!cell.uncalculated || cell.mergedFrom || table.columns[cell.col]) continue;
      if ((table.fields[cell.col] ?? '') === '') continue;
      out ??= new Map();
      const seen = out.get(cell.col);
      if (seen) seen.cells++;
      else out.set(cell.col, { cells: 1, first: { at: cellAddress(cell), formula: cell.formula ?? '' } });
    }
  }
  return out;
}

/** Whether a row has a value of its own under a header. */
function isBlank(row: SheetRow, table: Table): boolean {
  return !row.cells.some((c) => !c.mergedFrom && (table.fields[c.col] ?? '') !== '' && isFilled(c, table));
}

/**
 * Whether a cell gives its row something: a value, or under an indicator a formula with no saved result.
 * That formula is no value, but the row is no blank or notes row for it: the record is read, and says which
 * cell to calculate (a sheet written by a program that does not calculate), instead of being skipped.
 */
function isFilled(cell: XlsxCell, table: Table): boolean {
  return hasValue(cell) || (cell.uncalculated === true && table.columns[cell.col] !== undefined);
}

function countBlank(rows: readonly SheetRow[], table: Table): number {
  let n = 0;
  for (let i = table.start; i < rows.length; i++) if (isBlank(rows[i]!, table)) n++;
  return n;
}

/**
 * @param written - the columns whose cells the records carry as written (`written`)
 * @param pageBreaks - rows of a page break that repeat no header row as written ({@link pageBreakRows}), by index,
 *   `true` for a row stating the unit
 * @param keyColumns - the `--group-by` / `--tally-by` columns: a lot key before a summary word names no row
 */
/** The indicator columns whose cells {@link XlsxReadOptions.writtenIndicators} carries as written. */
interface ShownColumns {
  /** Columns read alone, not among `written` already (a `--tally-by` column keeps its text). */
  single: readonly number[];
  /** The columns of each field read from one column per specimen, but a `--tally-by` or `--group-by` one's. */
  specimens: ReadonlyMap<string, readonly number[]>;
}

function shownColumns(table: Table, written: readonly number[], keys: readonly string[]): ShownColumns {
  const single: number[] = [];
  for (let i = 0; i < table.fields.length; i++)
    if (table.columns[i] && !table.multiColumn.has(table.fields[i]!) && !written.includes(i)) single.push(i);
  // A key column's specimens keep the list's JSON text (`[33,34,35]`), as in every format.
  const keyed = new Set(table.fields.filter((f, i) => keys.includes(f) || keys.includes(table.cells[i]!)));
  const specimens = multiColumnFields(
    table.fields,
    table.columns,
    table.multiColumn,
    (_, f) => !keyed.has(f),
  );
  return { single, specimens };
}

/** `written` with a row's indicator cells as the lab wrote them, where the file tells ({@link writtenCellText}). */
function withShownCells(
  written: Record<string, string> | undefined,
  shown: ShownColumns,
  fields: readonly string[],
  row: SheetRow,
  record: Readonly<Record<string, unknown>>,
): Record<string, string> | undefined {
  const byColumn = new Map<number, XlsxCell>();
  for (const c of row.cells) byColumn.set(c.col, c);
  // '' where the form is not known: no written cell, and a field of specimens with one is not joined.
  const text = (col: number) => {
    const cell = byColumn.get(col);
    const written = cell && writtenCellText(cell);
    return written === undefined ? '' : trimCell(written);
  };
  const own = writtenCells(shown.single, fields, (col) => text(col) || undefined);
  const out = own ? { ...own, ...written } : written;
  return withSpecimenCells(out, shown.specimens, text, record);
}

/** Rows of a sheet handed on together: about what a 64 KiB chunk of a CSV holds, and a worker's batch. */
const ITEMS_PER_BATCH = 500;

function* tableItems(
  rows: readonly SheetRow[],
  table: Table,
  reading: CellReading,
  written: readonly number[],
  pageBreaks: ReadonlyMap<number, boolean>,
  keyColumns: readonly string[],
  shown?: ShownColumns,
): Generator<InputItem> {
  let record = 0;
  const notes = new NoteRows(
    table.values,
    table.fields,
    table.columns.filter((c) => c !== undefined),
    keyColumns,
  );
  // The rows read as the header or above it (a title, a group heading, the header, its units): a row under
  // it that repeats one is a page break.
  const lines: string[][] = [];
  for (let i = 0; i < table.start; i++) {
    const texts = rowTexts(rows[i]!);
    if (texts.some((t) => t !== '')) lines.push(texts);
  }
  // The letters of each column read as one indicator: a missing value there is told by its cell.
  const letters: Record<string, string> = {};
  const single: number[] = [];
  table.columns.forEach((indicator, col) => {
    const field = table.fields[col] ?? '';
    if (!indicator || field === '' || table.multiColumn.has(field)) return;
    letters[field] = columnLetters(col);
    single.push(col);
  });
  // A set of specimens short of values is told by its empty cells, as CSV tells them (committee-33 F5).
  const specimenAt = specimenColumnsAt(table.fields, table.columns, table.multiColumn);
  // Every indicator column's letters: a value out of range names its cell when its record becomes an error row.
  const columns = fieldColumns(table.fields, table.columns, columnLetters);
  for (let i = table.start; i < rows.length; i++) {
    const row = rows[i]!;
    if (isBlank(row, table)) continue;
    record++;
    // A numeral that is no number (kept as text) is its field's error, not the row's (developer-36 M1).
    const broken = row.cells.find(
      (c) => c.value.type === 'broken' && c.value.text === undefined && (table.fields[c.col] ?? '') !== '',
    );
    if (broken && broken.value.type === 'broken') {
      const why = broken.value.reason;
      const unreadable = localized(
        `工作表第 ${row.row} 行无法读取：${why.zh}`,
        `sheet row ${row.row} cannot be read: ${why.en}`,
      );
      // The row's other cells as text: a kept column (a sample id) still names the row.
      const texts = readableTexts(row, table);
      yield texts ? { row: record, unreadable, texts } : { row: record, unreadable };
      continue;
    }
    const own = row.cells
      .filter((c) => !c.mergedFrom && isFilled(c, table))
      .map((c) => table.fields[c.col] ?? '');
    const built = buildRecord(row, table, reading);
    const marks = takeMarks(built);
    // A row that repeats the header, or a row of it (a page break): skipped, and said so.
    const texts = rowTexts(row);
    const repeats =
      (table.cells.every((c, col) => (texts[col] ?? '') === c) && table.cells.some((c) => c !== '')) ||
      lines.some((line) => sameTexts(texts, line)) ||
      pageBreaks.has(i);
    const place = { sheetRow: row.row };
    const item: InputItem = { row: record, place, columns, ...notes.mark(built, own, place, repeats) };
    if (item.notesOnly?.header && pageBreaks.get(i) === true) item.notesOnly.units = true;
    // A row of notes merged across (填表人：…　审核人：…): the copies in its other columns are not its values, so
    // a kept column (--keep 企业名称) finds none there; merged over indicator columns, it is notes whatever it keeps.
    if (item.notesOnly && !item.notesOnly.header && !item.notesOnly.summary) {
      dropRowCopies(item.record as Record<string, unknown>, row, table, own);
      if (!item.notesOnly.valued && spansValues(row, table)) item.notesOnly.spanned = true;
      // Hostile-30 W5: a sample's values merged down over its rows (室内机 / 室外机 under one 样品编号): the rows below
      // the first are that one record's, whatever they keep (a model of their own, the merged sample id).
      else if (mergedDownValues(row, table)) item.notesOnly.spanned = true;
    }
    // As the sheet shows it (rowTexts: a merged cell's text in each of its columns, a boolean cell TRUE/FALSE).
    let cells = writtenCells(written, table.fields, (col) => texts[col] ?? '');
    if (shown && 'record' in item) cells = withShownCells(cells, shown, table.fields, row, built.record);
    if (cells) item.written = cells;
    // Cells under no header: not read, but looked at by value (a remark whose heading is merged into its neighbour's).
    const unnamed = unnamedCells(row, table);
    if (unnamed && 'record' in item) item.unnamed = unnamed;
    // Only a row with an empty cell under one: a full row travels to a worker as plain values.
    if ('record' in item && !item.notesOnly) {
      const cellsOf = emptyCells(row, item.record as Record<string, unknown>, single, specimenAt, letters);
      // A not-tested mark read as an empty cell: named with its cell if the value is then missing.
      if (marks) item.cellsOf = { ...(cellsOf ?? { sheetRow: row.row, letters }), marks: markTexts(marks) };
      else if (cellsOf) item.cellsOf = cellsOf;
    }
    yield item;
  }
}

/**
 * Where a record's empty cells are, for its messages: set when a column read as one indicator is empty, or a set of
 * specimen columns is short of values (its empty cells by letters); `undefined` for a full row, as most are.
 */
function emptyCells(
  row: SheetRow,
  record: Record<string, unknown>,
  single: readonly number[],
  specimenAt: ReadonlyMap<string, readonly number[]>,
  letters: Readonly<Record<string, string>>,
): CellsOf | undefined {
  if (single.length === 0 && specimenAt.size === 0) return undefined;
  const filled = new Set<number>();
  for (const c of row.cells) if (hasValue(c)) filled.add(c.col);
  const blank = blankSpecimenCells(record, specimenAt, (col) => !filled.has(col), columnLetters);
  if (blank) return { sheetRow: row.row, letters, blank };
  return single.some((col) => !filled.has(col)) ? { sheetRow: row.row, letters } : undefined;
}

/** Removes from a row's record the fields only a merged cell of the same row gives (copies across, not down). */
function dropRowCopies(
  record: Record<string, unknown>,
  row: SheetRow,
  table: Table,
  own: readonly string[],
): void {
  for (const cell of row.cells) {
    if (cell.mergedFrom?.row !== row.row) continue;
    const field = table.fields[cell.col] ?? '';
    if (field !== '' && !own.includes(field)) delete record[field];
  }
}

/** Whether a merged cell of a row spreads its text over an indicator (or mapped) column: a line across the table. */
function spansValues(row: SheetRow, table: Table): boolean {
  return row.cells.some((c) => c.mergedFrom?.row === row.row && table.values.has(table.fields[c.col] ?? ''));
}

/** Whether a column's cells, in the first rows from `start` that have one, are all units (`Btu/h`, `W`), at least one. */
function unitsBelow(rows: readonly SheetRow[], start: number, col: number): boolean {
  let seen = 0;
  for (let i = start; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    const cell = rows[i]!.cells.find((c) => c.col === col && !c.mergedFrom && hasValue(c));
    if (!cell) continue;
    if (!isKnownUnit(trimCell(cellText(cell)))) return false;
    seen++;
  }
  return seen > 0;
}

/** Whether a row's cells under indicator (or mapped) columns include a merged cell's copy from a row above. */
function mergedDownValues(row: SheetRow, table: Table): boolean {
  return row.cells.some(
    (c) =>
      c.mergedFrom !== undefined && c.mergedFrom.row < row.row && table.values.has(table.fields[c.col] ?? ''),
  );
}

/** Whether two rows' texts are the same, an empty cell past either's end as good as none. */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] ?? '') !== (b[i] ?? '')) return false;
  return true;
}

/** A row's cells, not blank, under no header (nor a merged cell's copy), or `undefined` when there are none. */
function unnamedCells(row: SheetRow, table: Table): UnnamedCell[] | undefined {
  let unnamed: UnnamedCell[] | undefined;
  for (const cell of row.cells) {
    if ((table.fields[cell.col] ?? '') !== '' || (table.cells[cell.col] ?? '') !== '') continue;
    if (cell.mergedFrom || unreadable(cell) || !hasValue(cell)) continue;
    const text = trimCell(cellText(cell));
    if (text === '') continue;
    unnamed ??= [];
    unnamed.push({ column: cell.col, text });
  }
  return unnamed;
}

/** Whether a cell has no text to read: broken, and not a numeral kept as its text. */
function unreadable(cell: XlsxCell): boolean {
  return cell.value.type === 'broken' && cell.value.text === undefined;
}

/** The text of a row's cells under a header, but for the ones that cannot be read. */
function readableTexts(row: SheetRow, table: Table): Record<string, string> | undefined {
  let texts: Record<string, string> | undefined;
  for (const cell of row.cells) {
    const field = table.fields[cell.col] ?? '';
    if (field === '' || field === '__proto__' || unreadable(cell) || !hasValue(cell)) continue;
    texts ??= {};
    texts[field] = trimCell(cellText(cell));
  }
  return texts;
}

/** A record from a row, as CSV builds one: fields in column order, specimens from several columns gathered. */
function buildRecord(row: SheetRow, table: Table, reading: CellReading): BuiltRecord {
  const record = new RecordFields();
  for (const cell of row.cells) {
    const field = table.fields[cell.col] ?? '';
    if (field === '') continue;
    const indicator = table.columns[cell.col];
    if (!indicator) {
      if (hasValue(cell)) record.text(field, cellText(cell));
      continue;
    }
    const converted = convertXlsxCell(cell, indicator, reading);
    if (converted) record.value(field, converted, table.multiColumn.has(field));
    // Not empty, yet read as empty: a not-tested mark (`—`, `/`, `未检`) under an indicator that need not be given.
    else if (hasValue(cell) && !table.multiColumn.has(field)) {
      const mark = trimCell(cellText(cell));
      if (mark !== '') record.marked(field, mark, cell.col);
    }
  }
  return record.finish();
}
