import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import { columnWidth } from './column-width';
import { sheetName, spreadsheetText } from './spreadsheet-text';

/**
 * A number written whole but shown to a format (`0.00`): a score kept to its last digit in the cell, shown
 * as the explanation shows it.
 */
export interface ShownNumber {
  value: number;
  /** An Excel number format: `0`, `0.00`, `0.000`. */
  format: string;
  /** The text the format shows, for the column's width. */
  text: string;
}

/** A cell qgrade writes: text, a number (optionally shown to a format), or nothing. */
export type SheetCell = string | number | ShownNumber | null;

/**
 * One sheet to write: a header row and rows under it.
 *
 * @example
 * const sheet: SheetSpec = { name: '汇总', header: ['项目', '记录数'], rows: [['1级', 3]] };
 */
export interface SheetSpec {
  /** The tab's name (made acceptable to Excel: see {@link sheetName}). */
  name: string;
  /** Column headings, written bold on a grey fill, in a row that stays in view (frozen). */
  header: readonly string[];
  rows: readonly (readonly SheetCell[])[];
  /** Columns kept in view when scrolling right (frozen), besides the header row; default 0. */
  frozenColumns?: number;
}

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#E7E6E6' } as const;

/**
 * Writes sheets into an .xlsx workbook with write-excel-file: each with its
 * header row bold and frozen, and each column as wide as its widest text
 * (Chinese characters counting double). Text is cleaned of characters XML
 * cannot hold and cut to Excel's 32,767 characters; text is always written
 * as text (a kept value `=1+1` stays text, never a formula).
 *
 * @returns the workbook's bytes
 * @example
 * const bytes = await writeWorkbook([{ name: 'Results', header: ['row', 'grade'], rows: [[1, '2']] }]);
 */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const used = new Set<string>();
  const out: Sheet<never>[] = sheets.map((spec) => {
    const width = spec.header.length;
    const data: Cell[][] = [spec.header.map((h) => ({ value: spreadsheetText(h), ...HEADER_STYLE }))];
    for (const row of spec.rows) {
      const cells: Cell[] = new Array(width);
      for (let i = 0; i < width; i++) {
        const v = row[i];
        // Plain values: write-excel-file writes a string as text and a number as a number.
        cells[i] =
          typeof v === 'string'
            ? v === ''
              ? null
              : spreadsheetText(v)
            : typeof v === 'number'
              ? Number.isFinite(v)
                ? v
                : null
              : v !== null && v !== undefined && Number.isFinite(v.value)
                ? { value: v.value, format: v.format }
                : null;
      }
      data.push(cells);
    }
    const columns = spec.header.map((h, i) => ({
      width: columnWidth([h, ...spec.rows.map((r) => shownText(r[i]))]),
    }));
    const sheet: Sheet<never> = {
      data,
      sheet: uniqueName(sheetName(spec.name), used),
      columns,
      stickyRowsCount: 1,
    };
    if (spec.frozenColumns) sheet.stickyColumnsCount = spec.frozenColumns;
    return sheet;
  });
  return (await writeXlsxFile(out).toBuffer()) as Buffer;
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate =
      Array.from(name)
        .slice(0, 31 - suffix.length)
        .join('')
        .trimEnd() + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

function shownText(cell: SheetCell | undefined): string | number | null | undefined {
  return typeof cell === 'object' && cell !== null ? cell.text : cell;
}

/**
 * A number shown as `text` (`89.63`) shows: the same count of decimals.
 *
 * @example
 * shownNumber(89.626666, '89.63') // { value: 89.626666, format: '0.00', text: '89.63' }
 */
export function shownNumber(value: number, text: string): ShownNumber {
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return { value, format: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0', text };
}
