import { argumentKindError } from '../errors/argument-kind';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Decimal, decimalFromNumber, formatDecimal, parseDecimal } from './decimal';
import type { RoundingMark } from './rounding-mark';

/**
 * A GB/T 8170 rounding interval: `unit × 10^exponent` with unit 1, 2 or 5
 * (so 0.1, 0.5 "half units" and 0.2 "fifth units" of any decade).
 *
 * @example
 * parseRoundingInterval('0.5') // { unit: 5, exponent: -1, decimals: 1, text: '0.5' }
 */
export interface RoundingInterval {
  /** 1, 2 or 5. */
  unit: 1 | 2 | 5;
  /** Power of ten: the interval is unit × 10^exponent. */
  exponent: number;
  /** Digits after the decimal point of a value rounded to this interval. */
  decimals: number;
  /** The interval as written, e.g. `"0.5"`. */
  text: string;
}

/** What an interval argument must be, as a usage error says it. */
const INTERVAL_KIND = localized('数值或字符串（如 0.1、"0.5"）', 'a number or a string such as 0.1 or "0.5"');

/**
 * Reads a rounding interval such as `0.1`, `0.5`, `0.02` or `1000`.
 *
 * @returns the interval, or `undefined` when it is not 1, 2 or 5 × 10ⁿ.
 * @throws {@link QgradeError} with code `usage` when the interval is not a number or a string
 * @example
 * parseRoundingInterval('0.5') // { unit: 5, exponent: -1, decimals: 1, text: '0.5' }
 */
export function parseRoundingInterval(interval: string | number): RoundingInterval | undefined {
  if (typeof interval !== 'number' && typeof interval !== 'string')
    throw argumentKindError('parseRoundingInterval', 'interval', INTERVAL_KIND, interval);
  const d = typeof interval === 'number' ? safeDecimal(interval) : parseDecimal(interval.trim());
  if (!d || d.negative) return undefined;
  const significant = d.digits.replace(/0+$/, '');
  const unit = Number(significant);
  if (unit !== 1 && unit !== 2 && unit !== 5) return undefined;
  const exponent = d.exponent + (d.digits.length - significant.length);
  return { unit, exponent, decimals: Math.max(0, -exponent), text: String(interval).trim() };
}

function safeDecimal(value: number): Decimal | undefined {
  return Number.isFinite(value) ? decimalFromNumber(value) : undefined;
}

/**
 * What {@link roundGbt8170} throws for a value or interval it cannot round:
 * still the documented `RangeError`, but with the `code: 'usage'` every other
 * mistake in a call has, and its message in both languages.
 *
 * @example
 * try {
 *   roundGbt8170(Number.NaN, 1);
 * } catch (error) {
 *   if (error instanceof RoundingError) console.log(error.code, error.text.zh); // 'usage', …
 * }
 */
export class RoundingError extends RangeError {
  /** As a `QgradeError`'s code: a mistake in the call. */
  readonly code = 'usage' as const;
  /** The message in both languages; `message` is its English. */
  readonly text: LocalizedText;

  constructor(text: LocalizedText) {
    super(text.en);
    this.name = 'RangeError';
    this.text = text;
  }
}

// Beyond this many decades between the value and the interval, the answer is known without arithmetic.
const MAX_SCALE = 400;

/**
 * Rounds a value by GB/T 8170-2008: to a multiple of the interval, half to even
 * (四舍六入五成双), on the decimal digits; a negative value is rounded by its
 * absolute value and keeps its sign.
 *
 * @param value - a number, or a decimal numeral to round exactly as written
 * @param interval - the rounding interval, 1, 2 or 5 × 10ⁿ
 * @returns the rounded value as text with the interval's decimals
 * @throws RangeError (a {@link RoundingError}, with `code: 'usage'` and the text in both languages)
 *   when the value is not a finite decimal (`NaN`, `"1,2"`) or has an exponent beyond ±999999 (out of
 *   range), the interval not 1, 2 or 5 × 10ⁿ, or the value more than 400 decades above the interval
 * @throws {@link QgradeError} with code `usage` when the value is not a number or a
 *   string, or the interval not a number, a string or a {@link RoundingInterval}
 * @example
 * roundGbt8170('1.050', '0.1') // '1.0'
 * roundGbt8170(0.35, 0.1)      // '0.4'
 * roundGbt8170(60.28, 0.5)     // '60.5'
 * roundGbt8170(832, 20)        // '840'
 */
export function roundGbt8170(value: number | string, interval: number | string | RoundingInterval): string {
  checkKinds(value, interval);
  const iv = typeof interval === 'object' ? interval : parseRoundingInterval(interval);
  if (!iv)
    throw new RoundingError(
      localized(
        `修约间隔必须是 1、2 或 5 × 10ⁿ，收到“${String(interval)}”`,
        `rounding interval must be 1, 2 or 5 × 10ⁿ, got ${String(interval)}`,
      ),
    );
  const d = typeof value === 'number' ? safeDecimal(value) : parseDecimal(value.trim());
  if (!d) throw notDecimal(value);
  return formatDecimal(roundDecimal(d, iv), iv.decimals);
}

