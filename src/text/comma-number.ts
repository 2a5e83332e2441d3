import { type LocalizedText, localized } from './localized-text';

// Up to three digits before the first comma could be the first group of a number with thousands separators
// (`1,700`); more cannot (`1234,5` has a decimal comma only).
const LEAD_GROUP = /^[+-]?\d{1,3}$/;

/**
 * What to write for a number whose commas split it, given its digit runs as
 * written (`['5', '00']` for `5,00`): the decimal for a decimal comma (`5.00`);
 * for `1,700` the decimal and the whole number (a thousands separator); for
 * `3,300,000` the whole number. `undefined` when the runs are no such number
 * (`3,30,0`). With `named`, the sentence names the number as written, not "it".
 *
 * @example
 * commaNumberFix(['5', '00'])?.en // 'if it is one number with a decimal comma, write 5.00 (a decimal point)'
 * commaNumberFix(['1', '700'])?.en
 * // 'if it is one number, write 1.700 if "," is its decimal mark, or 1700 if "," separates thousands (a limit is written without one)'
 */
export function commaNumberFix(digits: readonly string[], named = false): LocalizedText | undefined {
  if (digits.length < 2) return undefined;
  // `it`, or the number as written where the sentence before names something else (a key and its value).
  const it = named ? localized(` ${digits.join(',')} `, digits.join(',')) : localized('它', 'it');
  const grouped = LEAD_GROUP.test(digits[0]!) && digits.slice(1).every((d) => d.length === 3);
  const whole = digits.join('');
  const decimal = digits.length === 2 ? `${digits[0]}.${digits[1]}` : undefined;
  if (decimal !== undefined && grouped)
    return localized(
      `若${it.zh}是一个数：“,”是小数点时请写 ${decimal}，是千位分隔符时请写 ${whole}（数值不写分隔符）`,
      `if ${it.en} is one number, write ${decimal} if "," is its decimal mark, or ${whole} if "," separates thousands (a number is written without one)`,
    );
  if (decimal !== undefined)
    return localized(
      `若${it.zh}是一个用“,”作小数点的数，请写 ${decimal}（小数点写作“.”）`,
      `if ${it.en} is one number with a decimal comma, write ${decimal} (a decimal point)`,
    );
  if (grouped)
    return localized(
      `若${it.zh}是一个用“,”作千位分隔符的数，请写 ${whole}（数值不写分隔符）`,
      `if ${it.en} is one number with thousands separators, write ${whole} (a number is written without them)`,
    );
  return undefined;
}
