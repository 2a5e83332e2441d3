import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { blankSpecimenCells, multiColumnFields, specimenColumnsAt } from './blank-specimen-cells';
import { writtenCells, writtenColumnsAt } from './column-value';
import { type ConvertedCell, convertCell, trimCell } from './convert-value';
import { fieldColumns } from './field-columns';
import { headerAgain } from './header-again';
import { indicatorHeaders } from './header-unit';
import {
  type CellsOf,
  DEFAULT_MAX_RECORD_LENGTH,
  type FieldColumns,
  type InputItem,
  type UnnamedCell,
} from './input-item';
import type { ItemOptions } from './item-options';
import { isEndMark, isNoteText, isSignOff, NoteRows, sectionTitle } from './note-rows';
import { oneValueSpanCheck } from './one-value-spans';
import { otherHeader, otherHeaderError } from './other-header';
import { isPageTitle } from './page-title';
import { type BuiltRecord, type MarkedCell, markTexts, RecordFields, takeMarks } from './record-fields';
import { withSpecimenCells } from './specimen-cells-written';
import type { CsvProblem, CsvRecord } from './split-csv';
import { unitColumn, unitStatementLine, unitStatementPair } from './stated-unit';
import { checkTitleUnit } from './title-unit';
import { unitBesideCheck } from './unit-beside';
import { unitMismatchError } from './unit-mismatch';
import { bareUnitsLine, loneCell, statedUnitLine, unitsRow, unitsRowNotice } from './units-row';

/**
 * Reading the lines under a CSV/TSV header, once the header is read: what each
 * line is (a record, a row of notes, a page's repeated header or units, a line
 * that cannot be read), in order. What a line's reading needs of the header is
 * fixed when the header is read ({@link CsvBody.constructor}); what it needs of
 * the lines above it is held here, and only here: the row count, the one-cell
 * line held until the next comes ({@link CsvBody.held}), whether the line
 * before repeated the header's last line, the units row pending under the
 * header, and the note rows' reading ({@link NoteRows}: the records' running
 * statistics, the fullest record). A line whose reading needs none of these
 * reads the same wherever the reading starts.
 *
 * @example
 * const body = new CsvBody(cells, fields, lines, bottom, name, options, byName, values);
 * const items: InputItem[] = [];
 * for (const [at, record] of records.entries()) body.read(record, records[at + 1], items);
 * body.finish(items);
 */
export class CsvBody {
  /** The field each column gives ('' for none). */
  readonly fields: readonly string[];
  /** The header's cells, trimmed. */
  readonly headers: readonly string[];
  /** The indicator each column is read as, if any. */
  readonly columns: readonly (IndicatorInfo | undefined)[];
  /** Fields named by more than one column (one column per specimen). */
  readonly #multiColumn: ReadonlySet<string>;
  /** The columns of each field read from one column per specimen, 0-based, where a count or a value is needed. */
  readonly #specimenAt: ReadonlyMap<string, readonly number[]>;
  /** The columns of each field read as an indicator, by 1-based number: a value out of range names its cell. */
  readonly #fieldColumns: FieldColumns;
  /** The columns whose cells are carried as written (--tally-by, --group-by), those that are an indicator's. */
  readonly #writtenAt: number[];
  /** With `writtenIndicators`: the columns of each field read from one column per specimen, 0-based. */
  readonly #specimensWrittenAt: ReadonlyMap<string, readonly number[]> | undefined;
  /** The column headed `单位` that gives no indicator, if any (see unitColumn). */
  readonly #unitAt: number;
  /** The columns beside an indicator column that may hold its unit, whatever their header (see unitBesideCheck). */
  readonly #beside: ReturnType<typeof unitBesideCheck>;
  /** The columns with an empty header after a one-value indicator's heading (see oneValueSpanCheck). */
  readonly #oneValue: ReturnType<typeof oneValueSpanCheck>;
  /** The columns of an empty header, if any: their cells are carried as `unnamed`. */
  readonly #unnamedAt: number[] | undefined;
  /** The fields whose values make a row a record ({@link valueFields}). */
  readonly #values: ReadonlySet<string>;
  readonly #notes: NoteRows;
  /** The header again in other words (its English labels after a page break): a repeat of it, not a record. */
  readonly #again: ReturnType<typeof headerAgain>;
  /** A header again whose columns differ from the first's (see otherHeader). */
  readonly #other: ReturnType<typeof otherHeader>;
  /**
   * The lines read as the header (a title, a group heading, the header, its units), trimmed: a line under it
   * that repeats one is a page break. The reader's own list: the units row under the header joins it.
   */
  readonly #lines: (readonly string[])[];
  /** The header's last line, trimmed: the line under a repeat of it may be a page's units row. */
  readonly #bottom: readonly string[];
  readonly #name: string;
  readonly #options: ItemOptions;
  readonly #maxRecordLength: number;
  /** Hostile-26 W1: each unit the `单位` column holds, checked once. */
  readonly #unitsChecked = new Set<string>();
  #row = 0;
  /** The line right under the header, until it comes: it may be the header's units (see unitsRow). */
  #unitsPending = true;
  /** Whether the line before repeated the header's last line. */
  #underRepeat = false;
  /** A one-cell line held until the next comes: right above a repeated header, it is a page's title. */
  held: CsvRecord | undefined;

