import { recordsArgument } from '../batch/records-argument';
import { knownOptions } from '../errors/options-argument';
import { compileGrader } from '../grade/create-grader';
import type { CriterionResult, GradeResult, Limit } from '../model/grade-result';
import { resultArgument } from '../model/result-argument';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import {
  createGroupComparison,
  type GroupComparison,
  type GroupRecordMove,
  gradeGroupPairs,
  groupRecordMove,
  recordMoves,
} from './compare-groups';
import { gradeOnlyIn, movableBy } from './grade-direction';
import { gradePairs, numbered } from './grade-pairs';
import { type InvalidRecord, invalidRecord } from './invalid-records';
import {
  INVALID_KEY,
  migrationMatrix,
  NOT_GRADED_KEY,
  SHOWN_NOT_GRADED_KEYS,
  shownKey,
  shownNotGraded,
} from './migration-matrix';

export { NOT_GRADED_KEY };

/**
 * A record whose grade differs between the two rule sets.
 *
 * @example
 * for (const c of comparison.changes) console.log(`row ${c.row}: ${c.from} → ${c.to} (${c.criteria.join(', ')})`);
 */
export interface GradeChange {
  /** 1-based position of the record in the input. */
  row: number;
  /** The input's kept columns for the record (its sample id), when the input has them. */
  kept?: Record<string, string>;
  /** Grade under rule set A; `null` when not graded. */
  from: string | null;
  /** Grade under rule set B; `null` when not graded. */
  to: string | null;
  /**
   * Ids of the requirements whose outcome (pass or fail) or limit differs
   * between A and B for this record, including requirements only one of them
   * applies. Empty when the record is invalid under either rule set (its
   * `errors` say why).
   */
  criteria: string[];
  /**
   * Of `criteria`, the requirements that moved the record: those whose
   * outcome differs, of a grade it reached under one rule set and not the
   * other (or of no grade: scope). A requirement of a grade above both was
   * missed under both, so it cannot have moved the record, even when its
   * outcome differs; nor can one only A or only B applies that the record
   * meets (a new veto item met). Empty when the record is invalid under either.
   */
  causes: string[];
  /**
   * Why the record has no grade, by side, where `from` or `to` is `null`: the
   * result's `notGradedReason.code` (`below-lowest-grade`, `out-of-scope`,
   * `gate-failed`, `invalid-record`), so that a record failing a one-grade rule
   * set (nonconforming) is told from one it does not cover. Absent when both
   * sides have a grade.
   */
  notGradedReasons?: {
    /** Why rule set A did not grade the record, when it did not. */
    a?: string;
    /** Why rule set B did not grade the record, when it did not. */
    b?: string;
  };
}

/**
 * The outcome of grading the same records with two rule sets (usually two versions of one standard).
 *
 * @example
 * const { total, changed, matrix, changes } = await compareRuleSets(oldRules, newRules, records);
 */
export interface RuleSetComparison {
  /** Records compared. */
  total: number;
  /** Records whose grade differs (`changes.length`). */
  changed: number;
  /**
   * Migration matrix: grade under A → grade under B → number of records.
   * Every grade of A and `"null"` has a row holding every grade of B and
   * `"null"`, zeros included. Key order carries no meaning (JavaScript and
   * JSON put integer-like keys such as `"1"` first).
   */
  matrix: Record<string, Record<string, number>>;
  /** The records whose grade differs, in input order. */
  changes: GradeChange[];
  /**
   * The records invalid under A, under B or both, in input order, each with
   * the first reason (as `changes`, every one of them).
   */
  invalid: InvalidRecord[];
  /**
   * The migration matrix as the reports show it (see `shownMatrix`): records
   * invalid under a side in an `"(invalid)"` row or column, and under a rule
   * set of one grade, those below it in `"(nonconforming)"` and those out of
   * scope in `"(out-of-scope)"` (there when some record is); under any ladder, those a veto item failed in
   * `"(veto-failed)"` (there when some record is), apart from `"null"`, which then holds only valid records
   * not graded for no other reason.
   * Set by {@link createComparison}; `compare -f json` leaves it out.
   */
  shown?: Record<string, Record<string, number>>;
}

/**
 * Collects a comparison record by record; see {@link createComparison}.
 *
 * @example
 * const builder: ComparisonBuilder = createComparison(oldRules, newRules);
 * builder.add(oldGrader.gradeSync(record), newGrader.gradeSync(record));
 */
