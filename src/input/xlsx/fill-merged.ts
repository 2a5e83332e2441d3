import { localized } from '../../text/localized-text';
import { type CellRange, cellAddress } from './cell-address';
import type { SheetRow } from './parse-sheet';
import { cellText, hasValue, type XlsxCell, type XlsxValue } from './xlsx-cell';

/**
 * Each cell covered by a merged range (but not its first) takes the first cell's value, in the rows the sheet has;
 * a row gets no cells it did not have a row for, so a merge alone does not make a blank row a record.
 *
 * Where the file says two things, the cell is `broken`, so its row is an error row (hostile-37 W1): a cell in two
 * merged ranges that overlap (Excel never writes them; which range's value it shows would be a guess), and a cell
 * holding a value of its own inside a range whose first cell shows another (Excel keeps only the first when it
 * merges; a program wrote both). A covered cell repeating the first cell's value says one thing and is read.
 *
 * @example
 * fillMerged(rows, [{ from: { col: 3, row: 2 }, to: { col: 3, row: 4 } }]); // D3 and D4 read D2's value
 */
export function fillMerged(rows: SheetRow[], merges: readonly CellRange[]): SheetRow[] {
  if (merges.length === 0) return rows;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const firstOf = (m: CellRange) => byRow.get(m.from.row)?.cells.find((c) => c.col === m.from.col);
  // The range each cell of the sheet's rows lies in, by place; a second range there is an overlap.
  const rangeAt = new Map<number, CellRange>();
  const overlaps = new Map<number, [CellRange, CellRange]>();
  for (const m of merges) {
    eachCovered(byRow, m, (_, r, col) => {
      const place = r * 16_384 + col;
      const earlier = rangeAt.get(place);
      if (!earlier) rangeAt.set(place, m);
      else if (!overlaps.has(place) && [earlier, m].some((range) => hasValueAt(firstOf(range))))
        overlaps.set(place, [earlier, m]);
    });
  }
  for (const m of merges) {
    const first = firstOf(m);
    const shown = first && hasValue(first) ? first : undefined;
    eachCovered(byRow, m, (row, r, col) => {
      const place = r * 16_384 + col;
      const at = row.cells.findIndex((c) => c.col >= col);
      const own = at >= 0 && row.cells[at]!.col === col ? row.cells[at] : undefined;
      const pair = overlaps.get(place);
      let cell: XlsxCell | undefined;
      if (pair) {
        if (rangeAt.get(place) !== m) return;
        cell = { col, row: r, value: overlapping({ col, row: r }, pair), date1904: first?.date1904 ?? false };
      } else if (r === m.from.row && col === m.from.col) return;
      else if (own && hasValue(own) && !(shown && sameValue(own, shown))) {
        cell = { ...own, value: hidden(own, m, shown) };
      } else if (shown) cell = { ...shown, col, row: r, mergedFrom: { col: shown.col, row: shown.row } };
      if (!cell) return;
      if (own) row.cells[at] = cell;
      else if (at < 0) row.cells.push(cell);
      else row.cells.splice(at, 0, cell);
    });
  }
  return rows;
}

/** Calls `each` for every cell a range covers in the rows the sheet has. */
function eachCovered(
  byRow: ReadonlyMap<number, SheetRow>,
  m: CellRange,
  each: (row: SheetRow, r: number, col: number) => void,
): void {
  for (let r = m.from.row; r <= m.to.row; r++) {
    const row = byRow.get(r);
    if (!row) continue;
    for (let col = m.from.col; col <= m.to.col; col++) each(row, r, col);
  }
}

function hasValueAt(cell: XlsxCell | undefined): boolean {
  return cell !== undefined && hasValue(cell);
}

function sameValue(a: XlsxCell, b: XlsxCell): boolean {
  return a.value.type === b.value.type && cellText(a) === cellText(b) && a.formula === b.formula;
}

function rangeText(m: CellRange): string {
  return `${cellAddress(m.from)}:${cellAddress(m.to)}`;
}

/** The text of a value for a message, cut at 40 characters as other cells' are. */
function shownText(cell: XlsxCell): string {
  const text = cellText(cell);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function overlapping(at: { col: number; row: number }, [a, b]: [CellRange, CellRange]): XlsxValue {
  const [cell, one, two] = [cellAddress(at), rangeText(a), rangeText(b)];
  return {
    type: 'broken',
    reason: localized(
      `单元格 ${cell} 同时属于两个相互重叠的合并区域 ${one} 和 ${two}，它显示哪个值只能靠猜`,
      `cell ${cell} lies in two merged ranges that overlap, ${one} and ${two}: which value it shows would be a guess`,
    ),
  };
}

function hidden(own: XlsxCell, m: CellRange, shown: XlsxCell | undefined): XlsxValue {
  const [cell, range, first] = [cellAddress(own), rangeText(m), cellAddress(m.from)];
  const value = shownText(own);
  const zh = shown ? ` 的值 ${shownText(shown)}` : '，而它是空的';
  const en = shown ? `, ${shownText(shown)}` : `, which is empty`;
  return {
    type: 'broken',
    reason: localized(
      `单元格 ${cell} 在合并区域 ${range} 之内，却有自己的值 ${value}；该区域显示的是 ${first}${zh}：哪个算数只能靠猜`,
      `cell ${cell} holds ${value} inside the merged range ${range}, which shows ${first}${en}: which one counts would be a guess`,
    ),
  };
}
