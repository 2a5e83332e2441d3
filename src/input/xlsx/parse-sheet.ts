import { Parser } from 'saxen';
import { InputError } from '../../errors/input-error';
import { UsageError } from '../../errors/usage-error';
import { type LocalizedText, localized } from '../../text/localized-text';
import { countText } from '../../text/number-text';
import { parseNumeral } from '../convert-value';
import { DEFAULT_MAX_RECORD_LENGTH } from '../input-item';
import { type CellPosition, type CellRange, cellAddress, parseCellRef, parseRange } from './cell-address';
import { formatForValue, type NumberFormatInfo } from './number-format';
import type { Workbook } from './open-workbook';
import { unescapeOoxml } from './unescape-ooxml';
import type { XlsxCell, XlsxValue } from './xlsx-cell';
import { localName } from './xml-events';

/**
 * One row of a worksheet, as the file stores it: only the cells it has.
 *
 * @example
 * const row: SheetRow = { row: 2, cells: [{ col: 0, row: 2, value: { type: 'text', text: 'KFR-35GW' }, date1904: false }] };
 */
export interface SheetRow {
  /** 1-based row number, as Excel shows it. */
  row: number;
  /** Its cells, left to right. */
  cells: XlsxCell[];
}

/**
 * A worksheet's rows and merged ranges.
 *
 * @example
 * const { rows, merges } = parseSheet(workbook.sheetXml(sheet), workbook, 100_000);
 */
export interface ParsedSheet {
  /** Rows that have cells, top to bottom. */
  rows: SheetRow[];
  /** Merged ranges (`<mergeCell ref="A1:C1">`). */
  merges: CellRange[];
}

/** Thrown (inside {@link parseSheet}) when a sheet has more rows with cells than the limit. */
export class TooManyRows extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows`);
  }
}

/** A sheet with more cells than the reader was asked to hold (see `XlsxLimits.maxCells`). */
export class TooManyCells extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} cells`);
  }
}

// The numerals a number cell holds: decimal, as Excel writes them (up to 17 significant digits).
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GENERAL: NumberFormatInfo = { kind: 'number', percentSigns: 0 };

/**
 * Reads a worksheet's XML into rows of typed cells: shared strings looked
 * up, numbers with what their format makes of them, formulas noted (with
 * the result the file saved), inline strings and rich text joined. A cell
 * the reader cannot make sense of becomes a `broken` value with the reason,
 * for its row to report. Rows whose cells are all empty are kept: the
 * caller decides what a blank row is.
 *
 * @param maxRows - rows with cells read at most; one more throws {@link TooManyRows}
 * @param maxCells - cells read at most; one more throws {@link TooManyCells}
 * @param maxText - characters a text cell holds at most, as a CSV record or an NDJSON line (`--max-record-length`,
 *   default 1,048,576); a longer one is `broken`, its row an error row
 * @param keepRows - rows with cells read at most, for a caller that wants only the top of the sheet (its header):
 *   the rows past them are passed over, not counted against `maxRows` or `maxCells`; the merged ranges are all read
 * @example
 * const sheet = parseSheet(workbook.sheetXml(workbook.sheets[0]!), workbook, 100_000);
 */
