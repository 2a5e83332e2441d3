import type { Limit } from '../model/grade-result';
import { decimalFromNumber, formatDecimal } from '../rounding/decimal';
import {
  parseRoundingInterval,
  type RoundingInterval,
  roundNumberGbt8170,
  roundNumberTextGbt8170,
} from '../rounding/gbt8170';
import { toFifteenDigits } from '../rounding/significant-digits';
import { numberText } from '../text/number-text';
import type { ValueLabels } from './value-label-text';

/**
 * A measured or computed number as an explanation shows it: rounded to
 * `at` (GB/T 8170) for reading, unless the rounded figure would contradict
 * the outcome — "65.00 does not meet ≥ 65" — in which case it takes the
 * fewest more digits that read the right way (64.996), up to four more, and
 * beyond that every digit. A value of 1e21 or more is shown as `1e+21`. The result's `value`
 * always keeps every digit.
 */
export function shownValue(
  value: number,
  at: RoundingInterval,
  limit: Limit | null,
  passed: boolean | null,
): string {
  // From 1e21 on, a number is written with an exponent (1e+308), as JavaScript writes it:
  // rounding it to 0.01 would add nothing but hundreds of zeros.
  if (Math.abs(value) >= 1e21) return String(value);
  const shown = roundNumberTextGbt8170(value, at);
  if (shown === String(value) || !limit || passed === null) return shown;
  if (!contradicts(Number(shown), value, limit, passed)) return shown;
  // The fewest more digits that read the right way (3.05, not 3.04588838279239); failing that, every digit.
  for (let decimals = at.decimals + 1; decimals <= at.decimals + MORE_DIGITS; decimals++) {
    const longer = roundNumberTextGbt8170(value, intervalOf(decimals));
    if (!contradicts(Number(longer), value, limit, passed)) return longer;
  }
  return String(value);
}

/**
 * A number as qgrade reads it, at 15 significant digits: a library caller's
 * 0.2850000000000001 (a computation's noise) is rounded and compared as
 * 0.285, so it is shown so — never with digits that contradict the 修约值
 * beside it ("0.2850000000000001 (rounded to 0.28)", standards-30 W1). The
 * result's `value` keeps every digit.
 *
 * @example
 * readValueText(0.2850000000000001); // '0.285'
 * readValueText(0.1 + 0.2); // '0.3'
 */
export function readValueText(value: number): string {
  return numberText(toFifteenDigits(value));
}

/**
 * A computed figure shown finer than the step it was compared at, under the
 * rounded-value method, with more digits where the figure itself would round
 * to another value than the one compared: a mean of 26.533 J reads 26.53, not
 * 26.5, beside 修约值 27 (26.5 rounds half to even to 26, and reads as a
 * rounding error). Up to four more digits, as {@link shownValue} takes.
 */
export function roundsAsCompared(
  shown: string,
  value: number,
  compared: number,
  step: RoundingInterval,
): string {
  const dot = shown.indexOf('.');
  let decimals = dot < 0 ? 0 : shown.length - dot - 1;
  const most = decimals + MORE_DIGITS;
  while (decimals < most && roundNumberGbt8170(Number(shown), step) !== compared)
    shown = roundNumberTextGbt8170(value, intervalOf(++decimals));
  return shown;
}

/**
 * The step a value was compared at under the rounded-value method: the
 * criterion's fixed interval, else one unit of the limit's last written digit.
 */
export function comparedStep(digits: ShownDigits | undefined, limit: Limit | null): RoundingInterval {
  return digits?.roundedAt ?? intervalOf((limit && writtenDecimals(limit.text)) ?? 0);
}

/** How many digits beyond the interval's a shown value may take before it shows every digit. */
const MORE_DIGITS = 4;

const intervals: RoundingInterval[] = [];
/** The rounding interval of `decimals` decimal places (0.01 for 2), made once. */
export function intervalOf(decimals: number): RoundingInterval {
  intervals[decimals] ??= parseRoundingInterval(`1e-${decimals}`)!;
  return intervals[decimals];
}

/** Whether a shown (rounded) value read against the limit gives the other outcome, or lands on the limit itself. */
function contradicts(shown: number, value: number, limit: Limit, passed: boolean): boolean {
  const v = limit.value;
  if (typeof v === 'number') {
    if (shown === v) return value !== v;
    const meets: Partial<Record<Limit['operator'], boolean>> = {
      '>=': shown >= v,
      '>': shown > v,
      '<=': shown <= v,
      '<': shown < v,
    };
    const m = meets[limit.operator];
    return m !== undefined && m !== passed;
  }
  if (limit.operator === 'between' && Array.isArray(v))
    return v.some((end) => end === shown && end !== value);
  return false;
}

