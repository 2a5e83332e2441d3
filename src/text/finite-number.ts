import { type LocalizedText, localized } from './localized-text';
import { normalDecimal } from './normal-decimal';
import { radixNumeralAdvice } from './radix-numeral';

// What a rule file's number is unless a caller says: a limit.
const LIMIT = localized('限值', 'limit');

// A written decimal number, as ranges and bands write one (they hold no names).
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/g;

/**
 * Why a written number cannot stand for what it says, or `undefined` when it
 * can: beyond about ±1.8e308 it would be read as infinity (`1e309`), and a
 * non-zero number below about 5e-324 would be read as 0 (`1e-400`). A limit
 * of infinity is met by nothing (or everything), and a limit silently read
 * as 0 is not the limit the standard gives.
 *
 * @param text - a decimal numeral such as `1e309` or `-0.5`.
 * @param shown - the numeral as the message quotes it, when it was written otherwise (`−1e999` for `-1e999`).
 * @example
 * numberTextProblem('1e309')?.en // '1e309 is too large to be a number (…)'
 */
export function numberTextProblem(text: string, shown?: string): LocalizedText | undefined {
  return numberValueProblem(Number(text), text, LIMIT, shown);
}

/**
 * {@link numberTextProblem} for a number already read (a YAML scalar), with
 * its text as written when known: `.nan`, `.inf` and `1e999` read as NaN and
 * infinity, `1e-400` as 0; a numeral of more than 15 significant digits
 * (`500.00000000000000000001`, read as 500, which would then be said to meet
 * `≥ 500.00000000000000000001`), refused as a data cell is; YAML's hexadecimal
 * and octal integers (`0x190`, `0o764`), which a report would show as written.
 * `quoted`, when given, is what the message quotes in place of `written` (the
 * limit as typed, `−1e999`, where `written` is its ASCII `-1e999`).
 */
export function numberValueProblem(
  value: number,
  written?: string,
  noun: LocalizedText = LIMIT,
  quoted?: string,
): LocalizedText | undefined {
  const text = written?.trim() || String(value);
  const shown = quoted?.trim() || text;
  if (Number.isNaN(value))
    return localized(
      `“${shown}”不是数值（NaN）；请写出一个数`,
      `"${shown}" is not a number (NaN); write a number`,
    );
  if (!Number.isFinite(value))
    return localized(
      `“${shown}”太大，不能作为数值（数值的绝对值最大约为 1.8×10³⁰⁸）`,
      `${shown} is too large to be a number (numbers go up to about ±1.8e308)`,
    );
  if (value === 0 && written !== undefined && /[1-9]/.test(written.split(/[eE]/)[0]!))
    return localized(
      `“${shown}”太小，会被读作 0（不为 0 的数绝对值至少约为 5×10⁻³²⁴）；若要写 0 请直接写 0，否则请换用更大的单位`,
      `${shown} is too small: it would be read as 0 (a non-zero number is at least about 5e-324); write 0 if you mean it, or use a larger unit`,
    );
  if (written === undefined) return undefined;
  // Only a numeral of 16 characters or more can have 16 significant digits.
  if (text.length >= 16 && DECIMAL.test(text) && normalDecimal(text).indexOf('e') > 15) {
    // Near the largest double the 15 digits round up past it: show them as written (1.79769313486232e+308).
    const fifteen = value.toPrecision(15);
    const read = Number.isFinite(Number(fifteen)) ? String(Number(fifteen)) : fifteen;
    return localized(
      `“${shown}”的有效数字多于 15 位，qgrade 不读（按 15 位有效数字是 ${read}，按全部数字比较可能得出另一结果）：请按标准写出${noun.zh}（最多 15 位有效数字）`,
      `"${shown}" has more than 15 significant digits, which qgrade does not read (at 15 digits it is ${read}; compared by all its digits it may give another result): write the ${noun.en} as the standard gives it (at most 15 significant digits)`,
    );
  }
  return radixNumeralAdvice(text, shown, '', noun);
}

// A whole decimal numeral, as YAML's core schema and a requirement write one.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The first number written in `text` (a range, a band) that {@link numberTextProblem}
 * refuses, with its offset, or `undefined`.
 */
export function firstNumberProblem(text: string): { text: LocalizedText; index: number } | undefined {
  for (const m of text.matchAll(NUMBER)) {
    const problem = numberTextProblem(m[0]);
    if (problem) return { text: problem, index: m.index };
  }
  return undefined;
}
