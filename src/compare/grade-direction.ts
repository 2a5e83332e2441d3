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
