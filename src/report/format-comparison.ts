import type { GradeChange, RuleSetComparison } from '../compare/compare-rule-sets';
import type { CompareCounts, CompareTally, ReasonCount, TalliedChange } from '../compare/compare-tally';
import { gradeDistribution } from '../compare/grade-distribution';
import { shownMatrix } from '../compare/matrix-with-invalid';
import type { MovesByColumn } from '../compare/moves-by-column';
import { keptBesideRow } from '../model/kept-values';
import type { Language, LocalizedText } from '../text/localized-text';
import {
  COMPARE_TEXT,
  changeSideText,
  compareSummaryLines,
  matrixInvalidNote,
  outOfReachKey,
} from './compare-summary';
import { gradeDistributionLines } from './grade-distribution-table';
import { gradeRenameLines } from './grade-renames';
import { INVALID_UNDER_TEXT, invalidRecordLines } from './invalid-records-text';
import { ladderOrderLines } from './ladder-order';
import { migrationTableLines } from './migration-table';
import { type MovedByChangeRow, movedByChangeLines } from './moved-by-change';
import { type MovedMostRow, movedMostLines } from './moved-most';
import { movesByColumnLines } from './moves-by-column-table';
import { nearLimitLines, type nearLimitRows } from './near-limit-lines';

/** What {@link formatComparison} says about each rule set. */
export interface ComparedRuleSet {
  id: string;
  version: string;
  file: string;
  /** The ladder, lowest first; grades are named by their labels where given. */
  grades: readonly { id: string; label?: LocalizedText }[];
}

/** What {@link formatComparison} prints besides the comparison itself. */
export interface ComparisonTextOptions {
  /** The summary figures (see {@link compareSummaryLines}). */
  counts: CompareCounts;
  /** A changed record's causes: the requirements whose outcome differs, and those whose limit only moved. */
  causes: (
    change: GradeChange,
  ) =>
    | (Pick<TalliedChange, 'causes' | 'limitOnly'> &
        Partial<Pick<TalliedChange, 'outOfReach' | 'addedInB' | 'removedInB'>>)
    | undefined;
  /** Lines printed under a changed record (e.g. the rule-set diff entries that moved it). */
  why?: (change: GradeChange) => readonly string[];
  /** Requirement names, shown in Chinese (English shows ids). */
  names?: ReadonlyMap<string, LocalizedText>;
  /** Why the records invalid under one rule set only are (see {@link CompareTally.invalidReasons}). */
  invalidReasons?: { a: readonly ReasonCount[]; b: readonly ReasonCount[] };
  /** Lines printed under the summary figures (a value's name only one rule set knows, read as invalid records). */
  notes?: readonly string[];
  /**
   * The records' moves per value of a column (`compare --tally-by`), printed after the summary figures; a
   * list (the option given more than once): a table per column, in that order.
   */
  moves?: MovesByColumn | readonly MovesByColumn[];
  /** The requirements that moved the most records ({@link movedMost}), printed after the summary figures and `moves`. */
  movedMost?: readonly MovedMostRow[];
  /** The records moved per rule-set change ({@link movedByChange}), printed after `movedMost`. */
  movedByChange?: readonly MovedByChangeRow[];
  /** The records near each changed limit ({@link nearLimitRows}), printed after `movedByChange`. */
  nearLimits?: ReturnType<typeof nearLimitRows>;
  /** Lines under which rule set is which: that a rule set's thresholds are illustrative (`illustrativeNotices`). */
  ruleSetNotes?: readonly string[];
}

/**
 * A comparison as text: which rule set is which, the migration matrix
 * (grade under A down, grade under B across, highest grade first, by grade
 * label, then not graded and, when some record is invalid, invalid), the summary figures, with `moves` the records' moves per value
 * of a column, with `movedMost` the requirements that moved the most
 * records, and each changed record with the requirements
 * whose outcome moved it, the lines `why` gives for it, the requirements
 * whose limit changed without changing its outcome, and those added or removed in B that it meets; last, the invalid
 * records (the first ten, with under which rule set and the first reason).
 */
