import { RuleSetError } from '../errors/qgrade-error';
import { createGrader } from '../grade/create-grader';
import type { GradeResult } from '../model/grade-result';
import type { RuleSet } from '../resolve/rule-set';
import type { CaseResult } from './case-result';
import { checkSuite } from './check-suite';
import { runGroupCase } from './run-group-case';
import type { TestCase, TestSuite, UncoveredThreshold } from './test-suite';

/**
 * The outcome of one suite.
 *
 * @example
 * const suite: SuiteResult = await runTestSuite('rules/home-appliances/room-air-conditioner-energy.test.yaml');
 * const failed = suite.cases.filter((c) => !c.passed).length;
 */
export interface SuiteResult {
  /** The suite file. */
  file: string;
  /** The rule set under test, when it loaded. */
  ruleSet?: RuleSet;
  /** Every case, in file order. */
  cases: CaseResult[];
  /** Thresholds the suite leaves uncovered on purpose. */
  uncovered?: UncoveredThreshold[];
  /** Set when the suite or its rule set could not be read, or the suite names what the rule set does not have. */
  error?: RuleSetError;
}

/**
 * Runs the cases of a test suite already read against a rule set already
 * loaded: grades each case's input and compares the grade, the failing
 * requirements, the reason and the invalid fields with what the case
 * expects. A suite that names a grade, requirement or indicator the rule
 * set does not have runs no case: its `error` lists each name, located.
 * No file is read, so it runs in a browser as well.
 *
 * @example
 * const suite = parseTestSuite(text, 'my.test.yaml');
 * if (!('issues' in suite)) console.log((await runSuite(suite, ruleSet)).cases.filter((c) => !c.passed));
 */
export async function runSuite(suite: TestSuite, ruleSet: RuleSet): Promise<SuiteResult> {
  const issues = checkSuite(suite, ruleSet);
  if (issues.length > 0)
    return { file: suite.file, ruleSet, cases: [], error: new RuleSetError(suite.file, issues) };
  const grader = createGrader(ruleSet);
  const cases: CaseResult[] = [];
  for (const c of suite.cases) {
    const result = await grader.grade(c.input);
    const problems = compare(c, result);
    cases.push({
      name: c.name,
      line: c.line,
      passed: problems.length === 0,
      problems,
      input: c.input,
      result,
    });
  }
  for (const c of suite.groups ?? []) cases.push(runGroupCase(c, grader));
  const result: SuiteResult = { file: suite.file, ruleSet, cases };
  if (suite.uncovered) result.uncovered = suite.uncovered;
  return result;
}

function compare(c: TestCase, result: GradeResult): string[] {
  const problems: string[] = [];
  if (c.grade !== undefined && c.grade !== result.grade) {
    problems.push(
      `grade: expected ${show(c.grade)}, got ${show(result.grade)}${result.notGradedReason ? ` (${result.notGradedReason.message.en})` : ''}`,
    );
  }
  if (c.failing) {
    const actual = result.criteria.filter((r) => r.passed === false).map((r) => r.id);
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
  if (c.notGradedReason && c.notGradedReason !== result.notGradedReason?.code) {
    problems.push(
      `notGradedReason: expected ${c.notGradedReason}, got ${result.notGradedReason?.code ?? 'none (graded)'}`,
    );
  }
  if (c.errors) {
    const actual = [...new Set((result.errors ?? []).map((e) => e.field))];
    if (c.errors.length !== actual.length || c.errors.some((f) => !actual.includes(f))) {
      problems.push(
        `errors: expected invalid [${c.errors.join(', ')}], got [${actual.join(', ')}]${result.errors ? ` (${result.errors.map((e) => e.message.en).join('; ')})` : ''}`,
      );
    }
  }
  return problems;
}

function show(grade: string | null): string {
  return grade === null ? 'not graded' : `"${grade}"`;
}

export type { CaseResult } from './case-result';
