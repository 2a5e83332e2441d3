import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { isScaledUnit } from './scaled-unit';
import { type UnitMismatch, unitMismatchError } from './unit-mismatch';
import { KnownUnits, unitKey } from './units';

/**
 * Checks the unit a title above the header states (`单位：kN`, see
 * `titleUnit`) against the columns the header reads: the title's unit is the
 * table's, so it must be the unit of at least one indicator read (`单位：MPa`
 * over strengths in MPa and chemistry in % is fine). A unit qgrade does not
 * know (`单位：批`) says nothing; a scale on a unit (`单位：×1000W`) is another unit than any. Otherwise the values would be graded in the
 * indicators' units whatever the title says: a usage error, naming where the
 * title is and the first three indicator columns.
 *
 * @param where - the title's place, as the message opens it (`ac.csv：第 1 行` / `ac.csv: line 1`)
 * @param from - the column the title's text is in (0-based): the message names columns from there on when any is read
 * @param role - what the line is, as the message names it (default: the title above the header)
 * @throws {@link UsageError} when the stated unit is none of the read indicators'
 * @example
 * checkTitleUnit('kN', localized('钢筋.csv：第 1 行', '钢筋.csv: line 1'), headers, columns, indicators);
 */
export function checkTitleUnit(
  unit: string,
  where: LocalizedText,
  headers: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  indicators: readonly IndicatorInfo[],
  from = 0,
  role: LocalizedText = localized('表头上方的标题', 'the title above the header'),
): void {
  const mismatches = statedUnitMismatches(unit, headers, columns, indicators, from);
  if (mismatches.length === 0) return;
  const error = unitMismatchError(undefined, mismatches);
  throw new UsageError(
    localized(
      `${where.zh}（${role.zh}）写明单位是 ${unit}：${error.text.zh}`,
      `${where.en} (${role.en}) states the unit ${unit}: ${error.text.en}`,
    ),
  );
}

/**
 * The columns a stated unit (a title's, a `单位` column's, a JSON record's `unit` key) does not fit, as
 * {@link checkTitleUnit} names them: none when the unit is unknown, or is the unit of one indicator read; else the
 * first three read from `from` on. Shared with the JSON key check, which words its own message (keys, not columns).
 *
 * @example
 * statedUnitMismatches('Btu/h', ['ratedCoolingCapacity'], [capacity], indicators); // [{ column: 0, … }]
 */
export function statedUnitMismatches(
  unit: string,
  headers: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  indicators: readonly IndicatorInfo[],
  from = 0,
): UnitMismatch[] {
  const units = new KnownUnits(indicators);
  // `10-6`, `10⁻⁶` as headers write a power of ten: ×10⁻⁶ (a bare number in a units row is a value; a title's is not).
  const key = units.key(unit) ?? (/^10(?:\^|[-\u2212])/u.test(unit) ? units.key(`×${unit}`) : undefined);
  // A scale on a unit (`×1000W`), which no table knows, is another unit all the same (hostile-26).
  if (key === undefined && !isScaledUnit(unit)) return [];
  const read = columns.flatMap((ind, column) => (ind?.unit !== undefined ? [{ ind, column }] : []));
  if (read.length === 0 || read.some(({ ind }) => key !== undefined && unitKey(ind.unit!) === key)) return [];
  // A lone heading over some columns (`,,,力学性能【kgf/mm²】,,`) names columns it is over, not those before it.
  const under = read.filter(({ column }) => column >= from);
  return (under.length > 0 ? under : read)
    .slice(0, 3)
    .map(({ ind, column }) => ({ column, header: headers[column] ?? '', written: unit, indicator: ind }));
}
