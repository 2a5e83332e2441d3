import type { GradeChange } from '../compare/compare-rule-sets';
import type { TalliedChange } from '../compare/compare-tally';
import { limitKeyIndicators, limitKeysText } from '../compare/limit-keys';
import { limitRowsOf } from '../compare/limit-rows';
import { diffEntriesForChange } from '../diff/diff-entries-for-change';
import { diffRuleSets } from '../diff/diff-rule-sets';
import { changeLine } from '../diff/diff-sections';
import { rowEntryFilter } from '../diff/row-entries';
import type { RuleSetDiff } from '../diff/rule-set-diff';
import type { GradeResult } from '../model/grade-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import type { Language } from '../text/localized-text';
import { type MovedByChangeRow, methodEntryMoved, movedByChange } from './moved-by-change';
import { type RuleSetChangeRow, ruleSetChangeRows } from './rule-set-changes';

/**
 * Why each changed record of a comparison moved, as every compare report says it: what its limits depend on
 * (`额定制冷量 = 4501 W`), the rule-set diff entries that moved it and their lines
 * (`← 表 … 4.50 → 4.70`), and at the end the records moved per rule-set change. One per comparison; used by
 * `qgrade compare` and the studio's Compare tab, so that the two say the same (committee-36 M2).
 *
 * @example
 * const reasons = createMoveReasons(a, b, 'zh');
 * const keys = reasons.limitKeys(change, tallied, record);
 * reasons.add(change, tallied, { a: resultA, b: resultB }, record);
 * reasons.why(change.row); // ['← 表 apf …：4.50 → 4.70，更严']
 */
export interface MoveReasons {
  /** The rule-set diff of A and B (what `qgrade diff A B` lists). */
  readonly diff: RuleSetDiff;
  /**
   * What a changed record's limits depend on (the key values of the requirements that moved it, else of those
   * whose limit changed), with the rows read under A and B where they differ; `undefined` when the record did
   * not change, no requirement changed, or it gives no key value.
   */
  limitKeys(
    change: GradeChange | undefined,
    tallied: TalliedChange | undefined,
    record: unknown,
  ): string | undefined;
  /** Notes a changed record's diff entries: those that moved it, and (for JSON) all that concern it. */
  add(
    change: GradeChange,
    tallied: TalliedChange,
    results: { a: GradeResult; b: GradeResult },
    record: unknown,
  ): void;
  /** The lines of the rule-set changes that moved the record of `row` (none for one not added). */
  why(row: number): string[];
  /** The diff entry keys that moved the record of `row` (all of its change's when no requirement moved it). */
  movedBy(row: number): string[] | undefined;
  /** The records moved per rule-set change, over the records added so far. */
  byChange(): MovedByChangeRow[];
  /** The rule-set diff as rows of the reports' "differences" table. */
  ruleSetChanges(): RuleSetChangeRow[];
}

/**
 * Starts the reasons of one comparison of `a` and `b` (see {@link MoveReasons}), its texts in `lang`.
 *
 * @example
 * const reasons = createMoveReasons(ruleSetA, ruleSetB, 'en');
 */
export function createMoveReasons(a: RuleSet, b: RuleSet, lang: Language): MoveReasons {
  // What each changed record's limits depend on (its table row: 机组类型, 额定制冷量) (committee-22 F4).
  const keysA = limitKeyIndicators(modelOf(a));
  const keysB = limitKeyIndicators(modelOf(b));
  const keysOf = (id: string) => {
    const inB = keysB(id);
    const more = keysA(id).filter((k) => !inB.some((x) => x.name === k.name));
    return more.length === 0 ? inB : [...inB, ...more];
  };
  // The rows each record reads under A and B, where written differently (a moved boundary: committee-26 F3).
  const rowsOf = limitRowsOf(modelOf(a), modelOf(b));
  const diff = diffRuleSets(a, b);
  const concerns = rowEntryFilter(modelOf(a), modelOf(b), a.indicators, b.indicators);
  const entries = new Map(diff.entries.map((e) => [e.key, e]));
  // By row: the entries that moved the record (the text's lines), and all of its change's for JSON.
  const causedBy = new Map<number, string[]>();
  const movedBy = new Map<number, string[]>();
  return {
    diff,
    limitKeys(change, tallied, record) {
      if (!change || !tallied || record === undefined || change.criteria.length === 0) return undefined;
      // A fixed limit (Cr(VI) ≤ 10.0) reads no table row, and a limit that changed with the same outcome did
      // not move it (committee-34 M5); those when nothing moved it.
      const keyed =
        tallied.causes.length > 0
          ? tallied.causes
          : [...tallied.limitOnly, ...tallied.addedInB, ...tallied.removedInB];
      return limitKeysText(keysOf, keyed, record, lang, rowsOf(keyed, record, lang));
    },
    add(change, tallied, results, record) {
      // Only the entries of the requirements that moved it (committee-24 F3: not a limit whose outcome
      // did not change); all of the change's when none moved it (a record invalid under one side).
      const entriesFor = (c: GradeChange) =>
        diffEntriesForChange(c, diff, results)
          // Of a table's rows, the one the record is looked up in (committee-24 F13).
          .filter((e) => concerns(e, record))
          // A method change credited only where some side's rounding turned the outcome (committee-24 F4).
          .filter((e) => {
            const id = e.key.slice('criterion:'.length, -':comparison'.length);
            return methodEntryMoved(
              e.key,
              results.a.criteria.find((x) => x.id === id),
              results.b.criteria.find((x) => x.id === id),
            );
          })
          .map((e) => e.key);
      const caused = entriesFor({ ...change, criteria: tallied.causes });
      causedBy.set(change.row, caused);
      movedBy.set(change.row, tallied.causes.length > 0 ? caused : entriesFor(change));
    },
    why: (row) => (causedBy.get(row) ?? []).map((key) => changeLine(entries.get(key)!, lang)),
    movedBy: (row) => movedBy.get(row),
    byChange: () => movedByChange(causedBy.values(), diff, { a: a.comparison, b: b.comparison }, lang),
    ruleSetChanges: () => ruleSetChangeRows(diff, lang),
  };
}
