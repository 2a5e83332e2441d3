import { type CheckOutcome, failsRequirement } from '../compile/check-outcome';
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

// Per compiled rule set: each check's grade as an index into the grades, -1 for a scope check.
const gradeIndexes = new WeakMap<CompiledRuleSet, Int32Array>();

/**
 * The grade and failed requirements of a record from its checks' outcomes,
 * for output that shows only the grade (`grade --detail grade`); undefined
 * when the record is not graded (out of scope, below the lowest grade),
 * whose result says why and so needs the explanation.
 */
export function briefRecord(
  compiled: CompiledRuleSet,
  outcomes: readonly CheckOutcome[],
): BriefResult | undefined {
  const grades = compiled.model.grades;
  let indexes = gradeIndexes.get(compiled);
  if (!indexes) {
    indexes = Int32Array.from(compiled.checks, (c) => (c.model.grade ? grades.indexOf(c.model.grade) : -1));
    gradeIndexes.set(compiled, indexes);
  }
  let lowestFailed = grades.length;
  const failing: string[] = [];
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    if (!failsRequirement(o)) continue;
    const index = indexes[i]!;
    if (index < 0) return undefined;
    if (o.state !== 'unavailable') failing.push(compiled.checks[i]!.model.id);
    if (index < lowestFailed) lowestFailed = index;
  }
  return lowestFailed === 0 ? undefined : { grade: grades[lowestFailed - 1]!, failing };
}
