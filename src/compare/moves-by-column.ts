import { BoundedGroups, DEFAULT_MAX_GROUPS } from '../batch/bounded-groups';
import { OutcomeCounter, type SideOutcomes } from '../batch/outcome-counter';
import { groupTallyReason } from '../grade/group-tally-reason';
import type { GradeResult } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import { gradeDirection, gradeRank } from './grade-direction';
import { isInvalidResult } from './invalid-records';

/**
 * How the records of one value of a column (a producer, a strength class)
 * came out between the two rule sets. Each record is counted once:
 * `up + down + sideways + unchanged + invalid = total`; how far they moved,
 * `upOne + upTwoOrMore + upFromNotGraded = up` and
 * `downOne + downTwoOrMore + downToNotGraded = down`.
 *
 * @example
 * const { key, total, up, down }: ValueMoves = moves.result().groups[0]!;
 */
export interface ValueMoves {
  /** The column's value; `""` for the records with no value. */
  key: string;
  /** Records with this value. */
  total: number;
  /** Valid under both rule sets, a higher grade under B (ranked as the compare summary ranks). */
  up: number;
  /** Valid under both, a lower grade under B (graded under A, not graded under B among them). */
  down: number;
  /** Of `up`, a grade one step higher (ranked as `up` is). */
  upOne: number;
  /** Of `up`, two steps higher or more. */
  upTwoOrMore: number;
  /** Of `up`, not graded under A (a valid record: below the lowest grade, out of scope, a veto item failed), graded under B. */
  upFromNotGraded: number;
  /** Of `down`, a grade one step lower. */
  downOne: number;
  /** Of `down`, two steps lower or more. */
  downTwoOrMore: number;
  /** Of `down`, graded under A, not graded under B (a valid record). */
  downToNotGraded: number;
  /**
   * Of `upFromNotGraded`, by why A did not grade them (`out-of-scope`, `gate-failed`,
   * `below-lowest-grade`): present only when `upFromNotGraded` is not 0. A product the
   * standard does not cover is not one that failed a veto item (committee-24 F9).
   */
  upFromNotGradedBy?: Partial<Record<string, number>>;
  /** Of `downToNotGraded`, by why B does not grade them; present only when `downToNotGraded` is not 0. */
  downToNotGradedBy?: Partial<Record<string, number>>;
  /** Valid under both, a different grade neither higher nor lower (a grade only A's ladder has, at the same rank). */
  sideways: number;
  /** Valid under both, the same grade (or not graded under both). */
  unchanged: number;
  /** Invalid under A, under B or under both: no grade to compare. */
  invalid: number;
  /**
   * How these records (or groups) came out under A: per grade of A's ladder, not graded by reason (below the
   * lowest grade: nonconforming under a rule set of one grade), invalid; adding up to `total` (committee-40 M6).
   * Added in 0.2.0.
   */
  a: SideOutcomes;
  /** The same under B. Added in 0.2.0. */
  b: SideOutcomes;
}

/**
 * `compare --tally-by <column>`: the records' moves per value of the column,
 * in order of first appearance, the records with no value last. The first
 * {@link DEFAULT_MAX_GROUPS} values get a group each, as `grade --tally-by`'s;
 * the records of later values are one, `otherGroups`. The groups (with
 * `otherGroups`) add up to `whole`, and `whole.total` is every record compared.
 *
 * @example
 * const { column, groups, whole } = moves.result();
 */
export interface MovesByColumn {
  /** The column counted by, as given. */
  column: string;
  /**
   * With `--group-by`: the column the records were grouped by. The counts are then of groups (lots), each
   * counted once under its value of `column` (a lot whose records give two values under a "mixed" key), not of
   * records. Absent when records are counted. Added in 0.2.0.
   */
  groupBy?: string;
  /** Per value, in order of first appearance; the records with no value (key `""`) last. */
  groups: ValueMoves[];
  /** The records of the values past the bound, counted as one group; absent when there are none. */
  otherGroups?: Omit<ValueMoves, 'key'> & {
    /** The bound: how many values have groups of their own, those that came first. */
    after: number;
  };
  /** Every record compared. */
  whole: Omit<ValueMoves, 'key'>;
}

/**
 * Counts records per value of a column, by how they moved; see {@link MovesByColumn}.
 *
 * @example
 * const moves = createMovesByColumn(a, b, '生产企业');
 * moves.add(producer, resultA, resultB);
 */
export interface MovesByColumnTally {
  /** Counts one record, whose value in the column is `key` (`""`: none), graded `a` under A and `b` under B. */
  add(key: string, a: GradeResult, b: GradeResult): void;
  /**
   * Counts one group (a lot), whose value in the column is `key`, graded `a` under A and `b` under B: invalid when
   * not graded for an invalid record on either side; to or from not graded by the reason the groups' matrix
   * splits it by (below the lowest grade, out of scope, not one product, a record not graded). Added in 0.2.0.
   */
  addGroup(key: string, a: GroupResult, b: GroupResult): void;
  /** The counts so far. */
  result(): MovesByColumn;
}

