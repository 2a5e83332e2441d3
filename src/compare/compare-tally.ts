import type { GradeResult, NotGradedReason } from '../model/grade-result';
import { changeCauses } from './compare-rule-sets';
import { type ChangeDirection, gradeDirection, movableBy } from './grade-direction';
import { isInvalidResult } from './invalid-records';

/**
 * Why a valid record has no grade (an invalid record is counted apart).
 *
 * @example
 * const outOfScope: number = tally.counts().b.reasons['out-of-scope' satisfies NotGradedCode];
 */
export type NotGradedCode = Exclude<NotGradedReason['code'], 'invalid-record'>;

/** The reasons a valid record is not graded, in the order the reports list them. */
export const NOT_GRADED_CODES: readonly NotGradedCode[] = [
  'out-of-scope',
  'gate-failed',
  'below-lowest-grade',
];

/**
 * How the records came out under one of the two rule sets:
 * `graded + notGraded` is every record, and `invalid` plus the `reasons`
 * is `notGraded`.
 *
 * @example
 * const { graded, notGraded, invalid }: CompareSideCounts = tally.counts().a;
 */
export interface CompareSideCounts {
  /** Records with a grade. */
  graded: number;
  /** Records without one: invalid, out of scope, a veto item failed, below the lowest grade. */
  notGraded: number;
  /** Of those, invalid records. */
  invalid: number;
  /** Of those, valid records by why they are not graded. */
  reasons: Record<NotGradedCode, number>;
}

/**
 * The figures every compare report gives, adding up:
 * `unchanged + changed = total`, `up + down + sideways = changed`, and per
 * rule set `graded + notGraded = total`.
 *
 * @example
 * const { total, changed, up, down }: CompareCounts = tally.counts();
 */
export interface CompareCounts {
  /** Records compared. */
  total: number;
  /** Records with the same grade (or none) under both. */
  unchanged: number;
  /** Records whose grade differs. */
  changed: number;
  /** Of those, a higher grade under B (a grade ranks by B's ladder where B has it; not graded ranks lowest). */
  up: number;
  /** Of those, a lower grade under B. */
  down: number;
  /** Of those, neither higher nor lower (a grade only A's ladder has, at the same rank). */
  sideways: number;
  /** How the records came out under A. */
  a: CompareSideCounts;
  /** How the records came out under B. */
  b: CompareSideCounts;
}

/**
 * A changed record as the tally saw it: which way it moved, the
 * requirements whose outcome differs (what moved it), and those whose limit
 * moved with the same outcome.
 *
 * @example
 * const seen = tally.add(resultA, resultB);
 * if (seen) console.log(seen.direction, seen.causes);
 */
export interface TalliedChange {
  direction: ChangeDirection;
  causes: string[];
  limitOnly: string[];
  /** Requirements whose outcome differs but of a grade above both of the record's grades: they did not move it. */
  outOfReach: string[];
}

/**
 * Counts for a comparison, record by record: the {@link CompareCounts}, and
 * how many changed records each requirement moved (only requirements whose
 * outcome differs and that can have moved the record count: see
 * {@link movableBy}).
 *
 * @example
 * const tally = createCompareTally(a, b);
 * tally.add(ga.gradeSync(record), gb.gradeSync(record));
 * tally.counts().changed;
 */
export interface CompareTally {
  /** Counts one record; for a changed one, returns its direction and causes. */
  add(a: GradeResult, b: GradeResult): TalliedChange | undefined;
  /** The figures so far. */
  counts(): CompareCounts;
  /** Requirement id → changed records whose grade it moved, in the order first seen. */
  causeCounts(): ReadonlyMap<string, number>;
}

/**
 * Starts a {@link CompareTally} for two ladders (lowest grade first, as a
 * rule set lists them).
 *
 * @example
 * const tally = createCompareTally(oldRules, newRules);
 */
export function createCompareTally(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): CompareTally {
  const directionOf = gradeDirection(a, b);
  const movable = movableBy(a, b);
  const side = (): CompareSideCounts => ({
    graded: 0,
    notGraded: 0,
    invalid: 0,
    reasons: { 'out-of-scope': 0, 'gate-failed': 0, 'below-lowest-grade': 0 },
  });
  const counts: CompareCounts = {
    total: 0,
    unchanged: 0,
    changed: 0,
    up: 0,
    down: 0,
    sideways: 0,
    a: side(),
    b: side(),
  };
  const causeCounts = new Map<string, number>();
  const count = (s: CompareSideCounts, r: GradeResult) => {
    if (r.grade !== null) s.graded++;
    else {
      s.notGraded++;
      // A null grade without a reason can only be an invalid record: count it so, so that the parts add up.
      if (isInvalidResult(r)) s.invalid++;
      else s.reasons[r.notGradedReason!.code as NotGradedCode]++;
    }
  };
  return {
    add(resultA, resultB) {
      counts.total++;
      count(counts.a, resultA);
      count(counts.b, resultB);
      if (resultA.grade === resultB.grade) {
        counts.unchanged++;
        return undefined;
      }
      counts.changed++;
      const direction = directionOf(resultA.grade, resultB.grade);
      counts[direction]++;
      const split = changeCauses(resultA, resultB, movable(resultA.grade, resultB.grade));
      for (const id of split.causes) causeCounts.set(id, (causeCounts.get(id) ?? 0) + 1);
      return { direction, ...split };
    },
    counts: () => structuredClone(counts),
    causeCounts: () => causeCounts,
  };
}
