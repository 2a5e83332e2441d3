import { type GroupComparison, type GroupGradeChange, shownGroupMatrix } from '../../compare/compare-groups';
import type { GradeChange, RuleSetComparison } from '../../compare/compare-rule-sets';
import type { CompareCounts, TalliedChange } from '../../compare/compare-tally';
import { gradeDistribution } from '../../compare/grade-distribution';
import { LIMIT_KEYS_TEXT } from '../../compare/limit-keys';
import { shownMatrix } from '../../compare/matrix-with-invalid';
import { matrixOrder } from '../../compare/migration-matrix';
import type { MovesByColumn } from '../../compare/moves-by-column';
import { groupKeyText } from '../../grade/group-key';
import { keptValue } from '../../model/kept-values';
import type { Language, LocalizedText } from '../../text/localized-text';
import {
  COMPARE_TEXT,
  changeRows,
  changeSideText,
  compareGradeText,
  groupChangeSideText,
  outOfReachKey,
  sideRows,
} from '../compare-summary';
import { DISTRIBUTION_TEXT, distributionRows, roundedSharesNote } from '../grade-distribution-table';
import { gradeRenameLines } from '../grade-renames';
import { lotRowColumns } from '../group-lots';
import { GROUP_MOVE_TEXT as G, heldCausesText } from '../group-move-lines';
import { INVALID_UNDER_TEXT, invalidWhyText } from '../invalid-records-text';
import { ladderOrderLines } from '../ladder-order';
import { MOVED_BY_CHANGE_TEXT, type MovedByChangeRow } from '../moved-by-change';
import { MOVED_MOST_TEXT, type MovedMostRow, movedMostNote } from '../moved-most';
import { MOVES_BY_COLUMN_TEXT, type MovesLadders, movesTable } from '../moves-by-column-table';
import { NEAR_LIMIT_TEXT, type nearLimitRows } from '../near-limit-lines';
import { rowHeading } from '../row-heading';
import { RULE_SET_CHANGES_TEXT, type RuleSetChangeRow } from '../rule-set-changes';
import { WORKBOOK_TEXT as T } from './workbook-text';
import { type SheetCell, type SheetSpec, writeWorkbook } from './write-workbook';

/**
 * What the comparison workbook says about each rule set.
 *
 * @example
 * const a: ComparedWorkbookRuleSet = { id: ruleSet.id, version: ruleSet.version, file: ruleSet.file, grades: ruleSet.grades };
 */
export interface ComparedWorkbookRuleSet {
  id: string;
  version: string;
  file: string;
  /** The ladder, lowest first; labels are shown where given, else ids. */
  grades: readonly { id: string; label?: LocalizedText }[];
}

/**
 * A changed record, with the columns kept from its input row (a sample's id).
 *
 * @example
 * const change: ChangeWithKept = { row: 3, from: '2', to: '3', criteria: ['apf@2'], kept: { 型号: 'KFR-35GW/B3' } };
 */
export type ChangeWithKept = GradeChange & { kept?: Readonly<Record<string, string>> };

/**
 * How the comparison workbook is written.
 *
 * @example
 * const options: ComparisonWorkbookOptions = { lang: 'zh', keptColumns: ['型号'] };
 */
