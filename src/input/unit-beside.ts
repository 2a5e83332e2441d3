import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { trimCell } from './convert-value';
import { checkTitleUnit } from './title-unit';
import { isKnownUnit, sameQuantity } from './units';

// A header that says "unit" in a column name's own way: `cap_unit`, `capacity unit`, `UOM`, `CapacityUnit`, `单位`.
const UNITISH = /(?:^|[\s_\-./(（])(?:units?|uom)(?:$|[\s_\-./)）])|(?<=\p{Ll})Units?$|^uom$|单位/iu;

/**
 * The check of the columns that may hold the unit of the indicator column right before them, whatever their
 * header: headerless, `cap_unit`, `UOM`, `capacity unit` (a Parquet `capacity_unit`), next to an indicator in a
 * unit. A cell there that is a known unit is checked as a `单位` column's is (`checkTitleUnit`), against that
 * indicator only: `Btu/h` beside a capacity in W was graded as W (hostile-30 W2). Under another header (`等级`,
 * `备注`), only a unit of the indicator's quantity is (`Btu/h` beside W), so a grade `A` is not taken for amperes.
 * Each text is checked once. `undefined` when no such column (the usual table: no cost per row).
 *
 * @param headers - the header's cells, trimmed
 * @param columns - the indicator each column gives
 * @param unitAt - the column headed `单位`, checked already (`-1` for none)
 * @param name - the input's name, as messages open
 * @returns a function to call with each row's cell text by column and the row's place in messages
 * @example
 * const check = unitBesideCheck(['型号', '额定制冷量 CC', ''], [undefined, cc, undefined], -1, indicators, 'ac.csv');
 * check?.((col) => row[col], localized('第 2 行', 'line 2')); // throws for `Btu/h`
 */
export function unitBesideCheck(
  headers: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  unitAt: number,
  indicators: readonly IndicatorInfo[],
  name: string,
): ((cell: (column: number) => unknown, where: LocalizedText) => void) | undefined {
  const beside: { column: number; indicator: IndicatorInfo; any: boolean }[] = [];
  for (let column = 1; column < headers.length; column++) {
    const indicator = columns[column - 1];
    if (column === unitAt || columns[column] !== undefined || indicator?.unit === undefined) continue;
    const header = trimCell(headers[column] ?? '');
    beside.push({ column, indicator, any: header === '' || UNITISH.test(header) });
  }
  if (beside.length === 0) return undefined;
  const checked = new Set<string>();
  // Texts found not to be units (a remark column's 合格, 符合): most rows repeat a few, looked up once each.
  const words = new Set<string>();
  return (cell, where) => {
    for (const { column, indicator, any } of beside) {
      const value = cell(column);
      if (typeof value !== 'string' || value === '') continue;
      const text = trimCell(value);
      if (text === '' || words.has(text) || checked.has(`${column}\n${text}`)) continue;
      if (!isKnownUnit(text)) {
        if (words.size < 1000) words.add(text);
        continue;
      }
      if (!any && !sameQuantity(text, indicator.unit!)) continue;
      checked.add(`${column}\n${text}`);
      const header = trimCell(headers[column] ?? '');
      checkTitleUnit(
        text,
        localized(`${name}：${where.zh}`, `${name}: ${where.en}`),
        headers,
        columns.map((c, i) => (i === column - 1 ? c : undefined)),
        indicators,
        column - 1,
        header === ''
          ? localized(
              `第 ${column + 1} 列，无表头，紧接“${headers[column - 1]}”列`,
              `column ${column + 1}, with no header, right after the column "${headers[column - 1]}"`,
            )
          : localized(
              `“${header}”列，紧接“${headers[column - 1]}”列`,
              `the column "${header}", right after "${headers[column - 1]}"`,
            ),
      );
    }
  };
}
