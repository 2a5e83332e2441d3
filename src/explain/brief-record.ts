import { type CheckOutcome, failsRequirement, isNotChecked } from '../compile/check-outcome';
import type { CompiledRuleSet } from '../compile/compile-rule-set';
import type { GradeModel } from '../model/rule-set-model';

/**
 * What a graded record's grade comes to without its explanation: the grade
 * it holds and the requirements it failed (a grade the product does not
 * have, `n/a`, is not among them), as {@link explainRecord} decides them.
 */
export interface BriefResult {
  grade: GradeModel;
  failing: string[];
}

/**
 * For output that shows only the grade (`grade --detail grade`): a function
 * from a record's check outcomes to its grade and failed requirements, or
 * undefined when the record is not graded (out of scope, below the lowest
 * grade), whose result says why and so needs the explanation. Made once per
 * compiled rule set.
 */
export function briefRecorder(
  compiled: CompiledRuleSet,
): (outcomes: readonly CheckOutcome[]) => BriefResult | undefined {
  const grades = compiled.model.grades;
  // Each check's grade as an index into the grades, -1 for a scope check.
  const indexes = compiled.checks.map((c) => (c.model.grade ? grades.indexOf(c.model.grade) : -1));
  const ids = compiled.checks.map((c) => c.model.id);
  return (outcomes) => {
    let lowestFailed = grades.length;
    const failing: string[] = [];
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[i]!;
      if (!failsRequirement(o)) {
        // Not checked for want of a table row: the whole result, which says so (newcomer-30 M1).
        if (isNotChecked(o)) return undefined;
        continue;
      }
      const index = indexes[i]!;
      if (index < 0) return undefined;
      if (o.state !== 'unavailable') failing.push(ids[i]!);
      if (index < lowestFailed) lowestFailed = index;
    }
    return lowestFailed === 0 ? undefined : { grade: grades[lowestFailed - 1]!, failing };
  };
}
