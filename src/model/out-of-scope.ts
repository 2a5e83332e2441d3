/**
 * A record outside a standard's scope is not judged by its grade
 * requirements: they are still evaluated and shown (its explanation says what
 * it measured), but counts over many records — the most frequent failing
 * requirements, pass rates — take from it only the scope items that put it
 * out, so that products the standard does not cover do not weigh on them.
 *
 * @module
 */

import type { CriterionResult, GradeResult } from './grade-result';

/**
 * Whether a criterion result counts in statistics over records: every one of
 * a record in scope, only the scope items of one out of scope.
 *
 * @example
 * const counted = result.criteria.filter((c) => countedInStatistics(result, c));
 */
export function countedInStatistics(
  result: Pick<GradeResult, 'notGradedReason'>,
  criterion: Pick<CriterionResult, 'effect'>,
): boolean {
  return criterion.effect === 'scope' || result.notGradedReason?.code !== 'out-of-scope';
}

/**
 * The requirements a record failed, as its row and a frozen test case list them: of a record out of scope,
 * only the scope items that put it out (committee-36 M7: its grade requirements do not apply to it, as the
 * most frequent failing requirements leave them out); of any other, every failed one. Its result still holds
 * every criterion evaluated (`passed: false` on a grade requirement it would fail).
 *
 * @example
 * failedCounted(result).map((c) => c.id); // ['capacity-in-scope'] for a 14001 W air conditioner
 */
export function failedCounted<C extends Pick<CriterionResult, 'effect' | 'passed'>>(result: {
  notGradedReason?: GradeResult['notGradedReason'];
  criteria: readonly C[];
}): C[] {
  return result.criteria.filter((c) => c.passed === false && countedInStatistics(result, c));
}