export function parseSheet(
  xml: string,
  workbook: Workbook,
  maxRows: number,
  maxCells = Number.POSITIVE_INFINITY,
  maxText = DEFAULT_MAX_RECORD_LENGTH,
  keepRows = Number.POSITIVE_INFINITY,
): ParsedSheet {
  const { sharedStrings, formats, date1904 } = workbook;
  const rows: SheetRow[] = [];
  const merges: CellRange[] = [];
  let cells = 0;
  let inSheetData = false;
  let row: SheetRow | undefined;
  let nextRow = 1;
  let nextCol = 0;
  // The cell being read.
  let position: CellPosition = { col: 0, row: 0 };
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  // Where text goes: the value, the formula, or an inline string's text; phonetic runs are skipped.
  let capture: 'v' | 'f' | 't' | undefined;
  let inPhonetic = false;
  // The cell's first `<v>` when it has a second (hostile-37 W1).
  let firstValue: string | undefined;
  // Each cell read and its value as written, by place, and each row by number: a place given twice (a repeated
  // `r`, a row or `<sheetData>` given again) holds two values, which one counts would be a guess (hostile-37 W1).
  const placed = new Map<number, { cell: XlsxCell; written: string }>();
  const byNumber = new Map<number, SheetRow>();
  let again = false;
  // Past `keepRows`: the rest of `<sheetData>` is passed over.
  let passing = false;

  const parser = new Parser();
  parser.on('openTag', (tag, attrs) => {
    const name = localName(tag);
    if (!inSheetData) {
      if (name === 'sheetData') inSheetData = true;
      else if (name === 'mergeCell') {
        const range = parseRange(attrs().ref ?? '');
        if (range) merges.push(range);
      }
      return;
    }
    if (passing) return;
    switch (name) {
      case 'row': {
        if (rows.length >= keepRows) {
          passing = true;
          row = undefined;
          return;
        }
        const r = Number(attrs().r);
        const number = Number.isInteger(r) && r > 0 ? r : nextRow;
        if (number > MAX_ROW) throw beyondSheet(workbook.name, `${number}`);
        const earlier = byNumber.get(number);
        again = earlier !== undefined;
        row = earlier ?? { row: number, cells: [] };
        nextRow = row.row + 1;
        nextCol = 0;
        break;
      }
      case 'c': {
        const a = attrs();
        const ref = a.r ? parseCellRef(a.r) : undefined;
        position = { col: ref?.col ?? nextCol, row: row?.row ?? ref?.row ?? nextRow };
        // Past column XFD: no program that writes .xlsx writes it; read on, such a file took seconds and GBs (S1).
        if (position.col >= MAX_COLUMNS) throw beyondSheet(workbook.name, cellAddress(position));
        nextCol = position.col + 1;
        type = a.t ?? 'n';
        style = Number(a.s ?? 0);
        value = undefined;
        formula = undefined;
        inline = undefined;
        firstValue = undefined;
        break;
      }
      case 'v':
        if (value !== undefined) firstValue = value;
        value = '';
        capture = 'v';
        break;
      case 'f':
        formula = '';
        capture = 'f';
        break;
      case 'is':
        inline = '';
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 't':
        if (inline !== undefined && !inPhonetic) capture = 't';
        break;
    }
  });
  parser.on('closeTag', (tag) => {
    const name = localName(tag);
    if (!inSheetData || (passing && name !== 'sheetData')) return;
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        capture = undefined;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'c': {
        if (!row) break;
        const read = tooLong(cellValue(), position, maxText);
        const written = read.type === 'text' ? read.text : (value ?? inline ?? '');
        const cell: XlsxCell = {
          col: position.col,
          row: row.row,
          value: firstValue === undefined ? read : givenTwice(position, firstValue, value ?? ''),
          date1904,
        };
        if (formula !== undefined) {
          cell.formula = formula;
          if (value === undefined) cell.uncalculated = true;
        }
        const empty = read.type === 'empty' && formula === undefined && firstValue === undefined;
        const place = row.row * MAX_COLUMNS + position.col;
        const earlier = placed.get(place);
        if (earlier) {
          // An empty cell (`<c r="D2" s="3"/>`, a format) holds no value of its own: the other one counts.
          if (empty) break;
          if (earlier.cell.value.type === 'empty' && earlier.cell.formula === undefined) {
            Object.assign(earlier.cell, cell);
            earlier.written = written;
          } else earlier.cell.value = givenTwice(position, earlier.written, written);
          break;
        }
        // An empty cell is stored only to mark its row as there (the caller decides what a blank row is): 200 rows
        // of 16,384 formatted empty cells took 441 MB (hostile-37 S1).
        if (empty && row.cells.length > 0) break;
        if (++cells > maxCells) throw new TooManyCells(maxCells);
        row.cells.push(cell);
        placed.set(place, { cell, written });
        break;
      }
      case 'row':
        if (row && row.cells.length > 0 && !again) {
          if (rows.length >= maxRows) throw new TooManyRows(maxRows);
          rows.push(row);
          byNumber.set(row.row, row);
        }
        row = undefined;
        break;
      case 'sheetData':
        inSheetData = false;
        break;
    }
  });
  const onText = (text: string) => {
    if (capture === 'v') value += text;
    else if (capture === 'f') formula += text;
    else if (capture === 't') inline += text;
  };
  parser.on('text', (text, decode) => {
    if (capture) onText(text.includes('&') ? decode(text) : text);
  });
  parser.on('cdata', (text) => {
    if (capture) onText(text);
  });
  parser.on('error', (error) => {
    throw error;
  });

  function cellValue(): XlsxValue {
    const at = () => cellAddress(position);
    switch (type) {
      case 's': {
        // Without the table no text cell can be read, the header first: the file, not a row, is broken.
        if (workbook.missingSharedStrings !== undefined) {
          const part = workbook.missingSharedStrings;
          throw new UsageError(
            localized(
              `无法读取 ${workbook.name}：单元格 ${at()} 指向共享字符串，而文件中没有共享字符串部件 ${part}（文件已损坏或未写完）；请在 Excel 或 WPS 中打开并另存，或另存为 CSV`,
              `${workbook.name} cannot be read: cell ${at()} points to a shared string, and the file has no shared-string part ${part} (it is damaged or was not written to the end); open it in Excel or WPS and save it again, or save it as CSV`,
            ),
          );
        }
        const text = value === undefined ? undefined : sharedStrings[Number(value)];
        if (text === undefined) {
          return {
            type: 'broken',
            reason: localized(
              `单元格 ${at()} 指向共享字符串 ${value ?? ''}，文件中没有该字符串`,
              `cell ${at()} points to shared string ${value ?? '(none)'}, which the file does not have`,
            ),
          };
        }
        return text === '' ? { type: 'empty' } : { type: 'text', text };
      }
      case 'inlineStr': {
        const text = unescapeOoxml(inline ?? value ?? '');
        return text === '' ? { type: 'empty' } : { type: 'text', text };
      }
      case 'str':
        return value ? { type: 'text', text: unescapeOoxml(value) } : { type: 'empty' };
      case 'b':
        if (value === '1' || value === 'true') return { type: 'boolean', value: true };
        if (value === '0' || value === 'false') return { type: 'boolean', value: false };
        return value === undefined ? { type: 'empty' } : broken(at(), value);
      case 'e':
        return { type: 'error', code: value ?? '#N/A' };
      case 'd':
        return value ? { type: 'date-text', text: value } : { type: 'empty' };
      case 'n': {
        if (value === undefined || value.trim() === '') return { type: 'empty' };
        // Number() also reads 0x10, 0b11, 0o7: a number cell takes the decimal numerals CSV takes.
        // A numeral that is no finite number keeps its text, which an indicator reads as CSV would (developer-36 M1).
        if (!DECIMAL.test(value.trim())) {
          const why = parseNumeral(value);
          if (typeof why !== 'number') return broken(at(), value, why, value);
        }
        const n = Number(value);
        if (!Number.isFinite(n)) {
          const why = parseNumeral(value);
          return broken(at(), value, typeof why === 'number' ? undefined : why, value);
        }
        return { type: 'number', value: n, format: formatForValue(formats[style] ?? GENERAL, n) };
      }
      default:
        return {
          type: 'broken',
          reason: localized(
            `单元格 ${at()} 的类型 "${type}" 无法识别`,
            `cell ${at()} has a type ("${type}") the reader does not know`,
          ),
        };
    }
  }

  parser.parse(xml);
  return { rows, merges };
}

