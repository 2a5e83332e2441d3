import type { Limit } from '../../model/grade-result';
import { decimalFromNumber } from '../../rounding/decimal';

/**
 * How far a value lies from its limit, as an exact fraction of the limit:
 * `numerator / denominator` (denominator > 0), positive on the passing side
 * and negative on the failing side. Exact, so that a value exactly 1 % from
 * a limit is exactly 1 % away, not 0.99999… or 1.00000…1 as binary floating
 * point would have it.
 *
 * @example
 * const m = limitMargin(4.545, { operator: '>=', value: 4.5, text: '≥ 4.50' })!;
 * withinPercent(m, 1); // true: 4.545 is exactly 1 % above 4.5
 */
export interface LimitMargin {
  numerator: bigint;
  denominator: bigint;
}

/** The operators a margin is measured for: one-sided limits and ranges. */
const ABOVE = new Set(['>=', '>']);
const BELOW = new Set(['<=', '<']);

/**
 * The margin of a measured value to its limit, relative to the limit:
 * `(value − limit) / |limit|` for a minimum (`≥`, `>`), `(limit − value) /
 * |limit|` for a maximum (`≤`, `<`), and for a range (`between`) the smaller
 * margin of its two ends. `undefined` when the limit is not numeric, the
 * operator is not one of these (`=`, `in`, conditions…) or the limit is 0
 * (no percentage of 0 exists).
 *
 * @example
 * limitMargin(4.95, { operator: '<=', value: 5, text: '≤ 5' }); // { numerator: 5n, denominator: 500n }: 1 % inside
 */
export function limitMargin(value: number, limit: Limit): LimitMargin | undefined {
  if (!Number.isFinite(value)) return undefined;
  const v = limit.value;
  if (ABOVE.has(limit.operator) && typeof v === 'number') return oneSide(value, v, 1n);
  if (BELOW.has(limit.operator) && typeof v === 'number') return oneSide(value, v, -1n);
  if (
    limit.operator === 'between' &&
    Array.isArray(v) &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number'
  ) {
    const low = oneSide(value, v[0], 1n);
    const high = oneSide(value, v[1], -1n);
    if (!low || !high) return undefined;
    return compareMargins(low, high) <= 0 ? low : high;
  }
  return undefined;
}

/**
 * Whether a margin is at most `percent` % of the limit either way; exactly
 * `percent` % counts.
 *
 * @example
 * withinPercent({ numerator: 1n, denominator: 100n }, 1); // true
 * withinPercent({ numerator: 101n, denominator: 10000n }, 1); // false
 */
export function withinPercent(margin: LimitMargin, percent: number): boolean {
  const n = margin.numerator < 0n ? -margin.numerator : margin.numerator;
  return n * 100n <= margin.denominator * BigInt(percent);
}

/**
 * The whole percentage below a margin: `floor(margin × 100)`, so `[k %, (k+1) %)`
 * is bin `k`; a value exactly at the limit is in bin 0.
 *
 * @example
 * marginPercentFloor({ numerator: -1n, denominator: 200n }); // -1 (−0.5 %)
 */
export function marginPercentFloor(margin: LimitMargin): number {
  const scaled = margin.numerator * 100n;
  let q = scaled / margin.denominator;
  if (scaled % margin.denominator !== 0n && scaled < 0n) q -= 1n;
  // Far outside the histogram's range, only the side matters.
  if (q > 1_000_000n) return 1_000_000;
  if (q < -1_000_000n) return -1_000_000;
  return Number(q);
}

/**
 * Where a value falls around its limit, for the near-limit counts: the
 * histogram bin (`floor` of the margin in percent, see
 * {@link marginPercentFloor}) and whether it lies within 1 % of the limit.
 * Binary floating point decides when the margin is clearly away from a
 * whole percent; within a millionth of a percent of one, the exact margin
 * does, so that 1 % away is exactly 1 %. `undefined` where
 * {@link limitMargin} has no margin.
 *
 * @example
 * nearLimit(4.545, { operator: '>=', value: 4.5, text: '≥ 4.50' }); // { bin: 1, within: true }
 */
export function nearLimit(value: number, limit: Limit): { bin: number; within: boolean } | undefined {
  const percent = approxPercent(value, limit);
  if (percent === undefined) return undefined;
  if (Number.isFinite(percent) && Math.abs(percent - Math.round(percent)) > 1e-6 && Math.abs(percent) < 1e6) {
    return { bin: Math.floor(percent), within: Math.abs(percent) <= 1 };
  }
  const margin = limitMargin(value, limit);
  if (!margin) return undefined;
  return { bin: marginPercentFloor(margin), within: withinPercent(margin, 1) };
}

