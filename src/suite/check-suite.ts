import type { RuleSetIssueCode } from '../errors/error-codes';
import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import type { DocumentPath } from '../load/source-document';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { closestName } from '../text/closest-name';
import { type LocalizedText, localized } from '../text/localized-text';
import { suiteSource, type TestSuite } from './test-suite';

/**
 * What a suite names that its rule set does not have: an expected grade, a
 * failing requirement id, an input key that is no indicator, a threshold
 * marked uncovered. Each would otherwise make a case fail (or pass) for the
 * wrong reason, so each is an error located in the suite, with the closest
 * name as a hint.
 *
 * @example
 * const issues = checkSuite(suite, ruleSet); // [] when every name is known
 */
export function checkSuite(suite: TestSuite, ruleSet: RuleSet): RuleSetIssue[] {
  const model = modelOf(ruleSet);
  const grades = ruleSet.grades.map((g) => g.id);
  const checks = [...model.scope, ...model.criteria].map((c) => c.id);
  const indicators = ruleSet.indicators.map((i) => i.name);
  const source = suiteSource(suite);
  const issues: RuleSetIssue[] = [];
  const report = (
    code: RuleSetIssueCode,
    path: DocumentPath,
    what: LocalizedText,
    name: string,
    known: string[],
    key = false,
  ) => {
    const hint = closestName(name, known);
    const text = localized(
      `${ruleSet.id} 中没有${what.zh}“${name}”${hint ? `，是否要写“${hint}”？` : ''}`,
      `${what.en} "${name}" is not in ${ruleSet.id}${hint ? `; did you mean "${hint}"?` : ''}`,
    );
    const pos = source?.locate(path, { key }) ?? { line: 0, column: 0 };
    issues.push(ruleSetIssue({ code, severity: 'error', text, file: suite.file, ...pos, path: [...path] }));
  };
  const [indicator, grade, requirement] = [
    localized('指标', 'indicator'),
    localized('等级', 'grade'),
    localized('判定项', 'requirement'),
  ];
  suite.cases.forEach((c, i) => {
    for (const key of Object.keys(c.input)) {
      if (!indicators.includes(key)) {
        report('unknown-indicator', ['cases', i, 'input', key], indicator, key, indicators, true);
      }
    }
    if (typeof c.grade === 'string' && !grades.includes(c.grade)) {
      report('unknown-grade', ['cases', i, 'grade'], grade, c.grade, grades);
    }
    c.failing?.forEach((id, j) => {
      if (!checks.includes(id))
        report('unknown-criterion', ['cases', i, 'failing', j], requirement, id, checks);
    });
  });
  suite.uncovered?.forEach((u, i) => {
    if (!checks.includes(u.criterion)) {
      report('unknown-criterion', ['uncovered', i, 'criterion'], requirement, u.criterion, checks);
    }
  });
  return issues;
}
