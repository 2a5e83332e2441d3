import { OutcomeCounter, type SideOutcomes } from '../batch/outcome-counter';
import { UsageError } from '../errors/usage-error';
import { comparedStatisticFigures } from '../explain/explain-group';
import { GroupGrading, heldBelowLowest } from '../grade/grade-group';
import { NO_KEY } from '../grade/group-key';
import { type GradeWithValues, GroupRouter, groupMember } from '../grade/group-stream';
import { groupTallyReason } from '../grade/group-tally-reason';
import type { InputItem, WrittenHeader } from '../input/input-item';
import type { GroupCriterionResult, GroupResult } from '../model/group-result';
import { groupResultArgument } from '../model/result-argument';
import type { RuleSetModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import { type FieldTwin, labelTwins, type SideUnread, sideItems } from './field-twins';
import { type ChangeDirection, gradeDirection, gradeOnlyIn, movableBy } from './grade-direction';
import type { GradedPair } from './grade-pairs';
import {
  INVALID_KEY,
  MIXED_KEY,
  migrationMatrix,
  NONCONFORMING_KEY,
  NOT_GRADED_KEY,
  OUT_OF_SCOPE_KEY,
} from './migration-matrix';

/**
 * A group (a lot, a month's samples) whose grade differs between the two rule sets.
 *
 * @example
 * for (const c of comparison.groups.changes) console.log(`${c.group}: ${c.from} → ${c.to} (${c.criteria.join(', ')})`);
 */
export interface GroupGradeChange {
  /** The group's key (the `--group-by` column's value; `""` for the records without one). */
  group: string;
  /** Rows of the group's first and last record. */
  rows: {
    /** The group's first input row. */
    first: number;
    /** Its last input row. */
    last: number;
  };
  /** Grade of the group under rule set A; `null` when not graded. */
  from: string | null;
  /** Grade of the group under rule set B; `null` when not graded. */
  to: string | null;
  /** Which way it moved (ranked on B's ladder where B has the grade; not graded ranks lowest). */
  direction: ChangeDirection;
  /**
   * Ids of the group requirements (on the group's statistics) that moved it:
   * met under one rule set and not under the other (one that only one of
   * them asks counts as met by the other), of a grade between its grade
   * under A and under B (a grade it reached under one and not the other);
   * and one that only one asks of a grade only that one's ladder has, met
   * there: the group reached that grade (a new top grade) by meeting it.
   * Empty when only its records moved it.
   */
  criteria: string[];
  /** How many of the group's records have a different grade under A and B (each listed among the record changes). */
  records: number;
  /**
   * Set when the group is not graded under one rule set only because a record
   * of it is invalid there (and graded under the other): its grades were not
   * compared, and it counts under `invalidA` / `invalidB`, not `up` or `down`
   * (`direction` still ranks not graded lowest). Added in 0.2.0.
   */
  invalidUnder?: 'a' | 'b';
  /**
   * The group's records that changed grade and hold it at the lower of its
   * two grades (under B when it went down, under A when it went up): those
   * the lower side's `heldBy` names (at the group's lowest record grade, or
   * not graded), each with the requirements that moved it. Present when
   * some changed record does (committee-34 M1: a lot moved by its records
   * named no cause). Added in 0.2.0.
   */
  heldBy?: GroupRecordMove[];
  /**
   * Ids of the group requirements whose outcome differs between A and B
   * (met under one, not the other) that did not move the group: its records
   * hold it lower, or the requirement's grade is above both of its grades
   * (committee-34 M2: a tightened CV limit a lot now fails, counted
   * nowhere). Present when there is one. Added in 0.2.0.
   */
  alsoChanged?: string[];
  /**
   * Where the reports' groups matrix counts the group on each side (as `groupShownKey` gives it), present when it is
   * not graded on one: below the lowest grade (`(nonconforming)`), out of scope, not one product (`(mixed)`),
   * invalid, else `null`. Its line in the reports names that, as the matrix does, where `null` alone read
   * "→ not graded" of a lot the matrix counted as below the lowest grade (committee-37). Added in 0.2.0.
   */
  shownAs?: {
    /** Its key under A. */
    from: string;
    /** Its key under B. */
    to: string;
  };
}

/**
 * A record of a group whose grade differs between the two rule sets, as a
 * changed group names it: its row, its grades and the requirements that
 * moved it (its `GradeChange`'s `causes`).
 *
 * @example
 * const move: GroupRecordMove = { row: 1, from: 'conforming', to: null, causes: ['compressive-3d@conforming'] };
 */
export interface GroupRecordMove {
  /** 1-based position of the record in the input. */
  row: number;
  /** The input's kept columns for the record (its sample id), when the input has them. */
  kept?: Record<string, string>;
  /** Its grade under rule set A; `null` when not graded. */
  from: string | null;
  /** Its grade under rule set B; `null` when not graded. */
  to: string | null;
  /** The requirements that moved it (empty when it is invalid under a side). */
  causes: string[];
  /** `compare -f json`: the rule-set diff entry keys that moved it, as its record change's `diff`. */
  diff?: string[];
  /** Why a side did not grade it, as its record change's `notGradedReasons`, when one did not. Added in 0.2.0. */
  notGradedReasons?: {
    /** Why rule set A did not grade the record. */
    a?: string;
    /** Why rule set B did not grade the record. */
    b?: string;
  };
}

/**
 * A group requirement whose outcome differs between A and B for some group:
 * how many groups, which way, and of how many it moved the grade.
 *
 * @example
 * const { id, failedUnderB, moved }: GroupCriterionCount = comparison.groups.criterionCounts[0];
 */
export interface GroupCriterionCount {
  /** The requirement's id. */
  id: string;
  /** Groups that meet it under A and not under B (a requirement only one side asks counts as met by the other). */
  failedUnderB: number;
  /** Groups that fail it under A and meet it under B. */
  metUnderB: number;
  /** Of those, the groups whose grade it moved (it is among their change's `criteria`). */
  moved: number;
}

/**
 * How the groups came out under one of the two rule sets: `graded +
 * notGraded` is every group.
 *
 * @example
 * const { graded, notGraded, ungraded }: GroupSideCounts = comparison.groups.a;
 */
export interface GroupSideCounts {
  /** Groups with a grade. */
  graded: number;
  /** Groups without one (an invalid or ungraded record in them, or statistics below the lowest grade). */
  notGraded: number;
  /**
   * The groups per grade (every grade of the ladder, 0 included), not graded by reason (below the lowest grade —
   * nonconforming under a rule set of one grade — by their statistics or held there by a specimen, out of scope,
   * not one product, a record not graded) and invalid (a record of theirs invalid), as the groups' matrix splits
   * them: they add up to every group (committee-40 M6: only graded and not graded were counted). Added in 0.2.0.
   */
  outcomes: SideOutcomes;
  /** The first 20 groups not graded, with why. */
  ungraded: {
    /** The group's key. */
    group: string;
    /** Why it is not graded (its `notGradedReason.code`). */
    reason: NonNullable<GroupResult['notGradedReason']>['code'];
    /**
     * A group held below the lowest grade by its specimens (`record-not-graded`, every record not graded for
     * `below-lowest-grade`): its reason as a failure naming them (`组内有样品未达合格品（1 条），本组未达最低等级：第 4 条
     * （C0004）：28 天抗压强度：53.4 MPa，不满足 ≥ 53.5 MPa（合格品）`), where the code alone read like a data
     * problem (committee-37 M3). Added in 0.2.0.
     */
    failed?: LocalizedText;
  }[];
}

/**
 * Groups graded with two rule sets: how many, how their grades moved, and
 * each group whose grade differs.
 *
 * @example
 * const { total, changed, up, down, matrix, changes } = comparison.groups;
 */
export interface GroupComparison {
  /** The column the records were grouped by. */
  column: string;
  /** Groups compared. */
  total: number;
  /** Groups whose grade differs (`changes.length`); `up + down + sideways + invalidA + invalidB = changed`. */
  changed: number;
  /** Of those, a higher grade under B. */
  up: number;
  /** Of those, a lower grade under B. */
  down: number;
  /** Of those, neither higher nor lower (a grade only A's ladder has, at the same rank). */
  sideways: number;
  /**
   * Of those, not graded under A only because a record of the group is
   * invalid under A (graded under B): grades not compared, neither up nor
   * down, as a record invalid under A only is counted. Added in 0.2.0.
   */
  invalidA: number;
  /** Of those, not graded under B only because a record of it is invalid under B (graded under A). Added in 0.2.0. */
  invalidB: number;
  /**
   * Migration matrix: group grade under A → under B → number of groups,
   * every grade of A and `"null"` (not graded) a row holding every grade of
   * B and `"null"`, zeros included.
   */
  matrix: Record<string, Record<string, number>>;
  /** The groups whose grade differs, in input order. */
  changes: GroupGradeChange[];
  /** How the groups came out under A. */
  a: GroupSideCounts;
  /** How the groups came out under B. */
  b: GroupSideCounts;
  /**
   * Each group requirement whose outcome differs between A and B for some
   * group (changed or not), most groups first: how many groups it takes out
   * (or lets in), and of how many it moved the grade (committee-34 M2: "how
   * many lots does CV ≤ 3.5 take out of first class?"). Added in 0.2.0.
   */
  criterionCounts: GroupCriterionCount[];
  /**
   * The migration matrix as the reports show it (`shownGroupMatrix`): groups below the lowest grade (their
   * statistics, or a specimen below it), out of scope, invalid and not of one product each in a row and column of
   * their own, as the records' matrix splits them (committee-37 M3); the rest not graded. Not in `compare -f json`.
   */
  shown?: Record<string, Record<string, number>>;
}

/**
 * A group's key in the groups' matrix as the reports show it: its grade; below the lowest grade (its statistics
 * fail it, or its only records not graded are below it: a failing lot), out of scope, invalid, not one product
 * ({@link MIXED_KEY}); else not graded (a record out of scope in a lot of others, a vetoed one).
 *
 * @example
 * groupShownKey(lot); // '(nonconforming)' for a lot whose specimen C0004 fails the lowest grade
 */
export function groupShownKey(g: GroupResult): string {
  if (g.grade !== null) return g.grade;
  const reason = g.notGradedReason;
  switch (reason?.code) {
    case 'invalid-record':
      return INVALID_KEY;
    case 'out-of-scope':
      return OUT_OF_SCOPE_KEY;
    case 'mixed-values':
      return MIXED_KEY;
    case 'below-lowest-grade':
      return NONCONFORMING_KEY;
    case 'record-not-graded':
      return heldBelowLowest(g) ? NONCONFORMING_KEY : NOT_GRADED_KEY;
    default:
      return NOT_GRADED_KEY;
  }
}

/**
 * The groups' migration matrix as the reports (table, HTML, workbook) show it: the comparison's `shown` matrix
 * when it has one, else `matrix` (a comparison made before 0.2.0).
 *
 * @example
 * const cells = shownGroupMatrix(comparison.groups);
 * cells.first['(nonconforming)']; // lots first class under A that fail the lowest grade under B
 */
export function shownGroupMatrix(
  groups: Pick<GroupComparison, 'matrix' | 'shown'>,
): Record<string, Record<string, number>> {
  return groups.shown ?? groups.matrix;
}

/** The order of the not-graded keys of the groups' shown matrix, after the grades. */
const SHOWN_APART = [NONCONFORMING_KEY, OUT_OF_SCOPE_KEY, MIXED_KEY, NOT_GRADED_KEY, INVALID_KEY];

/**
 * Collects a comparison of groups; see {@link createGroupComparison}.
 *
 * @example
 * const groups = createGroupComparison(oldRules, newRules, 'lot');
 * groups.add(gradedUnderA, gradedUnderB, 2);
 */
export interface GroupComparisonBuilder {
  /**
   * Counts one group graded by A and by B.
   *
   * @param records - how many of its records have a different grade under A and B
   * @param moves - its records whose grade differs (others are ignored): those that hold the group at its
   *   lower grade become the change's `heldBy`
   * @returns the change, when the group's grade differs
   */
  add(
    a: GroupResult,
    b: GroupResult,
    records: number,
    moves?: readonly GroupRecordMove[],
  ): GroupGradeChange | undefined;
  /** The comparison so far. */
  result(): GroupComparison;
}

/**
 * Starts a comparison of groups graded with two rule sets (lowest grade first, as a rule set lists them).
 *
 * @example
 * const groups = createGroupComparison(oldRules, newRules, 'lot');
 * for (const [a, b] of gradedLots) groups.add(a, b, 0);
 * groups.result().changed;
 */
export function createGroupComparison(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
  column: string,
): GroupComparisonBuilder {
  for (const [side, rules] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (!Array.isArray((rules as { grades?: unknown } | null)?.grades)) {
      const got = valueShown(rules);
      throw new UsageError(
        localized(
          `createGroupComparison 的 ${side} 应为规则集（有 grades），收到 ${got.zh}`,
          `createGroupComparison's ${side} must be a rule set (with grades), got ${got.en}`,
        ),
      );
    }
  }
  const matrix = migrationMatrix(a, b);
  const shown = new Map<string, Map<string, number>>();
  const directionOf = gradeDirection(a, b);
  const movable = movableBy(a, b);
  const onlyIn = gradeOnlyIn(a, b);
  const changes: GroupGradeChange[] = [];
  const moves = { up: 0, down: 0, sideways: 0, invalidA: 0, invalidB: 0 };
  const sides: { a: Omit<GroupSideCounts, 'outcomes'>; b: Omit<GroupSideCounts, 'outcomes'> } = {
    a: { graded: 0, notGraded: 0, ungraded: [] },
    b: { graded: 0, notGraded: 0, ungraded: [] },
  };
  const sideOutcomes = { a: new OutcomeCounter(a.grades), b: new OutcomeCounter(b.grades) };
  const count = (key: 'a' | 'b', g: GroupResult) => {
    const side = sides[key];
    const reason = groupTallyReason(g);
    sideOutcomes[key].add(g.grade, reason === 'invalid-record', reason);
    if (g.grade !== null) side.graded++;
    else {
      side.notGraded++;
      const reason = g.notGradedReason?.code ?? 'below-lowest-grade';
      if (side.ungraded.length < 20)
        side.ungraded.push(
          heldBelowLowest(g)
            ? { group: g.group, reason, failed: structuredClone(g.notGradedReason!.message) }
            : { group: g.group, reason },
        );
    }
  };
  const outcomes = new Map<string, GroupCriterionCount>();
  let total = 0;
  return {
    add(groupA, groupB, records, recordMoves = []) {
      groupResultArgument(groupA, 'groupComparison.add');
      groupResultArgument(groupB, 'groupComparison.add');
      total++;
      count('a', groupA);
      count('b', groupB);
      matrix.count(groupA.grade, groupB.grade);
      const keyA = groupShownKey(groupA);
      const keyB = groupShownKey(groupB);
      const line = shown.get(keyA) ?? new Map<string, number>();
      shown.set(keyA, line.set(keyB, (line.get(keyB) ?? 0) + 1));
      const turned = movedGroupCriteria(groupA.criteria, groupB.criteria, onlyIn);
      for (const c of turned) {
        const n = outcomes.get(c.id) ?? { id: c.id, failedUnderB: 0, metUnderB: 0, moved: 0 };
        // Under B it passes exactly when it failed under A (one side lacking it counts as met).
        if (groupB.criteria.find((x) => x.id === c.id)?.passed ?? true) n.metUnderB++;
        else n.failedUnderB++;
        outcomes.set(c.id, n);
      }
      if (groupA.grade === groupB.grade) return undefined;
      const direction = directionOf(groupA.grade, groupB.grade);
      // Not graded under one side for an invalid record only: no grade there to compare (hostile-23 M6).
      const invalidUnder = invalidOnly(groupA, groupB);
      if (invalidUnder === 'a') moves.invalidA++;
      else if (invalidUnder === 'b') moves.invalidB++;
      else moves[direction]++;
      const could = movable(groupA.grade, groupB.grade);
      const criteria = turned.filter((c) => could(c.grade)).map((c) => c.id);
      for (const id of criteria) outcomes.get(id)!.moved++;
      const also = turned.filter((c) => !criteria.includes(c.id)).map((c) => c.id);
      // The records that hold it on its lower side: those B's grading names when it went down, A's when up.
      const lower =
        invalidUnder === 'a' || (invalidUnder === undefined && direction === 'up') ? groupA : groupB;
      const holding = new Set(lower.heldBy.map((r) => r.row));
      const held = recordMoves.filter((m) => holding.has(m.row)).map((m) => structuredClone(m));
      const change: GroupGradeChange = {
        group: groupA.group,
        rows: groupA.rows,
        from: groupA.grade,
        to: groupB.grade,
        direction,
        criteria,
        records,
        ...(invalidUnder ? { invalidUnder } : {}),
        ...(held.length > 0 ? { heldBy: held } : {}),
        ...(also.length > 0 ? { alsoChanged: also } : {}),
        ...(groupA.grade === null || groupB.grade === null ? { shownAs: { from: keyA, to: keyB } } : {}),
      };
      changes.push(change);
      return change;
    },
    result: () => ({
      column,
      total,
      changed: changes.length,
      ...moves,
      matrix: matrix.cells,
      changes,
      a: { ...structuredClone(sides.a), outcomes: sideOutcomes.a.outcomes() },
      b: { ...structuredClone(sides.b), outcomes: sideOutcomes.b.outcomes() },
      criterionCounts: [...outcomes.values()]
        .map((c) => ({ ...c }))
        .sort(
          (x, y) => y.failedUnderB + y.metUnderB - (x.failedUnderB + x.metUnderB) || x.id.localeCompare(y.id),
        ),
      shown: shownGroupCells(shown, a, b),
    }),
  };
}

/**
 * The groups' shown matrix with every row and column it shows, zeros included: each side's grades, then each
 * not-graded key some group is counted under on either side, as a row and a column ("not graded" alone when none
 * is, as the plain matrix has it).
 */
function shownGroupCells(
  counted: ReadonlyMap<string, ReadonlyMap<string, number>>,
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): Record<string, Record<string, number>> {
  const used = new Set<string>();
  for (const [from, line] of counted) {
    used.add(from);
    for (const to of line.keys()) used.add(to);
  }
  const apart = SHOWN_APART.filter((k) => used.has(k));
  if (apart.length === 0) apart.push(NOT_GRADED_KEY);
  const rows = new Set([...a.grades.map((g) => g.id), ...apart]);
  const columns = new Set([...b.grades.map((g) => g.id), ...apart]);
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
 * A changed record as a changed group names it: its row, sample id, grades and causes.
 *
 * @param diff - the rule-set diff entry keys that moved it, when known
 */
export function groupRecordMove(
  change: Omit<GroupRecordMove, 'causes' | 'diff'> & { causes: readonly string[] },
  diff?: readonly string[],
): GroupRecordMove {
  return {
    row: change.row,
    ...(change.kept ? { kept: change.kept } : {}),
    from: change.from,
    to: change.to,
    causes: [...change.causes],
    ...(diff ? { diff: [...diff] } : {}),
    ...(change.notGradedReasons ? { notGradedReasons: { ...change.notGradedReasons } } : {}),
  };
}

/** Takes a closed group's changed records out of those kept by row (each group's rows are its own). */
export function recordMoves(rows: readonly number[], kept: Map<number, GroupRecordMove>): GroupRecordMove[] {
  const out: GroupRecordMove[] = [];
  for (const row of rows) {
    const move = kept.get(row);
    if (move === undefined) continue;
    out.push(move);
    kept.delete(row);
  }
  return out;
}

/** The side under which alone the group is not graded because of an invalid record, the other grading it. */
function invalidOnly(a: GroupResult, b: GroupResult): 'a' | 'b' | undefined {
  if (a.grade === null && b.grade !== null && a.notGradedReason?.code === 'invalid-record') return 'a';
  if (b.grade === null && a.grade !== null && b.notGradedReason?.code === 'invalid-record') return 'b';
  return undefined;
}

/**
 * The group requirements met under one rule set and not the other (one that only one asks counts as met by the
 * other), and one only one asks of a grade only its ladder has, met there: the group reached that grade (a new top
 * grade) by meeting it, as a record is credited with such a requirement (`changeCauses`, committee-33 M7).
 */
function movedGroupCriteria(
  a: readonly GroupCriterionResult[],
  b: readonly GroupCriterionResult[],
  onlyIn: (grade: string | null) => 'a' | 'b' | undefined,
): GroupCriterionResult[] {
  const inB = new Map(b.map((c) => [c.id, c.passed]));
  const inA = new Set(a.map((c) => c.id));
  const moved = a.filter((c) => {
    const there = inB.get(c.id);
    return there === undefined ? !c.passed || onlyIn(c.grade) === 'a' : c.passed !== there;
  });
  for (const c of b) if (!inA.has(c.id) && (!c.passed || onlyIn(c.grade) === 'b')) moved.push(c);
  return moved;
}

/** A step of {@link gradeGroupPairs}: a record graded by both rule sets, or a group that closed, graded by both. */
export type GroupPairStep =
  | {
      pair: GradedPair;
      /** The key of the group the record is in (`""`: the records with no key), with `--group-by`. */
      group?: string;
    }
  | { groups: { a: GroupResult; b: GroupResult; records: number; changedRows: number[] } };

/**
 * Grades each input item with two rule sets, as {@link gradePairs} does, and
 * each group of items (a run with the same value in `column`, as
 * `grade --group-by` splits them: the input sorted by the column) with both
 * as a unit, yielding the group when it closes, after its records; the
 * records with no key are one group of their own, yielded last (see
 * {@link gradeGroups}). `router` splits the items (give one to read its
 * `spellings` once the input is read).
 */
export async function* gradeGroupPairs(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  column: string,
  a: { grade: GradeWithValues; model: RuleSetModel },
  b: { grade: GradeWithValues; model: RuleSetModel },
  header?: () => WrittenHeader | undefined,
  twins: readonly FieldTwin[] = labelTwins(a.model.indicators, b.model.indicators),
  unread?: SideUnread,
  router = new GroupRouter(column, header),
): AsyncGenerator<GroupPairStep> {
  const side = sideItems(twins, a.model.indicators, b.model.indicators, unread);
  type Pair = { a: GroupGrading; b: GroupGrading; records: number; changedRows: number[] };
  let current: Pair | undefined;
  let keyless: Pair | undefined;
  // One figure per statistic on both sides: the same lot's CV reads the same digits under A and B.
  const figures = comparedStatisticFigures(a.model.group, b.model.group);
  const open = (key: string): Pair => ({
    a: new GroupGrading(a.model, key, figures.a),
    b: new GroupGrading(b.model, key, figures.b),
    records: 0,
    changedRows: [],
  });
  const finish = (c: Pair): GroupPairStep => ({
    groups: { a: c.a.finish(), b: c.b.finish(), records: c.records, changedRows: c.changedRows },
  });
  for await (const item of items as AsyncIterable<InputItem>) {
    const step = router.route(item);
    let group: Pair;
    const key = step.keyless ? NO_KEY : step.key;
    if (step.keyless) group = keyless ??= open(NO_KEY);
    else {
      if (step.closes && current) {
        yield finish(current);
        current = undefined;
      }
      if (step.reopened) throw step.reopened;
      group = current ??= open(step.key);
    }
    const memberA = groupMember(side.a(item), a.grade, a.model);
    const memberB = groupMember(side.b(item), b.grade, b.model);
    group.a.add(memberA);
    group.b.add(memberB);
    if (memberA.result.grade !== memberB.result.grade) {
      group.records++;
      group.changedRows.push(item.row);
    }
    yield { pair: { row: item.row, a: memberA.result, b: memberB.result }, group: key };
  }
  if (current) yield finish(current);
  router.end();
  if (keyless) yield finish(keyless);
}
