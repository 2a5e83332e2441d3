import type { Band } from '../model/band';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * What falls between two bands that leave a gap, for a message: one value
 * (`(0, 10)` then `(10, 20]` leave out 10 itself) or the values between.
 */
export function bandGapText(prev: Band, next: Band): LocalizedText {
  return prev.upper === next.lower
    ? localized(`${prev.upper} 本身`, `${prev.upper} itself`)
    : localized(`${prev.upper} 与 ${next.lower} 之间的值`, `values between ${prev.upper} and ${next.lower}`);
}
