import type { Language, LocalizedText } from '../text/localized-text';
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
  /** What is wrong and, where it helps, what was expected, for a rule author: the English of {@link RuleSetIssue.text}. */
  message: string;
  /** The message in both languages; `message` is its English. */
  text: LocalizedText;
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
 * Builds an issue from its text in both languages; `message` is the English.
 *
 * @example
 * ruleSetIssue({ code: 'band-gap', severity: 'error', text, file, line: 3, column: 5, path: [] })
 */
export function ruleSetIssue(fields: Omit<RuleSetIssue, 'message'>): RuleSetIssue {
  const { code, severity, text, file, line, column, path } = fields;
  return { code, severity, message: text.en, text, file, line, column, path };
}

/**
 * Formats an issue the way compilers do: `file:line:column: message`, in
 * `lang` (English by default; a warning is tagged `warning: ` or `警告：`).
 *
 * @example
 * formatIssue(issue) // "rules/x.yaml:12:5: unknown indicator \"apff\""
 * formatIssue(issue, 'zh') // "rules/x.yaml:12:5: 未知指标“apff”"
 */
export function formatIssue(issue: RuleSetIssue, lang?: Language): string;
/** As an `Array.map` callback (`issues.map(formatIssue)`): the index is ignored, the text is English. */
export function formatIssue(issue: RuleSetIssue, index: number): string;
export function formatIssue(issue: RuleSetIssue, lang: Language | number = 'en'): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const tag = issue.severity === 'warning' ? (lang === 'zh' ? '警告：' : 'warning: ') : '';
  // `message` is the English; an issue built by hand may have no `text`.
  const message = lang === 'zh' ? (issue.text?.zh ?? issue.message) : issue.message;
  return `${where}: ${tag}${message}`;
}

/** Orders issues by file, then position, so reports read top to bottom. */
export function sortIssues(issues: readonly RuleSetIssue[]): RuleSetIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