export interface ComparisonBuilder {
  /**
   * Counts one record graded by A and by B.
   *
   * @param row - the record's 1-based position (default: one after the last row added)
   * @returns the change, when the grade differs
   */
  add(a: GradeResult, b: GradeResult, row?: number): GradeChange | undefined;
  /** The comparison so far. */
  result(): RuleSetComparison;
}

/**
 * Starts a comparison of two rule sets for results you grade yourself (for
 * example on a worker pool, or while streaming a file).
 *
 * @example
 * const comparison = createComparison(oldRules, newRules);
 * for (const [i, record] of records.entries()) comparison.add(oldGrader.gradeSync(record), newGrader.gradeSync(record), i + 1);
 * comparison.result().matrix['2']?.['3']; // records moved from grade 2 to grade 3
 */
export function createComparison(a: RuleSet, b: RuleSet): ComparisonBuilder {
  modelOf(a, 'createComparison');
  modelOf(b, 'createComparison');
  const matrix = migrationMatrix(a, b);
  // The matrix as the reports show it, keyed by shownKey (committee-29 M3).
  const shown = new Map<string, Map<string, number>>();
  const oneA = a.grades.length === 1;
  const oneB = b.grades.length === 1;
  const movable = movableBy(a, b);
  const onlyIn = gradeOnlyIn(a, b);
  const changes: GradeChange[] = [];
  const invalid: InvalidRecord[] = [];
  let total = 0;
  let lastRow = 0;
  return {
    add(resultA, resultB, row = lastRow + 1) {
      resultArgument(resultA, 'comparison.add');
      resultArgument(resultB, 'comparison.add');
      total++;
      lastRow = row;
      const from = resultA.grade;
      const to = resultB.grade;
      matrix.count(from, to);
      // Only a record without a grade under one of them can be invalid: a graded pair costs nothing more.
      let bad: InvalidRecord | undefined;
      if (from === null || to === null) {
        bad = invalidRecord(resultA, resultB, row);
        if (bad) invalid.push(bad);
      }
      const keyA = shownKey(resultA, bad !== undefined && bad.under !== 'b');
      const keyB = shownKey(resultB, bad !== undefined && bad.under !== 'a');
      let line = shown.get(keyA);
      if (!line) {
        line = new Map();
        shown.set(keyA, line);
      }
      line.set(keyB, (line.get(keyB) ?? 0) + 1);
      if (from === to) return undefined;
      const kept = resultA.kept ?? resultB.kept;
      const criteria = movedCriteria(resultA, resultB);
      const { causes } = changeCauses(resultA, resultB, movable(from, to), onlyIn);
      const change: GradeChange = kept
        ? { row, kept, from, to, criteria, causes }
        : { row, from, to, criteria, causes };
      if (from === null || to === null) change.notGradedReasons = notGradedReasons(resultA, resultB);
      changes.push(change);
      return change;
    },
    result: () => ({
      total,
      changed: changes.length,
      matrix: matrix.cells,
      changes,
      invalid,
      shown: shownCells(shown, a, b, oneA, oneB, invalid.length > 0),
    }),
  };
}

function notGradedReasons(a: GradeResult, b: GradeResult): { a?: string; b?: string } {
  const out: { a?: string; b?: string } = {};
  if (a.grade === null) out.a = a.errors ? 'invalid-record' : (a.notGradedReason?.code ?? 'invalid-record');
  if (b.grade === null) out.b = b.errors ? 'invalid-record' : (b.notGradedReason?.code ?? 'invalid-record');
  return out;
}

/**
 * The shown matrix with every row and column it shows, zeros included: each side's grades, below the lowest
 * grade (nonconforming, always under a rule set of one grade), out of scope and "not graded" as
 * {@link shownNotGraded} keeps them; "invalid" on both sides when some record is invalid.
 */
