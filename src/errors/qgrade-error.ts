import { formatIssue, type RuleSetIssue, sortIssues } from './rule-set-issue';

/**
 * Codes of errors thrown by the API (as opposed to issues inside a rule file).
 *
 * @example
 * if (error instanceof QgradeError && error.code === 'rule-set') process.exitCode = 2;
 */
export type QgradeErrorCode = 'rule-set' | 'usage' | 'output';

/**
 * The base of every error qgrade throws on purpose. Anything else that escapes
 * is a bug in qgrade. The ESM and CommonJS builds (and `qgrade` and
 * `qgrade/browser`) each have their own class, so an error from one is not
 * `instanceof` the other's: where both may be loaded, compare `error.code`.
 *
 * @example
 * try {
 *   await loadRuleSet(path);
 * } catch (error) {
 *   if (error instanceof QgradeError) console.error(`${error.code}: ${error.message}`);
 * }
 */
export class QgradeError extends Error {
  /** A stable code for programs; the message is for people. */
  readonly code: QgradeErrorCode;

  constructor(code: QgradeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QgradeError';
    this.code = code;
  }
}

/**
 * A rule set could not be loaded: its file is missing, is not valid YAML, or
 * does not follow the rule format. `issues` lists every problem found, each
 * located at `file:line:column`.
 *
 * @example
 * try {
 *   await loadRuleSet('rules/steel/draft.yaml');
 * } catch (error) {
 *   if (error instanceof RuleSetError) for (const issue of error.issues) console.log(formatIssue(issue));
 * }
 */
export class RuleSetError extends QgradeError {
  /** Every problem found, sorted by position. */
  readonly issues: RuleSetIssue[];
  /** The file (or name) that failed to load. */
  readonly file: string;

  constructor(file: string, issues: readonly RuleSetIssue[]) {
    const sorted = sortIssues(issues);
    const errors = sorted.filter((i) => i.severity === 'error');
    const head = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super('rule-set', `${file}: ${head}\n${errors.map((i) => formatIssue(i)).join('\n')}`);
    this.name = 'RuleSetError';
    this.issues = sorted;
    this.file = file;
  }
}
