import type { Grader } from '../grade/create-grader';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import type { LocalizedText } from '../text/localized-text';
import { failingProblem, gradeProblem, reasonProblem } from './case-problems';
import type { CaseResult } from './case-result';
import { expectationsOf } from './deciding-case';
import type { GroupTestCase } from './test-suite';

/**
 * Grades a group case's records as one group and compares the grade, the
 * failing group requirements and the reason with what the case expects.
 * `zhLabel` gives a grade's Chinese label, which the Chinese text names it by; `oneGrade` says the rule set has
 * one grade, below which a group is nonconforming (see {@link gradeProblem}).
 */
export function runGroupCase(
  c: GroupTestCase,
  grader: Grader,
  zhLabel: (id: string) => string | undefined = () => undefined,
  oneGrade = false,
): CaseResult {
  const group = grader.gradeGroup(c.records);
  const problemTexts: LocalizedText[] = [];
  const gradeShown = c.grade !== undefined && c.grade !== group.grade;
  if (c.grade !== undefined && gradeShown)
    problemTexts.push(
      gradeProblem(
        { grade: c.grade, reason: c.notGradedReason },
        { grade: group.grade, reason: group.notGradedReason?.code },
        group.notGradedReason?.message,
        zhLabel,
        oneGrade,
      ),
    );
  if (c.failing) {
    const failing = failingProblem(
      c.failing,
      group.criteria.filter((r) => !r.passed).map((r) => r.id),
    );
    if (failing) problemTexts.push(failing);
  }
  if (c.notGradedReason && c.notGradedReason !== group.notGradedReason?.code)
    problemTexts.push(
      reasonProblem(
        c.notGradedReason,
        group.notGradedReason?.code,
        // The grade's line, when there is one, already says why.
        gradeShown ? undefined : group.notGradedReason?.message,
      ),
    );
  return {
    name: c.name,
    line: c.line,
    passed: problemTexts.length === 0,
    problems: problemTexts.map((p) => p.en),
    problemTexts,
    input: { records: c.records },
    result: groupAsResult(group),
    group,
    expects: expectationsOf(c),
  };
}

/**
 * A group's result in the shape of a record's, its group requirements as
 * criteria (the statistic in place of the indicator): what reports and
 * threshold coverage read of a case.
 */
export function groupAsResult(group: GroupResult): GradeResult {
  const criteria: CriterionResult[] = group.criteria.map((c) => ({
    id: c.id,
    label: c.label,
    indicator: c.statistic,
    value: c.value,
    limit: c.limit,
    passed: c.passed,
    status: c.status,
    grade: c.grade,
    effect: 'requirement',
    message: c.message,
  }));
  const result: GradeResult = {
    ruleSet: group.ruleSet,
    grade: group.grade,
    label: group.label,
    conforming: group.conforming,
    criteria,
    nextGrade: null,
  };
  const reason = group.notGradedReason;
  // These have no counterpart among a record's reasons (a lot out of scope names no scope requirement, as a
  // record's reason does): the group's own result says them.
  if (
    reason &&
    reason.code !== 'record-not-graded' &&
    reason.code !== 'mixed-values' &&
    reason.code !== 'out-of-scope'
  ) {
    result.notGradedReason = { code: reason.code, message: reason.message, criteria: reason.criteria };
  }
  return result;
}
