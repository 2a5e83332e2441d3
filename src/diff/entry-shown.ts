import type { LocalizedText } from '../text/localized-text';
import type { DiffEntry } from './rule-set-diff';

/** An entry's two sides as a reader is shown them, where they differ from `before` / `after` as written. */
export interface ShownSides {
  before: LocalizedText | null;
  after: LocalizedText | null;
}

// Beside the entry, not in it: the JSON's `before` / `after` keep the rule file's codes (`≠ window`), and
// a field added to every entry would change its shape.
const SHOWN = new WeakMap<DiffEntry, ShownSides>();

/**
 * Marks an entry with its sides as shown (an enum value by its label: `≠ 整体式` / `≠ Single-package`
 * for `≠ window`), for the lines that quote `before` / `after` ({@link shownSides}); returns the entry.
 *
 * @example
 * withShown(entry, { zh: '≠ 移动式', en: '≠ Mobile' }, { zh: '≠ 整体式', en: '≠ Single-package' });
 */
export function withShown(
  entry: DiffEntry,
  before: LocalizedText | null,
  after: LocalizedText | null,
): DiffEntry {
  SHOWN.set(entry, { before, after });
  return entry;
}

/**
 * The sides {@link withShown} gave an entry; `undefined` when it was given none (its sides are shown as
 * written), or the entry was read back from JSON.
 *
 * @example
 * shownSides(entry)?.after?.en; // '≠ Single-package'
 */
export function shownSides(entry: DiffEntry): ShownSides | undefined {
  return SHOWN.get(entry);
}
