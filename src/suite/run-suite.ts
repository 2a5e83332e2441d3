import { RuleSetError } from '../errors/rule-set-error';
import { UsageError } from '../errors/usage-error';
import { createGrader } from '../grade/create-grader';
import type { GradeResult } from '../model/grade-result';
import { failedCounted } from '../model/out-of-scope';
import type { RuleSet } from '../resolve/rule-set';
import { modelOf } from '../resolve/rule-set';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import {
  blockersProblem,
  failingProblem,
  gradeProblem,
  invalidRecordProblem,
  reasonProblem,
} from './case-problems';
import type { CaseResult } from './case-result';
import { checkSuite } from './check-suite';
import { expectationsOf } from './deciding-case';
import { numberGrades } from './number-grade';
import { runGroupCase } from './run-group-case';
import { casePosition, type TestCase, type TestSuite, type UncoveredThreshold } from './test-suite';
import { unmetRequirements } from './unmet-requirements';

/**
 * The outcome of one suite.
 *
 * @example
 * const suite: SuiteResult = await runSuite(parseTestSuite(suiteText, 'my.test.yaml') as TestSuite, ruleSet);
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
  /**
   * Set when the suite or its rule set could not be read (then no case ran),
   * or the suite names what the rule set does not have (then the other cases
   * ran: see `notRun`).
   */
  error?: RuleSetError;
  /** The cases `error` names a problem in, which did not run; the others did. */
  notRun?: {
    /** The case's name. */
    name: string;
    /** Its line in the suite file. */
    line: number;
  }[];
}

/**
 * Runs the cases of a test suite already read against a rule set already
 * loaded: grades each case's input and compares the grade, the failing
 * requirements, the reason and the invalid fields with what the case
 * expects. Where the suite names a grade, requirement or indicator the
 * rule set does not have, its `error` lists each name, located; the cases
 * with such a name do not run (`notRun`), and every other case does, so one
 * run shows every problem of the suite. No file is read, so it runs in a
 * browser as well.
 *
 * @example
 * const suite = parseTestSuite(text, 'my.test.yaml');
 * if (!('issues' in suite)) console.log((await runSuite(suite, ruleSet)).cases.filter((c) => !c.passed));
 */
export async function runSuite(suite: TestSuite, ruleSet: RuleSet): Promise<SuiteResult> {
  if (!Array.isArray((suite as Partial<TestSuite> | null)?.cases)) {
    const got = valueShown(suite);
    throw new UsageError(
      localized(
        `runSuite 的第一个参数应为 parseTestSuite() 读出的测试套件，收到 ${got.zh}`,
        `runSuite takes a suite from parseTestSuite() as its first argument, got ${got.en}`,
      ),
    );
  }
  const model = modelOf(ruleSet, 'runSuite');
  const units = new Map<string, string | undefined>(
    [...model.indicators, ...model.derived].map((v) => [v.name, v.unit]),
  );
  const subjects = new Map(model.criteria.map((c) => [c.id, c.subject]));
  const unitOf = (id: string) => units.get(subjects.get(id) ?? '');
  const issues = checkSuite(suite, ruleSet);
  // A case the suite names something wrong in would fail (or pass) for the wrong reason: it waits for the fix.
  const held = (list: 'cases' | 'groups', n: number) => {
    const i = casePosition(suite, list, n);
    // One at ruleSet (the cases name none of its indicators) holds every case.
    return issues.some(
      ({ path }) => path[0] === 'ruleSet' || (path[0] === list && (path.length === 1 || path[1] === i)),
    );
  };
  const grader = createGrader(ruleSet);
  const labels = new Map(ruleSet.grades.map((g) => [g.id, g.label.zh]));
  const zhLabel = (id: string) => labels.get(id);
  const gradeOrder = ruleSet.grades.map((g) => g.id);
  const cases: CaseResult[] = [];
  // Cases the suite could not read as written are out already; they are reported with the rest.
  const notRun: { name: string; line: number }[] = [...(suite.problems?.cases ?? [])];
  for (const [i, c] of suite.cases.entries()) {
    if (held('cases', i)) {
      notRun.push({ name: c.name, line: c.line });
      continue;
    }
    const result = await grader.grade(c.input);
    const problemTexts = compare(c, result, zhLabel, gradeOrder, unitOf);
    cases.push({
      name: c.name,
      line: c.line,
      passed: problemTexts.length === 0,
      problems: problemTexts.map((p) => p.en),
      problemTexts,
      input: c.input,
      result,
      expects: expectationsOf(c),
    });
  }
  for (const [i, c] of (suite.groups ?? []).entries()) {
    if (held('groups', i)) notRun.push({ name: c.name, line: c.line });
    else cases.push(runGroupCase(c, grader, zhLabel, gradeOrder.length === 1));
  }
  const result: SuiteResult = { file: suite.file, ruleSet, cases };
  if (suite.uncovered) result.uncovered = suite.uncovered;
  const all = [...numberGrades(suite, ruleSet, suite.problems?.issues ?? []), ...issues];
  if (all.length > 0) {
    all.sort((a, b) => a.line - b.line || a.column - b.column);
    result.error = new RuleSetError(suite.file, all);
    result.notRun = notRun.sort((a, b) => a.line - b.line);
  }
  return result;
}

