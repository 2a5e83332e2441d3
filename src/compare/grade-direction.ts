/**
 * Which way a grade moved from rule set A to rule set B.
 *
 * @example
 * const moved: ChangeDirection = change.direction; // 'down': a lower grade under B
 */
export type ChangeDirection = 'up' | 'down' | 'sideways';

/**
 * How to tell which way a grade moved between two ladders (lowest grade
 * first): a grade ranks by B's ladder where B has it, so that two editions
 * with the same grade ids compare, else by A's; not graded ranks lowest.
 *
 * @example
 * const direction = gradeDirection(oldRules, newRules);
 * direction('2', '3'); // 'up'
 */
export function gradeDirection(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): (from: string | null, to: string | null) => ChangeDirection {
  const rank = gradeRank(a, b);
  return (from, to) => {
    const diff = rank(to) - rank(from);
    return diff > 0 ? 'up' : diff < 0 ? 'down' : 'sideways';
  };
}

/**
 * A grade's rank on two ladders, as {@link gradeDirection} compares them:
 * its place in B's ladder where B has it, else in A's; -1 for not graded.
 *
 * @example
 * gradeRank(oldRules, newRules)('superior'); // 2
 */
export function gradeRank(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): (grade: string | null) => number {
  return (grade) => {
    if (grade === null) return -1;
    const inB = b.grades.findIndex((g) => g.id === grade);
    return inB >= 0 ? inB : a.grades.findIndex((g) => g.id === grade);
  };
}

/**
 * Which requirements can have moved a record or a group between two grades,
 * ranked as {@link gradeRank} ranks them. Grades are cumulative, so only a
 * requirement of a grade reached under one rule set and not the other can
 * have: one of a grade above both was missed under both (whatever else it
 * did), and one at or below the lower of them was met under both. A
 * requirement of no grade (scope) can always have; between two grades of the
 * same rank (a grade only A's ladder has), any of a grade at or below them.
 *
 * @example
 * const could = movableBy(oldRules, newRules);
 * could('first-class', 'conforming')('superior'); // false: superior was missed under both
 */
export function movableBy(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): (from: string | null, to: string | null) => (grade: string | null) => boolean {
  const rank = gradeRank(a, b);
  return (from, to) => {
    const low = Math.min(rank(from), rank(to));
    const high = Math.max(rank(from), rank(to));
    return (grade) => {
      if (grade === null) return true;
      const r = rank(grade);
      return r <= high && (r > low || low === high);
    };
  };
}

/**
 * Which ladder alone has a grade: `'a'` or `'b'`, `undefined` when both have it (or neither, or not graded).
 * A grade only one edition has (a new top grade) is reached by meeting its own requirements, which the other
 * edition does not set (committee-33 M7).
 *
 * @example
 * gradeOnlyIn(oldRules, draftWithPremium)('premium'); // 'b'
 */
export function gradeOnlyIn(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): (grade: string | null) => 'a' | 'b' | undefined {
  const { inA, inB } = ladderIds(a, b);
  return (grade) => {
    if (grade === null || inA.has(grade) === inB.has(grade)) return undefined;
    return inA.has(grade) ? 'a' : 'b';
  };
}

/**
 * The grades two ladders both have (by id), in each ladder's order, lowest
 * first, when the two orders differ; `undefined` when they agree. A ladder
 * reordered (superior below first-class) reverses what "a higher grade"
 * means: `diff` reports it and `compare` says which ladder its up and down
 * follow (hostile-33 F6).
 *
 * @example
 * reorderedGrades(oldRules, newRules); // { a: [qualified, first-class, superior], b: [qualified, superior, first-class] }
 */
export function reorderedGrades<G extends { id: string }>(
  a: { grades: readonly G[] },
  b: { grades: readonly G[] },
): { a: G[]; b: G[] } | undefined {
  const { inA, inB } = ladderIds(a, b);
  const before = a.grades.filter((g) => inB.has(g.id));
  const after = b.grades.filter((g) => inA.has(g.id));
  return before.every((g, i) => g.id === after[i]!.id) ? undefined : { a: before, b: after };
}

/** The grade ids of each of two ladders, for asking which has a grade. */
function ladderIds(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): { inA: ReadonlySet<string>; inB: ReadonlySet<string> } {
  return { inA: new Set(a.grades.map((g) => g.id)), inB: new Set(b.grades.map((g) => g.id)) };
}