/** Significant digits a computed value keeps in an explanation. */
const COMPUTED_DIGITS = 6;

/**
 * A computed number (a formula's result, a mean) as an explanation shows
 * it: the shortest text when it has at most six significant digits, else
 * rounded to six (GB/T 8170) — 0.433333333333333 as 0.433333 — with the
 * guard of {@link shownValue} against a figure that reads the other way.
 * Whole digits are never rounded away (1234567.89 as 1234568).
 */
export function computedText(
  value: number,
  text: string,
  limit: Limit | null,
  passed: boolean | null,
): string {
  // Up to 8 characters hold at most six significant digits after a sign and "0.": nothing to shorten.
  if (text.length <= COMPUTED_DIGITS + 2 || !Number.isFinite(value) || text.includes('e')) return text;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, COMPUTED_DIGITS - 1 - magnitude);
  const dot = text.indexOf('.');
  if (dot < 0 || text.length - dot - 1 <= decimals) return text;
  // toFixed, not GB/T 8170's decimal rounding, for speed (one call per record of a formula's result): the two
  // differ only on an exact tie in the seventh digit, which a long computed figure does not have. Near a limit
  // the outcome depends on, shownValue decides.
  const shown = value.toFixed(decimals);
  if (limit === null || passed === null || !contradicts(Number(shown), value, limit, passed)) return shown;
  return shownValue(value, intervalOf(decimals), limit, passed);
}

/**
 * The decimals a computed value (a mean, a formula's result without
 * `decimals`) is shown with next to its limit: one more than the step it is
 * compared at — the criterion's `interval` (its decimals given as
 * `intervalDecimals`), else the limit's written decimals (`≥ 27` → 1,
 * `≤ 0.45` → 3). GB/T 8170 keeps one digit more than the reported one in
 * intermediate values; a mean of 26, 27, 27 J reads 26.7 against ≥ 27,
 * every record alike. `undefined` when there is no number to go by (no
 * limit, one of words, or one a formula computes per record without
 * `decimals` — its digits are a double's, not a written step: `perRecord`):
 * the value then keeps six significant digits (1.2 beside ≥ 1.1999875, not
 * 1.20000000).
 */
export function computedDecimals(
  limit: Limit | null,
  intervalDecimals: number | undefined,
  perRecord = false,
): number | undefined {
  if (intervalDecimals !== undefined) return intervalDecimals + 1;
  if (!limit || perRecord) return undefined;
  const written = writtenDecimals(limit.text);
  return written === undefined ? undefined : written + 1;
}

/**
 * A measured number as a record gives it without its written form (a JSON,
 * YAML or .xlsx number): its shortest text, with trailing zeros up to the
 * limit's written decimals (`decimals`) — 4 beside ≥ 4.0 reads 4.0, as the
 * lab reports it at the limit's precision (GB/T 8170). Only zeros are
 * added: the number is the same; one with more decimals keeps them all.
 *
 * @example
 * measuredValueText(22, 1); // '22.0'
 * measuredValueText(22.45, 1); // '22.45'
 */
export function measuredValueText(value: number, decimals: number | undefined): string {
  const text = numberText(value);
  if (!decimals || !Number.isFinite(value) || text.includes('e')) return text;
  const dot = text.indexOf('.');
  const own = dot < 0 ? 0 : text.length - dot - 1;
  if (own >= decimals) return text;
  return `${text}${dot < 0 ? '.' : ''}${'0'.repeat(decimals - own)}`;
}

/**
 * The decimals a measured number is shown with at least beside `limit`
 * ({@link measuredValueText}): the limit's written decimals; `undefined`
 * for a limit read from a marked value, written as an interval
 * (`≥ (10, 10.25]`, `19(+) ± 1.0 → (18, 18.5] …`), whose ends' digits are no
 * written precision, and for none.
 */
export function measuredDecimals(limit: Limit | null): number | undefined {
  if (!limit || limit.text.includes('(')) return undefined;
  return writtenDecimals(limit.text);
}