export function formatComparison(
  comparison: RuleSetComparison,
  a: ComparedRuleSet,
  b: ComparedRuleSet,
  lang: Language,
  options: ComparisonTextOptions,
): string {
  const zh = lang === 'zh';
  const { names } = options;
  // A requirement by its name in either language (committee-27 M6: English once showed the id).
  const name = (id: string) => names?.get(id)?.[lang] ?? id;
  const lines = [
    ...[
      ['A', a],
      ['B', b],
    ].map(([key, r]) => {
      const { id, version, file } = r as ComparedRuleSet;
      return zh ? `${key}：${id} ${version}（${file}）` : `${key}: ${id} ${version} (${file})`;
    }),
    ...(options.ruleSetNotes ?? []),
    '',
    // Invalid records in a row and column of their own, as `grade` counts them apart from "not graded".
    ...migrationTableLines(shownMatrix(comparison), a.grades, b.grades, lang),
    ...gradeRenameLines(a.grades, b.grades, lang),
    ...ladderOrderLines(a.grades, b.grades, lang),
    ...[matrixInvalidNote(options.counts, lang)].filter((l) => l !== undefined),
    '',
    ...compareSummaryLines(options.counts, lang, options.invalidReasons),
    ...(options.notes ?? []),
    '',
    // What share reaches each grade under each edition, side by side (committee-27 F1).
    ...gradeDistributionLines(gradeDistribution(shownMatrix(comparison), a, b), a.grades, b.grades, lang),
  ];
  const moves = (
    options.moves === undefined ? [] : 'column' in options.moves ? [options.moves] : options.moves
  ).map((m) => movesByColumnLines(m, lang, { a: a.grades, b: b.grades }));
  const most = movedMostLines(options.movedMost ?? [], lang);
  const byChange = movedByChangeLines(options.movedByChange ?? [], lang);
  const near = nearLimitLines(options.nearLimits ?? [], lang);
  const blocks = [...moves, most, byChange, near].filter((b) => b.length > 0);
  for (const [i, block] of blocks.entries())
    lines.push('', ...block, ...(i === blocks.length - 1 && comparison.changes.length > 0 ? [''] : []));
  const sep = zh ? '、' : ', ';
  const invalidUnder = new Map(comparison.invalid.map((r) => [r.row, r.under]));
  for (const c of comparison.changes) {
    const split = options.causes(c) ?? { causes: c.causes, limitOnly: [] };
    const moved =
      c.criteria.length === 0
        ? invalidMark(invalidUnder.get(c.row), lang)
        : split.causes.length > 0
          ? `  ${split.causes.map(name).join(sep)}`
          : '';
    const kept = keptBesideRow(c.row, c.kept, sep);
    const id = kept === undefined ? '' : zh ? `（${kept}）` : ` (${kept})`;
    const head = zh ? `第 ${c.row} 条${id}：` : `row ${c.row}${id}: `;
    lines.push(
      `${head}${changeSideText(c.from, c.notGradedReasons?.a, a.grades, lang)} → ${changeSideText(c.to, c.notGradedReasons?.b, b.grades, lang)}${moved}`,
    );
    for (const line of options.why?.(c) ?? []) lines.push(`    ${line}`);
    for (const [key, ids] of [
      ['limitOnly', split.limitOnly],
      ['addedInB', split.addedInB ?? []],
      ['removedInB', split.removedInB ?? []],
      [outOfReachKey(c), split.outOfReach ?? []],
    ] as const) {
      if (ids.length === 0) continue;
      const text = COMPARE_TEXT[key][lang];
      const list = ids.map(name).join(sep);
      lines.push(zh ? `    ${text}：${list}` : `    ${text}: ${list}`);
    }
  }
  const invalid = invalidRecordLines(comparison.invalid, lang);
  if (invalid.length > 0) lines.push('', ...invalid);
  return lines.join('\n');
}

/**
 * A changed record invalid under A or B, marked so (under which, when known), as it follows the record's
 * move in `qgrade compare`: two spaces, then the mark in brackets.
 *
 * @example
 * invalidMark('b', 'zh'); // '  （B 下无效）'
 */
export function invalidMark(under: keyof typeof INVALID_UNDER_TEXT | undefined, lang: Language): string {
  if (under === undefined) return lang === 'zh' ? '  （记录无效）' : '  (invalid record)';
  const text = INVALID_UNDER_TEXT[under][lang];
  return lang === 'zh' ? `  （${text}）` : `  (${text})`;
}
