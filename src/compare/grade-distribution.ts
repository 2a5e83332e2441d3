import { gradeRank } from './grade-direction';
import {
  INVALID_KEY,
  matrixOrder,
  NONCONFORMING_KEY,
  NOT_GRADED_KEY,
  OUT_OF_SCOPE_KEY,
  VETO_FAILED_KEY,
} from './migration-matrix';

/**
 * How many records one grade (or "not graded", or "invalid") holds under
 * each edition: a row of {@link gradeDistribution}.
 *
 * @example
 * const row: GradeShare = { grade: '1', a: 43, b: 41 };
 */
export interface GradeShare {
  /** The grade id; `null` for records not graded (valid ones only when `invalid` is given). */
  grade: string | null;
  /** `true` on the row of records invalid under a rule set (then `grade` is `null`). */
  invalid?: true;
  /**
   * On a row of valid records not graded that a matrix as the reports show it keeps apart (`shownMatrix`,
   * a rule set of one grade): `'below-lowest-grade'` (nonconforming) or `'out-of-scope'`; `grade` is `null`.
   */
  reason?: 'below-lowest-grade' | 'out-of-scope' | 'gate-failed';
  /** Records with it under A. */
  a: number;
  /** Records with it under B. */
  b: number;
}

/**
 * The records per grade under A and under B, side by side (committee-27
 * F1: "what share reaches grade 1 under the draft?"): the row totals and the
 * column totals of a migration matrix, highest grade first (a grade one
 * ladder only has sits at its place by rank, B's first at a tie), then not
 * graded, then invalid when the matrix has that row and column
 * (`matrixWithInvalid`). Each side's counts add up to the records compared.
 *
 * @example
 * gradeDistribution(matrixWithInvalid(comparison), oldRules, newRules);
 * // [{ grade: '1', a: 43, b: 41 }, …, { grade: null, a: 62, b: 68 }, { grade: null, invalid: true, a: 5, b: 6 }]
 */
export function gradeDistribution(
  cells: Record<string, Record<string, number>>,
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): GradeShare[] {
  const { rows, columns } = matrixOrder(cells, a, b);
  const rank = gradeRank(a, b);
  const apart = new Map<string, NonNullable<GradeShare['reason']>>([
    [NONCONFORMING_KEY, 'below-lowest-grade'],
    [OUT_OF_SCOPE_KEY, 'out-of-scope'],
    [VETO_FAILED_KEY, 'gate-failed'],
  ]);
  const grades = [...columns, ...rows.filter((k) => !columns.includes(k))].filter(
    (k) => k !== NOT_GRADED_KEY && k !== INVALID_KEY && !apart.has(k),
  );
  // Stable: B's ladder first, so at a tie of rank B's grade comes before A's.
  grades.sort((x, y) => rank(y) - rank(x));
  const underA = (key: string) => Object.values(cells[key] ?? {}).reduce((s, n) => s + n, 0);
  const underB = (key: string) => Object.values(cells).reduce((s, line) => s + (line[key] ?? 0), 0);
  const out: GradeShare[] = grades.map((g) => ({ grade: g, a: underA(g), b: underB(g) }));
  // Nonconforming and out of scope (one-grade rule sets) before the other not graded, there only when shown.
  const shownKeys = new Set([...rows, ...columns]);
  for (const [key, reason] of apart)
    if (shownKeys.has(key)) out.push({ grade: null, reason, a: underA(key), b: underB(key) });
  if (shownKeys.has(NOT_GRADED_KEY))
    out.push({ grade: null, a: underA(NOT_GRADED_KEY), b: underB(NOT_GRADED_KEY) });
  if (cells[INVALID_KEY] !== undefined)
    out.push({ grade: null, invalid: true, a: underA(INVALID_KEY), b: underB(INVALID_KEY) });
  return out;
}