export interface ComparisonWorkbookOptions {
  lang: Language;
  /** The kept columns, in order (default: every column the changes carry, in the order first seen). */
  keptColumns?: readonly string[];
  /** The summary figures, written under the matrix. */
  counts: CompareCounts;
  /** A changed record's causes: the requirements whose outcome differs, and those whose limit only moved. */
  causes: (
    change: GradeChange,
  ) =>
    | (Pick<TalliedChange, 'causes' | 'limitOnly'> &
        Partial<Pick<TalliedChange, 'addedInB' | 'removedInB' | 'outOfReach'>>)
    | undefined;
  /** Requirement names by id (default: the ids). */
  names?: ReadonlyMap<string, LocalizedText>;
  /**
   * A changed record's causes with the measured value and the limit and outcome under A and B, one line
   * each (see `causeLimitsLine`): a last column of the changed records' sheet, when given.
   */
  limits?: (change: GradeChange) => readonly string[];
  /**
   * What a changed record's limits depend on (`机组类型 = 单冷式，额定制冷量 = 3000 W`: the row of a banded
   * table that applied), a column after the grades, when given.
   */
  limitKeys?: (change: GradeChange) => string;
  /** The groups compared (`compare --group-by`): two more sheets. */
  groups?: GroupComparison;
  /** Lines explaining a changed group (the moved requirements' sentences under A and B), in its last column. */
  groupWhy?: (change: GroupGradeChange) => readonly string[];
  /** With `groups`: the groups moved per rule-set change (`movedByChange` over each group's changes), one more sheet. */
  groupsByChange?: readonly MovedByChangeRow[];
  /**
   * The records' moves per value of a column (`compare --tally-by`): one more sheet; a list (the option
   * given more than once): a sheet per column, in that order, named `按列统计等级变化·<column>` /
   * `Moves by column · <column>` (cut to Excel's 31 characters, made distinct).
   */
  moves?: MovesByColumn | readonly MovesByColumn[];
  /** The requirements that moved the most records ({@link movedMost}): one more sheet, when any moved one. */
  movedMost?: readonly MovedMostRow[];
  /** The records moved per rule-set change (`movedByChange`): one more sheet after `movedMost`'s, when any moved one. */
  movedByChange?: readonly MovedByChangeRow[];
  /** The records near each changed limit ({@link nearLimitRows}): one more sheet after `movedByChange`'s. */
  nearLimits?: ReturnType<typeof nearLimitRows>;
  /** What changed between A and B (the rule-set diff, {@link ruleSetChangeRows}): one more sheet, when any. */
  ruleSetChanges?: readonly RuleSetChangeRow[];
  /** What reading the input said (a default in force, rows skipped as notes): rows under the matrix's figures. */
  notices?: readonly LocalizedText[];
  /**
   * What a rule set says of itself that a reader must see (its thresholds are illustrative, B's provenance is still
   * A's: `unchangedProvenanceNotice`): rows before `notices`.
   */
  ruleSetNotes?: readonly LocalizedText[];
}

/**
 * The sheets `qgrade compare -f xlsx` writes:
 *
 * - **Migration matrix** (等级迁移): grade under A down, grade under B
 *   across, by grade label, highest first, then "not graded" and, when some
 *   record is invalid, "invalid" (a row and a column, see `matrixWithInvalid`); below it,
 *   which rule set is A and which B, the records, unchanged, changed (up,
 *   down), and graded / not graded (invalid, by reason) under A and under B;
 *   then what the rule sets say of themselves (`ruleSetNotes`: illustrative
 *   thresholds) and what reading the input said (`notices`).
 * - **Changed records** (等级变化的记录): the kept columns, the row, the
 *   grade under A and under B, the requirements whose outcome moved the
 *   record (names, then ids; for a record invalid under A or B, under which
 *   and why), those whose limit changed with the same outcome, those added
 *   in B or removed in B that it meets (a column each, where some record has one), and with
 *   `limits` each cause's measured value and its limit and outcome under A
 *   and B.
 * - With `movedMost` (when some record moved), **Criteria that moved records
 *   most often** (最常引起等级变化的要求): the requirement, its id and how
 *   many changed records it moved, as the HTML report's section.
 * - With `groups`, **Group migration** (组的等级迁移): the groups' matrix and
 *   figures; and **Changed groups** (等级变化的组): the group, its first and
 *   last row, the grade under A and under B, the group requirements that
 *   moved it (names, then ids; for a group its records moved, their causes
 *   and rows), and how many of its records changed grade; below the groups'
 *   figures, each group requirement whose outcome changed (`criterionCounts`);
 *   with `groupsByChange`, **Groups moved per change** (各处变更引起变化的组数).
 * - With `moves`, **Moves by column** (按列统计等级变化): a row per value of
 *   the column (the values past the bound as one, `（其他）`, then
 *   `（无值）`), the records, up, down, unchanged and invalid, a total row.
 * - With `ruleSetChanges` (when A and B differ), **Rule-set diff** (规则集差异):
 *   each difference's section, sentence, direction and key, as `qgrade diff` lists them.
 * - Last, when there are any, **Invalid records** (无效记录): the kept columns, the row, under
 *   which rule set the record is invalid (A, B or both) and the first reason.
 *
 * @example
 * const sheets = comparisonSheets(comparison, a, b, { lang: 'en' });
 * const bytes = await writeWorkbook(sheets);
 */