/** The most decimals of a number in a limit's text (`[1.25, 1.30]` → 2), or `undefined` when it has no number. */
export function writtenDecimals(text: string): number | undefined {
  let most: number | undefined;
  for (const m of text.matchAll(/\d+(?:\.(\d+))?/g)) most = Math.max(most ?? 0, m[1]?.length ?? 0);
  // Past 15 decimals a double has no more digits to show.
  return most === undefined ? undefined : Math.min(most, 15);
}

/**
 * A computed number as an explanation and a report's short text show it:
 * at `decimals` ({@link computedDecimals}) with {@link shownValue}'s guard
 * against a figure that reads the other way; six significant digits
 * ({@link computedText}) when `decimals` is `undefined`, or when the value
 * would show as nothing but zeros (0.00012 against ≤ 5 is not "0.0").
 * `passed` is `null` under the rounded-value method: the verdict is the
 * rounded value's, which is shown beside it ("26.7（修约值 27）").
 */
export function computedShown(
  value: number,
  text: string,
  decimals: number | undefined,
  limit: Limit | null,
  passed: boolean | null,
): string {
  if (decimals === undefined || !Number.isFinite(value) || Math.abs(value) >= 1e21)
    return computedText(value, text, limit, passed);
  const shown = shownValue(value, intervalOf(decimals), limit, passed);
  if (value !== 0 && !/[1-9]/.test(shown)) return computedText(value, text, limit, passed);
  return shown;
}

/**
 * How one computed value — a score, a derived value, a mean — is shown on
 * every line of a record's explanation, decided when its rule set compiles
 * from every limit the value is compared with by the full-value method: one
 * figure for the record, not one per line ("88.00 meets ≥ 75" beside
 * "87.996 does not meet ≥ 88" read as two totals).
 */
export interface ValueFigure {
  /** The decimals it is shown with at least; `undefined`: six significant digits. */
  decimals: number | undefined;
  /**
   * A score: its shortest text (95, not 95.00), and never a whole number it
   * is not (85.997, not 86: a breakdown adding up to a cutoff would hide why
   * the total falls short).
   */
  score: boolean;
  /** The numbers it is compared with, ascending, each once: the figure lands on or passes none the value does not. */
  limits: readonly number[];
  /**
   * A group statistic's: its `decimals` hold for every value, without an
   * exponent — a CV of 5.8e-12 % reads 0.0 at one decimal, as the author
   * asked — up to 1e21, which reads with one (`1.6e+308`); where more digits are needed
   * against a limit, every digit is written out (0.00000000000577169819030743).
   */
  plain?: true;
  /** The last value shown and its text: the lines of one record ask for the same value one after another. */
  lastValue?: number;
  lastText?: string;
}

/**
 * A value's one figure ({@link ValueFigure}): rounded (GB/T 8170) to the
 * figure's decimals, with the fewest more digits, up to four, that put it
 * on the value's side of every limit and on none it is not (87.996 beside
 * ≥ 88, and so beside ≥ 60 and ≥ 75 too); beyond that, every digit. A value
 * at a limit shows as that limit.
 */
export function figureText(f: ValueFigure, value: number): string {
  if (Object.is(value, f.lastValue)) return f.lastText!;
  const text = figureOf(f, value);
  f.lastValue = value;
  f.lastText = text;
  return text;
}

function figureOf(f: ValueFigure, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // A group statistic too (hostile-25: a mean of values near 1e308 printed 309 digits): the digits a double carries.
  if (Math.abs(value) >= 1e21) {
    const text = exponentText(value);
    return fits(f, Number(text), value) ? text : String(value);
  }
  let decimals = f.decimals;
  if (decimals === undefined) {
    // Six significant digits, by toFixed as computedText (the two differ only on an exact tie in the seventh).
    const six = computedText(value, numberText(value), null, null);
    if (fits(f, Number(six), value)) return six;
    decimals = six.includes('.') ? six.length - six.indexOf('.') - 1 : 0;
  }
  for (let d = decimals; d <= decimals + MORE_DIGITS; d++) {
    let shown = roundNumberTextGbt8170(value, intervalOf(d));
    if (f.score && d > 0) shown = withoutTrailingZeros(shown);
    if (fits(f, Number(shown), value)) return shown;
  }
  if (!f.plain) return String(value);
  // 15 digits that land on a limit the value is not on (72.5000000000000 for 72.49999999999997 beside ≥ 72.5): the double's own.
  const every = everyDigit(value);
  return fits(f, Number(every), value) ? every : String(value);
}

