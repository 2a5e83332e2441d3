import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { trimCell } from './convert-value';
import { crossConverted } from './cross-factor';
import type { InputItem } from './input-item';
import { isScaledUnit } from './scaled-unit';
import { unitStatement } from './stated-unit';
import { isRatioUnit } from './unit-mismatch';
import { digitRunNamesNoUnit, isKnownUnit, sameQuantity, unitFactor, unitKey } from './units';

/** What a remark says of an indicator's unit: the indicator, the unit as written. */
export interface RemarkUnit {
  indicator: IndicatorInfo;
  unit: string;
}

// A cell that may state a unit: `单位`, `以…计`, a bracket, `unit`, ` in `; else only a cell that is a unit alone.
const MAY_STATE = /单位|以|[(（【[]|units?\b|\bin\s/iu;
// Texts read, by the text: remarks repeat (`制冷量单位 Btu/h` on every row), and most say no unit.
const REMEMBERED = 2000;

/**
 * The indicator and unit a remark states when that unit is not the indicator's (hostile-32 W1: `制冷量单位 Btu/h`,
 * `注：额定制冷量单位为Btu/h`, `单位：Btu/h`, `(Btu/h)` in a 备注 cell, and 12000 was graded as 12000 W). The
 * indicator is the one whose label the remark names (`制冷量` in `额定制冷量 CC`), else the one numeric indicator whose
 * quantity the unit is (Btu/h: a power); a unit the indicator is in, one qgrade does not know (`受检单位：某公司`),
 * or a quantity two indicators take, with none named, says nothing.
 *
 * @example
 * remarkUnit('制冷量单位：kcal/h', indicators); // { indicator: ratedCoolingCapacity, unit: 'kcal/h' }
 * remarkUnit('单位：W', indicators); // undefined: the indicator's own
 */
export function remarkUnit(cell: string, indicators: readonly IndicatorInfo[]): RemarkUnit | undefined {
  const text = trimCell(cell).normalize('NFKC');
  if (text === '' || text.length > 200) return undefined;
  const alone = /^[([【]?\s*([^()[\]【】\s:]{1,16})\s*[)\]】]?$/u.exec(text)?.[1];
  // A unit alone (`Btu/h`, `(Btu/h)`), not one Latin letter (`W` may be a symbol, as in a header).
  const bare = alone !== undefined && isKnownUnit(alone) && !/^[A-Za-z]$/u.test(alone) ? alone : undefined;
  if (bare === undefined && !MAY_STATE.test(text)) return undefined;
  const unit = bare ?? unitStatement(text);
  if (unit === undefined || (!isKnownUnit(unit) && !isScaledUnit(unit))) return undefined;
  const key = unitKey(unit);
  const withUnit = indicators.filter(
    (i) => i.unit !== undefined && (i.type === 'number' || i.type === 'integer'),
  );
  const named = withUnit.filter((i) => namesLabel(text, i));
  const ofQuantity = withUnit.filter(
    (i) =>
      sameQuantity(unit, i.unit!) ||
      unitFactor(unit, i.unit!) !== undefined ||
      crossConverted(1, unit, i.unit!) !== undefined,
  );
  const candidates = named.length > 0 ? named : ofQuantity;
  if (candidates.length !== 1 || unitKey(candidates[0]!.unit!) === key) return undefined;
  return { indicator: candidates[0]!, unit };
}

/** Whether a remark names an indicator: Han characters of its label in a row (`制冷量` of `额定制冷量 CC`). */
function namesLabel(text: string, indicator: IndicatorInfo): boolean {
  const label = indicator.label.zh.normalize('NFKC');
  const runs = text.replace(/单位/gu, ' ').match(/\p{Script=Han}{2,}/gu) ?? [];
  // Three in a row, or a run of two whole: two of a longer run (`额定`, `强度`) are shared by many labels.
  for (const run of runs) {
    if (run.length === 2 && label.includes(run)) return true;
    for (let at = 0; at + 3 <= run.length; at++) if (label.includes(run.slice(at, at + 3))) return true;
  }
  return false;
}

/**
 * The remark-unit reading of a record's unread cells (a column neither read nor kept, or a JSON key no indicator's):
 * a record is made invalid where one of them states a unit for an indicator the record gives, other than the
 * indicator's ({@link remarkUnit}): the value was written in that unit, and would be graded in the indicator's. The
 * error (`wrong-type` on the indicator) says the number to write where the unit converts (12000 Btu/h ≈ 3517 W); it
 * is added to the item's `conversionErrors`, as a cell that cannot be read is, so one thread and several agree, after
 * the value words' (`unreadValueColumns`): a remark is read for its unit whatever those say. The cells are walked by
 * `unreadCells`, once for this reading and the stated-number one.
 */
export type RemarkUnitReading = (
  item: Extract<InputItem, { record: unknown }>,
  values: Readonly<Record<string, unknown>>,
  cell: string,
  column: string,
  isKey: boolean,
  /** The indicator the column is named the unit of (`seerUnit`, `apf_unit`): the cell's unit is read for it alone. */
  own?: IndicatorInfo,
) => RecordError | undefined;

/**
 * The remark-unit reading for a rule set's indicators (see {@link RemarkUnitReading}): the error a cell makes of its
 * record, if any; `undefined` when no indicator has a unit. It remembers the texts it read: remarks repeat
 * (`制冷量单位 Btu/h` on every row), and most say no unit.
 *
 * @example
 * const read = remarkUnitReading(ac.indicators);
 * read?.(item, record, '制冷量单位 Btu/h', '备注', false)?.code; // 'wrong-type' where the record gives 12000
 */
export function remarkUnitReading(indicators: readonly IndicatorInfo[]): RemarkUnitReading | undefined {
  if (!indicators.some((i) => i.unit !== undefined)) return undefined;
  const seen = new Map<string, RemarkUnit | undefined>();
  const read = (cell: string) => {
    // A sample id (`AC-0000001`, one per row, never remembered): let go without the readings' expressions.
    if (idStatesNoUnit(cell)) return undefined;
    if (seen.has(cell)) return seen.get(cell);
    const found = remarkUnit(cell, indicators);
    if (seen.size < REMEMBERED) seen.set(cell, found);
    return found;
  };
  return (item, values, cell, column, isKey, own) => {
    const found = own === undefined ? read(cell) : ownUnit(cell, own);
    if (found === undefined) return undefined;
    const value = values[found.indicator.name];
    if (typeof value !== 'number') return undefined;
    if (item.conversionErrors?.some((e) => e.field === found.indicator.name)) return undefined;
    return remarkUnitError(found, value, column, cell, isKey);
  };
}

/**
 * Whether {@link remarkUnit} finds no unit in a cell, told by one scan of it, for the cells of an id column
 * (`AC-0000001`, `KFR35GW-001`): `true` only for ASCII letters, digits and hyphens (nothing to trim or normalise; no
 * bracket, colon, space or `单位`/`以` for a statement, so only a unit alone or `unit` in it could say one) holding
 * three digits in a row (no known unit does: {@link digitRunNamesNoUnit}) and not `unit` in any case ({@link MAY_STATE}'s
 * one word such a cell can hold). Any other cell: `false`, and the readings decide.
 *
 * @example
 * idStatesNoUnit('AC-0000001'); // true
 * idStatesNoUnit('Btu-unit-001'); // false: remarkUnit reads it
 */
export function idStatesNoUnit(cell: string): boolean {
  const n = cell.length;
  if (n < 3 || !digitRunNamesNoUnit()) return false;
  let run = 0;
  let three = false;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++run === 3) three = true;
      continue;
    }
    run = 0;
    const lower = c | 0x20;
    if (c !== 0x2d && !(lower >= 0x61 && lower <= 0x7a && c <= 0x7a)) return false;
    // `unit`, `Unit`, `UNIT`: MAY_STATE's `units?\b` may take it.
    if (
      lower === 0x75 &&
      i + 3 < n &&
      (cell.charCodeAt(i + 1) | 0x20) === 0x6e &&
      (cell.charCodeAt(i + 2) | 0x20) === 0x69 &&
      (cell.charCodeAt(i + 3) | 0x20) === 0x74
    )
      return false;
  }
  return three;
}

