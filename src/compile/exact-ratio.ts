/** A rational number num / den, den > 0, from exact sums (a mean, a pass rate). */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * A ratio as the nearest double, or near it (two roundings): each side is
 * scaled down to 1,000 bits first, so a mean of values near 1e308 whose sum is
 * beyond a double is still its mean, not Infinity / Infinity.
 */
export function ratioToNumber({ num, den }: Ratio): number {
  const up = Math.max(0, bitLength(num) - 1000);
  const down = Math.max(0, bitLength(den) - 1000);
  const q = Number(num >> BigInt(up)) / Number(den >> BigInt(down));
  const e = up - down;
  // In two steps: 2^e alone may be beyond a double where q · 2^e is not.
  return e === 0 ? q : q * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
}

/** The square root of a ratio ≥ 0, scaled by a power of 4 where the ratio itself is beyond a double. */
export function sqrtRatio(r: Ratio): number {
  const direct = ratioToNumber(r);
  if (Number.isFinite(direct)) return Math.sqrt(Math.max(0, direct));
  const k = Math.ceil((bitLength(r.num) - bitLength(r.den) - 1000) / 2);
  return Math.sqrt(Math.max(0, ratioToNumber({ num: r.num >> BigInt(2 * k), den: r.den }))) * 2 ** k;
}

/** Whether a ratio is below (−1), at (0) or above (1) a limit, as decimals: the limit is the one its shortest text writes. */
export function compareRatio(r: Ratio, limit: number): -1 | 0 | 1 {
  const scaled = scaledDecimal(limit);
  if (scaled === undefined) return Math.sign(ratioToNumber(r) - limit) as -1 | 0 | 1;
  const [int, decimals] = scaled;
  const left = r.num * 10n ** BigInt(decimals);
  const right = int * r.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The value a statistic reports and is compared as: `shown` (its 15 digits),
 * unless that lands on or across one of its requirements' limits where the
 * exact ratio does not — then the double on the exact side (a mean of
 * 72.4999999999999666… is 72.49999999999997, not 72.5, beside `≥ 72.5`).
 * So comparing the reported double is comparing the exact value.
 */
export function onExactSide(shown: number, r: Ratio, limits: readonly number[]): number {
  let value = shown;
  for (const limit of limits) {
    const exact = compareRatio(r, limit);
    if (Math.sign(value - limit) === exact) continue;
    if (exact === 0) return limit;
    const near = ratioToNumber(r);
    value = Math.sign(near - limit) === exact ? near : exact < 0 ? nextDown(limit) : nextUp(limit);
  }
  return value;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : (x < 0n ? -x : x).toString(2).length;
}

const FLOAT = new Float64Array(1);
const BITS = new BigInt64Array(FLOAT.buffer);

/** The next double above a finite value. */
function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  FLOAT[0] = x;
  BITS[0]! += x > 0 ? 1n : -1n;
  return FLOAT[0]!;
}

/** The next double below a finite value. */
function nextDown(x: number): number {
  return -nextUp(-x);
}

/** At most this many decimals are kept exact; beyond, the sums give way to the floating-point ones. */
export const MAX_DECIMALS = 30;

/** A value as an integer and its decimals (69.6 → [696n, 1]), from its shortest text; `undefined` beyond {@link MAX_DECIMALS}. */
export function scaledDecimal(value: number): [bigint, number] | undefined {
  if (!Number.isFinite(value)) return undefined;
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) return undefined;
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  const decimals = fraction.length - Number(exponent);
  const digits = BigInt(`${sign}${whole}${fraction}`);
  if (decimals > MAX_DECIMALS) return undefined;
  return decimals >= 0 ? [digits, decimals] : [digits * 10n ** BigInt(-decimals), 0];
}
