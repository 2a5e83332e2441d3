/**
 * What each arithmetic operator of a formula computes, for the compiler and
 * for the checks that compute a formula's constant parts once, at load.
 *
 * @example
 * ARITHMETIC['/'](1, 4) // 0.25
 */
export const ARITHMETIC: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
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