/**
 * The unit a column named as one indicator's unit (`ratedCoolingCapacityUnit`, `seer_unit`) states for that
 * indicator, when it is not the indicator's: a known unit other than its unit, or, for a numeric indicator with no
 * unit, any known unit but a ratio of one unit to itself (`W/W`), as a JSON key's (`jsonUnitCheck`).
 */
function ownUnit(cell: string, indicator: IndicatorInfo): RemarkUnit | undefined {
  const text = trimCell(cell).normalize('NFKC');
  const unit = isKnownUnit(text) ? text : unitStatement(text);
  if (unit === undefined || !isKnownUnit(unit)) return undefined;
  if (indicator.unit !== undefined)
    return unitKey(indicator.unit) === unitKey(unit) ? undefined : { indicator, unit };
  const numeric = indicator.type === 'number' || indicator.type === 'integer';
  return numeric && !isRatioUnit(unit) ? { indicator, unit } : undefined;
}

/** The error of a record whose remark states another unit for an indicator than the indicator's. */
function remarkUnitError(
  found: RemarkUnit,
  value: number,
  column: string,
  cell: string,
  isKey: boolean,
): RecordError {
  const { indicator: i, unit } = found;
  const where = isKey
    ? localized(`键“${column}”`, `the key "${column}"`)
    : localized(`“${column}”列`, `the column "${column}"`);
  const shown = cutShort(trimCell(cell));
  const to = i.unit;
  if (to === undefined)
    return {
      field: i.name,
      code: 'wrong-type',
      message: localized(
        `${where.zh}写明单位是 ${unit}（“${shown}”），而指标 ${i.name}（${i.label.zh}）没有单位：按其他单位写的 ${value} 会被错误判定，因此这条记录不作判定：请写入指标所取的无单位数值`,
        `${where.en} states the unit ${unit} ("${shown}"), but the indicator ${i.name} (${i.label.en}) has no unit: ${value} in another unit would be graded wrongly, so this record is not graded: write the figure the indicator takes, which has no unit`,
      ),
    };
  const factor = unitFactor(unit, to);
  const converted =
    factor !== undefined
      ? { value: Number((value * factor).toPrecision(12)), rounded: false }
      : crossConverted(value, unit, to);
  const sum = converted && `${value} ${unit} ${converted.rounded ? '≈' : '='} ${converted.value} ${to}`;
  return {
    field: i.name,
    code: 'wrong-type',
    message: localized(
      `${where.zh}写明单位是 ${unit}（“${shown}”），而指标 ${i.name}（${i.label.zh}）的单位是 ${to}：按其他单位写的 ${value} 会被错误判定，因此这条记录不作判定：请把数值换算为 ${to}${sum ? `（${sum}）` : ' '}后写入`,
      `${where.en} states the unit ${unit} ("${shown}"), but the indicator ${i.name} (${i.label.en}) is in ${to}: ${value} in another unit would be graded wrongly, so this record is not graded: convert the value to ${to}${sum ? ` (${sum})` : ''} and write that`,
    ),
  };
}
