import { decimalFromNumber, formatDecimal } from '../../rounding/decimal';
import { roundDecimal } from '../../rounding/gbt8170';
import type { LocalizedText } from '../../text/localized-text';
import type { CellPosition } from './cell-address';
import { excelDateText } from './excel-date';
import { formatForValue, type NumberFormatInfo } from './number-format';

/**
 * What a worksheet cell holds, by the cell's type in the file (`t`
 * attribute) and, for numbers, its number format.
 *
 * @example
 * const value: XlsxValue = { type: 'number', value: 0.0523, format: { kind: 'percent', percentSigns: 1 } };
 */
export type XlsxValue =
  /** A string: shared, inline, or the text result of a formula. */
  | { type: 'text'; text: string }
  /** A number, with what its format makes of it (a plain number, a percentage, a date). */
  | { type: 'number'; value: number; format: NumberFormatInfo }
  | { type: 'boolean'; value: boolean }
  /** An error value such as `#DIV/0!` or `#N/A`. */
  | { type: 'error'; code: string }
  /** A date stored as ISO 8601 text (`t="d"`), as some programs write them. */
  | { type: 'date-text'; text: string }
  /** No value (or a formula whose saved result is empty). */
  | { type: 'empty' }
  /**
   * A cell the reader cannot make sense of (a shared string the file does not have, …). A number cell whose
   * numeral is no finite number (`1E+400`, `Infinity`) keeps it as `text`: read as CSV reads that text, a field
   * error under an indicator (developer-36 M1), not a row that cannot be read.
   */
  | { type: 'broken'; reason: LocalizedText; text?: string };

/**
 * One cell of a worksheet.
 *
 * @example
 * const cell: XlsxCell = { col: 3, row: 7, value: { type: 'text', text: '4.62' } };
 */
export interface XlsxCell extends CellPosition {
  value: XlsxValue;
  /** The formula (without `=`; `''` for a shared formula given elsewhere), when the cell holds one. */
  formula?: string;
  /** Whether a formula's result was saved in the file (programs that write files without calculating leave it out). */
  uncalculated?: boolean;
  /** For a cell covered by a merged range: the range's first cell, which holds the value. */
  mergedFrom?: CellPosition;
  /** Whether the workbook counts dates from 1904. */
  date1904: boolean;
}

/**
 * The number a cell holds, at Excel's precision: 15 significant digits, as
 * Excel shows and calculates it (the file may store a 17-digit binary
 * approximation, e.g. `0.30000000000000004`).
 *
 * @example
 * excelNumber(0.30000000000000004); // 0.3
 */
export function excelNumber(value: number): number {
  // Most cells hold a number of 15 digits or fewer, which toPrecision (slow: a third of a wide sheet's reading,
  // developer-36 S1) would give back unchanged: its shortest text has at most as many digits as characters.
  return isShort(String(value)) ? value : Number(value.toPrecision(15));
}

/** Whether a number's shortest text has at most 15 characters and no exponent: 15 digits at most, kept as they are. */
function isShort(text: string): boolean {
  return text.length <= 15 && !text.includes('e');
}

/**
 * A number as decimal text at Excel's precision.
 *
 * @example
 * excelNumberText(4.62); // '4.62'
 */
export function excelNumberText(value: number): string {
  const text = String(value);
  return isShort(text) ? text : String(Number(value.toPrecision(15)));
}

/**
 * The number a percentage cell stands for: its value times 100 for each `%`
 * sign, computed on the decimal digits so 0.0523 gives exactly 5.23 (its
 * format may show fewer digits: {@link percentDisplayed}).
 *
 * @example
 * percentShown(0.0523, 1); // 5.23
 */
export function percentShown(value: number, percentSigns: number): number {
  const [mantissa, exponent = '0'] = excelNumberText(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + 2 * percentSigns}`);
}

/**
 * The figure a percentage cell displays, rounded to its format's digits after the point as Excel rounds (half away
 * from zero): 0.0462 under `0%` displays `5`, under `0.0%` `4.6`. `undefined` when the format's digits are unknown.
 *
 * @example
 * percentDisplayed(0.0462, { kind: 'percent', percentSigns: 1, decimals: 0 }); // '5'
 */
export function percentDisplayed(value: number, format: NumberFormatInfo): string | undefined {
  const { decimals } = format;
  if (decimals === undefined) return undefined;
  const shown = decimalFromNumber(percentShown(value, format.percentSigns));
  const place = { unit: 1 as const, exponent: -decimals, decimals, text: `1e-${decimals}` };
  return formatDecimal(roundDecimal(shown, place, 'up'), decimals);
}

/**
 * A cell as text: what a column that names no indicator, or a text
 * indicator, gets. Numbers at Excel's precision (not in the cell's display
 * format), percentages as the stored number × 100 followed by `%`, dates as ISO
 * 8601, booleans as `TRUE`/`FALSE`, errors as their code.
 *
 * @example
 * cellText({ col: 0, row: 2, value: { type: 'boolean', value: true }, date1904: false }); // 'TRUE'
 */
export function cellText(cell: XlsxCell): string {
  const v = cell.value;
  switch (v.type) {
    case 'text':
    case 'date-text':
      return v.text;
    case 'number':
      if (v.format.kind === 'percent') return `${percentShown(v.value, v.format.percentSigns)}%`;
      if (v.format.kind === 'date') return excelDateText(v.value, cell.date1904);
      return excelNumberText(v.value);
    case 'boolean':
      return v.value ? 'TRUE' : 'FALSE';
    case 'error':
      return v.code;
    case 'broken':
      return v.text ?? '';
    default:
      return '';
  }
}

/**
 * A cell as the lab wrote it, where the file tells: a text cell's text; a number under a format that fixes its
 * decimals, with them (33 under `0.0` is `33.0`, as the sheet shows it and a CSV saved from it writes it; studio-45
 * item 3). `undefined` for a number under General: Excel shows 22.0 typed there as 22, so its form is not known and
 * an explanation shows it with its limit's decimals (committee-40 M3).
 *
 * @example
 * writtenCellText({ col: 0, row: 2, value: { type: 'number', value: 33, format: numberFormatInfo(164, '0.0') }, date1904: false }); // '33.0'
 */
export function writtenCellText(cell: XlsxCell): string | undefined {
  const v = cell.value;
  if (v.type === 'text') return v.text;
  if (v.type !== 'number' || !Number.isFinite(v.value) || Math.abs(v.value) >= 1e15) return undefined;
  const format = formatForValue(v.format, v.value);
  return format.kind === 'number' && format.places !== undefined && format.places <= 20
    ? excelNumber(v.value).toFixed(format.places)
    : undefined;
}

/**
 * Whether a cell has a value to read: not empty, and not text made of spaces only.
 *
 * @example
 * hasValue({ col: 0, row: 2, value: { type: 'text', text: '  ' }, date1904: false }); // false
 */
export function hasValue(cell: XlsxCell): boolean {
  const v = cell.value;
  if (v.type === 'empty') return false;
  if (v.type === 'text') return !/^[\s\u3000]*$/.test(v.text);
  return true;
}
