/**
 * What each arithmetic operator of a formula computes, for the compiler and
 * for the checks that compute a formula's constant parts once, at load. A sum
 * or difference is {@link carriedSum}: `10.3 - 10.1` is 0.2, not the
 * 0.20000000000000107 of binary floating point (hostile-38 W1).
 *
 * @example
 * ARITHMETIC['/'](1, 4) // 0.25
 * ARITHMETIC['-'](10.3, 10.1) // 0.2
 */
export const ARITHMETIC: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => carriedSum(a + b, a, b),
  '-': (a, b) => carriedSum(a - b, a, -b),
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '**': (a, b) => a ** b,
};

/**
 * What each function a formula may call computes.
 *
 * @example
 * FORMULA_MATH.max!(1, 3) // 3
 */
export const FORMULA_MATH: Readonly<Record<string, (...xs: number[]) => number>> = {
  min: Math.min,
  max: Math.max,
  abs: Math.abs,
  sqrt: Math.sqrt,
  floor: Math.floor,
  ceil: Math.ceil,
};

/**
 * `a + b` (computed as `sum`) carried to the 15 significant digits of its
 * larger operand, which is what a double holds of either: the digits past
 * them are the error of the binary addition, and a difference of close
 * decimals (`10.3 - 10.1`, a spread of two readings, `colourRendering - 80`)
 * would otherwise miss a limit it meets exactly. Rounding the result to its
 * own 15 digits cannot undo it (0.200000000000001). Whole numbers add exactly.
 *
 * @example
 * carriedSum(10.3 - 10.1, 10.3, -10.1) // 0.2
 * carriedSum(0.1 + 0.2, 0.1, 0.2) // 0.3
 */
export function carriedSum(sum: number, a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) return sum;
  // Readings of at most 6 decimals (nearly all) add exactly as millionths: the same double as the toFixed
  // below gives, which was 6.7 % of grading the rebar workload. Exact because each operand is the double
  // nearest its millionths, their sum is an integer under 2^53, and the division rounds correctly; the
  // toFixed rounds to 6 decimals or more, where the binary sum is less than half a step from the decimal one.
  if (a < 1e8 && a > -1e8 && b < 1e8 && b > -1e8) {
    const am = Math.round(a * 1e6);
    const bm = Math.round(b * 1e6);
    if (am / 1e6 === a && bm / 1e6 === b) return (am + bm) / 1e6;
  }
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (!Number.isFinite(sum) || scale === 0) return sum;
  const decimals = 14 - Math.floor(Math.log10(scale));
  // toFixed takes 0–100 decimals: an operand of 1e15 or more holds no fraction to carry, one under 1e-86 is left as it is.
  if (decimals <= 0 || decimals > 100) return sum;
  return Number(sum.toFixed(decimals));
}
