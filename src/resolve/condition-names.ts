import type { ConditionModel } from '../model/rule-set-model';

/**
 * The record values a condition reads: each fact, and a value compared with
 * another (`{ fact: other }`).
 *
 * @example
 * conditionNames({ all: [{ fact: 'category', operator: 'equal', value: '瓷质砖' }] }) // ['category']
 */
export function conditionNames(c: ConditionModel): string[] {
  if ('all' in c) return c.all.flatMap(conditionNames);
  if ('any' in c) return c.any.flatMap(conditionNames);
  if ('not' in c) return conditionNames(c.not);
  const v = c.value as { fact?: unknown } | null;
  return v !== null && typeof v === 'object' && typeof v.fact === 'string' ? [c.fact, v.fact] : [c.fact];
}