/**
 * Starts a {@link MovesByColumnTally} for two ladders (lowest grade first, as
 * a rule set lists them); the direction of a move is the one the compare
 * summary gives ({@link gradeDirection}).
 *
 * @param maxGroups - values with a group of their own (default {@link DEFAULT_MAX_GROUPS}, as `grade --tally-by`)
 * @param groupBy - the `--group-by` column, when groups are counted ({@link MovesByColumnTally.addGroup})
 * @example
 * const moves = createMovesByColumn(oldRules, newRules, 'strengthClass');
 */
export function createMovesByColumn(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
  column: string,
  maxGroups: number = DEFAULT_MAX_GROUPS,
  groupBy?: string,
): MovesByColumnTally {
  const directionOf = gradeDirection(a, b);
  const rank = gradeRank(a, b);
  type Moves = Omit<ValueMoves, 'key' | 'a' | 'b'>;
  const start = (): Moves => ({
    total: 0,
    up: 0,
    down: 0,
    sideways: 0,
    unchanged: 0,
    invalid: 0,
    upOne: 0,
    upTwoOrMore: 0,
    upFromNotGraded: 0,
    downOne: 0,
    downTwoOrMore: 0,
    downToNotGraded: 0,
  });
  // How far a record moved up or down: from or to "not graded", else one step or more (committee-22 F7).
  const distance = (from: string | null, to: string | null, move: 'up' | 'down') => {
    if (move === 'up')
      return from === null ? 'upFromNotGraded' : rank(to) - rank(from) > 1 ? 'upTwoOrMore' : 'upOne';
    return to === null ? 'downToNotGraded' : rank(from) - rank(to) > 1 ? 'downTwoOrMore' : 'downOne';
  };
  // Each side's outcomes by the one counter grade's tally keeps too, so that no outcome is dropped.
  const counter = (): Counted => ({
    moves: start(),
    a: new OutcomeCounter(a.grades),
    b: new OutcomeCounter(b.grades),
  });
  const groups = new BoundedGroups(maxGroups, counter);
  const whole = counter();
  // One record or group: its grade under A and B, whether either side found it invalid, and why each did not grade it.
  const count = (key: string, a: Side, b: Side) => {
    const move =
      a.invalid || b.invalid ? 'invalid' : a.grade === b.grade ? 'unchanged' : directionOf(a.grade, b.grade);
    const far = move === 'up' || move === 'down' ? distance(a.grade, b.grade, move) : undefined;
    // To or from not graded: why the side that does not grade it does not (committee-24 F9).
    const by =
      far === 'upFromNotGraded'
        ? 'upFromNotGradedBy'
        : far === 'downToNotGraded'
          ? 'downToNotGradedBy'
          : undefined;
    const reason =
      by === undefined ? undefined : ((far === 'upFromNotGraded' ? a : b).reason ?? 'not-graded');
    for (const both of [whole, groups.get(key.trim())]) {
      both.a.add(a.grade, a.invalid, a.reason);
      both.b.add(b.grade, b.invalid, b.reason);
      const counter = both.moves;
      counter.total++;
      counter[move]++;
      if (far) counter[far]++;
      if (by && reason) {
        const reasons = counter[by] ?? {};
        reasons[reason] = (reasons[reason] ?? 0) + 1;
        counter[by] = reasons;
      }
    }
  };
  const record = (r: GradeResult): Side => ({
    grade: r.grade,
    invalid: isInvalidResult(r),
    reason: isInvalidResult(r) ? undefined : r.notGradedReason?.code,
  });
  const group = (g: GroupResult): Side => ({
    grade: g.grade,
    invalid: g.grade === null && g.notGradedReason?.code === 'invalid-record',
    reason: groupTallyReason(g),
  });
  return {
    add: (key, resultA, resultB) => count(key, record(resultA), record(resultB)),
    addGroup: (key, groupA, groupB) => count(key, group(groupA), group(groupB)),
    result() {
      const out: MovesByColumn = {
        column,
        ...(groupBy === undefined ? {} : { groupBy }),
        groups: groups.ordered().map(([key, c]) => ({ key, ...copied(c) })),
        whole: copied(whole),
      };
      const other = groups.other;
      if (other) out.otherGroups = { after: groups.max, ...copied(other) };
      return out;
    },
  };
}

/** One value's moves, and how its records came out on each side. */
interface Counted {
  moves: Omit<ValueMoves, 'key' | 'a' | 'b'>;
  a: OutcomeCounter;
  b: OutcomeCounter;
}

/** A record or group as one side graded it, for the count. */
interface Side {
  grade: string | null;
  invalid: boolean;
  reason: string | undefined;
}

/** A counter's figures, its by-reason counts copied too (a result does not change as more records come). */
function copied(c: Counted): Omit<ValueMoves, 'key'> {
  const out: Omit<ValueMoves, 'key'> = { ...c.moves, a: c.a.outcomes(), b: c.b.outcomes() };
  if (c.moves.upFromNotGradedBy) out.upFromNotGradedBy = { ...c.moves.upFromNotGradedBy };
  if (c.moves.downToNotGradedBy) out.downToNotGradedBy = { ...c.moves.downToNotGradedBy };
  return out;
}