export function comparisonSheets(
  comparison: RuleSetComparison & { changes: readonly ChangeWithKept[] },
  a: ComparedWorkbookRuleSet,
  b: ComparedWorkbookRuleSet,
  options: ComparisonWorkbookOptions,
): SheetSpec[] {
  const { lang } = options;
  const zh = lang === 'zh';
  const D = DISTRIBUTION_TEXT;
  const show = (key: string | null, side: ComparedWorkbookRuleSet) =>
    compareGradeText(key, side.grades, lang);
  // A share is a number with a percent format, so it can be summed and charted; `–` (no records) stays text.
  const share = (fraction: number | undefined, text: string) =>
    fraction === undefined ? text : { value: fraction, format: '0.0%', text };
  // Invalid records in a row and column of their own, as `grade` counts them apart from "not graded".
  const shown = shownMatrix(comparison);
  const distribution = distributionRows(gradeDistribution(shown, a, b), a.grades, b.grades, lang);
  const sharesNote = roundedSharesNote(distribution, lang);
  const colKeys = matrixOrder(shown, a, b).columns;
  const matrixHeader = [T.corner[lang], ...colKeys.map((k) => show(k, b)), DISTRIBUTION_TEXT.total[lang]];
  const matrixRows = matrixCells(shown, a, b, show, lang);
  const about = (r: ComparedWorkbookRuleSet) =>
    zh ? `${r.id} ${r.version}（${r.file}）` : `${r.id} ${r.version} (${r.file})`;
  // A breakdown is indented under the figure it adds up to.
  const indent = (label: string, part: boolean) => (part ? `  ${label}` : label);
  matrixRows.push(
    [],
    ['A', about(a)],
    ['B', about(b)],
    ...gradeRenameLines(a.grades, b.grades, lang).map((line) => [line]),
    ...ladderOrderLines(a.grades, b.grades, lang).map((line) => [line]),
    [],
    ...changeRows(options.counts, lang).map((r) => [indent(r.label, r.part), r.value]),
    [],
    ['', COMPARE_TEXT.underA[lang], COMPARE_TEXT.underB[lang]],
    ...sideRows(options.counts, lang).map((r) => [indent(r.label, r.part), r.a, r.b]),
    [],
    // Each grade's records and share under A and under B, side by side (committee-27 F1).
    [DISTRIBUTION_TEXT.heading[lang], ...[D.countA, D.shareA, D.countB, D.shareB].map((t) => t[lang])],
    ...distribution.map((r) => [
      r.label,
      r.a,
      share(r.fractionA, r.shareA),
      r.b,
      share(r.fractionB, r.shareB),
    ]),
    ...(sharesNote ? [[sharesNote]] : []),
  );
  if (options.ruleSetNotes?.length)
    matrixRows.push([], ...options.ruleSetNotes.map((n) => [T.ruleSetNote[lang], n[lang]]));
  if (options.notices?.length)
    matrixRows.push([], ...options.notices.map((n) => [T.inputNotice[lang], n[lang]]));
  const matrix: SheetSpec = {
    name: T.matrix[lang],
    header: matrixHeader,
    rows: matrixRows,
    frozenColumns: 1,
  };

  const changed: readonly ChangeWithKept[] = comparison.changes;
  const kept = [...(options.keptColumns ?? [])];
  if (!options.keptColumns) {
    for (const c of comparison.changes)
      for (const k of Object.keys(c.kept ?? {})) if (!kept.includes(k)) kept.push(k);
  }
  const sep = zh ? '；' : '; ';
  const name = (id: string) => options.names?.get(id)?.[lang] ?? id;
  type Part = 'limitOnly' | 'addedInB' | 'removedInB' | 'outOfReach' | 'outOfScopeItems';
  const heading = (key: Part) => {
    const text = COMPARE_TEXT[key][lang];
    return zh ? text : text[0]!.toUpperCase() + text.slice(1);
  };
  const splits = new Map(changed.map((c) => [c, options.causes(c) ?? { causes: c.causes, limitOnly: [] }]));
  // What the draft changed for a record besides its causes, as the text and HTML list it under the record: a
  // requirement only one side has, met there (committee-35 M4), and one whose outcome changed at a grade reached
  // under neither, or under which the record is out of scope (committee-44 M1: the workbook left these out). Each
  // a column of its own where some record has one.
  const part = (c: ChangeWithKept, key: Exclude<Part, 'limitOnly'>): readonly string[] => {
    const split = splits.get(c)!;
    if (key === 'addedInB' || key === 'removedInB') return split[key] ?? [];
    return outOfReachKey(c) === key ? (split.outOfReach ?? []) : [];
  };
  const oneSided = (['addedInB', 'removedInB', 'outOfReach', 'outOfScopeItems'] as const).filter((key) =>
    changed.some((c) => part(c, key).length > 0),
  );
  // A record invalid under one side: under which and why, not only "invalid" (the reason was on another sheet).
  const invalidWhy = new Map(comparison.invalid.map((r) => [r.row, invalidWhyText(r, lang)]));
  const changes: SheetSpec = {
    name: T.changes[lang],
    header: [
      ...kept,
      rowHeading(T.row, lang, kept),
      T.gradeUnderA[lang],
      T.gradeUnderB[lang],
      ...(options.limitKeys ? [LIMIT_KEYS_TEXT[lang]] : []),
      COMPARE_TEXT.causes[lang],
      T.criterionIds[lang],
      heading('limitOnly'),
      ...oneSided.map(heading),
      ...(options.limits ? [T.valueAndLimits[lang]] : []),
    ],
    rows: changed.map((c) => {
      const split = splits.get(c)!;
      const invalid = c.criteria.length === 0;
      return [
        ...kept.map((k) => keptValue(c.kept, k) ?? ''),
        c.row,
        changeSideText(c.from, c.notGradedReasons?.a, a.grades, lang),
        changeSideText(c.to, c.notGradedReasons?.b, b.grades, lang),
        ...(options.limitKeys ? [options.limitKeys(c)] : []),
        invalid ? (invalidWhy.get(c.row) ?? T.invalidRecord[lang]) : split.causes.map(name).join(sep),
        split.causes.join('; '),
        split.limitOnly.map(name).join(sep),
        ...oneSided.map((key) => part(c, key).map(name).join(sep)),
        ...(options.limits ? [(options.limits(c) ?? []).join('\n')] : []),
      ];
    }),
    frozenColumns: kept.length,
  };
  const invalidKept = [...kept];
  if (!options.keptColumns) {
    for (const r of comparison.invalid)
      for (const k of Object.keys(r.kept ?? {})) if (!invalidKept.includes(k)) invalidKept.push(k);
  }
  const invalid: SheetSpec = {
    name: T.invalidRecords[lang],
    header: [...invalidKept, rowHeading(T.row, lang, invalidKept), T.invalidUnder[lang], T.reason[lang]],
    rows: comparison.invalid.map((r) => [
      ...invalidKept.map((k) => keptValue(r.kept, k) ?? ''),
      r.row,
      INVALID_UNDER_TEXT[r.under][lang],
      r.reason[lang],
    ]),
    frozenColumns: invalidKept.length,
  };
  // The invalid records' sheet only when there are some, as the HTML report's section.
  const last = comparison.invalid.length > 0 ? [invalid] : [];
  const ladders = { a: a.grades, b: b.grades };
  const byColumn =
    options.moves === undefined
      ? []
      : 'column' in options.moves
        ? [movesSheet(options.moves, lang, ladders)]
        : options.moves.map((m) => movesSheet(m, lang, ladders, true));
  const most: SheetSpec[] =
    options.movedMost && options.movedMost.length > 0
      ? [
          {
            name: MOVED_MOST_TEXT.sheet[lang],
            header: [
              MOVED_MOST_TEXT.criterion[lang],
              MOVED_MOST_TEXT.id[lang],
              MOVED_MOST_TEXT.records[lang],
              MOVED_MOST_TEXT.alone[lang],
            ],
            // The note below the figures: a record moved by several requirements counts under each.
            rows: [
              ...options.movedMost.map((m) => [m.name, m.id, m.count, m.alone]),
              [],
              [MOVED_MOST_TEXT.note[lang]],
              // A note too long for the name column, as the table says it (committee-39 M4).
              ...options.movedMost.flatMap((m) => {
                const note = movedMostNote(m, lang);
                return note === undefined ? [] : [[note]];
              }),
            ],
            frozenColumns: 1,
          },
        ]
      : [];
  if (options.movedByChange && options.movedByChange.length > 0)
    most.push({
      name: MOVED_BY_CHANGE_TEXT.sheet[lang],
      header: [
        MOVED_BY_CHANGE_TEXT.change[lang],
        MOVED_BY_CHANGE_TEXT.records[lang],
        MOVED_BY_CHANGE_TEXT.alone[lang],
      ],
      rows: [
        ...options.movedByChange.map((m) => [m.text, m.records, m.alone]),
        [],
        [MOVED_BY_CHANGE_TEXT.note[lang]],
      ],
      frozenColumns: 1,
    });
  if (options.nearLimits && options.nearLimits.length > 0) {
    const T = NEAR_LIMIT_TEXT;
    most.push({
      name: T.sheet[lang],
      header: [T.limit[lang], T.margin[lang], T.meet[lang], T.miss[lang]],
      rows: [
        ...options.nearLimits.map((r) => [r.text, Number(r.margin), r.meet, r.miss]),
        [],
        [T.note[lang]],
      ],
      frozenColumns: 1,
    });
  }
  // What the draft changed, as qgrade diff lists it: the workbook is what gets forwarded (enterprise-25 F3).
  const diffSheet: SheetSpec[] = [];
  if (options.ruleSetChanges && options.ruleSetChanges.length > 0) {
    const C = RULE_SET_CHANGES_TEXT;
    diffSheet.push({
      name: C.sheet[lang],
      header: [C.section[lang], C.change[lang], C.direction[lang], C.key[lang]],
      rows: [
        ...options.ruleSetChanges.map((r) => [r.section, r.text, r.direction, r.key]),
        [],
        [C.note[lang]],
      ],
      frozenColumns: 1,
    });
  }
  if (!options.groups) return [matrix, changes, ...most, ...byColumn, ...diffSheet, ...last];
  const groups = options.groups;
  const moves = [
    [T.groups[lang], groups.total],
    [COMPARE_TEXT.unchanged[lang], groups.total - groups.changed],
    [COMPARE_TEXT.changed[lang], groups.changed],
    [indent(COMPARE_TEXT.up[lang], true), groups.up],
    [indent(COMPARE_TEXT.down[lang], true), groups.down],
    ...(groups.sideways > 0 ? [[indent(COMPARE_TEXT.sideways[lang], true), groups.sideways]] : []),
    // A group not graded under one side for an invalid record alone: neither up nor down (hostile-23 M6).
    ...(groups.invalidA > 0 ? [[indent(COMPARE_TEXT.invalidA[lang], true), groups.invalidA]] : []),
    ...(groups.invalidB > 0 ? [[indent(COMPARE_TEXT.invalidB[lang], true), groups.invalidB]] : []),
  ];
  const groupMatrix: SheetSpec = {
    name: T.groupMatrix[lang],
    // The groups' own columns: the records' matrix may have an "invalid" column the groups' has not.
    header: [
      T.corner[lang],
      ...matrixOrder(shownGroupMatrix(groups), a, b).columns.map((k) => show(k, b)),
      DISTRIBUTION_TEXT.total[lang],
    ],
    rows: [
      ...matrixCells(shownGroupMatrix(groups), a, b, show, lang),
      [],
      [T.group[lang], groups.column],
      [],
      ...moves,
      // Each group requirement whose outcome changed, over every group: how many it takes out, how many it moved.
      ...((groups.criterionCounts ?? []).length > 0
        ? [
            [],
            [
              G.requirement[lang],
              T.criterionIds[lang],
              G.failedUnderB[lang],
              G.metUnderB[lang],
              G.moved[lang],
            ],
            ...groups.criterionCounts.map((c) => [name(c.id), c.id, c.failedUnderB, c.metUnderB, c.moved]),
            [G.countsNote[lang]],
          ]
        : []),
    ],
    frozenColumns: 1,
  };
  // The input's sheet rows or lines of each changed lot, headed so (committee-37 M5).
  const rowsAt = lotRowColumns(groups.changes.map((c) => c.rows));
  const groupChanges: SheetSpec = {
    name: T.groupChanges[lang],
    header: [
      T.group[lang],
      rowsAt.headings.first[lang],
      rowsAt.headings.last[lang],
      T.gradeUnderA[lang],
      T.gradeUnderB[lang],
      COMPARE_TEXT.causes[lang],
      T.criterionIds[lang],
      T.recordsChanged[lang],
      T.explanation[lang],
    ],
    rows: groups.changes.map((c) => [
      groupKeyText(c.group)[lang],
      rowsAt.first(c.rows),
      rowsAt.last(c.rows),
      groupChangeSideText(c, 'from', a.grades, lang),
      groupChangeSideText(c, 'to', b.grades, lang),
      // Moved by its records alone: their causes, as the text puts them beside its grades (committee-34 M1).
      c.criteria.length > 0 ? c.criteria.map(name).join(sep) : heldCausesText(c, name, lang).trim(),
      c.criteria.length > 0
        ? c.criteria.join('; ')
        : (c.heldBy ?? [])
            .map((m) => `${m.causes.join(', ')} (${zh ? '第' : 'row '}${m.row}${zh ? ' 条' : ''})`)
            .join('; '),
      c.records,
      (options.groupWhy?.(c) ?? []).join('\n'),
    ]),
    frozenColumns: 1,
  };
  const byChange: SheetSpec[] =
    options.groupsByChange && options.groupsByChange.length > 0
      ? [
          {
            name: G.groupsSheet[lang],
            header: [MOVED_BY_CHANGE_TEXT.change[lang], G.groups[lang], G.groupsAlone[lang]],
            rows: [
              ...options.groupsByChange.map((m) => [m.text, m.records, m.alone]),
              [],
              [G.groupsNote[lang]],
            ],
            frozenColumns: 1,
          },
        ]
      : [];
  return [
    matrix,
    changes,
    ...most,
    groupMatrix,
    groupChanges,
    ...byChange,
    ...byColumn,
    ...diffSheet,
    ...last,
  ];
}

