import type { Grader } from '../grade/create-grader';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import type { CaseResult } from './case-result';
import type { GroupTestCase } from './test-suite';

/**
 * Grades a group case's records as one group and compares the grade, the
 * failing group requirements and the reason with what the case expects.
 */
export function runGroupCase(c: GroupTestCase, grader: Grader): CaseResult {
  const group = grader.gradeGroup(c.records);
  const problems: string[] = [];
  if (c.grade !== undefined && c.grade !== group.grade) {
    problems.push(
      `grade: expected ${show(c.grade)}, got ${show(group.grade)}${group.notGradedReason ? ` (${group.notGradedReason.message.en})` : ''}`,
    );
  }
  if (c.failing) {
    const actual = group.criteria.filter((r) => !r.passed).map((r) => r.id);
    const missing = c.failing.filter((id) => !actual.includes(id));
    const extra = actual.filter((id) => !c.failing!.includes(id));
    if (missing.length || extra.length) {
      problems.push(
        `failing: expected [${c.failing.join(', ')}], got [${actual.join(', ')}]` +
          (missing.length ? `; did not fail: ${missing.join(', ')}` : '') +
          (extra.length ? `; also failed: ${extra.join(', ')}` : ''),
      );
    }
  }
  if (c.notGradedReason && c.notGradedReason !== group.notGradedReason?.code) {
    problems.push(
      `notGradedReason: expected ${c.notGradedReason}, got ${group.notGradedReason?.code ?? 'none (graded)'}`,
    );
  }
  return {
    name: c.name,
    line: c.line,
    passed: problems.length === 0,
    problems,
    input: { records: c.records },
    result: groupAsResult(group),
    group,
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
  // "record-not-graded" has no counterpart among a record's reasons: the group's own result says it.
  if (reason && reason.code !== 'record-not-graded') {
    result.notGradedReason = { code: reason.code, message: reason.message, criteria: reason.criteria };
  }
  return result;
}

function show(grade: string | null): string {
  return grade === null ? 'not graded' : `"${grade}"`;
}
