/**
 * A decimal number as digits and a power of ten: `sign × coefficient × 10^exponent`.
 * Rounding works on this form, never on binary floating point, so 1.050 stays 1.050.
 */
export interface Decimal {
  negative: boolean;
  /** Decimal digits without sign, leading zeros removed ("0" for zero). */
  digits: string;
  exponent: number;
}

const DECIMAL_TEXT = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d{1,6}))?$/;

/**
 * Reads a decimal numeral (`-12.50`, `1e3`, `.5`). Returns `undefined` for
 * anything else, including hex, thousands separators and full-width digits,
 * which callers must normalise first if they accept them.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? m[4] ?? '';
  const exp = m[5] ? Number.parseInt(m[5], 10) : 0;
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, '');
  return { negative: m[1] === '-' && /[1-9]/.test(digits), digits, exponent: exp - fracPart.length };
}

/**
 * The decimal a JavaScript number stands for, to 15 significant digits.
 * Fifteen digits is what a double carries faithfully: `0.1 + 0.2` reads as 0.3,
 * and a value typed as 1.050 reads as 1.05.
 */
export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return parseDecimal(value.toPrecision(15)) as Decimal;
}

/** Formats a decimal in plain notation with exactly `decimals` digits after the point. */
export function formatDecimal(d: Decimal, decimals: number): string {
  let digits = d.digits;
  let exponent = d.exponent;
  // Bring the exponent to -decimals; callers only ever ask for the decimals the value has or more.
  if (exponent > -decimals) {
    digits += '0'.repeat(exponent + decimals);
    exponent = -decimals;
  }
  const point = digits.length + exponent;
  let text: string;
  if (exponent === 0) text = digits;
  else if (point > 0) text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  else text = `0.${'0'.repeat(-point)}${digits}`;
  text = text.replace(/^0+(?=\d)/, '');
  return d.negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Number of digits after the decimal point in a numeral as written ("4.50" → 2, "400" → 0, "1e-3" → 3). */
export function decimalsOf(text: string): number {
  const d = parseDecimal(text.trim());
  return d ? Math.max(0, -d.exponent) : 0;
}
