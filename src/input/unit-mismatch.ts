import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';

/** A column whose header or units row gives it a unit other than its indicator's. */
export interface UnitMismatch {
  /** The column, 0-based. */
  column: number;
  /** The column's header as written, trimmed. */
  header: string;
  /** The unit the header or units row writes. */
  written: string;
  /** The indicator the column names; it declares a unit. */
  indicator: IndicatorInfo;
}

/**
 * The error for columns in another unit than their indicators': their
 * values would be compared with limits in the indicator's unit, and graded
 * wrongly, so nothing is graded. Names each column, its unit and the
 * indicator's unit.
 *
 * @param input - what to call the input in messages, if anything
 * @param unitsRow - where the units row is (`第 2 行` / `line 2`), when the units were written there
 * @example
 * throw unitMismatchError('lab.csv', [{ column: 4, header: '抗拉强度 Rm/kN', written: 'kN', indicator }]);
 */
export function unitMismatchError(
  input: string | undefined,
  mismatches: readonly UnitMismatch[],
  unitsRow?: LocalizedText,
): UsageError {
  const zh = mismatches.map((m) => {
    const column = `第 ${m.column + 1} 列“${m.header}”`;
    const what = unitsRow
      ? `${unitsRow.zh}（表头下的单位行）把${column}的单位写作 ${m.written}`
      : `${column}的单位是 ${m.written}`;
    return `${what}，而指标 ${m.indicator.name}（${m.indicator.label.zh}）的单位是 ${m.indicator.unit}`;
  });
  const en = mismatches.map((m) => {
    const column = `column ${m.column + 1} ("${m.header}")`;
    const what = unitsRow
      ? `${unitsRow.en} (the units under the header) gives ${column} the unit ${m.written}`
      : `${column} is in ${m.written}`;
    return `${what}, but the indicator ${m.indicator.name} (${m.indicator.label.en}) is in ${m.indicator.unit}`;
  });
  const units = new Set(mismatches.map((m) => m.indicator.unit));
  const [one] = units;
  const to =
    units.size === 1 ? localized(` ${one}`, one!) : localized('各指标的单位', "each indicator's unit");
  const header = unitsRow ? localized('单位行', 'units row') : localized('表头', 'header');
  return new UsageError(
    localized(
      `${input ? `${input}：` : ''}${zh.join('；')}。按其他单位写的数值会被错误判定，因此不作判定：请把数值换算为${to.zh}，并改写${header.zh}中的单位`,
      `${input ? `${input}: ` : ''}${en.join('; ')}. Values in another unit would be graded wrongly, so nothing is graded: convert the values to ${to.en} and write that unit in the ${header.en}`,
    ),
  );
}