/**
 * A number of 1e21 or more as JavaScript writes it, with an exponent, at the 15 significant digits a double
 * carries (`1.6e+308`, not `1.6000000000000002e+308`, nor 309 digits); a smaller one as `String` writes it.
 *
 * @example
 * exponentText(1.6000000000000002e308); // '1.6e+308'
 * exponentText(12.5); // '12.5'
 */
export function exponentText(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) < 1e21) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** Every digit of a number (15 significant, as a double holds them), without an exponent: 5.77e-12 as 0.00000000000577. */
export function everyDigit(value: number): string {
  const d = decimalFromNumber(value);
  return formatDecimal(d, Math.max(0, -d.exponent));
}

/** Whether a figure reads as the value does: no limit the value is not on lies between them or under the figure, nothing but zeros for a value that is not 0, and (a score) not whole unless the value is. */
function fits(f: ValueFigure, shown: number, value: number): boolean {
  // A statistic's zeros are its decimals' (a CV of 5.8e-12 % is 0.0 at one decimal); 0 as a limit still guards it.
  if (shown === 0 && value !== 0 && !f.plain) return false;
  if (f.score && Number.isInteger(shown) && shown !== value) return false;
  if (shown === value) return true;
  const low = Math.min(shown, value);
  const high = Math.max(shown, value);
  const limits = f.limits;
  // Few limits (a score's cutoffs): a scan; a table column's cells: the first at or above `low` by halving.
  let i = 0;
  if (limits.length > 8) {
    let hi = limits.length;
    while (i < hi) {
      const mid = (i + hi) >>> 1;
      if (limits[mid]! < low) i = mid + 1;
      else hi = mid;
    }
  }
  for (; i < limits.length; i++) {
    const v = limits[i]!;
    if (v > high) break;
    if (v >= low && v !== value) return false;
  }
  return true;
}

/** `95.50` as `95.5`, `95.00` as `95`. */
function withoutTrailingZeros(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text[end - 1] === '0') end--;
  if (text[end - 1] === '.') end--;
  return text.slice(0, end);
}

/** How one requirement's explanation shows its value, for the short texts of reports to show it alike. */
export interface ShownDigits {
  /** A derived value's `decimals` (a score's two): the value is shown rounded to them. */
  at?: RoundingInterval;
  /** Under the rounded-value method with a fixed interval: the decimals of the value as compared. */
  rounded?: number;
  /** That interval itself (0.5 has one decimal, but is not 0.1): what a computed figure must round to as compared. */
  roundedAt?: RoundingInterval;
  /** A mean or a formula's result without `decimals`: shown by {@link computedShown}. */
  computed?: true;
  /** The mean of the specimens (`aggregate: mean`): a short text says so, as the explanation does (`平均值 345.0 MPa`). */
  mean?: true;
  /**
   * The least or greatest of the specimens (`aggregate: min` / `max`, or `each` against `≥` / `≤`): a short text
   * says so before the specimen (`最小值 #2 340 MPa`), as it says 平均值 of a mean.
   */
  extreme?: 'min' | 'max';
  /** Its limit is a formula's result without `decimals`, computed per record ({@link computedDecimals}). */
  perRecordLimit?: true;
  /** A computed value compared by the full-value method: its one figure on every line ({@link ValueFigure}). */
  figure?: ValueFigure;
  /** A count of specimens: at most `count` may fail (`atMostFailing`), or at least `count` must meet (`atLeastPassing`). */
  allowed?: { atMost: boolean; count: number };
  /** An enum's values with labels: shown by their label (`热泵型`), as the explanation shows them. */
  valueLabels?: ValueLabels;
  /** The unit of the value, shown after a number limit as the explanation shows it (`≤ 65 %`). */
  unit?: string;
}

// Keyed by a requirement's label, the one frozen object its results share: noted at compile time, read by reports.
const SHOWN = new WeakMap<object, ShownDigits>();

/** Notes, when a requirement's explainer is compiled, how its values are shown (see {@link ShownDigits}). */
export function noteShownDigits(label: object, digits: ShownDigits): void {
  SHOWN.set(label, digits);
}

/**
 * A criterion result's value as its explanation shows it, for a short text
 * (`84.83`, not `84.8333`; a value rounded under GB/T 8170 as `52.0`): the
 * digits noted when its rule set compiled, or six significant digits (see
 * {@link computedText}) for a result from elsewhere.
 */
export function shownDigitsOf(label: object): ShownDigits | undefined {
  return SHOWN.get(label);
}
