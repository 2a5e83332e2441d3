import { markInterval } from '../rounding/mark-interval';
import { roundingMarkInUnit } from '../rounding/rounding-mark';

/**
 * A record's value of a number that picks a band (a table's band key, a `when` on a number) as the number that
 * picks it: a number as given, a numeral written as text, or a value written with a GB/T 8170 rounding mark
 * (`16.0(+)`, `4500(+) W`) at the point just inside the interval it stands for, as the grader reads it: `16.0(+)`
 * is (16, 16.05], so the row `(16, 40]`, not `≤ 16` (standards-46b). A marked value whose interval straddles a band
 * edge leaves its record invalid, so the point inside names the band the whole interval lies in.
 *
 * @param given - the record's field as given
 * @param unit - the indicator's unit: a marked value may be followed by it (`4500(+) W`)
 * @returns the number, or `undefined` when the field holds none
 * @example
 * keyNumber('16.0(+)', 'mm'); // 16.0000001
 * keyNumber(4500); // 4500
 */
export function keyNumber(given: unknown, unit?: string): number | undefined {
  if (typeof given === 'number') return Number.isFinite(given) ? given : undefined;
  if (typeof given !== 'string' || given.trim() === '') return undefined;
  const n = Number(given.trim());
  if (Number.isFinite(n)) return n;
  const marked = roundingMarkInUnit(given.trim(), unit);
  return marked === undefined ? undefined : markInterval(marked)?.inside;
}