function shownCells(
  counted: ReadonlyMap<string, ReadonlyMap<string, number>>,
  a: RuleSet,
  b: RuleSet,
  oneA: boolean,
  oneB: boolean,
  anyInvalid: boolean,
): Record<string, Record<string, number>> {
  const rows = new Set(a.grades.map((g) => g.id));
  const columns = new Set(b.grades.map((g) => g.id));
  const underA = (key: string) => [...(counted.get(key)?.values() ?? [])].reduce((s, n) => s + n, 0);
  const underB = (key: string) => [...counted.values()].reduce((s, line) => s + (line.get(key) ?? 0), 0);
  const rowShown = shownNotGraded(underA, oneA);
  const columnShown = shownNotGraded(underB, oneB);
  for (const key of [...SHOWN_NOT_GRADED_KEYS, NOT_GRADED_KEY]) {
    if (rowShown(key)) rows.add(key);
    if (columnShown(key)) columns.add(key);
  }
  if (anyInvalid) {
    rows.add(INVALID_KEY);
    columns.add(INVALID_KEY);
  }
  // A grade id a ladder does not list cannot come from its grader, but count it rather than lose it.
  for (const [from, line] of counted) {
    rows.add(from);
    for (const to of line.keys()) columns.add(to);
  }
  const cells: Record<string, Record<string, number>> = {};
  for (const from of rows)
    cells[from] = Object.fromEntries([...columns].map((to) => [to, counted.get(from)?.get(to) ?? 0]));
  return cells;
}

/**
 * Grades the same records with two rule sets and compares: the migration
 * matrix (grade under A × grade under B) and every record whose grade
 * changed, with the requirements that moved it. With `groupBy`, each run of
 * records with the same value in that field (a lot, a month: the records
 * sorted by it) is also graded as a unit under both, with the rule sets'
 * group statistics, and the groups are compared in `groups`.
 *
 * @param records - an array or (async) iterable; rows are numbered from 1 in this order
 * @throws {@link QgradeError} (code `usage`; rejects) when `a` or `b` is not a loaded rule set, `records` is not an array or (async) iterable, or `options` is not an object; with `groupBy`, when a record has no value in the field, or a key comes back after its group closed
 * @example
 * const oldRules = await loadRuleSet('./rules/v1.yaml');
 * const newRules = await loadRuleSet('./rules/v2.yaml');
 * const { total, changed, changes } = await compareRuleSets(oldRules, newRules, records);
 * changes[0]; // { row: 3, from: "2", to: "3", criteria: ["apf@2"], causes: ["apf@2"] }
 * const lots = await compareRuleSets(oldRules, newRules, samples, { groupBy: 'lot' });
 * lots.groups?.changes[0]; // { group: "2026-10 42.5", from: "superior", to: "first", criteria: ["cv-28d-superior"], … }
 */
export async function compareRuleSets(
  a: RuleSet,
  b: RuleSet,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: { groupBy?: string } = {},
): Promise<
  RuleSetComparison & {
    /** With `groupBy`: the groups compared. */
    groups?: GroupComparison;
  }
> {
  modelOf(a, 'compareRuleSets');
  modelOf(b, 'compareRuleSets');
  recordsArgument(records, 'compareRuleSets', true);
  knownOptions(options, 'compareRuleSets', '{ groupBy: "lot" }', ['groupBy']);
  const comparison = createComparison(a, b);
  const column = options.groupBy;
  if (column === undefined) {
    for await (const pair of gradePairs(numbered(records), compileGrader(a), compileGrader(b))) {
      comparison.add(pair.a, pair.b, pair.row);
    }
    return comparison.result();
  }
  const groups = createGroupComparison(a, b, column);
  const side = (r: RuleSet) => ({ grade: compileGrader(r).gradeWithValues, model: modelOf(r) });
  // The changed records of the group still open, by row: a changed group names those that hold it (committee-34 M1).
  const moved = new Map<number, GroupRecordMove>();
  for await (const step of gradeGroupPairs(numbered(records), column, side(a), side(b))) {
    if ('groups' in step) {
      const { a: groupA, b: groupB, records: count, changedRows } = step.groups;
      groups.add(groupA, groupB, count, recordMoves(changedRows, moved));
    } else {
      const change = comparison.add(step.pair.a, step.pair.b, step.pair.row);
      if (change) moved.set(change.row, groupRecordMove(change));
    }
  }
  return { ...comparison.result(), groups: groups.result() };
}

/**
 * The requirements whose outcome or limit differs between two results for
 * the same record, in the order A lists them, then those only B has; none
 * when either result is of an invalid record.
 *
 * @example
 * movedCriteria(oldGrader.gradeSync(record), newGrader.gradeSync(record)); // ["apf@3"]
 */
