import { asciiMinus } from '../text/typeset-minus';
import { UNIT_START } from '../text/unit-start';

/** A unit after a number: letters, Chinese, `%`, `‰`, `°`, `℃`, `㎜`, with powers and a slash (`mm`, `毫米`, `g/m²`). */
const UNIT_AFTER = String.raw`(?:\s*([${UNIT_START}][${UNIT_START}\p{N}²³/·]*))?`;

/** `2~25`, `2~25 mm`, `2 mm ~ 25 mm`: a range as standards print it, a unit after either end or none. */
// A number as a table prints one, with an exponent (`2e0`), whose `e` is no unit.
const NUMBER = String.raw`([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)`;
// A dash between two numbers is a range too (`2–6`, `2—6`); a sign before a number was made `-` first (`–5～5`).
const TILDE = new RegExp(
  String.raw`^${NUMBER}${UNIT_AFTER}\s*[~～〜\u2010-\u2014]\s*${NUMBER}${UNIT_AFTER}$`,
  'u',
);
// `2-6`, `2−6`: a hyphen or minus between two plain numbers with no space is a range as a sheet writes one, not
// `2 - 6` (a formula would space its operator); no unit or exponent, so `2e-6` stays a number.
const HYPHEN = /^([+-]?\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/;

/** A range written as a standard prints it: the closed interval it means, and the unit written with it, if any. */
export interface TildeRange {
  /** The interval to write instead, closed at both ends: `[2, 25]`. */
  band: string;
  /** The unit after either end (`mm`), which a range does not take. */
  unit?: string;
}

/** `2-6` read as {@link TILDE} reads `2~6`: the ends at 1 and 3. */
function hyphenRange(text: string): string[] | undefined {
  const m = HYPHEN.exec(text);
  return m ? [m[0], m[1]!, '', m[2]!] : undefined;
}

/**
 * `2~25`, `2~25 mm`, `2 mm～25 mm`, `2–25` (a range as a standard's table or scope
 * prints it) read as the interval to write instead, its smaller end first (`6~2` is `[2, 6]`); `undefined` for any
 * other text (newcomer-34 F3, newcomer-41 F5).
 *
 * @example
 * tildeRange('2~6 mm') // { band: '[2, 6]', unit: 'mm' }
 */
export function tildeRange(text: string): TildeRange | undefined {
  // `−5～5`, `–5～5`: a standard's minus sign; the interval to write has ASCII `-` (hostile-43: "no operator").
  const ascii = asciiMinus(text.trim());
  const tilde = TILDE.exec(ascii) ?? hyphenRange(ascii);
  if (!tilde) return undefined;
  const unit = tilde[2] || tilde[4] || undefined;
  // `6~2`, `-2~-6`: the ends as an interval writes them, the smaller first (`[6, 2]` would be refused as empty).
  const [low, high] = Number(tilde[1]) <= Number(tilde[3]) ? [tilde[1], tilde[3]] : [tilde[3], tilde[1]];
  return { band: `[${low}, ${high}]`, ...(unit ? { unit } : {}) };
}
