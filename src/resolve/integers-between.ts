import type { Band } from '../model/band';
import { ownEntry } from '../model/own-entry';
import type { RuleDocument } from '../model/rule-document';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * The whole numbers that lie above band `prev` and below band `next` (which
 * starts at or above where `prev` ends), as the first and last of them, or
 * `undefined` when there is none. For an integer indicator this is the gap
 * that matters: `≤ 0` and `[1, 3]` leave out the numbers between 0 and 1,
 * but an integer is never one of them (newcomer-21 F6).
 *
 * @example
 * integersBetween(parseBand('≤ 0')!.band, parseBand('[1, 3]')!.band) // undefined
 * integersBetween(parseBand('≤ 0')!.band, parseBand('[3, 5]')!.band) // { first: 1, last: 2 }
 */
export function integersBetween(prev: Band, next: Band): { first: number; last: number } | undefined {
  const first = prev.upperInclusive ? Math.floor(prev.upper) + 1 : Math.ceil(prev.upper);
  const last = next.lowerInclusive ? Math.ceil(next.lower) - 1 : Math.floor(next.lower);
  return first <= last ? { first, last } : undefined;
}

/** Whether `name` is an indicator of `type: integer`: the values between whole numbers are none it takes. */
export function isIntegerIndicator(doc: RuleDocument, name: string): boolean {
  return ownEntry(doc.indicators, name)?.type === 'integer';
}

/** The whole numbers {@link integersBetween} finds, for a message: "the integer 4", "the integers 4 to 6". */
export function integersText({ first, last }: { first: number; last: number }): LocalizedText {
  return first === last
    ? localized(`整数 ${first}`, `the integer ${first}`)
    : localized(`${first} 至 ${last} 的整数`, `the integers ${first} to ${last}`);
}