export function movedCriteria(a: GradeResult, b: GradeResult): string[] {
  resultArgument(a, 'movedCriteria');
  resultArgument(b, 'movedCriteria');
  return [...criteriaMoves(a, b).moved];
}

/**
 * {@link movedCriteria} split: `causes`, the requirements whose outcome
 * (passed, failed, not applicable, missing value; or failed under the one
 * rule set that applies it) differs between A and B and that can have moved
 * the record — these are what moved it; `limitOnly`, those whose limit
 * differs but whose outcome is the same (the record passes, or fails, both
 * limits); `addedInB` and `removedInB`, the requirements only B (or only A)
 * applies, which the record meets there: the other sets no limit, which it
 * meets as well, so they did not move it, but no limit "changed" either
 * (committee-35 M4); and `outOfReach`,
 * those whose outcome differs but whose grade cannot have moved the record
 * (`movable` says which can; see {@link movableBy}: a requirement of a grade
 * above both of its grades was missed under both), and, for a record out of
 * scope under A or B, every one but the scope items (the standard does not
 * judge it there by its grade requirements). Without `movable` every
 * outcome that differs of a record in scope under both is a cause. With
 * `onlyIn` ({@link gradeOnlyIn}), a requirement of a grade only one ladder
 * has, which the record meets there and which `movable` allows, is a cause
 * too: the record reached that grade (a new top grade) by meeting it, though
 * the other rule set sets no such limit (committee-33 M7). The lists keep
 * `movedCriteria`'s order; together they are exactly its ids.
 *
 * @example
 * changeCauses(resultA, resultB); // { causes: ["mass-deviation-lower"], limitOnly: ["mass-deviation-upper"], outOfReach: [], addedInB: ["rib-spacing"], removedInB: [] }
 * changeCauses(resultA, resultB, movableBy(a, b)(resultA.grade, resultB.grade), gradeOnlyIn(a, b));
 */
export function changeCauses(
  a: GradeResult,
  b: GradeResult,
  movable?: (grade: string | null) => boolean,
  onlyIn?: (grade: string | null) => 'a' | 'b' | undefined,
): ChangeSplit {
  const { moved, causes, causeGrades, causeEffects, limitOnly, metAlone } = criteriaMoves(a, b);
  const split: ChangeSplit = {
    causes: [],
    limitOnly: [...limitOnly],
    outOfReach: [],
    addedInB: [],
    removedInB: [],
  };
  // Out of scope under either: the standard does not judge the record there by its grade requirements, so only
  // the scope items can have moved it (committee-29 M2: HRB600 excluded by B, its mass deviation no cause).
  const scopeOnly = outOfScope(a) || outOfScope(b);
  for (const [i, id] of causes.entries()) {
    const counts =
      (movable === undefined || movable(causeGrades[i]!)) && (!scopeOnly || causeEffects[i] === 'scope');
    (counts ? split.causes : split.outOfReach).push(id);
  }
  if (metAlone.length === 0) return split;
  // Met under the one edition whose ladder alone has its grade, a grade the record moved into: it lifted the record.
  const lifted =
    !onlyIn || scopeOnly
      ? new Set<string>()
      : new Set(
          metAlone
            .filter((m) => m.grade !== null && onlyIn(m.grade) === m.side && (movable?.(m.grade) ?? true))
            .map((m) => m.id),
        );
  if (lifted.size > 0) {
    const isCause = new Set([...split.causes, ...lifted]);
    split.causes = moved.filter((id) => isCause.has(id));
  }
  // The rest met a requirement only one rule set has: no limit changed, one was added or removed (committee-35 M4).
  const side = new Map(metAlone.filter((m) => !lifted.has(m.id)).map((m) => [m.id, m.side]));
  split.limitOnly = split.limitOnly.filter((id) => !lifted.has(id) && !side.has(id));
  for (const [id, s] of side) (s === 'b' ? split.addedInB : split.removedInB).push(id);
  return split;
}

/**
 * A changed record's requirements by what they did ({@link changeCauses}): together the ids of
 * {@link movedCriteria}, each in one list.
 */
