import type { RuleSetIssue } from '../errors/rule-set-issue';
import { UsageError } from '../errors/usage-error';
import { type DocumentPath, SourceDocument } from '../load/source-document';
import { schemaIssues } from '../load/validate-schema';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import validateSuite from './generated/validate-test-suite.js';
import { inexactNumbers } from './inexact-numbers';

/**
 * One case of a rule-set test suite.
 *
 * @example
 * const c: TestCase = { name: 'APF 4.99, just below grade 1', input: { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.99 }, grade: '2', failing: ['apf@1'], line: 9 };
 */
export interface TestCase {
  /** What the case shows. */
  name: string;
  /** The record to grade. */
  input: Record<string, unknown>;
  /** Expected grade; `null` when the record must not be graded; absent when not checked. */
  grade?: string | null;
  /** Exactly the requirement ids that must fail. */
  failing?: string[];
  /** Why the record must not be graded. */
  notGradedReason?: 'invalid-record' | 'out-of-scope' | 'gate-failed' | 'below-lowest-grade';
  /** Fields that must be reported invalid. */
  errors?: string[];
  /** A remark for readers of the suite. */
  note?: string;
  /** Line of the case in its file. */
  line: number;
}

/**
 * A group case of a rule-set test suite: records graded as one group.
 *
 * @example
 * const c: GroupTestCase = { name: 'CV 3.0 %, exactly at the limit', records: [{ compressive28d: 48.5 }], grade: 'superior', failing: [], line: 40 };
 */
export interface GroupTestCase {
  /** What the case shows. */
  name: string;
  /** The group's records, in input order. */
  records: Record<string, unknown>[];
  /** Expected grade of the group; `null` when it must not be graded; absent when not checked. */
  grade?: string | null;
  /** Exactly the group requirement ids that must fail. */
  failing?: string[];
  /** Why the group must not be graded. */
  notGradedReason?: 'invalid-record' | 'record-not-graded' | 'below-lowest-grade';
  /** A remark for readers of the suite. */
  note?: string;
  /** Line of the case in its file. */
  line: number;
}

/**
 * A test suite as read from `<name>.test.yaml`.
 *
 * @example
 * const suite = parseTestSuite(text, 'my.test.yaml');
 * if (!('issues' in suite)) console.log(suite.ruleSet, suite.cases.length);
 */
export interface TestSuite {
  /** The suite file. */
  file: string;
  /** The rule file or bundled id the suite tests, as written (or derived from the file name). */
  ruleSet: string;
  /** The cases, in file order. */
  cases: TestCase[];
  /** Thresholds the author leaves without cases on purpose, each with why. */
  uncovered?: UncoveredThreshold[];
  /** The group cases, in file order. */
  groups?: GroupTestCase[];
}

/**
 * A threshold a suite leaves uncovered on purpose: coverage does not count
 * it as a gap, and shows the reason instead.
 *
 * @example
 * const mark: UncoveredThreshold = { criterion: 'apf@1', row: 3, reason: 'no unit above 14000 W is sold' };
 */
export interface UncoveredThreshold {
  /** The requirement's id (`apf@1`). */
  criterion: string;
  /** For a table cell, the 1-based row; absent: every threshold of the requirement. */
  row?: number;
  /** Which cases are left out (default: all three). */
  sides?: ('at' | 'below' | 'above')[];
  /** Why, for readers of the suite and of the coverage report. */
  reason: string;
  /** Line of the entry in its file. */
  line: number;
}

const sources = new WeakMap<TestSuite, SourceDocument>();

/** The document a suite was read from, to locate its parts (undefined for a suite built in code). */
export function suiteSource(suite: TestSuite): SourceDocument | undefined {
  return sources.get(suite);
}

/**
 * Reads a test suite, with the same located errors as rule files.
 *
 * @returns the suite, or the issues that prevent reading it.
 * @example
 * const suite = parseTestSuite(readFileSync('rules/steel/hot-rolled-ribbed-bar.test.yaml', 'utf8'), 'hot-rolled-ribbed-bar.test.yaml');
 * if ('issues' in suite) for (const issue of suite.issues) console.error(formatIssue(issue));
 */
export function parseTestSuite(
  text: string,
  file: string,
):
  | TestSuite
  | {
      /** What keeps the suite from being read, each located in the file. */
      issues: RuleSetIssue[];
    } {
  if (typeof text !== 'string' || typeof file !== 'string') {
    const [name, value] = typeof text !== 'string' ? ['text', text] : ['file', file];
    const got = valueShown(value);
    throw new UsageError(
      localized(
        cjkJoin(`parseTestSuite 的 ${name} 应为字符串（测试套件的文本与文件名），收到的是`, got.zh),
        `parseTestSuite's ${name} must be a string (the suite's text, then its file name), got ${got.en}`,
      ),
    );
  }
  const source = SourceDocument.parse(text, file);
  if (source.issues.some((i) => i.severity === 'error')) return { issues: source.issues };
  if (isRuleFile(source.data)) {
    // Twenty "unknown key" lines would not say what is wrong: the file is the other kind.
    const text = localized(
      `${file} 是规则文件，不是测试套件；测试套件是旁边的 *.test.yaml，其中 ruleSet 指向这个规则文件`,
      `${file} is a rule file, not a test suite; a suite is a *.test.yaml beside it whose ruleSet names this file`,
    );
    return { issues: [source.issue('schema', text, ['schemaVersion'], { key: true })] };
  }
  if (!validateSuite(source.data)) return { issues: schemaIssues(source, validateSuite.errors ?? []) };
  const data = source.data as {
    ruleSet?: string;
    cases: Omit<TestCase, 'line'>[];
    uncovered?: Omit<UncoveredThreshold, 'line'>[];
    groups?: Omit<GroupTestCase, 'line'>[];
  };
  // A record's number YAML reads as another double would test a figure the case does not show.
  const inexact = inexactNumbers(source, [
    ...data.cases.map((_, i): DocumentPath => ['cases', i, 'input']),
    ...(data.groups ?? []).flatMap((g, i) =>
      g.records.map((_, j): DocumentPath => ['groups', i, 'records', j]),
    ),
  ]);
  if (inexact.length > 0) return { issues: inexact };
  const suite: TestSuite = {
    file,
    ruleSet:
      data.ruleSet ??
      `./${file
        .split(/[\\/]/)
        .pop()!
        .replace(/\.test\.ya?ml$/, '.yaml')}`,
    cases: data.cases.map((c, i) => ({ ...c, line: source.locate(['cases', i]).line })),
  };
  if (data.groups)
    suite.groups = data.groups.map((c, i) => ({ ...c, line: source.locate(['groups', i]).line }));
  if (data.uncovered) {
    suite.uncovered = data.uncovered.map((u, i) => ({ ...u, line: source.locate(['uncovered', i]).line }));
  }
  sources.set(suite, source);
  return suite;
}

/** A rule file's top level: what a suite has not, and no cases. */
function isRuleFile(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  return 'schemaVersion' in data && 'grades' in data && !('cases' in data);
}
