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
