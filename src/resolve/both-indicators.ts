import type { IndicatorInfo, RuleSet } from './rule-set';

/**
 * The indicators of two rule sets compared: A's, then those only B has.
 * Records read with them are the same for either side (a column only B
 * names is still a value, converted by B's type), as `qgrade compare` reads
 * its input once for both.
 *
 * @example
 * bothIndicators(a, b).map((i) => i.name); // ['apf', 'seer', 'hspf'] where only B has hspf
 */
export function bothIndicators(a: RuleSet, b: RuleSet): IndicatorInfo[] {
  const names = new Set(a.indicators.map((i) => i.name));
  return [...a.indicators, ...b.indicators.filter((i) => !names.has(i.name))];
}
