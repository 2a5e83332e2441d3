import Ajv2020 from 'ajv/dist/2020.js';
import suiteSchema from '../../schemas/ruleset-test.schema.json';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import { SourceDocument } from '../load/source-document';

/** One case of a rule-set test suite. */
export interface TestCase {
  name: string;
  input: Record<string, unknown>;
  /** Expected grade; `null` when the record must not be graded; absent when not checked. */
  grade?: string | null;
  /** Exactly the requirement ids that must fail. */
  failing?: string[];
  notGradedReason?: 'invalid-record' | 'out-of-scope' | 'gate-failed' | 'below-lowest-grade';
  /** Fields that must be reported invalid. */
  errors?: string[];
  note?: string;
  /** Line of the case in its file. */
  line: number;
}

/** A test suite as read from `<name>.test.yaml`. */
export interface TestSuite {
  file: string;
  /** The rule file or bundled id the suite tests, as written (or derived from the file name). */
  ruleSet: string;
  cases: TestCase[];
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateSuite = ajv.compile(suiteSchema);

/**
 * Reads a test suite, with the same located errors as rule files.
 *
 * @returns the suite, or the issues that prevent reading it.
 */
export function parseTestSuite(text: string, file: string): TestSuite | { issues: RuleSetIssue[] } {
  const source = SourceDocument.parse(text, file);
  if (source.issues.some((i) => i.severity === 'error')) return { issues: source.issues };
  if (!validateSuite(source.data)) {
    return {
      issues: (validateSuite.errors ?? []).map((e) => {
        const path = e.instancePath
          .split('/')
          .slice(1)
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        return source.issue('schema', `${e.instancePath || 'suite'} ${e.message ?? 'is not valid'}`, path);
      }),
    };
  }
  const data = source.data as { ruleSet?: string; cases: Omit<TestCase, 'line'>[] };
  return {
    file,
    ruleSet:
      data.ruleSet ??
      `./${file
        .split(/[\\/]/)
        .pop()!
        .replace(/\.test\.ya?ml$/, '.yaml')}`,
    cases: data.cases.map((c, i) => ({ ...c, line: source.locate(['cases', i]).line })),
  };
}