/**
 * Where a value falls around its limit in the limit's own unit, for a
 * quantity on an interval scale (a temperature in °C, where −20 °C is not
 * "twice" −10 °C and a limit of 0 has no percentage): the bin is
 * `floor(value − limit)` on the passing side's sign, and "near" is within
 * 1 unit, exactly 1 included; `step` (a decimal, 0.02) makes the bins and "near" that many units instead (a
 * tolerance of ±0.2 mm: newcomer-26 M9). Exact (decimal), as {@link nearLimit} is.
 * `undefined` where the limit is not numeric or has no side.
 *
 * @example
 * nearLimitAbsolute(-19.5, { operator: '<=', value: -20, text: '≤ -20' }); // { bin: -1, within: true }
 */
export function nearLimitAbsolute(
  value: number,
  limit: Limit,
  step = 1,
): { bin: number; within: boolean } | undefined {
  if (!Number.isFinite(value)) return undefined;
  const v = limit.value;
  let margin: LimitMargin | undefined;
  if (ABOVE.has(limit.operator) && typeof v === 'number') margin = difference(value, v, 1n);
  else if (BELOW.has(limit.operator) && typeof v === 'number') margin = difference(value, v, -1n);
  else if (
    limit.operator === 'between' &&
    Array.isArray(v) &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number'
  ) {
    const low = difference(value, v[0], 1n);
    const high = difference(value, v[1], -1n);
    if (low && high) margin = compareMargins(low, high) <= 0 ? low : high;
  }
  if (!margin) return undefined;
  // In steps (exactly: the step as a decimal), then as a fraction of 1 %: floor(margin × 100 / 100) is the whole steps below it.
  const d = decimalFromNumber(step);
  const digits = BigInt(d.digits);
  const numerator = d.exponent < 0 ? margin.numerator * 10n ** BigInt(-d.exponent) : margin.numerator;
  const per = d.exponent < 0 ? digits : digits * 10n ** BigInt(d.exponent);
  const units = { numerator, denominator: margin.denominator * per * 100n };
  return { bin: marginPercentFloor(units), within: withinPercent(units, 1) };
}

/** `sign × (value − limit)` exactly, as a fraction over a power of ten. */
function difference(value: number, limit: number, sign: bigint): LimitMargin | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(limit)) return undefined;
  const a = decimalFromNumber(value);
  const b = decimalFromNumber(limit);
  const exponent = Math.min(0, a.exponent, b.exponent);
  return {
    numerator: sign * (scaled(a, exponent) - scaled(b, exponent)),
    denominator: 10n ** BigInt(-exponent),
  };
}

function approxPercent(value: number, limit: Limit): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const v = limit.value;
  const side = (l: number, sign: number) =>
    Number.isFinite(l) && l !== 0 ? (sign * (value - l) * 100) / Math.abs(l) : undefined;
  if (ABOVE.has(limit.operator) && typeof v === 'number') return side(v, 1);
  if (BELOW.has(limit.operator) && typeof v === 'number') return side(v, -1);
  if (
    limit.operator === 'between' &&
    Array.isArray(v) &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number'
  ) {
    const low = side(v[0], 1);
    const high = side(v[1], -1);
    // Two margins within a whisker of each other: let the exact comparison pick (NaN sends it there).
    if (low === undefined || high === undefined) return undefined;
    return Math.abs(low - high) < 1e-6 ? Number.NaN : Math.min(low, high);
  }
  return undefined;
}

/**
 * The margin as an ordinary number (for display).
 *
 * @example
 * marginToNumber({ numerator: 1n, denominator: 100n }); // 0.01
 */
export function marginToNumber(margin: LimitMargin): number {
  return Number(margin.numerator) / Number(margin.denominator);
}

function oneSide(value: number, limit: number, sign: bigint): LimitMargin | undefined {
  if (!Number.isFinite(limit) || limit === 0) return undefined;
  const a = decimalFromNumber(value);
  const b = decimalFromNumber(limit);
  const exponent = Math.min(a.exponent, b.exponent);
  const va = scaled(a, exponent);
  const vb = scaled(b, exponent);
  return { numerator: sign * (va - vb), denominator: vb < 0n ? -vb : vb };
}

function scaled(d: { negative: boolean; digits: string; exponent: number }, exponent: number): bigint {
  const n = BigInt(d.digits) * 10n ** BigInt(d.exponent - exponent);
  return d.negative ? -n : n;
}

function compareMargins(a: LimitMargin, b: LimitMargin): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}