// A decimal numeral whose exponent has more digits than parseDecimal reads (±999999): a decimal all the same.
const LONG_EXPONENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d{7,}$/;

/**
 * A value {@link roundGbt8170} cannot round: not a finite decimal numeral, or one with an exponent beyond
 * ±999999, which is a decimal number out of qgrade's range, not "not a decimal number" (hostile-33 F10).
 */
function notDecimal(value: number | string): RoundingError {
  const text = String(value).trim();
  if (LONG_EXPONENT.test(text))
    return new RoundingError(
      localized(
        `“${text}”超出 qgrade 读取的范围：指数最多 6 位（不超过 ±999999）`,
        `out of the range qgrade reads: ${text} (an exponent has at most 6 digits, up to ±999999)`,
      ),
    );
  return new RoundingError(
    localized(`“${String(value)}”不是十进制数`, `not a decimal number: ${String(value)}`),
  );
}

/** The kinds of value and interval {@link roundGbt8170} reads: anything else would fail as a TypeError inside. */
function checkKinds(value: unknown, interval: unknown): void {
  const valueOk = typeof value === 'number' || typeof value === 'string';
  const intervalOk =
    typeof interval === 'number' ||
    typeof interval === 'string' ||
    (typeof interval === 'object' &&
      interval !== null &&
      typeof (interval as RoundingInterval).unit === 'number');
  if (valueOk && intervalOk) return;
  if (valueOk) throw argumentKindError('roundGbt8170', 'interval', INTERVAL_KIND, interval);
  throw argumentKindError(
    'roundGbt8170',
    'value',
    localized(
      '数值或十进制数的字符串（如 1.050、"1.050"）',
      'a number or a decimal numeral as a string such as "1.050"',
    ),
    value,
  );
}

/** {@link roundGbt8170} for a finite number, returning a number (exact to the interval's decimals). */
export function roundNumberGbt8170(value: number, interval: RoundingInterval): number {
  const fast = roundAwayFromTies(value, interval);
  if (fast !== undefined) return fast;
  return Number(formatDecimal(roundDecimal(decimalFromNumber(value), interval), interval.decimals));
}

/**
 * {@link roundGbt8170} for a number and a parsed interval, as text, without
 * the argument checks and, away from a tie, without decimal arithmetic: for
 * explanations that round a value per record. The same text as
 * `roundGbt8170(value, interval)`; a value that is not finite throws as it does.
 */
export function roundNumberTextGbt8170(value: number, interval: RoundingInterval): string {
  const fast = interval.decimals <= 20 ? roundAwayFromTies(value, interval) : undefined;
  if (fast !== undefined) return fast.toFixed(interval.decimals);
  const d = safeDecimal(value);
  if (!d) throw notDecimal(value);
  return formatDecimal(roundDecimal(d, interval), interval.decimals);
}

const POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Rounding in doubles, for the common case: the value is not near half an
 * interval, so the tiny error of binary arithmetic cannot change the result,
 * and the result k × unit × 10ⁿ is built from exact integers by one correctly
 * rounded operation — the same double as parsing its decimal text. Returns
 * undefined near a tie (and for magnitudes where doubles stop being exact),
 * leaving those to the decimal algorithm.
 */
