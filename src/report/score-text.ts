import { roundGbt8170 } from '../rounding/gbt8170';

// A score that could not be computed (a value no `points` entry scores) is shown as a dash.
const NO_SCORE = '—';

/**
 * A score or a dimension's contribution at hundredths (GB/T 8170), unless
 * that makes it look whole: 64.9967 shown as "65" beside a cutoff of 65, or a
 * contribution of 7.998 as "8" in a breakdown that then adds up to the
 * cutoff, would hide why it falls short. A dash for `null`.
 *
 * @example
 * scoreText(64.9967) // "64.9967"
 * scoreText(12.3456) // "12.35"
 */
export function scoreText(n: number | null): string {
  if (n === null) return NO_SCORE;
  const shown = String(Number(roundGbt8170(n, 0.01)));
  return Number.isInteger(Number(shown)) && Number(shown) !== n ? String(n) : shown;
}
