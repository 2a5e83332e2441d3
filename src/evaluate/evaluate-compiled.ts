import { type CompiledCheck, Verdict } from '../compile/compile-check';
import type { GradeModel } from '../model/rule-set-model';
import type { CheckOutcome } from './check-outcome';
import type { RecordFacts } from './record-facts';

/**
 * Evaluates every check with the compiled closures: the same outcomes as the
 * json-rules-engine path, compared without a promise per condition.
 */
export function evaluateCompiled(checks: readonly CompiledCheck[], facts: RecordFacts): CheckOutcome[] {
  const out = new Array<CheckOutcome>(checks.length);
  for (let i = 0; i < checks.length; i++) out[i] = checks[i]!.evaluate(facts);
  return out;
}

/**
 * The grade alone. Without an explanation to give, it can stop early: scope
 * first, then grade by grade from the lowest, until a requirement fails.
 *
 * @param byGrade - checks grouped by grade index, lowest first
 */
export function gradeOnlyCompiled(
  scope: readonly CompiledCheck[],
  byGrade: readonly (readonly CompiledCheck[])[],
  grades: readonly GradeModel[],
  facts: RecordFacts,
): string | null {
  for (const check of scope) if (check.verdict(facts) === Verdict.Failed) return null;
  for (let g = 0; g < byGrade.length; g++) {
    for (const check of byGrade[g]!)
      if (check.verdict(facts) === Verdict.Failed) return g === 0 ? null : grades[g - 1]!.id;
  }
  return grades.length ? grades[grades.length - 1]!.id : null;
}