  /**
   * @param cells - the header's cells as read
   * @param fields - the field each gives ({@link resolveColumns})
   * @param lines - the lines read as the header, trimmed, this one included
   * @param bottom - the header's last line, trimmed
   * @param values - {@link valueFields} of the rule set and mapping
   */
  constructor(
    cells: readonly string[],
    fields: readonly string[],
    lines: (readonly string[])[],
    bottom: readonly string[],
    name: string,
    options: ItemOptions,
    byName: ReadonlyMap<string, IndicatorInfo>,
    values: ReadonlySet<string>,
  ) {
    this.fields = fields;
    this.#lines = lines;
    this.#bottom = bottom;
    this.#name = name;
    this.#options = options;
    this.#values = values;
    this.#maxRecordLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
    this.#again = headerAgain(options.indicators, options.mapping);
    this.#other = otherHeader(options.indicators, options.mapping);
    const columns = fields.map((f) => byName.get(f));
    this.columns = columns;
    const multiColumn = repeatedFields(fields);
    this.#multiColumn = multiColumn;
    const headers = cells.map(trimCell);
    this.headers = headers;
    const empty = headers.flatMap((h, i) => (h === '' && fields[i] === '' ? [i] : []));
    this.#unnamedAt = empty.length > 0 ? empty : undefined;
    this.#unitAt = unitColumn(headers, columns, byName);
    this.#beside = unitBesideCheck(headers, columns, this.#unitAt, options.indicators, name);
    this.#oneValue = oneValueSpanCheck(headers, columns, name);
    const single = (i: number) => columns[i] !== undefined && !multiColumn.has(fields[i]!);
    // A set of specimens short of values is told by its empty cells. A missing single value's cell is named from
    // the row's place and columns, once the grader says it is missing (finishItem).
    this.#specimenAt = specimenColumnsAt(fields, columns, multiColumn);
    this.#fieldColumns = fieldColumns(fields, columns, (i) => String(i + 1));
    const writtenAt = writtenColumnsAt(options.writtenColumns, headers, fields, single);
    if (options.writtenIndicators)
      for (let i = 0; i < fields.length; i++) if (single(i) && !writtenAt.includes(i)) writtenAt.push(i);
    this.#writtenAt = writtenAt;
    // Not a --tally-by or --group-by column: it keys its rows by the list's JSON text (`[33,34,35]`) in every format.
    const by = new Set(options.writtenColumns ?? []);
    const keyed = new Set(fields.filter((f, i) => by.has(f) || by.has(headers[i]!)));
    this.#specimensWrittenAt = options.writtenIndicators
      ? multiColumnFields(fields, columns, multiColumn, (_, field) => !keyed.has(field))
      : undefined;
    this.#notes = new NoteRows(values, fields, options.indicators, options.writtenColumns);
  }

