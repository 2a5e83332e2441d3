import { trimCell } from './convert-value';
import type { HeadingSpan } from './heading-spans';
import { numbersSpecimens } from './specimen-numbers';

/**
 * Whether the line under a header is a record, not the second line of a two-line header: under a heading
 * that names an indicator (one column, or its first) it holds a plain number (`3500` under `额定制冷量 CC`).
 * A header's second line names columns or gives units there; only an indicator's specimens numbered `1 2 3`
 * across its heading's columns are numbers, and they are let through. Hostile-33 F0: an unheaded column that
 * writes `风冷式` (the airCooled label) on every row made the first sample's row the header.
 *
 * @param heads - the upper line's cells, trimmed, by column
 * @param lows - the lower line's cells, trimmed, by column
 * @param spans - the headings across columns the upper line has (merged, or typed with empty cells after them)
 * @param names - whether a heading names an indicator (by name, label or `--map`)
 * @example
 * recordBelow(['样品编号', '额定制冷量 CC', '冷却方式', ''], ['S1', '3500', 'R32', '风冷式'], [{ from: 2, to: 3 }], isName); // true
 */
export function recordBelow(
  heads: readonly string[],
  lows: readonly string[],
  spans: readonly HeadingSpan[],
  names: (text: string) => boolean,
): boolean {
  for (const [col, head] of heads.entries()) {
    if (head === '' || !isNumeral(trimCell(lows[col] ?? '')) || !names(head)) continue;
    const span = spans.find((s) => s.from <= col && col <= s.to);
    if (span && span.to > span.from && numbersSpecimens(lows.slice(span.from, span.to + 1))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a cell is a plain number (`3500`, `-4.6`, `1,200`, `.5`, `1e3`): no header is one.
 *
 * @example
 * isNumeral('4.62'); // true
 * isNumeral('MPa'); // false
 */
export function isNumeral(text: string): boolean {
  return NUMERAL.test(text);
}

const NUMERAL = /^[-+]?[\d,]*\.?\d+(?:e[-+]?\d+)?$/iu;
