/**
 * A1-style cell references: column letters ↔ 0-based indexes, and ranges
 * such as `A1:C3` (merged cells).
 */

/** A cell's position: 0-based column, 1-based row (as the sheet numbers rows). */
export interface CellPosition {
  /** 0-based column: A is 0. */
  col: number;
  /** 1-based row, as Excel shows it. */
  row: number;
}

/** A rectangle of cells, corners included. */
export interface CellRange {
  from: CellPosition;
  to: CellPosition;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The column letters of a 0-based column index.
 *
 * @example
 * columnLetters(0); // 'A'
 * columnLetters(27); // 'AB'
 */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The A1 reference of a cell.
 *
 * @example
 * cellAddress({ col: 1, row: 7 }); // 'B7'
 */
export function cellAddress(position: CellPosition): string {
  return `${columnLetters(position.col)}${position.row}`;
}

/**
 * Reads an A1 reference (`B7`, `$B$7`).
 *
 * @returns the position, or `undefined` when the text is not a reference
 * @example
 * parseCellRef('AB12'); // { col: 27, row: 12 }
 */
export function parseCellRef(ref: string): CellPosition | undefined {
  const m = REF.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/**
 * Reads a range (`A1:C3`; a single cell `B2` is a range of one).
 *
 * @returns the range with its corners ordered, or `undefined` when the text is not a range
 * @example
 * parseRange('A1:C1'); // { from: { col: 0, row: 1 }, to: { col: 2, row: 1 } }
 */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const from = parseCellRef(a ?? '');
  const to = parseCellRef(b ?? '');
  if (!from || !to) return undefined;
  return {
    from: { col: Math.min(from.col, to.col), row: Math.min(from.row, to.row) },
    to: { col: Math.max(from.col, to.col), row: Math.max(from.row, to.row) },
  };
}
