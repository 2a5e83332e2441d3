import type { CheckOutcome } from '../compile/check-outcome';
import { type CompiledCheck, Verdict } from '../compile/compile-check';
import type { CompiledRuleSet } from '../compile/compile-rule-set';
import type { RecordFacts } from '../compile/record-facts';
import type { GradeModel } from '../model/rule-set-model';
import type { CheckRunner } from './runner';

/** The compiled closures as a runner: synchronous, no promise per condition. */
export interface CompiledRunner extends CheckRunner {
  run(facts: RecordFacts): CheckOutcome[];
  /**
   * The grade alone. Without an explanation to give, it can stop early:
   * scope first, then grade by grade from the lowest, until a requirement fails.
   */
  gradeOnly(facts: RecordFacts): string | null;
}

/** Runs a compiled rule set's checks as the closures compilation made. */
export function createCompiledRunner(compiled: CompiledRuleSet): CompiledRunner {
  const { checks, scope, byGrade } = compiled;
  const grades = compiled.model.grades;
  return {
    run(facts) {
      const out = new Array<CheckOutcome>(checks.length);
      for (let i = 0; i < checks.length; i++) out[i] = checks[i]!.evaluate(facts);
      return out;
    },
    gradeOnly: (facts) => gradeOnly(scope, byGrade, grades, facts),
  };
}

function gradeOnly(
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
