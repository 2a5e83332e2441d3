import { roundGbt8170 } from '../rounding/gbt8170';

// A score that could not be computed (a value no `points` entry scores) is shown as a dash.
const NO_SCORE = '—';

/**
 * Points as an explanation shows them: at hundredths (GB/T 8170), or a dash
 * for `null`.
 *
 * @example
 * pointsText(12.3456) // "12.35"
 */
export function pointsText(n: number | null): string {
  return n === null ? NO_SCORE : String(Number(roundGbt8170(n, 0.01)));
}

/**
 * A score at hundredths, unless that makes it look whole: 64.9967 shown as
 * "65" beside a cutoff of 65 would hide why it falls short. A dash for `null`.
 *
 * @example
 * scoreText(64.9967) // "64.9967"
 */
export function scoreText(n: number | null): string {
  if (n === null) return NO_SCORE;
  const shown = pointsText(n);
  return Number.isInteger(Number(shown)) && Number(shown) !== n ? String(n) : shown;
}
