import type { CellRange } from './cell-address';
import type { SheetRow } from './parse-sheet';
import { hasValue } from './xlsx-cell';

/**
 * The merged ranges cut at the sheet's last column and row with a value: Excel and WPS write a title merged
 * by selecting its whole row as `A1:XFD1`, and its 16,384 copies cost about 13 s of CPU per such row, for
 * columns that hold nothing (hostile-33 F3). Past the last value, a copy adds no column anything reads.
 *
 * @example
 * clipMerges(rows, [{ from: { row: 1, col: 0 }, to: { row: 1, col: 16383 } }]); // [{ from: { row: 1, col: 0 }, to: { row: 1, col: 4 } }] when column E is the last with a value
 */
export function clipMerges(rows: readonly SheetRow[], merges: readonly CellRange[]): CellRange[] {
  if (merges.length === 0) return [];
  let lastCol = 0;
  let lastRow = 0;
  for (const r of rows)
    for (const c of r.cells)
      if (hasValue(c)) {
        if (c.col > lastCol) lastCol = c.col;
        if (r.row > lastRow) lastRow = r.row;
      }
  return merges.map((m) =>
    m.to.col <= lastCol && m.to.row <= lastRow
      ? m
      : {
          from: m.from,
          to: {
            col: Math.max(m.from.col, Math.min(m.to.col, lastCol)),
            row: Math.max(m.from.row, Math.min(m.to.row, lastRow)),
          },
        },
  );
}
