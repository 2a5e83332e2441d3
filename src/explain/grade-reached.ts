import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { LocalizedText } from '../text/localized-text';

/** A grade as the rule set lists it (lowest first). */
export interface GradeRef {
  id: string;
  label: LocalizedText;
}

/**
 * The grade a result's requirements would give if only those `counted`
 * decided it: the highest grade every counted requirement of which, and of
 * every grade below, is met (as the grade decision reads a ladder). What
 * the total alone gives (`c.indicator === 'totalScore'`), or the scores
 * without a cap (`c.effect !== 'cap'`). `undefined` below the lowest grade,
 * and for a record out of scope or invalid.
 *
 * @example
 * gradeReachedBy(result, model.grades, (c) => c.effect !== 'cap')?.id; // 'excellence' for all-92 with a veto
 */
export function gradeReachedBy(
  result: Pick<GradeResult, 'criteria' | 'errors' | 'notGradedReason'>,
  grades: readonly GradeRef[],
  counted: (c: CriterionResult) => boolean,
): GradeRef | undefined {
  if (result.errors || result.notGradedReason?.code === 'out-of-scope') return undefined;
  let lowestFailed = grades.length;
  for (const c of result.criteria) {
    if (c.passed !== false || c.grade === null || !counted(c)) continue;
    const index = grades.findIndex((g) => g.id === c.grade);
    if (index >= 0 && index < lowestFailed) lowestFailed = index;
  }
  return lowestFailed > 0 ? grades[lowestFailed - 1] : undefined;
}

/**
 * The cap that holds a record below what its other requirements reach (a
 * veto: 近三年发生重大质量事故 = 是 → 检验级 at most), with the grade those reach;
 * `undefined` when no failed cap holds it down (it fails, but the scores
 * reach no higher: all 40 and a veto is 经验级 either way).
 *
 * @example
 * capHolding(result, model.grades); // { reached: { id: 'excellence', … }, caps: [no-major-incident] }
 */
export function capHolding(
  result: GradeResult,
  grades: readonly GradeRef[],
): { reached: GradeRef; caps: CriterionResult[] } | undefined {
  if (result.grade === null) return undefined;
  const caps = result.criteria.filter((c) => c.effect === 'cap' && c.passed === false);
  if (caps.length === 0) return undefined;
  const reached = gradeReachedBy(result, grades, (c) => c.effect !== 'cap');
  if (!reached) return undefined;
  const at = grades.findIndex((g) => g.id === result.grade);
  return grades.findIndex((g) => g.id === reached.id) > at ? { reached, caps } : undefined;
}
