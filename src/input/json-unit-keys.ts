import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { trimCell } from './convert-value';
import { crossConverted } from './cross-factor';
import { unitColumn } from './stated-unit';
import { statedUnitMismatches } from './title-unit';
import { unitKeyOwner } from './unit-key-owner';
import { isRatioUnit, type UnitMismatch } from './unit-mismatch';
import { isKnownUnit, unitFactor } from './units';

// A key that may state a unit: `单位`, `unit`, `UOM`, `ratedCoolingCapacityUnit`, `apf_unit`.
const UNIT_KEY = /unit$|单位|^uom$|^u\/m$/iu;

/**
 * Whether a key (or a column) states the unit of one of the rule set's indicators, `apfUnit`, `apf_unit`: such a
 * key holds a unit per record, never a sample id, whatever its values (developer-34 M7: one NDJSON line's
 * `"apfUnit": "W/W"` was kept as the id). A key `unit` alone is not taken for one: "Unit" may head a unit's model.
 *
 * @param names - the rule set's indicator names
 * @example
 * isIndicatorUnitKey('apfUnit', new Set(['apf'])); // true
 * isIndicatorUnitKey('unitType', new Set(['apf'])); // false
 */
export function isIndicatorUnitKey(key: string, names: ReadonlySet<string>): boolean {
  return unitKeyOwner(key, names) !== undefined;
}

/**
 * The check of a JSON record's keys that state a unit (`"单位": "Btu/h"`, `"unit": "Btu/h"`,
 * `"ratedCoolingCapacityUnit": "Btu/h"`), as a CSV's `单位` column is: a unit that is none of the record's
 * indicators' (or, for `<field>Unit`, not that indicator's), where the value was graded in the indicator's unit
 * (hostile-31 W1). The key belongs to its record, so that record is invalid with the error returned, and the others
 * are graded (hostile-32 C1: one such NDJSON line stopped the stream, exit 2). A key ending so is looked at once per
 * name; most records have none.
 *
 * @param byName - the rule set's indicators by name
 * @param indicators - the same, as a list
 * @returns a function to call with each record (after `--map`) and its place in messages: the record's error, if any
 * @example
 * const check = jsonUnitCheck(byName, indicators);
 * check({ ratedCoolingCapacity: 12000, unit: 'Btu/h' }, localized('第 1 行', 'line 1')); // a wrong-type error
 */
export function jsonUnitCheck(
  byName: ReadonlyMap<string, IndicatorInfo>,
  indicators: readonly IndicatorInfo[],
): (record: unknown, where: LocalizedText) => RecordError | undefined {
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
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
    const keys = Object.keys(record);
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at]!;
      if (!isUnitKey(key)) continue;
      const value = (record as Record<string, unknown>)[key];
      if (typeof value !== 'string') continue;
      const text = trimCell(value);
      if (text === '' || !isKnownUnit(text)) continue;
      const own = unitKeyOwner(key, byName);
      const ownIndicator = own === undefined ? undefined : byName.get(own)!;
      // An indicator with no unit (APF, a ratio) takes a figure with none: a unit stated for it is another unit,
      // unless it is a ratio of one unit to itself (W/W), which is none (developer-34 M7: "apfUnit": "kWh" was graded).
      if (ownIndicator !== undefined && ownIndicator.unit === undefined) {
        if (!isNumeric(ownIndicator) || isRatioUnit(text)) continue;
        const mismatch = { column: keys.indexOf(own!), header: own!, written: text, indicator: ownIndicator };
        return keyUnitError(key, text, [mismatch], record as Record<string, unknown>, where);
      }
      if (own === undefined && unitColumn([key], [undefined]) !== 0) continue;
      const columns = keys.map((k) => (own === undefined || k === own ? byName.get(k) : undefined));
      const mismatches = statedUnitMismatches(
        text,
        keys,
        columns,
        indicators,
        own === undefined ? at : keys.indexOf(own),
      );
      if (mismatches.length > 0)
        return keyUnitError(key, text, mismatches, record as Record<string, unknown>, where);
    }
    return undefined;
  };
}

/**
 * The error of a record whose key states a unit its indicators are not in: worded for keys (a JSON record has no
 * column or header), with the number to write when the record's one value converts (3.5 kW = 3500 W).
 */
function keyUnitError(
  key: string,
  unit: string,
  mismatches: readonly UnitMismatch[],
  record: Record<string, unknown>,
  where: LocalizedText,
): RecordError {
  const zh = mismatches.map(({ indicator: i }) =>
    i.unit === undefined
      ? `指标 ${i.name}（${i.label.zh}）没有单位`
      : `指标 ${i.name}（${i.label.zh}）的单位是 ${i.unit}`,
  );
  const en = mismatches.map(({ indicator: i }) =>
    i.unit === undefined
      ? `the indicator ${i.name} (${i.label.en}) has no unit`
      : `the indicator ${i.name} (${i.label.en}) is in ${i.unit}`,
  );
  const first = mismatches[0]!.indicator;
  const to = first.unit;
  const written = record[first.name];
  const factor = to === undefined ? undefined : unitFactor(unit, to);
  const converted =
    typeof written !== 'number' || to === undefined || mismatches.length > 1
      ? undefined
      : factor !== undefined
        ? { value: Number((written * factor).toPrecision(12)), rounded: false }
        : crossConverted(written, unit, to);
  const example =
    converted === undefined
      ? localized('', '')
      : localized(
          `（${written} ${unit} ${converted.rounded ? '≈' : '='} ${converted.value} ${to}）`,
          ` (${written} ${unit} ${converted.rounded ? '≈' : '='} ${converted.value} ${to})`,
        );
  const target =
    mismatches.length > 1
      ? localized(' 各指标的单位', "each indicator's unit")
      : to === undefined
        ? localized(' 指标所取的无单位数值', 'the figure the indicator takes, which has no unit')
        : localized(` ${to}`, to);
  return {
    field: first.name,
    code: 'wrong-type',
    message: localized(
      `${where.zh}的键“${key}”写明单位是 ${unit}，而${zh.join('，')}：按其他单位写的数值会被错误判定，因此这条记录不作判定：请把数值换算为${target.zh}${example.zh || ' '}后写入，并删去键“${key}”`,
      `${where.en}: the key "${key}" states the unit ${unit}, but ${en.join(', ')}. A value in another unit would be graded wrongly, so this record is not graded: convert the value to ${target.en}${example.en}, write that, and remove the key "${key}"`,
    ),
  };
}

function isNumeric(indicator: IndicatorInfo): boolean {
  return indicator.type === 'number' || indicator.type === 'integer';
}