  /**
   * The cells of a row that cannot be read as a record, read from the left up to the shorter of it and the header:
   * its text cells (`texts`, for kept columns) and those under a --group-by or --tally-by indicator column
   * (`written`): the row joins its own lot and is tallied by what it says, not by the row above (hostile-39 W1, M2).
   */
  #cellsOf(cells: readonly string[]): { texts: Record<string, string>; written?: Record<string, string> } {
    const { fields, columns } = this;
    return {
      texts: textCells(cells, fields, columns),
      ...writtenOf(writtenCells(this.#writtenAt, fields, (i) => shortCell(cells, i))),
    };
  }

  /**
   * Reads one line under the header into `items` (nothing while it is held, or when it is the header's units
   * row). `next`: the line after it, when the caller has it already (a one-cell line is then held for it).
   */
  read(record: CsvRecord | CsvProblem, next: CsvRecord | CsvProblem | undefined, items: InputItem[]): void {
    const { fields } = this;
    if (this.#unitsPending) {
      this.#unitsPending = false;
      if (!('problem' in record) && this.#isUnits(record)) {
        this.#lines.push(record.cells.map(trimCell));
        return;
      }
    }
    // A page's units row right under a repeated header, spelled another way (`Wh/Wh`): read as the first was.
    const under = this.#underRepeat;
    this.#underRepeat = !('problem' in record) && sameCells(record.cells, this.#bottom);
    if (under && !('problem' in record) && this.#isUnits(record, false)) {
      items.push({ row: ++this.#row, record: {}, notesOnly: { line: record.line, header: true } });
      return;
    }
    // A units row in mid-table with no header repeated above it (hostile-24 W12): checked as the first one was;
    // a line `单位：kW` there is checked as a title's unit is (hostile-25 W9).
    if (!('problem' in record) && this.#midTableUnit(record.cells, record.line)) {
      items.push({
        row: ++this.#row,
        record: {},
        notesOnly: { line: record.line, header: true, units: true },
      });
      return;
    }
    if (!('problem' in record) && bareUnitsLine(record.cells, this.columns) && this.#isUnits(record, false)) {
      items.push({
        row: ++this.#row,
        record: {},
        notesOnly: { line: record.line, header: true, units: true },
      });
      return;
    }
    if (this.held) {
      const title = this.held;
      this.held = undefined;
      // Right above a repeated header: a page's title, changed or not (`…（续）`, "continued"), if it reads as
      // one; a one-cell record there (`S3`) stays a record (hostile-24 W1). A page mark (`第2页`) stays a note.
      if (
        !('problem' in record) &&
        !loneNote(title.cells) &&
        titleLike(title.cells, this.#lines) &&
        (repeatsLine(record.cells, this.#lines.filter(isTableLine)) ||
          this.#again(record.cells, fields, this.#values))
      ) {
        items.push({ row: ++this.#row, record: {}, notesOnly: { line: title.line, header: true } });
      } else this.#readLine(title, items);
    }
    if (!('problem' in record) && oneCell(record.cells, fields, this.#values)) {
      // The next line is in this batch: looked at now. Else the line waits for the next batch only when it
      // reads as the sheet's title changed (`…（续）`): a co-process's one-cell row is answered at once.
      if (next !== undefined || titleLike(record.cells, this.#lines)) {
        this.held = record;
        return;
      }
    }
    this.#readLine(record, items);
  }

  /** The held one-cell line, read at the end of the input: no header comes after it. */
  finish(items: InputItem[]): void {
    const held = this.held;
    this.held = undefined;
    if (held) this.#readLine(held, items);
  }

  /** Whether a line is the header's units row (a unit that is not its indicator's is a usage error). */
  #isUnits(record: CsvRecord, tell = true): boolean {
    const { indicators, alsoRead } = this.#options;
    const units = unitsRow(
      record.cells,
      this.headers,
      this.columns,
      indicatorHeaders(indicators).units,
      alsoRead,
    );
    if (!units) return false;
    const where = localized(`第 ${record.line} 行`, `line ${record.line}`);
    if (units.mismatches.length > 0) throw unitMismatchError(this.#name, units.mismatches, where);
    if (tell) this.#options.onUnitsRow?.(unitsRowNotice(this.#name, where, units));
    return true;
  }

  /** Whether a line in mid-table states the unit of the rows under it (`单位：kW`); another unit is a usage error. */
  #midTableUnit(cells: readonly string[], line: number): boolean {
    const name = this.#name;
    const { headers, columns } = this;
    const { indicators } = this.#options;
    // A record row has more than one cell with text: out after one scan, not one per kind of units line.
    if (loneCell(cells) < 0) {
      // Hostile-27 W4: a page's title with the unit in a cell of its own (`2025年抽检（续）,,,单位：Btu/h`).
      const pair = unitStatementPair(cells);
      if (pair === undefined) return false;
      checkTitleUnit(
        pair.unit,
        localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
        headers,
        columns,
        indicators,
        pair.column,
        localized('表中的单位行', 'a units line in the table'),
      );
      return true;
    }
    const unit = statedUnitLine(cells);
    if (unit === undefined) {
      // Hostile-26 W1: a unit stated otherwise (`（制冷量单位：kW）`, `表1（续）（单位：kW）`) is checked too; the line
      // is then read as before (a page's title, a note).
      const other = unitStatementLine(cells);
      if (other)
        checkTitleUnit(
          other.unit,
          localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
          headers,
          columns,
          indicators,
          other.column,
          localized('表中的单位行', 'a units line in the table'),
        );
      return false;
    }
    checkTitleUnit(
      unit,
      localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
      headers,
      columns,
      indicators,
      cells.findIndex((c) => trimCell(c) !== ''),
      localized('表中的单位行', 'a units line in the table'),
    );
    return true;
  }

  // Hostile-26 W1: a column headed `单位` that gives no indicator states each row's unit; each unit it holds is
  // checked once, as a title's is.
  #checkUnitCell(cell: string, line: number): void {
    const unit = trimCell(cell);
    if (unit === '' || this.#unitsChecked.has(unit)) return;
    this.#unitsChecked.add(unit);
    const name = this.#name;
    const unitAt = this.#unitAt;
    checkTitleUnit(
      unit,
      localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
      this.headers,
      this.columns,
      this.#options.indicators,
      unitAt,
      localized(`“${this.headers[unitAt]}”列`, `the column "${this.headers[unitAt]}"`),
    );
  }

  // Hostile-26 W6: a header again whose columns differ from the first's (swapped, `额定制冷量 CC/kW`) stops the
  // reading, naming the line; a repeat that names the same indicators in the same columns and units reads as before.
  #checkOtherHeader(cells: readonly string[], line: number): void {
    const differ = this.#other(cells, this.fields, this.headers, this.columns);
    if (differ) throw otherHeaderError(this.#name, localized(`第 ${line} 行`, `line ${line}`), differ);
  }

  #repeatsHeader(cells: readonly string[]): boolean {
    return repeatsLine(cells, this.#lines) || this.#again(cells, this.fields, this.#values);
  }

  /** Reads one line under the header into `items`: a record, a row of notes, or a line that cannot be read. */
  #readLine(record: CsvRecord | CsvProblem, items: InputItem[]): void {
    const row = ++this.#row;
    const { fields, columns } = this;
    if ('problem' in record) {
      const unreadable = problemText(record, this.#maxRecordLength);
      const before = record.cells;
      // `L4,a4,"heat-pump…`: the cells before the quote name the row (its lot, its kept id), as a ragged row's do.
      if (before === undefined) items.push({ row, unreadable });
      else items.push({ row, unreadable, ...this.#cellsOf(before) });
      return;
    }
    const notes = this.#notes;
    const multiColumn = this.#multiColumn;
    const { cells } = record;
    // A summary line typed without the commas after it (`合计,2`): read as if padded to the header's width.
    if (cells.length < fields.length && notes.isShortSummary(cells)) {
      const padded = [...cells, ...Array.from({ length: fields.length - cells.length }, () => '')];
      const built = buildRecord(padded, fields, columns, multiColumn, record.line);
      takeMarks(built);
      const marked = notes.mark(built, Object.keys(built.record), { line: record.line });
      if (marked.notesOnly) {
        items.push({ row, ...marked });
        return;
      }
      // A lot's subtotal (`L1,合计,2`): notes if 合计 is under the kept sample ids (see keepColumns).
      if (marked.summaryUnder) {
        items.push({ row, place: { line: record.line }, columns: this.#fieldColumns, ...marked });
        return;
      }
    }
    // A closing line typed as one cell (`以下空白`, `第 1 页 共 3 页`, no commas after): notes, not a short row.
    if (cells.length !== fields.length && loneNote(cells)) {
      const text = cells.map(trimCell).find((c) => c !== '')!;
      const end = isEndMark(text) ? { end: text } : {};
      // A section's title (`二、出厂检验`) is named as one in the notice (committee-46).
      const section = sectionTitle(text);
      items.push({
        row,
        record: {},
        notesOnly: { line: record.line, ...end, ...(section === undefined ? {} : { section }) },
      });
      return;
    }
    // A sign-off typed without the commas after it (`检验员：张三,,审核：李四`): notes, not a short row (committee-35 M7).
    if (cells.length !== fields.length && signOffLine(cells)) {
      items.push({ row, record: {}, notesOnly: { line: record.line, valued: true, signOff: true } });
      return;
    }
    // A title line or group heading repeated after a page break, without the commas after it.
    if (cells.length !== fields.length && repeatsLine(cells, this.#lines)) {
      items.push({ row, record: {}, notesOnly: { line: record.line, header: true } });
      return;
    }
    if (cells.length !== fields.length) {
      items.push({
        row,
        unreadable: localized(
          `第 ${record.line} 行有 ${cells.length} 个单元格，表头有 ${fields.length} 个`,
          `line ${record.line} has ${cells.length} cell${cells.length === 1 ? '' : 's'}; the header has ${fields.length}`,
        ),
        ...this.#cellsOf(cells),
      });
      return;
    }
    if (this.#unitAt >= 0) this.#checkUnitCell(cells[this.#unitAt] ?? '', record.line);
    this.#beside?.((i) => cells[i], localized(`第 ${record.line} 行`, `line ${record.line}`));
    this.#oneValue?.((i) => cells[i], localized(`第 ${record.line} 行`, `line ${record.line}`));
    this.#checkOtherHeader(cells, record.line);
    const built = buildRecord(cells, fields, columns, multiColumn, record.line);
    const marks = takeMarks(built);
    const place = { line: record.line };
    const item: InputItem = {
      row,
      place,
      columns: this.#fieldColumns,
      ...notes.mark(built, Object.keys(built.record), place, this.#repeatsHeader(cells), cells),
    };
    let written = writtenCells(this.#writtenAt, fields, (i) => trimCell(cells[i] ?? ''));
    if (this.#specimensWrittenAt)
      written = withSpecimenCells(
        written,
        this.#specimensWrittenAt,
        (i) => trimCell(cells[i] ?? ''),
        built.record,
      );
    if (written) item.written = written;
    if ('record' in item && !item.notesOnly) {
      const cellsOf = this.#emptyCells(built.record, cells, record.line, marks);
      if (cellsOf) item.cellsOf = cellsOf;
    }
    // Cells under an empty header: not read, but looked at by value (a remark merged over two columns).
    if (this.#unnamedAt && 'record' in item) {
      const unnamed = unnamedCells(cells, this.#unnamedAt);
      if (unnamed) item.unnamed = unnamed;
    }
    items.push(item);
  }

  /**
   * Where a record's empty specimen cells are, when it is short of values, and its not-tested marks read as
   * empty cells, so the error names the line and columns as a conversion error does; `undefined` for a row
   * with neither, as most are.
   */
  #emptyCells(
    record: Record<string, unknown>,
    cells: readonly string[],
    line: number,
    marks: Record<string, MarkedCell> | undefined,
  ): CellsOf | undefined {
    const blank = blankSpecimenCells(
      record,
      this.#specimenAt,
      (i) => trimCell(cells[i] ?? '') === '',
      (i) => String(i + 1),
    );
    if (!marks) return blank ? { line, letters: NO_LETTERS, blank } : undefined;
    // A marked cell's column is named (`第 15 行第 4 列`) only if the grader then says its value is missing.
    const letters: Record<string, string> = Object.create(null);
    for (const [field, mark] of Object.entries(marks)) letters[field] = String(mark.column + 1);
    const texts = markTexts(marks);
    return blank ? { line, letters, blank, marks: texts } : { line, letters, marks: texts };
  }
}

/** A CSV row's single columns: named from its place and columns once a value is missing (see finishItem). */
const NO_LETTERS: Readonly<Record<string, string>> = Object.freeze({});

/** The cells, not blank, at the columns of an empty header (`at`), or `undefined` when there are none. */
function unnamedCells(cells: readonly string[], at: readonly number[]): UnnamedCell[] | undefined {
  let unnamed: UnnamedCell[] | undefined;
  for (const column of at) {
    const text = cells[column];
    if (text === undefined || trimCell(text) === '') continue;
    unnamed ??= [];
    unnamed.push({ column, text });
  }
  return unnamed;
}

function buildRecord(
  cells: readonly string[],
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  multiColumn: ReadonlySet<string>,
  line?: number,
): BuiltRecord {
  const record = new RecordFields();
  for (let i = 0; i < cells.length; i++) {
    const field = fields[i]!;
    if (field === '') continue;
    const indicator = columns[i];
    if (!indicator) {
      if (trimCell(cells[i]!) !== '') record.text(field, cells[i]!);
      continue;
    }
    const converted = convertCell(cells[i]!, indicator);
    if (converted)
      record.value(
        field,
        line === undefined ? converted : withPlace(converted, line, i),
        multiColumn.has(field),
      );
    // Not empty, yet read as empty: a not-tested mark (`—`, `/`, `未检`) under an indicator that need not be given.
    else if (cells[i] !== '' && !multiColumn.has(field)) {
      const mark = trimCell(cells[i]!);
      if (mark !== '') record.marked(field, mark, i);
    }
  }
  return record.finish();
}

/**
 * A conversion's error with its line and column named (`（第 9 行第 4 列）`), as an .xlsx one names its cell
 * (`（单元格 D9）`): the sheet's own 序号 need not be the record's number, so the line finds it (newcomer-29 M1).
 */
function withPlace(converted: ConvertedCell, line: number, index: number): ConvertedCell {
  if (!converted.error) return converted;
  const { message } = converted.error;
  const column = index + 1;
  return {
    value: converted.value,
    error: {
      ...converted.error,
      message: localized(
        `${message.zh}（第 ${line} 行第 ${column} 列）`,
        `${message.en} (line ${line}, column ${column})`,
      ),
    },
  };
}

/** The text cells (not under an indicator) of a row whose cell count is not the header's, up to the shorter. */
function textCells(
  cells: readonly string[],
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
): Record<string, string> {
  const texts: Record<string, string> = Object.create(null);
  for (let i = 0; i < Math.min(cells.length, fields.length); i++) {
    const field = fields[i]!;
    if (field !== '' && !columns[i] && !Object.hasOwn(texts, field)) texts[field] = cells[i]!;
  }
  return texts;
}

/** A cell of a row whose cell count is not the header's, trimmed, at a column both have; `undefined` past the shorter. */
function shortCell(cells: readonly string[], i: number): string | undefined {
  return i < cells.length ? trimCell(cells[i]!) : undefined;
}

/** `{ written }`, or nothing when there are no such cells. */
function writtenOf(written: Record<string, string> | undefined): { written?: Record<string, string> } {
  return written ? { written } : {};
}

/**
 * Why a CSV line cannot be read, in both languages.
 *
 * @example
 * problemText({ line: 7, problem: 'unclosed-quote' }, 100_000).en; // 'line 7 cannot be read: a quoted cell is never closed'
 */
export function problemText(p: CsvProblem, maxLength: number): LocalizedText {
  switch (p.problem) {
    case 'text-after-quote':
      return localized(
        `第 ${p.line} 行无法读取：引号括起的单元格在结束引号后还有文字`,
        `line ${p.line} cannot be read: text follows the closing quote of a quoted cell`,
      );
    case 'unclosed-quote':
      return localized(
        `第 ${p.line} 行无法读取：引号括起的单元格没有结束引号`,
        `line ${p.line} cannot be read: a quoted cell is never closed`,
      );
    default:
      return tooLong(p.line, maxLength);
  }
}

/**
 * A line or record longer than the limit, in both languages.
 *
 * @example
 * tooLong(3, 1000).en; // 'line 3 cannot be read: it is longer than the limit of 1,000 characters'
 */
export function tooLong(line: number, maxLength: number): LocalizedText {
  const n = countText(maxLength);
  return localized(
    `第 ${line} 行超过 ${n} 个字符的上限，无法读取`,
    `line ${line} cannot be read: it is longer than the limit of ${n} characters`,
  );
}

/** Whether a line's only cell with text is a note's ({@link isNoteText}: an end or page mark, a sign-off). */
function loneNote(cells: readonly string[]): boolean {
  const filled = cells.map(trimCell).filter((c) => c !== '');
  return filled.length === 1 && isNoteText(filled[0]!);
}

/** Whether every cell with text of a line is a sign-off ({@link isSignOff}: `检验员：张三`, `审核：李四`). */
function signOffLine(cells: readonly string[]): boolean {
  const filled = cells.map(trimCell).filter((c) => c !== '');
  return filled.length > 0 && filled.every(isSignOff);
}

/** A line of the header with two or more cells with text (not a title): a repeat of one starts a page. */
function isTableLine(line: readonly string[]): boolean {
  return line.filter((c) => c !== '').length >= 2;
}

/** Whether a one-cell line reads as the sheet's title or a continued one ({@link isPageTitle}). */
function titleLike(cells: readonly string[], lines: readonly (readonly string[])[]): boolean {
  return isPageTitle(cells.map(trimCell).find((c) => c !== '') ?? '', lines);
}

/** Whether a line has one cell with text, and that not under an indicator or mapped column (a title, not a value). */
function oneCell(cells: readonly string[], fields: readonly string[], values: ReadonlySet<string>): boolean {
  let at = -1;
  for (let i = 0; i < cells.length; i++) {
    if (trimCell(cells[i]!) === '') continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && !values.has(fields[at] ?? '');
}

/** Whether a row repeats a line of the header as read (a page break in a sheet printed to CSV). */
function repeatsLine(cells: readonly string[], lines: readonly (readonly string[])[]): boolean {
  for (const line of lines) if (sameCells(cells, line)) return true;
  return false;
}

/** Whether a row's cells, trimmed, are a header line's (one with text), ignoring empty cells past either's end. */
function sameCells(cells: readonly string[], line: readonly string[]): boolean {
  const n = Math.max(cells.length, line.length);
  for (let i = 0; i < n; i++) if (trimCell(cells[i] ?? '') !== (line[i] ?? '')) return false;
  return line.some((h) => h !== '');
}

/** Fields named by more than one column (one column per specimen), in one pass over a header of any width. */
function repeatedFields(fields: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const f of fields) {
    if (f === '') continue;
    if (seen.has(f)) repeated.add(f);
    else seen.add(f);
  }
  return repeated;
}
