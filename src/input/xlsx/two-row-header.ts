import { trimCell } from '../convert-value';
import { headingSpans } from '../heading-spans';
import { type NumberedSpecimen, numberedSpecimens, numbersUnder } from '../numbered-specimens';
import { isParticulars } from '../particulars-cell';
import { recordBelow } from '../record-below';
import { numbersSpecimens } from '../specimen-numbers';
import { headingUnit, UNITLESS } from '../two-line-header';
import type { KnownUnits } from '../units';
import type { CellRange } from './cell-address';
import type { SheetRow } from './parse-sheet';
import { cellText, hasValue } from './xlsx-cell';

/**
 * A header read from two rows: a row of group headings merged across
 * columns and the row under it that names the columns.
 *
 * @example
 * const header: TwoRowHeader = { upper: 0, lower: 1, cells: ['样品编号', '下屈服强度 ReL', '抗拉强度 Rm'] };
 */
export interface TwoRowHeader {
  /** Index, in the rows, of the row of group headings. */
  upper: number;
  /** Index of the row under it; records start below it. */
  lower: number;
  /** Each column's name, trimmed; `''` for a column with none. */
  cells: string[];
}

/**
 * A row's cells as text (trimmed), by column; `''` where it has none.
 *
 * @example
 * rowTexts({ row: 1, cells: [{ col: 1, row: 1, value: { type: 'text', text: ' 牌号 ' }, date1904: false }] }); // ['', '牌号']
 */
export function rowTexts(row: SheetRow): string[] {
  const cells: string[] = [];
  for (const c of row.cells) cells[c.col] = trimCell(cellText(c));
  return Array.from(cells, (t) => t ?? '');
}

/**
 * The two-row header the row found as the header belongs to, if it does:
 * Chinese lab sheets often head a group of columns with one cell merged
 * across them (`力学性能` over `下屈服强度 ReL | 抗拉强度 Rm`) and merge the
 * other headings down over both rows (`样品编号`). Two rows, one right above
 * the other, are such a header when the upper has a **group heading** — a
 * cell merged across columns whose text names no column the reader knows
 * (`isName`: an indicator, or a `--map` column) — and the lower names such
 * a column under it (a row of data names none: a remark under `备注` merged
 * over two columns, a model split in two cells under `型号`), as the CSV
 * reader's rule has it. The pair is looked for with the row found as its
 * upper row, then as its lower row. An upper row whose only value is one
 * merged range is a title (`2025 年螺纹钢抽检结果` across the table), not a
 * row of group headings; so is a merged range that reaches two or more
 * columns past the lower row's last name (a title wider than the table,
 * with a report number beside it).
 *
 * Each column's name is the lower row's cell, else the upper row's (a
 * column under a group heading with an empty cell below takes the group's
 * name; a cell merged down over both rows reads the same in both), except
 * under a merged heading that names a column the reader knows (an
 * indicator over one column per specimen), which keeps that heading.
 *
 * @param rows - the sheet's rows, merged cells filled
 * @param index - the index of the row found as the header
 * @param isName - whether a heading names a column the reader knows
 * @param specimensOf - the indicator taking several specimens a heading names, if any
 * @returns the header, or `undefined` for a one-row header
 * @example
 * const header = twoRowHeader(rows, 0, merges, (text) => labels.has(text));
 */
export function twoRowHeader(
  rows: readonly SheetRow[],
  index: number,
  merges: readonly CellRange[],
  isName: (text: string) => boolean,
  specimensOf: (text: string) => string | undefined = () => undefined,
  units?: KnownUnits,
): TwoRowHeader | undefined {
  return (
    pairAt(rows, index, merges, isName, specimensOf, units) ??
    pairAt(rows, index - 1, merges, isName, specimensOf, units)
  );
}

