import type { Interval } from './allowed-spans';

/**
 * An interval as a requirement writes it: `(4500, 7100]`, `≤ 4500`, `= 5`.
 *
 * @example
 * intervalText({ lower: 16, lowerInclusive: false, upper: Infinity, upperInclusive: false }) // "> 16"
 */
export function intervalText(s: Interval): string {
  const lowerOpen = s.lower === -Infinity;
  const upperOpen = s.upper === Infinity;
  if (!lowerOpen && !upperOpen) {
    if (s.lower === s.upper) return `= ${s.lower}`;
    return `${s.lowerInclusive ? '[' : '('}${s.lower}, ${s.upper}${s.upperInclusive ? ']' : ')'}`;
  }
  if (!lowerOpen) return `${s.lowerInclusive ? '≥' : '>'} ${s.lower}`;
  return `${s.upperInclusive ? '≤' : '<'} ${s.upper}`;
}

/**
 * A value's interval in Chinese prose: “n ≤ 8”, “n”在 (8, 16] 内.
 *
 * @example
 * numericZh('placeSettings', { lower: 16, lowerInclusive: false, upper: Infinity, upperInclusive: false }) // “placeSettings > 16”
 */
export function numericZh(name: string, piece: Interval): string {
  const text = intervalText(piece);
  return piece.lower === -Infinity || piece.upper === Infinity || piece.lower === piece.upper
    ? `“${name} ${text}”`
    : `“${name}”在 ${text} 内`;
}
