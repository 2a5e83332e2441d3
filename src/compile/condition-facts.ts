import type { ConditionModel } from '../model/rule-set-model';

/**
 * The names a condition reads (`all`, `any`, `not` taken apart; a comparison with another fact names both), in order.
 *
 * @param into - where to add them
 */
export function conditionFacts(c: ConditionModel, into: string[] = []): string[] {
  if ('all' in c) for (const x of c.all) conditionFacts(x, into);
  else if ('any' in c) for (const x of c.any) conditionFacts(x, into);
  else if ('not' in c) conditionFacts(c.not, into);
  else {
    into.push(c.fact);
    const ref = (c.value as { fact?: unknown } | null)?.fact;
    if (typeof ref === 'string') into.push(ref);
  }
  return into;
}