/** The sheet of the records' moves per value of a column: {@link movesTable}'s cells, counts as numbers. */
function movesSheet(moves: MovesByColumn, lang: Language, ladders: MovesLadders, named = false): SheetSpec {
  const { header, rows } = movesTable(moves, lang, ladders);
  const title = MOVES_BY_COLUMN_TEXT[moves.groupBy === undefined ? 'title' : 'groupsTitle'][lang];
  return {
    // One of several columns' sheets: named by its column too.
    name: named ? `${title}${lang === 'zh' ? '·' : ' · '}${moves.column}` : title,
    header,
    rows: rows.map((r) => [r.label, ...r.counts]),
    frozenColumns: 1,
  };
}

/** A matrix's rows: grade under A down (highest first, by label, then "not graded", "invalid"), a count per grade under B. */
function matrixCells(
  cells: Record<string, Record<string, number>>,
  a: ComparedWorkbookRuleSet,
  b: ComparedWorkbookRuleSet,
  show: (key: string | null, side: ComparedWorkbookRuleSet) => string,
  lang: Language,
): SheetCell[][] {
  const { rows: rowKeys, columns: colKeys } = matrixOrder(cells, a, b);
  const cell = (from: string, to: string) => cells[from]?.[to] ?? 0;
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  // Row totals are the records per grade under A, column totals under B (committee-27 F1).
  return [
    ...rowKeys.map((from) => [
      show(from, a),
      ...colKeys.map((to) => cell(from, to)),
      sum(colKeys.map((to) => cell(from, to))),
    ]),
    [
      DISTRIBUTION_TEXT.total[lang],
      ...colKeys.map((to) => sum(rowKeys.map((from) => cell(from, to)))),
      sum(rowKeys.flatMap((from) => colKeys.map((to) => cell(from, to)))),
    ],
  ];
}

/**
 * The comparison workbook's bytes; see {@link comparisonSheets}.
 *
 * @example
 * await writeFile('compare.xlsx', await comparisonWorkbook(comparison, a, b, { lang: 'zh' }));
 */
export function comparisonWorkbook(
  comparison: RuleSetComparison & { changes: readonly ChangeWithKept[] },
  a: ComparedWorkbookRuleSet,
  b: ComparedWorkbookRuleSet,
  options: ComparisonWorkbookOptions,
): Promise<Buffer> {
  return writeWorkbook(comparisonSheets(comparison, a, b, options));
}
