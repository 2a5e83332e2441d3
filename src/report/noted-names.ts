import { criterionNames } from '../model/criterion-names';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { displayWidth } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';
import { bothCriterionNotes, notedName } from './criterion-notes';

/**
 * A comparison's requirement names by id, without limits: B's where B has the requirement, else A's.
 *
 * @example
 * comparisonNames(a, b).get('apf@1')?.zh // '全年能源消耗效率（APF）（1级）'
 */
export function comparisonNames(a: RuleSet, b: RuleSet): Map<string, LocalizedText> {
  return new Map([
    ...criterionNames(modelOf(a), { limits: false }),
    ...criterionNames(modelOf(b), { limits: false }),
  ]);
}

/**
 * A comparison's requirement names by id, as its reports list the requirements that moved records:
 * {@link comparisonNames}, with its rule-file note after it (`seer-heat-pump-top` →
 * `制冷季节能源消耗效率（SEER） ≥ 5.00（1级）（注：示例数值）`); the id for one neither has.
 *
 * @param names - the names, where the caller has them already
 * @example
 * const name = notedNames(a, b, 'zh');
 * movedMost(tally.causeCounts(), name, tally.aloneCounts());
 */
export function notedNames(
  a: RuleSet,
  b: RuleSet,
  lang: Language,
  names: ReadonlyMap<string, LocalizedText> = comparisonNames(a, b),
): (id: string) => string {
  const notes = bothCriterionNotes(
    { model: modelOf(a), doc: a.document },
    { model: modelOf(b), doc: b.document },
  );
  return (id) => notedName(names.get(id)?.[lang] ?? id, notes.get(id), lang);
}

/**
 * The widest note (in display columns) a table's name column keeps beside the name: `示例数值`, `Illustrative
 * figure`. A longer one (a rounding rule of 130 characters) made the column ~190 wide (committee-39 M4).
 */
export const TABLE_NOTE_WIDTH = 40;

/**
 * A comparison's requirement names for a table's name column: {@link notedNames}, with a note wider than
 * {@link TABLE_NOTE_WIDTH} in either language left out of the name and given by `note`, for the table to say under
 * it: zh and en lay the table out alike.
 *
 * @example
 * const { name, note } = tableNames(a, b, 'en');
 * movedMost(tally.causeCounts(), name, tally.aloneCounts(), MOVED_MOST_LIMIT, note);
 */
export function tableNames(
  a: RuleSet,
  b: RuleSet,
  lang: Language,
  names: ReadonlyMap<string, LocalizedText> = comparisonNames(a, b),
): { name: (id: string) => string; note: (id: string) => string | undefined } {
  const notes = bothCriterionNotes(
    { model: modelOf(a), doc: a.document },
    { model: modelOf(b), doc: b.document },
  );
  // Long in either language: both then lay the table out alike, the note on its own line (committee-40 M5: the zh
  // note, narrower, stayed inside the name, and the zh sheet had a row fewer than the en).
  const long = (id: string) => {
    const note = notes.get(id);
    if (note === undefined) return undefined;
    const wide = [note.zh, note.en].some((t) => displayWidth(t.trim()) > TABLE_NOTE_WIDTH);
    return wide ? note[lang].trim() : undefined;
  };
  return {
    name: (id) => notedName(names.get(id)?.[lang] ?? id, long(id) ? undefined : notes.get(id), lang),
    note: long,
  };
}
