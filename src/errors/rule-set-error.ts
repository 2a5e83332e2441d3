import { distinctIssues } from './distinct-issues';
import { QgradeError } from './qgrade-error';
import { formatIssue, type RuleSetIssue, sortIssues } from './rule-set-issue';

/**
 * A rule set could not be loaded: its file is missing, is not valid YAML, or
 * does not follow the rule format. `issues` lists every problem found, each
 * located at `file:line:column`. The checks run in stages — YAML, then the
 * document's shape (JSON Schema: a key missing or misspelt), then names,
 * requirements and tables — and a stage runs only when the one before it
 * found no error: fixing a missing `references` can bring out an unknown
 * indicator below it (`qgrade validate` after each fix shows the next).
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
    // Whoever built the list, one mistake is printed once.
    const sorted = sortIssues(distinctIssues(issues));
    const errors = sorted.filter((i) => i.severity === 'error');
    const head = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super('rule-set', `${file}: ${head}\n${errors.map((i) => formatIssue(i)).join('\n')}`);
    this.name = 'RuleSetError';
    this.issues = sorted;
    this.file = file;
  }
}
