import { jreOperator } from '../model/operators';
import type { ConditionModel } from '../model/rule-set-model';

/** A value a condition is tried with: an enum's value, as table key cells hold them. */
export type Value = string | number | boolean;

/**
 * Whether a `when` may hold for a record with the `given` values: false only
 * when the conditions on those indicators rule it out; a condition on anything
 * else may hold. A value given as `undefined` is one the record leaves out.
 *
 * @example
 * mayHold(when, new Map([['alloy', '6063']])) // false for when: { alloy: ["6061"] }
 */
export function mayHold(c: ConditionModel, given: ReadonlyMap<string, Value | undefined>): boolean {
  if ('all' in c) return c.all.every((x) => mayHold(x, given));
  if ('any' in c) return c.any.some((x) => mayHold(x, given));
  // "not" of a condition known for these values is known; of anything else it may hold.
  if ('not' in c) return isKnown(c.not, given) ? !mayHold(c.not, given) : true;
  if (!isKnown(c, given)) return true;
  const op = jreOperator(c.operator);
  return op ? op.holds(given.get(c.fact), c.value) : true;
}

/** Whether a condition's truth follows from the `given` values alone (a value `{fact: other}` is another record value). */
function isKnown(c: ConditionModel, given: ReadonlyMap<string, Value | undefined>): boolean {
  if ('all' in c) return c.all.every((x) => isKnown(x, given));
  if ('any' in c) return c.any.every((x) => isKnown(x, given));
  if ('not' in c) return isKnown(c.not, given);
  const v = c.value;
  return given.has(c.fact) && !(v !== null && typeof v === 'object' && !Array.isArray(v));
}
