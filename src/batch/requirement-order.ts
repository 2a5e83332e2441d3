import type { RuleSetModel } from '../model/rule-set-model';

/**
 * Each requirement's place in the ladder order that breaks ties among the
 * most frequent failing requirements: those of the higher grade first, then
 * in rule-file order (scope items, then criteria); items of no grade (scope)
 * after every grade's, as they hold a record below the ladder altogether.
 * Lower is earlier. A list sorted by count alone came out by id, or by the
 * order rows reached a worker thread (fix-report40).
 *
 * @example
 * const rank = requirementOrder(modelOf(ruleSet));
 * ties.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
 */
export function requirementOrder(
  model: Pick<RuleSetModel, 'grades' | 'scope' | 'criteria'>,
): Map<string, number> {
  const checks = [...model.scope, ...model.criteria];
  const height = new Map(model.grades.map((g, i) => [g.id, i]));
  const top = model.grades.length;
  const rank = new Map<string, number>();
  for (const [position, check] of checks.entries()) {
    // Grade from the top (0 for the highest), no grade below the lowest; then the file's order within it.
    const step = check.grade === null ? top : top - 1 - (height.get(check.grade.id) ?? -1);
    if (!rank.has(check.id)) rank.set(check.id, step * checks.length + position);
  }
  return rank;
}
