import type { CheckModel, RuleSetModel } from '../model/rule-set-model';
import { TOTAL_SCORE } from '../resolve/resolve-values';

type Side = 'at' | 'below' | 'above';

/**
 * The sides of a literal limit no case can decide, because another requirement on the same value, of the same
 * grade or a lower one (or the scope), fails there too and holds the grade whatever this limit is: a dimension
 * scored in bands 40/60/75/90/100 has 75 "just below" 卓越级's 90, and 75 also misses 预防级's 80, so moving
 * the 90 anywhere down to 76 changes no record's grade (newcomer-39 F2). Only literal `≥ > ≤ <` limits on both
 * sides are compared; anything else is never said to hold.
 *
 * @param values - the value a case would have at each side (absent: a side not asked for)
 */
export function heldSides(
  model: RuleSetModel,
  check: CheckModel,
  values: Partial<Record<Side, number>>,
): Side[] {
  const rank = (c: CheckModel) =>
    c.grade === null ? -1 : model.grades.findIndex((g) => g.id === c.grade!.id);
  const own = rank(check);
  const others = [...model.scope, ...model.criteria].filter(
    (c) =>
      c !== check &&
      c.subject !== undefined &&
      c.subject === check.subject &&
      c.when === undefined &&
      (c.effect === 'requirement' || c.effect === 'scope') &&
      c.aggregate === check.aggregate &&
      c.comparison.method === check.comparison.method &&
      rank(c) <= own &&
      literalLimit(c) !== undefined,
  );
  if (check.when !== undefined) return [];
  const total = totalHeld(model, check, values.below, rank, own);
  if (others.length === 0) return total ? ['below'] : [];
  return (Object.entries(values) as [Side, number][])
    .filter(([, x]) => others.some((c) => !meets(c, x)) || (x === values.below && total))
    .map(([side]) => side);
}

/**
 * Whether a total score's cutoff (`totalScore@预防级 ≥ 80`) is held just below it by the dimensions: the total is a
 * weighted mean of them, so a total below 80 has a dimension below 80, and under `weakestLink: cap` (or a
 * `minimums` floor as high) that dimension's requirement of the same grade fails too. The total then never decides
 * below its cutoff (docs/rule-format.md, Scoring: "it is never the reason alone"), and no case is asked for there
 * (newcomer-46: 4 of 20 thresholds of a capped five-level scheme could never be covered).
 */
function totalHeld(
  model: RuleSetModel,
  check: CheckModel,
  below: number | undefined,
  rank: (c: CheckModel) => number,
  own: number,
): boolean {
  const scoring = model.scoring;
  const limit = literalLimit(check);
  if (below === undefined || !scoring || check.subject !== TOTAL_SCORE || !limit) return false;
  if (limit.operator !== '>=' && limit.operator !== '>') return false;
  return scoring.dimensions.every((d) =>
    model.criteria.some((c) => {
      if (c.subject !== d.id || c.when !== undefined || c.effect !== 'requirement' || rank(c) > own)
        return false;
      const floor = literalLimit(c);
      return (
        floor !== undefined &&
        (floor.operator === '>=' || floor.operator === '>') &&
        floor.value >= limit.value
      );
    }),
  );
}

function literalLimit(c: CheckModel): { operator: string; value: number } | undefined {
  const test = c.test;
  if (test.kind !== 'compare' || test.operand.kind !== 'literal') return undefined;
  const value = test.operand.literal.value;
  if (typeof value !== 'number' || !['>=', '>', '<=', '<'].includes(test.operator)) return undefined;
  return { operator: test.operator, value };
}

function meets(c: CheckModel, x: number): boolean {
  const { operator, value } = literalLimit(c)!;
  if (operator === '>=') return x >= value;
  if (operator === '>') return x > value;
  if (operator === '<=') return x <= value;
  return x < value;
}
