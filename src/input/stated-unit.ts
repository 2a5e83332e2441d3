import { trimCell } from './convert-value';
import { loneCell } from './units-row';

/**
 * The unit a cell states in words, wherever the cell is and whatever else it says: after `单位：`
 * (`（制冷量单位：kW）`, `表1（续）（单位：kW）`, `单位：制冷量 kW` with the quantity named first, `单位：kW（制冷量）`
 * with it named after), in `单位（kW）`, or as `以kW计` (`注：制冷量以kW计`). Hostile-26 W1: these were skipped
 * and kW values graded in W. `undefined` when the cell states none; whether what it states is a unit qgrade
 * knows is the caller's to say (`受检单位：某公司` states a company).
 *
 * @example
 * unitStatement('（制冷量单位：kW）'); // 'kW'
 * unitStatement('注：制冷量以kW计'); // 'kW'
 * unitStatement('2025年房间空调器抽检结果'); // undefined
 */
export function unitStatement(cell: string): string | undefined {
  const text = trimCell(cell).normalize('NFKC');
  if (text === '') return undefined;
  return (
    // A bracket in the unit is kept when it holds no Han (`W·h/(W·h)`); `kW(制冷量)` ends at its bracket.
    /(?:单位|units?)\s*[:：]\s*(?:\p{Script=Han}{1,8}\s+)?((?:[^\s()，,;；]|\((?!\p{Script=Han})[^()\s]*\))+)/iu.exec(
      text,
    )?.[1] ??
    /(?:单位|units?)\s*\(\s*([^()]+?)\s*\)/iu.exec(text)?.[1] ??
    /以\s*([^\s以计]{1,16}?)\s*计/u.exec(text)?.[1]
  );
}

/**
 * The unit a line states in its one cell with text ({@link unitStatement}), with the cell's column;
 * `undefined` when the line has no cell or more than one with text, or states no unit.
 *
 * @example
 * unitStatementLine(['表1（续）（单位：kW）', '', '']); // { unit: 'kW', column: 0 }
 */
export function unitStatementLine(cells: readonly string[]): { unit: string; column: number } | undefined {
  const column = loneCell(cells);
  if (column < 0) return undefined;
  const unit = unitStatement(cells[column]!);
  return unit === undefined ? undefined : { unit, column };
}

// A column that holds each row's unit: `单位`, `计量单位`, `Unit`, `Units`.
const UNIT_COLUMN = /^[([【]?\s*(?:单位|计量单位|units?)\s*[)\]】]?$/iu;

/**
 * The column (0-based) headed `单位` (`计量单位`, `Unit`) that gives no indicator: its cells state the unit of
 * the row's values (`kW` on every row, hostile-26 W1), to be checked as a title's unit is. `-1` when none.
 *
 * @example
 * unitColumn(['型号', '额定制冷量 CC', '单位'], [undefined, cc, undefined]); // 2
 */
export function unitColumn(headers: readonly string[], columns: readonly unknown[]): number {
  return headers.findIndex(
    (h, i) => columns[i] === undefined && UNIT_COLUMN.test(trimCell(h).normalize('NFKC')),
  );
}
