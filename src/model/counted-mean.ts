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
  let sum: number | undefined;
  for (let j = 0; j < parts.length; j++) {
    const x = points[j];
    if (x === undefined) continue;
    const w = parts[j]!.weight;
    total += w;
    sum = sum === undefined ? w * x : ARITHMETIC['+']!(sum, w * x);
  }
  if (sum === undefined || Number.isFinite(sum)) return sum === undefined ? undefined : sum / total;
  // The products' sum beyond a double (weights near 1e308): each share taken first instead.
  let shares: number | undefined;
  for (let j = 0; j < parts.length; j++) {
    const x = points[j];
    if (x === undefined) continue;
    const t = (parts[j]!.weight / total) * x;
    shares = shares === undefined ? t : ARITHMETIC['+']!(shares, t);
  }
  return shares;
}