export interface ChangeSplit {
  /** The requirements whose outcome differs and that can have moved the record: what moved it. */
  causes: string[];
  /** The requirements whose limit differs with the same outcome under both. */
  limitOnly: string[];
  /** The requirements whose outcome differs but that cannot have moved the record (see {@link changeCauses}). */
  outOfReach: string[];
  /** The requirements only B applies, met there (a new requirement the record meets). */
  addedInB: string[];
  /** The requirements only A applies, met there (a requirement B dropped, which the record met). */
  removedInB: string[];
}

interface CriteriaMoves {
  a: GradeResult;
  b: GradeResult;
  moved: string[];
  causes: string[];
  /** The grade of each of `causes`, in the same order. */
  causeGrades: (string | null)[];
  /** The effect of each of `causes`, in the same order. */
  causeEffects: CriterionResult['effect'][];
  limitOnly: string[];
  /** Of `limitOnly`, the requirements only one rule set applies, met there: which side, and their grade. */
  metAlone: { id: string; side: 'a' | 'b'; grade: string | null }[];
}

// The last pair's moves: the comparison, the tally and the HTML report each ask for the same changed
// record in turn, and each pass walks every requirement of both rule sets.
let lastMoves: CriteriaMoves | undefined;

/** The moved requirements of a pair and their split, in one walk (see {@link movedCriteria}). */
function criteriaMoves(a: GradeResult, b: GradeResult): CriteriaMoves {
  if (lastMoves && lastMoves.a === a && lastMoves.b === b) return lastMoves;
  const moves: CriteriaMoves = {
    a,
    b,
    moved: [],
    causes: [],
    causeGrades: [],
    causeEffects: [],
    limitOnly: [],
    metAlone: [],
  };
  lastMoves = moves;
  if (a.errors || b.errors) return moves;
  const { moved, limitOnly } = moves;
  const cause = (c: CriterionResult) => {
    moves.causes.push(c.id);
    moves.causeGrades.push(c.grade);
    moves.causeEffects.push(c.effect);
  };
  // Applied by one rule set only: a limit the other does not set. Met, it held the record back no more
  // than its absence did (a limit changed, the outcome the same); failed, it can have moved the record.
  const oneSided = (c: CriterionResult, side: 'a' | 'b') => {
    if (c.passed === null) return;
    moved.push(c.id);
    if (c.passed) {
      limitOnly.push(c.id);
      moves.metAlone.push({ id: c.id, side, grade: c.grade });
    } else cause(c);
  };
  const listA = a.criteria;
  const listB = b.criteria;
  // Two editions of one standard mostly list the same requirements in the same order: walk them side
  // by side, and look ids up only from where the lists part.
  let i = 0;
  const common = Math.min(listA.length, listB.length);
  while (i < common && listA[i]!.id === listB[i]!.id) {
    const ca = listA[i]!;
    const cb = listB[i]!;
    if (ca.passed !== cb.passed || !sameLimit(ca.limit, cb.limit)) {
      moved.push(ca.id);
      if (ca.status === cb.status) limitOnly.push(ca.id);
      else cause(ca);
    }
    i++;
  }
  if (i === listA.length && i === listB.length) return moves;
  const inB = new Map<string, CriterionResult>();
  for (let j = i; j < listB.length; j++) inB.set(listB[j]!.id, listB[j]!);
  const seen = new Set<string>();
  for (let j = i; j < listA.length; j++) {
    const ca = listA[j]!;
    seen.add(ca.id);
    const cb = inB.get(ca.id);
    if (!cb) {
      oneSided(ca, 'a');
      continue;
    }
    if (ca.passed !== cb.passed || !sameLimit(ca.limit, cb.limit)) {
      moved.push(ca.id);
      if (ca.status === cb.status) limitOnly.push(ca.id);
      else cause(ca);
    }
  }
  for (let j = i; j < listB.length; j++) {
    const cb = listB[j]!;
    if (!seen.has(cb.id)) oneSided(cb, 'b');
  }
  return moves;
}

function outOfScope(r: GradeResult): boolean {
  return r.grade === null && r.notGradedReason?.code === 'out-of-scope';
}

function sameLimit(a: Limit | null, b: Limit | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.operator !== b.operator || a.text !== b.text) return false;
  // A number or text is compared as is; only a range or list needs its JSON (this runs for every requirement).
  return a.value === b.value || JSON.stringify(a.value) === JSON.stringify(b.value);
}
