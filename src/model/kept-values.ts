/**
 * Kept values are keyed by the input's column names, which are anyone's
 * text: a column named `__proto__` or `constructor` must be a value like any
 * other, not the object's prototype or its constructor function.
 *
 * @module
 */

import { truncate } from '../text/display-width';
import type { Language } from '../text/localized-text';

/**
 * A result's kept value for a column: its own entry, or `undefined`.
 *
 * @example
 * keptValue({ 型号: 'KFR-35GW' }, 'constructor') // undefined, not Object
 */
export function keptValue(
  kept: Readonly<Record<string, string>> | undefined,
  column: string,
): string | undefined {
  return kept !== undefined && Object.hasOwn(kept, column) ? kept[column] : undefined;
}

/**
 * Sets a kept value as the object's own entry, whatever the column is
 * called (`kept['__proto__'] = v` would set nothing).
 */
export function setKeptValue(kept: Record<string, string>, column: string, value: string): void {
  // Only `__proto__` is an accessor on a plain object; every other name is set as it is, the fast way.
  if (column === '__proto__')
    Object.defineProperty(kept, column, { value, enumerable: true, writable: true, configurable: true });
  else kept[column] = value;
}

/**
 * A record's kept values as they follow its row number in a sentence or a list (`12 24-0316-A`), joined by
 * `sep`, without a kept value that is the row number itself (a sheet's own 序号 counting its rows as qgrade
 * does: `序号 4`, not `序号 4 4`; `序号 11 TCL空调` with a producer kept too, not `序号 11 11 TCL空调`);
 * `undefined` when nothing else is kept.
 *
 * @example
 * keptBesideRow(4, { 序号: '4' }) // undefined
 * keptBesideRow(4, { 型号: 'KFR-35GW' }) // 'KFR-35GW'
 * keptBesideRow(11, { 序号: '11', 生产企业: 'TCL空调' }) // 'TCL空调'
 * keptBesideRow(4, { id: 'x'.repeat(100000) }, ' ', KEPT_SHOWN_WIDTH) // 19 × 'x', then '…'
 *
 * @param width - cut each value to this many terminal columns, ending "…" (see {@link KEPT_SHOWN_WIDTH})
 */
export function keptBesideRow(
  row: number,
  kept: Readonly<Record<string, string>> | undefined,
  sep = ' ',
  width?: number,
): string | undefined {
  if (kept === undefined) return undefined;
  const own = String(row);
  const values = Object.values(kept).filter((v) => v !== own);
  if (values.length === 0) return undefined;
  return (width === undefined ? values : values.map((v) => truncate(v, width))).join(sep);
}

/**
 * A record's row and its kept values as a summary's closing line names it (`22 AC-0000022`), the values cut to
 * {@link KEPT_SHOWN_WIDTH}; values that are numbers alone (a sheet's sample numbers `4`, `2024-07`) stand in
 * brackets, `2 (4)` / `2（4）`, so that they do not read as more rows (`rows 1, 2 4` named row 2 with id 4).
 *
 * @example
 * rowWithKept(22, { sku: 'AC-0000022' }, 'en') // '22 AC-0000022'
 * rowWithKept(2, { 编号: '4' }, 'zh') // '2（4）'
 */
export function rowWithKept(
  row: number,
  kept: Readonly<Record<string, string>> | undefined,
  lang: Language,
): string {
  const shown = keptBesideRow(row, kept, ' ', KEPT_SHOWN_WIDTH);
  if (shown === undefined) return String(row);
  if (!/^[\d\s.,:;/+-]+$/.test(shown)) return `${row} ${shown}`;
  return lang === 'zh' ? `${row}（${shown}）` : `${row} (${shown})`;
}

/**
 * How wide a kept value (a sample's id) is shown where a line names records: the terminal table's kept column,
 * the summary's first invalid records. An id of 100,000 characters made one summary line of 1 MB (hostile-40 M3).
 */
export const KEPT_SHOWN_WIDTH = 20;

/**
 * The word a sentence names records' numbers with: `序号` / `row`, or `记录` / `record` when a kept column is
 * itself headed so and says another number — a sheet's own 序号 101, 102 … kept as the sample id made `序号 3 103`
 * two numbers under one word, the record's and the sheet's (newcomer-36 M3); the tables head the column 记录 then
 * too. A kept 序号 that counts as qgrade does (`序号 3`, its 3 left out by {@link keptBesideRow}) changes nothing.
 *
 * @example
 * recordWord([{ row: 3, kept: { 序号: '3' } }]).zh // '序号'
 * recordWord([{ row: 3, kept: { 序号: '103' } }]).zh // '记录'
 */
export function recordWord(
  records: Iterable<{ row: number; kept?: Readonly<Record<string, string>> | undefined }>,
): { zh: string; en: string } {
  for (const { row, kept } of records)
    for (const column in kept) {
      if (!Object.hasOwn(kept, column)) continue;
      const folded = column.trim().toLowerCase();
      if ((folded === '序号' || folded === 'row') && kept[column] !== String(row) && kept[column] !== '')
        return { zh: '记录', en: 'record' };
    }
  return { zh: '序号', en: 'row' };
}
