/**
 * A heading typed in one cell of a header row with the cells after it left empty: the columns it heads.
 *
 * @example
 * const span: HeadingSpan = { from: 3, to: 4 };
 */
export interface HeadingSpan {
  /** Its heading's column (0-based). */
  from: number;
  /** Its last column: the one before the next heading, or the row's last. */
  to: number;
}

/**
 * The headings of a header row that are typed in one cell with the cells after it left empty, each as the
 * columns from it to the one before the next heading (within `width`): how a sheet saved as CSV keeps a heading
 * merged across columns, and how one is typed by hand without merging. The one reading of such headings, for a
 * group heading over a second row, an indicator over its numbered specimens, and an indicator over its specimens
 * with no second row (committee-29 W1, hostile-30 W1).
 *
 * @param heads - the row's cells, trimmed, by column (`''` for none)
 * @param width - the table's width (the row under it may be wider)
 * @param typed - whether a column's cell was typed there (not a merged cell's copy): only those start a span
 * @example
 * headingSpans(['样品编号', '下屈服强度 ReL', '', '抗拉强度 Rm'], 4); // [{ from: 1, to: 2 }]
 */
export function headingSpans(
  heads: readonly string[],
  width: number,
  typed: (col: number) => boolean = () => true,
): HeadingSpan[] {
  const spans: HeadingSpan[] = [];
  const end = Math.max(heads.length, width);
  for (let col = 0; col + 1 < end; col++) {
    if ((heads[col] ?? '') === '' || (heads[col + 1] ?? '') !== '' || !typed(col)) continue;
    let to = col + 1;
    while (to + 1 < end && (heads[to + 1] ?? '') === '') to++;
    spans.push({ from: col, to });
  }
  return spans;
}
