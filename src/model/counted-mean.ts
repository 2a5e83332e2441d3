import { ARITHMETIC } from './arithmetic';

/**
 * The weighted mean of the items counted (`points[j]` undefined: item j left out, its weight not counted);
 * undefined when none is counted. It is `Σ (w × points) / Σw`, the products added as carried sums and divided
 * once: weights that do not add up to a round number (90 once an item of 10 is left out, or 35/35/20) give shares
 * such as 20/90 that no decimal holds, and adding those shares' products, each carried to 15 digits, put a total
 * that is exactly a cutoff (3600/90 = 40) at 39.9999999999999, a grade too low. Where the products' sum is beyond
 * what a number holds (weights near 1e308), each share is taken first, `w / Σw × points`, as before.
 *
 * @example
 * countedMean([{ weight: 40 }, { weight: 40 }, { weight: 20 }], [80, 60, undefined]) // 70
 * countedMean([{ weight: 20 }, { weight: 25 }, { weight: 15 }, { weight: 15 }, { weight: 15 }], [26, 92, 26, 26, 0]) // 40
 */
export function countedMean(
  parts: readonly { weight: number }[],
  points: readonly (number | undefined)[],
): number | undefined {
  let total = 0;
  for (const [j, p] of parts.entries()) if (points[j] !== undefined) total += p.weight;
  const whole = summed(parts, points, (w, x) => w * x);
  if (whole === undefined || Number.isFinite(whole)) return whole === undefined ? undefined : whole / total;
  return summed(parts, points, (w, x) => (w / total) * x);
}

/** The carried sum of `term(weight, points)` over the items counted, in their order. */
function summed(
  parts: readonly { weight: number }[],
  points: readonly (number | undefined)[],
  term: (weight: number, points: number) => number,
): number | undefined {
  let sum: number | undefined;
  for (const [j, p] of parts.entries()) {
    const x = points[j];
    if (x === undefined) continue;
    const t = term(p.weight, x);
    sum = sum === undefined ? t : ARITHMETIC['+']!(sum, t);
  }
  return sum;
}
