import type { Limit } from '../model/grade-result';
import { type RoundingInterval, roundGbt8170 } from '../rounding/gbt8170';

/**
 * A measured or computed number as an explanation shows it: rounded to
 * `at` (GB/T 8170) for reading, unless the rounded figure would contradict
 * the outcome — "65.00 does not meet ≥ 65" — in which case every digit is
 * shown. A value of 1e21 or more is shown as `1e+21`. The result's `value`
 * always keeps every digit.
 */
export function shownValue(
  value: number,
  at: RoundingInterval,
  limit: Limit | null,
  passed: boolean | null,
): string {
  // From 1e21 on, a number is written with an exponent (1e+308), as JavaScript writes it:
  // rounding it to 0.01 would add nothing but hundreds of zeros.
  if (Math.abs(value) >= 1e21) return String(value);
  const shown = roundGbt8170(value, at);
  if (shown === String(value) || !limit || passed === null) return shown;
  return contradicts(Number(shown), value, limit, passed) ? String(value) : shown;
}

/** Whether a shown (rounded) value read against the limit gives the other outcome, or lands on the limit itself. */
function contradicts(shown: number, value: number, limit: Limit, passed: boolean): boolean {
  const v = limit.value;
  if (typeof v === 'number') {
    if (shown === v) return value !== v;
    const meets: Partial<Record<Limit['operator'], boolean>> = {
      '>=': shown >= v,
      '>': shown > v,
      '<=': shown <= v,
      '<': shown < v,
    };
    const m = meets[limit.operator];
    return m !== undefined && m !== passed;
  }
  if (limit.operator === 'between' && Array.isArray(v))
    return v.some((end) => end === shown && end !== value);
  return false;
}