function compare(
  c: TestCase,
  result: GradeResult,
  zhLabel: (id: string) => string | undefined,
  order: readonly string[],
  unitOf: (criterion: string) => string | undefined,
): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const gradeShown = c.grade !== undefined && c.grade !== result.grade;
  if (c.grade !== undefined && gradeShown) {
    const problem = gradeProblem(
      { grade: c.grade, reason: c.notGradedReason },
      { grade: result.grade, reason: result.notGradedReason?.code },
      result.notGradedReason?.message,
      zhLabel,
      order.length === 1,
    );
    const unmet = unmetRequirements(c.grade, result, order, unitOf);
    problems.push(unmet ? localized(`${problem.zh}；${unmet.zh}`, `${problem.en}; ${unmet.en}`) : problem);
  }
  // An invalid record had no requirement evaluated: its lists of requirements say nothing (unless it was expected invalid).
  const invalid = result.errors !== undefined && c.errors === undefined;
  const lists = (['failing', 'blockers'] as const).filter((k) => c[k] !== undefined);
  if (invalid && lists.length > 0) problems.push(invalidRecordProblem(lists, result.errors!));
  if (c.failing && !invalid) {
    // Out of scope: the scope items that put it out, and those of its grade requirements the case lists that it
    // failed, so that a case frozen either way (the studio's, committee-36 M7, or listing all) holds.
    const listed = new Set(c.failing);
    const failed = [
      ...new Set([
        ...failedCounted(result).map((r) => r.id),
        ...result.criteria.filter((r) => r.passed === false && listed.has(r.id)).map((r) => r.id),
      ]),
    ];
    const failing = failingProblem(
      c.failing,
      failed,
      result.criteria.filter((r) => r.status === 'not-applicable').map((r) => r.id),
    );
    if (failing) problems.push(failing);
  }
  if (c.blockers && !invalid) {
    const blockers = blockersProblem(c.blockers, result.nextGrade?.blockers.map((r) => r.id) ?? []);
    if (blockers) problems.push(blockers);
  }
  if (c.notGradedReason && c.notGradedReason !== result.notGradedReason?.code)
    problems.push(
      reasonProblem(
        c.notGradedReason,
        result.notGradedReason?.code,
        // The grade's line, when there is one, already says why.
        gradeShown ? undefined : result.notGradedReason?.message,
      ),
    );
  if (c.errors) {
    const actual = [...new Set((result.errors ?? []).map((e) => e.field))];
    if (c.errors.length !== actual.length || c.errors.some((f) => !actual.includes(f))) {
      // Chinese joins the reasons with a full-width semicolon, as its other lists of reasons.
      const why = (lang: Language) =>
        result.errors?.map((e) => e.message[lang]).join(lang === 'zh' ? '；' : '; ');
      problems.push(
        localized(
          `无效字段：预期 [${c.errors.join(', ')}]，实际 [${actual.join(', ')}]${result.errors ? `（${why('zh')}）` : ''}`,
          `errors: expected invalid [${c.errors.join(', ')}], got [${actual.join(', ')}]${result.errors ? ` (${why('en')})` : ''}`,
        ),
      );
    }
  }
  return problems;
}

export type { CaseResult } from './case-result';
