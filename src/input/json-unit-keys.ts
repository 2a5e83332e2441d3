import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { trimCell } from './convert-value';
import { unitColumn } from './stated-unit';
import { checkTitleUnit } from './title-unit';
import { isKnownUnit } from './units';

// A key that may state a unit: `单位`, `unit`, `UOM`, `ratedCoolingCapacityUnit`, `apf_unit`.
const UNIT_KEY = /unit$|单位|^uom$|^u\/m$/iu;
const FIELD_UNIT = /^(.+?)[_\s-]?unit$/iu;

/**
 * The check of a JSON record's keys that state a unit (`"单位": "Btu/h"`, `"unit": "Btu/h"`,
 * `"ratedCoolingCapacityUnit": "Btu/h"`), as a CSV's `单位` column is: a unit that is none of the record's
 * indicators' (or, for `<field>Unit`, not that indicator's) stops the reading, where the value was graded in the
 * indicator's unit (hostile-31 W1). A key ending so is looked at once per name; most records have none.
 *
 * @param byName - the rule set's indicators by name
 * @param indicators - the same, as a list
 * @returns a function to call with each record (after `--map`) and its place in messages
 * @example
 * const check = jsonUnitCheck(byName, indicators, 'ac.ndjson');
 * check({ ratedCoolingCapacity: 12000, unit: 'Btu/h' }, localized('第 1 行', 'line 1')); // throws
 */
export function jsonUnitCheck(
  byName: ReadonlyMap<string, IndicatorInfo>,
  indicators: readonly IndicatorInfo[],
  name: string,
): (record: unknown, where: LocalizedText) => void {
  const unitKeys = new Map<string, boolean>();
  const isUnitKey = (key: string) => {
    let known = unitKeys.get(key);
    if (known === undefined) {
      known = !byName.has(key) && UNIT_KEY.test(key);
      if (unitKeys.size < 10_000) unitKeys.set(key, known);
    }
    return known;
  };
  return (record, where) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return;
    const keys = Object.keys(record);
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at]!;
      if (!isUnitKey(key)) continue;
      const value = (record as Record<string, unknown>)[key];
      if (typeof value !== 'string') continue;
      const text = trimCell(value);
      if (text === '' || !isKnownUnit(text)) continue;
      const field = FIELD_UNIT.exec(key)?.[1];
      const own = field !== undefined && byName.has(field) ? field : undefined;
      if (own === undefined && unitColumn([key], [undefined]) !== 0) continue;
      const columns = keys.map((k) => (own === undefined || k === own ? byName.get(k) : undefined));
      checkTitleUnit(
        text,
        localized(`${name}：${where.zh}`, `${name}: ${where.en}`),
        keys,
        columns,
        indicators,
        own === undefined ? at : keys.indexOf(own),
        localized(`键“${key}”`, `the key "${key}"`),
      );
    }
  };
}
