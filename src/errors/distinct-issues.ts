import type { RuleSetIssue } from './rule-set-issue';

/**
 * The issues with each repeat of an earlier one left out: the same code,
 * severity, message (both languages), file, line and column say nothing
 * new, whichever checks found it (a grade id checked once per dimension, a
 * condition shared by two criteria). Order is kept.
 *
 * @example
 * distinctIssues([a, a, b]) // [a, b]
 */
export function distinctIssues(issues: readonly RuleSetIssue[]): RuleSetIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.code, i.severity, i.text?.zh, i.message, i.file, i.line, i.column]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