/** Columns a sheet has at most (A to XFD), as Excel and the OOXML standard set them. */
const MAX_COLUMNS = 16_384;
/** Rows a sheet has at most. */
const MAX_ROW = 1_048_576;

/** The error for a cell or row past what a sheet can hold: no program writing .xlsx writes one (hostile-37 S1). */
function beyondSheet(name: string, at: string): InputError {
  return new InputError(
    localized(
      `无法读取 ${name}：其中的单元格或行 ${at} 超出了工作表的范围（最多 16384 列，即到 XFD 列，1048576 行），这样的文件不是 Excel 或 WPS 写的`,
      `${name} cannot be read: its cell or row ${at} lies past what a sheet holds (16,384 columns, to XFD, and 1,048,576 rows), which no program writing .xlsx writes`,
    ),
  );
}

/** A cell the file gives two values: which one counts would be a guess, so its row is an error row. */
function givenTwice(position: CellPosition, first: string, second: string): XlsxValue {
  const at = cellAddress(position);
  const [a, b] = [first, second].map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v));
  return {
    type: 'broken',
    reason: localized(`单元格 ${at} 给了两次：${a} 和 ${b}`, `cell ${at} is given twice: ${a} and ${b}`),
  };
}

/**
 * A text cell longer than a record may be, as `broken`: its row is an error row, as a CSV record or NDJSON line over
 * the limit is, where a 120 MiB sample id was read and printed whole (hostile-37 S1).
 */
function tooLong(read: XlsxValue, position: CellPosition, max: number): XlsxValue {
  if (read.type !== 'text' || read.text.length <= max) return read;
  const [length, limit] = [countText(read.text.length), countText(max)];
  const at = cellAddress(position);
  return {
    type: 'broken',
    reason: localized(
      `单元格 ${at} 的文本有 ${length} 个字符，超过一条记录的长度上限 ${limit}（--max-record-length）`,
      `cell ${at} holds ${length} characters of text, more than a record may (${limit}, --max-record-length)`,
    ),
  };
}

/** A cell that does not fit its type; `text`, for a number cell's numeral, is read as CSV reads it. */
function broken(at: string, value: string, why?: LocalizedText, text?: string): XlsxValue {
  const shown = JSON.stringify(value.slice(0, 40));
  return {
    type: 'broken',
    ...(text === undefined ? {} : { text }),
    reason: localized(
      `单元格 ${at} 的值 ${shown} 与其类型不符${why ? `：${why.zh}` : ''}`,
      `cell ${at} holds ${shown}, which does not fit its type${why ? `: it ${why.en}` : ''}`,
    ),
  };
}
