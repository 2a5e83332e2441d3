import { type LocalizedText, localized } from './localized-text';

/**
 * Whether `n` is an integer a double may not hold exactly: 2^53 (9007199254740992) or more in size. 2^53 itself is
 * one, as 2^53 + 1 written reads as 2^53: the number read cannot tell which was meant (hostile-40 W3).
 *
 * @example
 * unsafeInteger(9007199254740991) // false
 * unsafeInteger(9007199254740992) // true
 * unsafeInteger(1e20) // true
 */
export function unsafeInteger(n: number): boolean {
  return Number.isInteger(n) && !Number.isSafeInteger(n);
}

/** Why an integer indicator refuses such a number, after the value in a message: `"1e20" is an integer too large…`. */
export const UNSAFE_INTEGER_TEXT: LocalizedText = localized(
  '整数过大，无法精确表示（不小于 2^53）',
  'is an integer too large to be exact (2^53 or more)',
);
