import type { RuleSetIssue } from '../errors/rule-set-issue';
import { UsageError } from '../errors/usage-error';
import { ideographicIndents } from '../load/ideographic-indent';
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
  /** Exactly the requirement ids that must stand between the record and the next grade (`nextGrade.blockers`). */
  blockers?: string[];
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
  notGradedReason?:
    | 'invalid-record'
    | 'mixed-values'
    | 'record-not-graded'
    | 'out-of-scope'
    | 'below-lowest-grade';
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
  /**
   * What is wrong inside single cases (a key the format does not have, a
   * grade written as a number, a figure YAML cannot hold exactly), located:
   * those cases are left out of `cases` and `groups`, the others are read,
   * and `runSuite` reports these with its own findings.
   */
  problems?: {
    /** Each problem, located in the suite. */
    issues: RuleSetIssue[];
    /** The cases left out. */
    cases: {
      /** The case's name, as far as it has one. */
      name: string;
      /** Its line in the suite file. */
      line: number;
    }[];
  };
}

/**
 * A threshold a suite leaves uncovered on purpose: coverage does not count
 * it as a gap, and shows the reason instead.
 *
 * @example
 * const mark: UncoveredThreshold = { criterion: 'apf@1', row: 3, reason: 'no unit above 14000 W is sold', line: 12 };
 */
export interface UncoveredThreshold {
  /** The requirement's id (`apf@1`). */
  criterion: string;
  /** For a table cell, the 1-based row; absent: every threshold of the requirement. Never a key's band edge. */
  row?: number;
  /**
   * An edge of a table key's bands (60 for `≤ 60` / `> 60`), waived alone: `criterion` names any requirement
   * reading the table, and the rows' own limits stay counted. Only an entry with `edge` waives a key edge.
   */
  edge?: number;
  /**
   * For a formula limit whose values are listed (`≥ (t <= -60 ? 27 : 34)`), the one value waived alone (27): the
   * formula's other limits stay counted. Absent: every threshold of the requirement.
   */
  limit?: number;
  /** Which cases are left out (default: all three). */
  sides?: ('at' | 'below' | 'above')[];
  /** Why, for readers of the suite and of the coverage report. */
  reason: string;
  /** Line of the entry in its file. */
  line: number;
}

const sources = new WeakMap<TestSuite, SourceDocument>();
/** Where each case read sits in the file's list, when cases were left out. */
const positions = new WeakMap<TestSuite, { cases: number[]; groups: number[] }>();

/** The document a suite was read from, to locate its parts (undefined for a suite built in code). */
export function suiteSource(suite: TestSuite): SourceDocument | undefined {
  return sources.get(suite);
}

/** The place in the file of `suite[list][i]`: the same index unless cases before it were left out. */
export function casePosition(suite: TestSuite, list: 'cases' | 'groups', i: number): number {
  return positions.get(suite)?.[list][i] ?? i;
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
  const indents = ideographicIndents(source);
  if (indents.length > 0) return { issues: indents };
  let problems: RuleSetIssue[] = [];
  let data = source.data as SuiteData;
  if (!validateSuite(data)) {
    problems = schemaIssues(source, validateSuite.errors ?? [], localized('测试套件', 'the test suite'));
    // Problems inside single cases leave those cases out; the rest of the suite is read and runs.
    const fewer = withoutCases(data, problems);
    if (!fewer || !validateSuite(fewer)) return { issues: problems };
    data = fewer;
  } else data = withoutCases(data, [])!;
  // A record's number YAML reads as another double would test a figure the case does not show.
  const inexact = inexactNumbers(source, [
    ...data.cases.map((c): DocumentPath => ['cases', c[AT], 'input']),
    ...(data.groups ?? []).flatMap((g) =>
      g.records.map((_, j): DocumentPath => ['groups', g[AT], 'records', j]),
    ),
  ]);
  if (inexact.length > 0) {
    problems = [...problems, ...inexact];
    data = withoutCases(data, inexact)!;
  }
  // With no case left to run, the suite does not load, as before.
  if (problems.length > 0 && data.cases.length + (data.groups?.length ?? 0) === 0)
    return { issues: problems };
  const suite: TestSuite = {
    file,
    ruleSet:
      data.ruleSet ??
      `./${file
        .split(/[\\/]/)
        .pop()!
        .replace(/\.test\.ya?ml$/, '.yaml')}`,
    cases: data.cases.map(({ [AT]: at, ...c }) => ({ ...c, line: source.locate(['cases', at]).line })),
  };
  if (data.groups)
    suite.groups = data.groups.map(({ [AT]: at, ...c }) => ({
      ...c,
      line: source.locate(['groups', at]).line,
    }));
  if (problems.length > 0) {
    suite.problems = { issues: problems, cases: leftOut(source, problems) };
    positions.set(suite, {
      cases: data.cases.map((c) => c[AT]),
      groups: (data.groups ?? []).map((g) => g[AT]),
    });
  }
  if (data.uncovered) {
    suite.uncovered = data.uncovered.map((u, i) => ({ ...u, line: source.locate(['uncovered', i]).line }));
  }
  sources.set(suite, source);
  return suite;
}

/** Where a case read sits in the file's list. */
const AT = Symbol('position');

type Positioned<T> = T & { [AT]: number };

interface SuiteData {
  ruleSet?: string;
  cases: Positioned<Omit<TestCase, 'line'>>[];
  uncovered?: Omit<UncoveredThreshold, 'line'>[];
  groups?: Positioned<Omit<GroupTestCase, 'line'>>[];
}

/** The cases `issues` are in, by list, or undefined when one is outside every case. */
function casesIn(issues: readonly RuleSetIssue[]): { cases: Set<number>; groups: Set<number> } | undefined {
  const held = { cases: new Set<number>(), groups: new Set<number>() };
  for (const { path } of issues) {
    const [list, i] = path;
    if ((list !== 'cases' && list !== 'groups') || typeof i !== 'number') return undefined;
    held[list].add(i);
  }
  return held;
}

/** The suite without the cases `issues` are in (each case keeps its place in the file); undefined when one is outside every case. */
function withoutCases(data: unknown, issues: readonly RuleSetIssue[]): SuiteData | undefined {
  const held = casesIn(issues);
  if (!held || data === null || typeof data !== 'object') return undefined;
  const suite = data as Record<string, unknown>;
  const keep = (list: 'cases' | 'groups') => {
    const items = suite[list];
    if (!Array.isArray(items)) return items;
    return items
      .map((c: unknown, i) =>
        c !== null && typeof c === 'object' && AT in c ? c : { ...(c as object), [AT]: i },
      )
      .filter((c) => !held[list].has((c as Positioned<object>)[AT]));
  };
  const out: Record<string, unknown> = { ...suite, cases: keep('cases') };
  if (suite.groups !== undefined) out.groups = keep('groups');
  return out as unknown as SuiteData;
}

/** The cases the issues are in: each once, with what name it has, in file order. */
function leftOut(source: SourceDocument, issues: readonly RuleSetIssue[]): { name: string; line: number }[] {
  const seen = new Set<string>();
  const out: { name: string; line: number }[] = [];
  for (const { path } of issues) {
    const key = `${path[0]}/${path[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const item = (source.data as Record<string, unknown[]>)[path[0] as string]?.[path[1] as number];
    const name = (item as { name?: unknown } | null)?.name;
    out.push({ name: typeof name === 'string' ? name : '', line: source.locate(path.slice(0, 2)).line });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** A rule file's top level: what a suite has not, and no cases. */
function isRuleFile(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  return 'schemaVersion' in data && 'grades' in data && !('cases' in data);
}
