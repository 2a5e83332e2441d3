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

/**
 * How a dimension's score makes its contribution, as explanations show it:
 * `90 × 35/100 → 31.5` — the weight over the weights' sum, so it does not
 * read as 90 × 35.
 */
export function contributionText(
  d: { score: number | null; weight: number; contribution: number | null },
  dimensions: readonly { weight: number }[],
): string {
  const sum = dimensions.reduce((s, x) => s + x.weight, 0);
  return `${scoreText(d.score)} × ${d.weight}/${Number(sum.toPrecision(15))} → ${scoreText(d.contribution)}`;
}
