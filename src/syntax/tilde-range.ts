/** A unit after a number: letters, Chinese, `%`, `‰`, `°`, with powers and a slash (`mm`, `毫米`, `g/m²`). */
const UNIT_AFTER = String.raw`(?:\s*([\p{L}%‰°][\p{L}\p{N}%‰°²³/·]*))?`;

/** `2~25`, `2~25 mm`, `2 mm ~ 25 mm`: a range as standards print it, a unit after either end or none. */
const TILDE = new RegExp(
  String.raw`^([+-]?\d+(?:\.\d+)?)${UNIT_AFTER}\s*[~～〜]\s*([+-]?\d+(?:\.\d+)?)${UNIT_AFTER}$`,
  'u',
);

/** A range written as a standard prints it: the closed interval it means, and the unit written with it, if any. */
export interface TildeRange {
  /** The interval to write instead, closed at both ends: `[2, 25]`. */
  band: string;
  /** The unit after either end (`mm`), which a range does not take. */
  unit?: string;
}

/**
 * `2~25`, `2~25 mm`, `2 mm～25 mm` (a range as a standard's table or scope
 * prints it) read as the interval to write instead; `undefined` for any other
 * text (newcomer-34 F3, newcomer-41 F5).
 *
 * @example
 * tildeRange('2~6 mm') // { band: '[2, 6]', unit: 'mm' }
 */
export function tildeRange(text: string): TildeRange | undefined {
  const tilde = TILDE.exec(text.trim());
  if (!tilde) return undefined;
  const unit = tilde[2] ?? tilde[4];
  return { band: `[${tilde[1]}, ${tilde[3]}]`, ...(unit ? { unit } : {}) };
}
