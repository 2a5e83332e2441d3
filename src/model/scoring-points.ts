import { type Band, bandContains } from './band';

/** How a scoring item turns a value into points: by value, by band, or neither (the value is its points). */
export interface PointsRule {
  map?: Map<string, number>;
  bands?: { band: Band; points: number }[];
}

/**
 * The points a scoring item gives a value: by value (`{ "1": 100 }`), by the first band holding it, or the value
 * itself when the item has neither; undefined when it gives none. One rule for the score a grade is decided on
 * (a compiled `points` expression) and for the items an explanation lists.
 *
 * @example
 * scoringPoints({ map: new Map([['1', 100]]) }, 1) // 100
 * scoringPoints({}, 87.5) // 87.5
 */
export function scoringPoints(rule: PointsRule, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (rule.map) return rule.map.get(String(value));
  if (typeof value !== 'number') return undefined;
  if (rule.bands) return rule.bands.find((b) => bandContains(b.band, value))?.points;
  return value;
}
