import { trimCell } from './convert-value';
import { headerRead } from './header-read';

/**
 * A header cell read as a specimen numbered after the indicator's heading: `透光率1`, `透光率 1`, `透光率-1`,
 * `透光率_1`, `透光率#1`, `透光率①`, `透光率１`, with a unit after the number or not (`透光率1(%)`, `透光率1/%`).
 *
 * @example
 * const cell: NumberedCell = { name: '透光率(%)', number: 1 };
 */
export interface NumberedCell {
  /** The header the column is read as: the text before the number, with the unit after it (`透光率(%)`). */
  name: string;
  /** The specimen's number (1 for the first). */
  number: number;
}

// NFKC has made `①` and `１` into `1`, `（%）` into `(%)`. The text before the number must end in other than a digit
// (`KV21` is not KV2's specimen 1); a separator may stand between (`-`, `_`, `#`, a space); a unit in brackets or
// after a slash may follow.
const NUMBERED = /^(.*?\D)[\s\-_#]*(\d{1,2})(\s*(?:[([][^()[\]]*[)\]]|\/\S.*))?$/u;

/**
 * How a header cell numbers a specimen after a name, if it does: `透光率3(%)` is `透光率(%)`, number 3.
 *
 * @example
 * numberedCell('透光率-2'); // { name: '透光率', number: 2 }
 * numberedCell('样品编号'); // undefined
 */
export function numberedCell(cell: string): NumberedCell | undefined {
  // Hostile-35 S1: the pattern backtracks over a long run; a header past the length read is not read for its words.
  const text = headerRead(trimCell(cell));
  const m = text === undefined ? null : NUMBERED.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const stem = m[1]!.replace(/[\s\-_#]+$/u, '').trim();
  if (stem === '') return undefined;
  return { name: `${stem}${(m[3] ?? '').trim()}`, number: Number(m[2]) };
}
