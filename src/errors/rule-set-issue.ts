import { cjkJoin } from '../text/cjk-space';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import type { RuleSetIssueCode } from './error-codes';
import { UsageError } from './usage-error';

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
  /**
   * The file the problem is in, as the CLI prints it. From `loadRuleSet`, `checkRuleSetFile` and a pool's
   * `{ pathOrId }`: relative to the working folder when the file is inside it (`rules/x.yaml` for
   * `./rules/x.yaml` or `/home/me/rules/x.yaml`: resolve it against `process.cwd()` to open it), else the
   * path as given; the `RuleSetError`'s own `file` keeps the path as given. From `parseRuleSet`,
   * `checkRuleSet` and `{ text, filename }`: `filename` as given (`<rule set>` without one).
   */
  file: string;
  /** 1-based line, or 0 when the problem has no single place (a missing file). */
  line: number;
  /** 1-based column, or 0 when the problem has no single place. */
  column: number;
  /** Path of the offending value inside the document, e.g. `["criteria", 2, "require"]`. */
  path: (string | number)[];
  /**
   * For an `unreachable-grade` warning that holds for every record (a requirement no value meets, two that
   * contradict): the ids of the grades that can never be the result, so that a summary can count them.
   */
  unreachableGrades?: string[];
}

/**
 * Builds an issue from its text in both languages; `message` is the English.
 *
 * @example
 * ruleSetIssue({ code: 'band-gap', severity: 'error', text, file, line: 3, column: 5, path: [] })
 */
export function ruleSetIssue(fields: Omit<RuleSetIssue, 'message'>): RuleSetIssue {
  const { code, severity, text, file, line, column, path, unreachableGrades } = fields;
  return {
    code,
    severity,
    message: text.en,
    text,
    file,
    line,
    column,
    path,
    ...(unreachableGrades ? { unreachableGrades } : {}),
  };
}

/**
 * Formats an issue the way compilers do: `file:line:column: message`, in
 * `lang` (English by default; a warning is tagged `warning: ` or `警告：`).
 *
 * @throws {@link QgradeError} with code `usage` when `issue` is not an issue (no `file` and `message` strings)
 * @example
 * formatIssue(issue) // "rules/x.yaml:12:5: unknown indicator \"apff\""
 * formatIssue(issue, 'zh') // "rules/x.yaml:12:5: 未知指标“apff”"
 */
export function formatIssue(issue: RuleSetIssue, lang?: Language): string;
/** As an `Array.map` callback (`issues.map(formatIssue)`): the index is ignored, the text is English. */
export function formatIssue(issue: RuleSetIssue, index: number): string;
export function formatIssue(issue: RuleSetIssue, lang: Language | number = 'en'): string {
  const fields = (typeof issue === 'object' && issue !== null ? issue : {}) as Partial<RuleSetIssue>;
  if (typeof fields.file !== 'string' || typeof fields.message !== 'string') {
    const got = valueShown(issue);
    throw new UsageError(
      localized(
        cjkJoin(
          'formatIssue 需要规则集问题（checkRuleSet 或 RuleSetError.issues 给出的 RuleSetIssue），收到的是',
          got.zh,
        ),
        `formatIssue takes a rule-set issue (a RuleSetIssue from checkRuleSet or RuleSetError.issues), got ${got.en}`,
      ),
    );
  }
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
