import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { RuleSetError } from '../errors/qgrade-error';
import { createGrader } from '../grade/create-grader';
import type { GradeResult } from '../model/grade-result';
import { loadRuleSet } from '../resolve/load-rule-set';
import type { RuleSet } from '../resolve/rule-set';
import { parseTestSuite, type TestCase } from './test-suite';

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
  /** What the record was graded. */
  result: GradeResult;
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
 * Runs a rule-set test suite (`<name>.test.yaml`): grades each case's input
 * and compares the grade, the failing requirements, the reason and the
 * invalid fields with what the case expects.
 *
 * @example
 * const suite = await runTestSuite('rules/steel/hot-rolled-ribbed-bar.test.yaml');
 * console.log(suite.cases.filter((c) => !c.passed).map((c) => c.problems));
 */
export async function runTestSuite(file: string): Promise<SuiteResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {
      file,
      cases: [],
      error: new RuleSetError(file, [
        {
          code: 'file-not-found',
          severity: 'error',
          message: `${file} cannot be read`,
          file,
          line: 0,
          column: 0,
          path: [],
        },
      ]),
    };
  }
  const suite = parseTestSuite(text, file);
  if ('issues' in suite) return { file, cases: [], error: new RuleSetError(file, suite.issues) };
  const target = suite.ruleSet.startsWith('.') ? resolve(dirname(file), suite.ruleSet) : suite.ruleSet;
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRuleSet(target);
  } catch (error) {
    if (error instanceof RuleSetError) return { file, cases: [], error };
    throw error;
  }
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
  return { file, ruleSet, cases };
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
