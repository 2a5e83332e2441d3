import { ARITHMETIC } from './arithmetic';

/**
 * The weighted mean of the items counted (`points[j]` undefined: item j left out, its weight not counted),
 * summed in the items' order as the plain weighted mean of a dimension is (`w / Σw × points`, carried sums), so
 * that with every item counted the two agree to the last digit; undefined when none is counted.
 *
 * @example
 * countedMean([{ weight: 40 }, { weight: 40 }, { weight: 20 }], [80, 60, undefined]) // 70
 */
export function countedMean(
  parts: readonly { weight: number }[],
  points: readonly (number | undefined)[],
): number | undefined {
  let total = 0;
  for (const [j, p] of parts.entries()) if (points[j] !== undefined) total += p.weight;
  let sum: number | undefined;
  for (const [j, p] of parts.entries()) {
    const x = points[j];
    if (x === undefined) continue;
    const term = (p.weight / total) * x;
    sum = sum === undefined ? term : ARITHMETIC['+']!(sum, term);
  }
  return sum;
}
