import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import type { RuleSet } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { suiteSource, type TestSuite } from './test-suite';

/**
 * A case's `grade: 1` is refused as the suite is read, before its rule set is, with "write "1" (in quotes)". Where
 * the rule set has no grade "1", that advice leads to the next error (hostile-46): the issue is told again with the
 * rule set's grades. Other issues are returned as they are.
 *
 * @example
 * numberGrades(suite, ruleSet, suite.problems?.issues ?? []);
 */
export function numberGrades(
  suite: TestSuite,
  ruleSet: RuleSet,
  issues: readonly RuleSetIssue[],
): RuleSetIssue[] {
  const source = suiteSource(suite);
  const grades = ruleSet.grades.map((g) => g.id);
  return issues.map((issue) => {
    const { path } = issue;
    if (issue.code !== 'schema' || path.length !== 3 || path[2] !== 'grade' || !source) return issue;
    if (path[0] !== 'cases' && path[0] !== 'groups') return issue;
    const written = source.literal(path);
    if (written === undefined || !/^[+-]?\d/.test(written) || grades.includes(written)) return issue;
    const zhGrades = grades.map((g) => `“${g}”`).join('、');
    const enGrades = grades.map((g) => `"${g}"`).join(', ');
    return ruleSetIssue({
      ...issue,
      text: localized(
        `“grade”应为等级标识，实际是数值 ${written}；${ruleSet.id} 中没有等级“${written}”：可写的等级有 ${zhGrades}`,
        `"grade" must be a grade id, got the number ${written}; ${ruleSet.id} has no grade "${written}": its grades are ${enGrades}`,
      ),
    });
  });
}