function pairAt(
  rows: readonly SheetRow[],
  upper: number,
  merges: readonly CellRange[],
  isName: (text: string) => boolean,
  specimensOf: (text: string) => string | undefined,
  units: KnownUnits | undefined,
): TwoRowHeader | undefined {
  const top = rows[upper];
  const below = rows[upper + 1];
  if (!top || !below || below.row !== top.row + 1) return undefined;
  const heads = rowTexts(top);
  const written = rowTexts(below);
  // Specimens numbered after the indicator's heading (`透光率1 … 透光率5`): read as it, `透光率` (newcomer-38 W1, M6).
  const numbered = numberedSpecimens(written, specimensOf, isName);
  const lows = written.map((t, col) => numbered.get(col)?.name ?? t);
  // Headings across columns that start in the upper row: a group's, or an indicator's over its specimens;
  // merged, or typed in the first cell with the cells after it left empty, as a CSV has them (committee-29 W1).
  // A report's particulars (`报告编号：…`, `检验日期：…`) head no columns (newcomer-38 W1).
  const across = headingsAcross(top, heads, lows.length, merges).filter(
    (m) => !isParticulars(heads[m.from.col]!),
  );
  // A number under an indicator's heading: the lower row is the first record (hostile-33 F0).
  const spans = across.map((m) => ({ from: m.from.col, to: m.to.col }));
  if (recordBelow(heads, lows, spans, isName)) return undefined;
  // A title wider than the table: two of its columns past the lower row's last name would give one field twice.
  const last = lows.findLastIndex((t) => t !== '');
  const groups = across.filter((m) => !isName(heads[m.from.col]!) && m.to.col - last < 2);
  if (top.cells.filter((c) => !c.mergedFrom && hasValue(c)).length < 2) return undefined;
  if (groups.length === 0) return specimenPair(heads, written, numbered, below, across, specimensOf, upper);
  const under = (c: { col: number }, m: CellRange) => c.col >= m.from.col && c.col <= m.to.col;
  // The lower row names a column under a group heading: a record (a remark under 备注, a model split in two) names none.
  const named = below.cells.some(
    (c) =>
      !c.mergedFrom &&
      c.value.type === 'text' &&
      hasValue(c) &&
      groups.some((m) => under(c, m)) &&
      (numbered.has(c.col) || isName(trimCell(cellText(c)))),
  );
  if (!named) return specimenPair(heads, written, numbered, below, across, specimensOf, upper);
  const width = Math.max(heads.length, lows.length);
  // A heading merged down over both rows: its lower cell is its copy, not a unit under it (`A`, `N`, `V` mapped with
  // --map were read as the units ampere, newton and volt, `A(A)`, and the column was not found: xlsx-committee-43).
  const mergedDown = new Set(
    below.cells.filter((c) => c.mergedFrom && c.mergedFrom.row < below.row).map((c) => c.col),
  );
  const cells: string[] = [];
  for (let col = 0; col < width; col++) {
    const kept = across.find((m) => !groups.includes(m) && under({ col }, m));
    const keep = kept !== undefined;
    const low = lows[col] ?? '';
    const head = kept ? heads[kept.from.col]! : (heads[col] ?? '');
    const group = groups.find((m) => under({ col }, m));
    // A unit under a column of its own (`MPa` under `下屈服强度 ReL`), or stated by its group's heading
    // (`化学成分（ppm）`): the column's unit, checked against its indicator's as a header's is (see twoLineHeader).
    if (
      units &&
      !keep &&
      low !== '' &&
      !group &&
      !mergedDown.has(col) &&
      head !== '' &&
      isName(head) &&
      units.compare(low, UNITLESS, true)
    )
      cells.push(`${head}(${low})`);
    else if (units && group && low !== '' && isName(low) && !/[)）\]］/／%]/u.test(low)) {
      const unit = headingUnit(heads[group.from.col]!, units);
      cells.push(unit === undefined ? low : `${low}(${unit})`);
    } else cells.push(keep || low === '' ? head : low);
  }
  return { upper, lower: upper + 1, cells };
}

/**
 * The other two-row header: an indicator that takes several specimens headed across its columns, merged
 * (`冲击吸收能量 KV2(J)` over G1:I1) or typed in the first and the cells after it left empty, as the CSV reader
 * reads it (committee-29 W1), with the specimens numbered under it (`1 | 2 | 3`, or after its name:
 * `透光率1 | 透光率2`, {@link numberedSpecimens}), every other cell of the
 * lower row empty or a heading merged down over both rows. Each of its columns is named by the heading, as
 * three columns headed alike are; read as one row, the numbers were a phantom record and every specimen
 * but the first went unread.
 */
function specimenPair(
  heads: readonly string[],
  lows: readonly string[],
  numbered: ReadonlyMap<number, NumberedSpecimen>,
  below: SheetRow,
  across: readonly CellRange[],
  specimensOf: (text: string) => string | undefined,
  upper: number,
): TwoRowHeader | undefined {
  // Each specimen column's heading: merged cells read the same in each column, typed ones only in the first.
  const covered = new Map<number, string>();
  for (const m of across) {
    const indicator = specimensOf(heads[m.from.col]!);
    if (indicator === undefined) continue;
    const under: string[] = [];
    for (let col = m.from.col; col <= m.to.col; col++) under.push(lows[col] ?? '');
    if (!numbersSpecimens(under) && !numbersUnder(numbered, m.from.col, m.to.col, indicator)) continue;
    for (let col = m.from.col; col <= m.to.col; col++) covered.set(col, heads[m.from.col]!);
  }
  if (covered.size === 0) return undefined;
  if (below.cells.some((c) => !c.mergedFrom && hasValue(c) && !covered.has(c.col))) return undefined;
  const width = Math.max(heads.length, lows.length);
  const cells = Array.from({ length: width }, (_, col) => covered.get(col) ?? heads[col] ?? '');
  return { upper, lower: upper + 1, cells };
}

/**
 * The headings across columns that start in a row: merged, or typed in the first cell with the cells after it
 * left empty, as a CSV has them (committee-29 W1).
 *
 * @param width - the row under it's width
 * @example
 * headingsAcross(rows[0], rowTexts(rows[0]), rowTexts(rows[1]).length, merges); // [{ from: { row: 1, col: 2 }, to: { row: 1, col: 3 } }]
 */
export function headingsAcross(
  top: SheetRow,
  heads: readonly string[],
  width: number,
  merges: readonly CellRange[],
): CellRange[] {
  return [
    ...merges.filter(
      (m) => m.from.row === top.row && m.to.col > m.from.col && (heads[m.from.col] ?? '') !== '',
    ),
    ...unmergedSpans(top, heads, width),
  ];
}

/**
 * Headings typed in one cell with the cells after it in the row left empty (not merged): each as the range
 * from it to the column before the next heading, within `width`, the lower row's ({@link headingSpans}).
 */
function unmergedSpans(top: SheetRow, heads: readonly string[], width: number): CellRange[] {
  const typed = new Set(top.cells.filter((c) => !c.mergedFrom).map((c) => c.col));
  return headingSpans(heads, width, (col) => typed.has(col)).map(({ from, to }) => ({
    from: { row: top.row, col: from },
    to: { row: top.row, col: to },
  }));
}
