import type { BlankBelowValues } from '../input/blank-below-values';
import type { LocalizedText } from '../text/localized-text';
import { fillDownNotice } from './fill-down-notice';
import { keylessNotice } from './group-key';
import type { InvisibleInKeys } from './invisible-key-notice';

/**
 * What `grade --group-by` says once its groups are graded, in its order: the records with no key (graded as the
 * last group), keys merged with another spelling, zero-width characters left out of keys, and names written once
 * per block. The studio's lot view shows the same, with the same texts (fix-lots8 §3).
 *
 * @param keyless - how many records had no value in the column
 * @param spellings - the notice of keys written two ways (`router.spellings.notice`), if any
 * @example
 * for (const n of groupByNotices('lot', 0, router.spellings.notice('--group-by', 'lot'), invisible, blanks)) ctx.err(n[ctx.lang]);
 */
export function groupByNotices(
  column: string,
  keyless: number,
  spellings: LocalizedText | undefined,
  invisible: InvisibleInKeys,
  blanks: BlankBelowValues,
): LocalizedText[] {
  return [
    keyless > 0 ? keylessNotice(keyless, column) : undefined,
    spellings,
    invisible.notice('--group-by', column),
    fillDownNotice('--group-by', column, blanks),
  ].filter((n): n is LocalizedText => n !== undefined);
}
