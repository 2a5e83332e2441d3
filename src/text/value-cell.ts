import { truncate } from './display-width';
import { safeLine } from './safe-text';

/**
 * Widest a record's value is shown in a terminal table, in display columns
 * (CJK counts two): one 5,000-character producer name would otherwise widen
 * every row. The HTML report caps the same column at 40em; JSON, NDJSON, CSV
 * and xlsx hold the value whole.
 */
export const VALUE_CELL_WIDTH = 40;

/**
 * A record's value (or a column's name from the input) as a terminal table's
 * cell: made safe to one line and cut at {@link VALUE_CELL_WIDTH} columns,
 * ending "…" where it was cut.
 *
 * @example
 * valueCell('x'.repeat(5000)); // 39 × "x", then "…"
 */
export function valueCell(text: string): string {
  return truncate(safeLine(text), VALUE_CELL_WIDTH);
}
