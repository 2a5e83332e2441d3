import type { RuleSetError } from '../errors/qgrade-error';
import { createGrader } from '../grade/create-grader';
import type { GradeResult } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import type { RuleSet } from '../resolve/rule-set';
import { runGroupCase } from './run-group-case';
import type { TestCase, TestSuite } from './test-suite';

/**
 * The outcome of one case.
 *
 * @example
 * for (const c of suite.cases) if (!c.passed) console.log(`${suite.file}:${c.line}: ${c.name}`, c.problems);
 */
export interface CaseResult {
  /** The case's name. */
  name: string;
  /** Its line in the suite file. */
  line: number;
  /** Whether the result matched every expectation. */
  passed: boolean;
  /** What differed, one line each: "grade: expected 2, got 3". */
  problems: string[];
  /** The case's input record. */
  input: Record<string, unknown>;
  /** What the record was graded; for a group case, the group's requirements as criteria (see {@link groupAsResult}). */
  result: GradeResult;
  /** For a group case: what the group was graded. */
  group?: GroupResult;
}

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
  /** Set when the suite or its rule set could not be read. */
  error?: RuleSetError;
}

/**
 * Runs the cases of a test suite already read against a rule set already
 * loaded: grades each case's input and compares the grade, the failing
 * requirements, the reason and the invalid fields with what the case
 * expects. No file is read, so it runs in a browser as well.
 *
 * @example
 * const suite = parseTestSuite(text, 'my.test.yaml');
 * if (!('issues' in suite)) console.log((await runSuite(suite, ruleSet)).cases.filter((c) => !c.passed));
 */
export async function runSuite(suite: TestSuite, ruleSet: RuleSet): Promise<SuiteResult> {
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
  return { file: suite.file, ruleSet, cases };
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