function roundAwayFromTies(value: number, iv: RoundingInterval): number | undefined {
  const e = iv.exponent;
  if (e < -22 || e > 22 || !Number.isFinite(value)) return undefined;
  const magnitude = Math.abs(value);
  const step = e < 0 ? iv.unit / POWERS[-e]! : iv.unit * POWERS[e]!;
  const scaled = magnitude / step;
  if (scaled > 1e12) return undefined;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  // Relative error of the division is below 1e-15; stay well clear of the tie.
  if (Math.abs(fraction - 0.5) <= 1e-9 + scaled * 1e-13) return undefined;
  const k = fraction < 0.5 ? whole : whole + 1;
  const multiple = k * iv.unit;
  const rounded = e < 0 ? multiple / POWERS[-e]! : multiple * POWERS[e]!;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Rounds a value written with a GB/T 8170 rounding mark (`15.5(−)`, as
 * `roundingMark` reads it): as {@link roundGbt8170}, except that a value exactly
 * half-way between two multiples goes toward the true value — down for (−),
 * up for (+) — instead of to the even one, since the true value is not
 * half-way (15.4546 → 15.5(−) → to 1: 15, not 16). A negative value's mark is
 * on its magnitude, as GB/T 8170 rounds negatives (−(16.5(+)) → −17): −2.5(−) is
 * −(2.5(−)), so it rounds to −2.
 *
 * @returns the rounded value as text with the interval's decimals
 * @throws RangeError (a {@link RoundingError}) as {@link roundGbt8170} does, and when the interval is finer than
 *   the last digit written (`6(+)` at 0.1: the value was rounded to 1 and cannot be rounded again to 0.1)
 * @example
 * roundMarkedGbt8170({ numeral: '15.5', mark: '-' }, '1'); // '15'
 * roundMarkedGbt8170({ numeral: '8.25', mark: '+' }, '0.5'); // '8.5'
 */
export function roundMarkedGbt8170(marked: RoundingMark, interval: string | number): string {
  const iv = parseRoundingInterval(interval);
  if (!iv)
    throw new RoundingError(
      localized(
        `修约间隔必须是 1、2 或 5 × 10ⁿ，收到“${String(interval)}”`,
        `rounding interval must be 1, 2 or 5 × 10ⁿ, got ${String(interval)}`,
      ),
    );
  const d = parseDecimal(marked.numeral);
  if (!d) throw notDecimal(marked.numeral);
  // 6(+) lies in (6, 6.5]: at 0.1 it is anything from 6.0 to 6.5, a precision never measured (hostile-34 W1).
  if (iv.exponent < d.exponent) throw finerThanMarked(marked, interval);
  // GB/T 8170 rounds a negative value on its magnitude, and marks the magnitude: −(16.5(+)) → −17. The flat
  // -16.5(+) is read so too (hostile-27 M8): the tie goes up in magnitude for (+), down for (−), whatever the sign.
  const tie = marked.mark === '+' ? 'up' : 'down';
  return formatDecimal(roundDecimal(d, iv, tie), iv.decimals);
}

/** A marked value cannot be rounded to an interval finer than its last digit: its true value is not known to it. */
function finerThanMarked(marked: RoundingMark, interval: string | number): RoundingError {
  const shown = `${marked.numeral}(${marked.mark === '+' ? '+' : '\u2212'})`;
  return new RoundingError(
    localized(
      `${shown} 已修约到最后一位数字，不能再修约到更细的间隔 ${String(interval)}：真值在半个末位单位内未知，请用未经修约的实测值`,
      `${shown} was rounded to its last digit and cannot be rounded again to the finer interval ${String(interval)}: its true value within half a unit of that digit is unknown; use the measured value unrounded`,
    ),
  );
}

/**
 * Rounds a decimal to a multiple of the interval, half to even; `tie` sends an
 * exact half-way magnitude up or down instead (a value with a rounding mark).
 */
export function roundDecimal(d: Decimal, iv: RoundingInterval, tie: Tie = 'even'): Decimal {
  // value / interval = coefficient × 10^scale / unit; round that quotient to an integer.
  const scale = d.exponent - iv.exponent;
  if (scale > MAX_SCALE)
    throw new RoundingError(
      // `1.5` to `0.000…01` (120,000 zeros) as much as `1e500` to `1`: the interval is too fine for the value (hostile-35 M2).
      localized(
        '修约间隔相对于该数值过细：修约结果会超过 400 位数字',
        'the rounding interval is too fine for the value: the result would have more than 400 digits',
      ),
    );
  let multiple: string;
  if (scale < -(d.digits.length + 1))
    multiple = '0'; // far below half an interval
  else multiple = roundQuotient(d.digits, scale, iv.unit, tie);
  const digits = multiple === '0' ? '0' : String(BigInt(multiple) * BigInt(iv.unit));
  return { negative: d.negative && digits !== '0', digits, exponent: iv.exponent };
}

/** How an exact half-way magnitude rounds: to the even multiple (GB/T 8170's rule), or up or down (a marked value). */
type Tie = 'even' | 'up' | 'down';

/** Whether a quotient exactly half-way rounds up. */
function tieUp(tie: Tie, odd: boolean): boolean {
  return tie === 'even' ? odd : tie === 'up';
}

/** round-half-even(coefficient × 10^scale / unit), as an integer numeral (a tie as `tie` says). */
function roundQuotient(coefficient: string, scale: number, unit: number, tie: Tie): string {
  const fitsSafely = coefficient.length + Math.abs(scale) <= 15;
  if (fitsSafely) {
    const c = Number(coefficient);
    const numerator = scale >= 0 ? c * 10 ** scale : c;
    const denominator = scale >= 0 ? unit : unit * 10 ** -scale;
    let quotient = Math.floor(numerator / denominator);
    let remainder = numerator - quotient * denominator;
    // Division of exact integers may land one off; the remainder tells.
    if (remainder < 0) {
      quotient -= 1;
      remainder += denominator;
    } else if (remainder >= denominator) {
      quotient += 1;
      remainder -= denominator;
    }
    const twice = 2 * remainder;
    if (twice > denominator || (twice === denominator && tieUp(tie, quotient % 2 === 1))) quotient += 1;
    return String(quotient);
  }
  const c = BigInt(coefficient);
  const numerator = scale >= 0 ? c * 10n ** BigInt(scale) : c;
  const denominator = scale >= 0 ? BigInt(unit) : BigInt(unit) * 10n ** BigInt(-scale);
  let quotient = numerator / denominator;
  const twice = 2n * (numerator % denominator);
  if (twice > denominator || (twice === denominator && tieUp(tie, quotient % 2n === 1n))) quotient += 1n;
  return String(quotient);
}
