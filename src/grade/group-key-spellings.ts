import { foldLabel } from '../text/fold-label';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { withoutZeroWidth } from '../text/unseen-character';

/** How many keys written more than one way the notice names, and how many other spellings of each. */
const LISTED_KEYS = 10;
const LISTED_SPELLINGS = 5;

/**
 * A `--group-by` key as records are grouped by it: as a header is matched
 * (NFKC, trimmed, runs of white space one space), so `２０２６-10 42.5`,
 * `2026-10　42.5` (U+3000) and `2026-10 42.5` are one lot, not three graded
 * on a third of its samples each (hostile-25 W10); without zero-width characters
 * too (`2026-10` with a U+200B after it: hostile-33 F0c).
 */
export function foldGroupKey(key: string): string {
  return foldLabel(withoutZeroWidth(key));
}

/**
 * The other spellings of keys that were merged into one group, bounded: a
 * notice names them once the input is read, so a merge is never silent.
 */
export class KeySpellings {
  readonly #merged = new Map<string, { first: string; others: string[]; more: number }>();
  #moreKeys = 0;

  /** Notes that `spelling` was grouped under the key first written `first` (they differ). */
  note(first: string, spelling: string): void {
    let entry = this.#merged.get(first);
    if (!entry) {
      if (this.#merged.size >= LISTED_KEYS) {
        this.#moreKeys++;
        return;
      }
      entry = { first, others: [], more: 0 };
      this.#merged.set(first, entry);
    }
    if (entry.others.includes(spelling)) return;
    if (entry.others.length < LISTED_SPELLINGS) entry.others.push(spelling);
    else entry.more++;
  }

  /**
   * What stderr says of the merged spellings, or `undefined` when every key was written one way.
   *
   * @param option - the option that groups by the column: `--group-by` or `--tally-by`
   */
  notice(option: '--group-by' | '--tally-by', column: string): LocalizedText | undefined {
    if (this.#merged.size === 0) return undefined;
    const zh: string[] = [];
    const en: string[] = [];
    for (const { first, others, more } of this.#merged.values()) {
      const list = others.map(shownKey);
      zh.push(
        `“${shownKey(first)}”（又写作 ${list.map((s) => `“${s}”`).join('、')}${more ? ` 等另 ${more} 种` : ''}）`,
      );
      en.push(
        `"${shownKey(first)}" (also written ${list.map((s) => `"${s}"`).join(', ')}${more ? ` and ${more} more` : ''})`,
      );
    }
    const moreZh = this.#moreKeys ? `；另有 ${this.#moreKeys} 处未列出` : '';
    const moreEn = this.#moreKeys ? `; ${this.#moreKeys} more not listed` : '';
    return localized(
      `${option} 列“${column}”中只差全角/半角或空白的键合为一组（以首次出现的写法显示）：${zh.join('；')}${moreZh}`,
      `${option} column "${column}": keys that differ only in full-width characters or spaces were taken as one group (shown as first written): ${en.join('; ')}${moreEn}`,
    );
  }
}

/** A key as the notice shows it: one line, cut short, white space other than a plain space named (`2026-10<U+3000>42.5`). */
export function shownKey(key: string): string {
  return safeLine(cutShort(key)).replace(
    /[^\S ]/gu,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
