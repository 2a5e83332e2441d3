import type { ConditionModel } from '../model/rule-set-model';
import { ALL, type Interval, isEmpty, meet } from './allowed-spans';

/** How many intervals a condition's values are followed in at most: beyond, it is taken as holding anywhere. */
const MAX_INTERVALS = 64;

/**
 * The values of `fact` a condition may hold for, as intervals (none: it
 * never holds): conditions on other values, and `not`, may hold anywhere.
 *
 * @example
 * holdsIn(when, 'placeSettings') // [≤ 8] for when: { placeSettings: "≤ 8" }
 */
export function holdsIn(c: ConditionModel, fact: string): Interval[] {
  if ('all' in c)
    return c.all.reduce<Interval[]>(
      (sets, x) => {
        const next = holdsIn(x, fact);
        const both = sets.flatMap((a) => next.map((b) => meet(a, b))).filter((i) => !isEmpty(i));
        return both.length > MAX_INTERVALS ? [ALL] : both;
      },
      [ALL],
    );
  if ('any' in c) {
    const parts = c.any.flatMap((x) => holdsIn(x, fact));
    return parts.length > MAX_INTERVALS ? [ALL] : parts;
  }
  if ('not' in c || c.fact !== fact) return [ALL];
  const v = c.value;
  if (c.operator === 'in' && Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number'))
    return (v as number[]).map((n) => ({ lower: n, lowerInclusive: true, upper: n, upperInclusive: true }));
  if (typeof v !== 'number') return [ALL];
  switch (c.operator) {
    case 'equal':
      return [{ lower: v, lowerInclusive: true, upper: v, upperInclusive: true }];
    case 'greaterThan':
    case 'greaterThanInclusive':
      return [{ ...ALL, lower: v, lowerInclusive: c.operator === 'greaterThanInclusive' }];
    case 'lessThan':
    case 'lessThanInclusive':
      return [{ ...ALL, upper: v, upperInclusive: c.operator === 'lessThanInclusive' }];
    default:
      return [ALL];
  }
}
