import type { RuleSetIssueCode } from './error-codes';

/**
 * One problem found in a rule file, located where the author can fix it.
 * Lines and columns are 1-based; `path` is the property path inside the document.
 *
 * @example
 * const { issues } = checkRuleSet(text, { filename: 'draft.yaml' });
 * for (const i of issues) console.log(`${i.file}:${i.line}:${i.column} ${i.code} ${i.message}`);
 */
export interface RuleSetIssue {
  /** What kind of problem this is; stable across releases. */
  code: RuleSetIssueCode;
  /** `error` stops the rule set from loading; `warning` does not. */
  severity: 'error' | 'warning';
  /** What is wrong and, where it helps, what was expected, for a rule author. */
  message: string;
  /** The file the problem is in, as given to the loader. */
  file: string;
  /** 1-based line, or 0 when the problem has no single place (a missing file). */
  line: number;
  /** 1-based column, or 0 when the problem has no single place. */
  column: number;
  /** Path of the offending value inside the document, e.g. `["criteria", 2, "require"]`. */
  path: (string | number)[];
}

/**
 * Formats an issue the way compilers do: `file:line:column: message`.
 *
 * @example
 * formatIssue(issue) // "rules/x.yaml:12:5: unknown indicator \"apff\""
 */
export function formatIssue(issue: RuleSetIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const tag = issue.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${tag}${issue.message}`;
}

/** Orders issues by file, then position, so reports read top to bottom. */
export function sortIssues(issues: readonly RuleSetIssue[]): RuleSetIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
