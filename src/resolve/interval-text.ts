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
