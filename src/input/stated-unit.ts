import { trimCell } from './convert-value';
import { isScaledUnit, scalePowers } from './scaled-unit';
import { unitKeyOwner } from './unit-key-owner';
import { isKnownUnit } from './units';
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
 * unitStatement('注：额定制冷量单位为Btu/h'); // 'Btu/h'
 * unitStatement('2025年房间空调器抽检结果'); // undefined
 */
export function unitStatement(cell: string): string | undefined {
  // `10³W` as `10^3W` before NFKC makes it `103W` (hostile-27 M5: `注：制冷量单位为10³W` stated no unit it knew).
  const text = scalePowers(trimCell(cell))
    .normalize('NFKC')
    // `W × 1000`, `10^3 W`: a scale's spaces, which would end the unit at `W` (read as the indicator's own) or `10^3`.
    .replace(/\s*([×*])\s*(?=10)/gu, '$1')
    .replace(/(?<![A-Za-z])([xX])\s+(?=10)/gu, '$1')
    .replace(/(?<=(?:[×*xX]|(?:^|[^\d.])10\^[+\-−]?)\d+)\s+(?=\p{L})/gu, '');
  if (text === '') return undefined;
  return (
    // A bracket in the unit is kept when it holds no Han (`W·h/(W·h)`); `kW(制冷量)` ends at its bracket.
    /(?:单位|units?)\s*[:：]\s*(?:\p{Script=Han}{1,8}\s+)?((?:[^\s()，,;；]|\((?!\p{Script=Han})[^()\s]*\))+)/iu.exec(
      text,
    )?.[1] ??
    /(?:单位|units?)\s*\(\s*([^()]+?)\s*\)/iu.exec(text)?.[1] ??
    /以\s*([^\s以计]{1,16}?)\s*计/u.exec(text)?.[1] ??
    // Hostile-27 W4: `注：额定制冷量单位为Btu/h` (a footnote), `（制冷量：Btu/h）` (a quantity and its unit in brackets).
    /单位(?:为|是)\s*([^\s()，,;；。]{1,16})/u.exec(text)?.[1] ??
    /\(\s*\p{Script=Han}{1,8}\s*:\s*([^\s()，,;；:]{1,16})\s*\)/u.exec(text)?.[1] ??
    // Hostile-29 W1: `制冷量单位Btu/h` (no 为), `Note: unit Btu/h`, `cooling capacity in Btu/h`, `(capacity: Btu/h)`.
    // A unit in Latin letters or a sign only: `受检单位某公司` names a company, and what is no unit is let be.
    /单位\s*((?:[A-Za-z×*μ°%‰]|10\^)[^\s()，,;；。:\p{Script=Han}]{0,15})/u.exec(text)?.[1] ??
    /\bunits?\s+(?:is\s+|in\s+)?([A-Za-z×*μ°%‰][^\s(),;:]{0,15})/iu.exec(text)?.[1] ??
    /\bin\s+([A-Za-z×*μ°][^\s(),;:]{0,15}?)\s*\)?\s*\.?$/u.exec(text)?.[1] ??
    /\(\s*[A-Za-z][A-Za-z ]{0,24}:\s*([^\s()，,;；:]{1,16})\s*\)/u.exec(text)?.[1]
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

/**
 * The unit a line of two cells with text states in one of them, the other being no number: a page's title with
 * the unit in its right-hand cell (`2025年抽检（续）,,,单位：Btu/h`, hostile-27 W4), right above a repeated
 * header. Only a unit qgrade knows (`单位：Btu/h`, `单位：×1000W`): `K9,受检单位：某公司` stays the record it is.
 * `undefined` for any other line; a record row is out at its third cell with text.
 *
 * @example
 * unitStatementPair(['2025年抽检（续）', '', '', '单位：Btu/h']); // { unit: 'Btu/h', column: 3 }
 */
export function unitStatementPair(cells: readonly string[]): { unit: string; column: number } | undefined {
  let first = -1;
  let second = -1;
  for (let i = 0; i < cells.length; i++) {
    if (trimCell(cells[i]!) === '') continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return undefined;
  }
  if (second < 0) return undefined;
  for (const [column, other] of [
    [first, second],
    [second, first],
  ] as const) {
    const text = cells[column]!;
    if (!/单位|unit/iu.test(text) || /^[\s+-]*(?:\d+(?:\.\d*)?|\.\d+)\s*$/u.test(cells[other]!)) continue;
    const unit = unitStatement(text);
    if (unit !== undefined && (isKnownUnit(unit) || isScaledUnit(unit))) return { unit, column };
  }
  return undefined;
}

// A column that holds each row's unit: `单位`, `计量单位`, `Unit`, `Units`, `UOM`; a quantity's (`制冷量单位`, `功率单位`,
// `强度单位`, hostile-27 W4: the word before 单位 ends as a quantity's does), but not an organisation's (`受检单位`,
// `生产单位`, `供货单位`: 单位 is also "organisation", and a column of names would be checked name by name).
// Hostile-31 W1: also a column name's own ways, wherever the column is (`cap_unit`, `capacity unit`, `CC unit`, `CC单位`,
// `UOM`, `U/M`, `unit_of_measure`, `Unit of measure`); right beside an indicator they were checked already (unitBesideCheck).
const UNIT_COLUMN =
  /^[([【]?\s*(?:(?:\p{Script=Han}{0,7}[量值率度力能效压间耗积重长宽高径流]|[a-z]{1,12}\s*)?单位|计量单位|(?:[a-z]{1,20}[\s_\-.]+)?(?:units?|uom|u\/m)(?:[\s_\-.]+of[\s_\-.]+measure(?:ment)?)?)\s*[)\]】]?$/iu;
const ORGANISATION =
  /(?:受检|被检|生产|送检|检验|检测|承检|委托|使用|建设|施工|监理|制造|抽样|抽检|申请|报送|填报|所在|工作|主管|责任|参评|评价)单位/u;

/**
 * The column (0-based) headed `单位` (`计量单位`, `Unit`) that gives no indicator: its cells state the unit of
 * the row's values (`kW` on every row, hostile-26 W1), to be checked as a title's unit is. `-1` when none. A column
 * named as one indicator's unit (`seer_unit`) is not the table's: its unit is that indicator's alone, read per row
 * (developer-35 M1: `seer_unit` holding `kW` was checked against the capacity, in W).
 *
 * @param names - the rule set's indicator names, to leave out the columns named as one's unit
 * @example
 * unitColumn(['型号', '额定制冷量 CC', '单位'], [undefined, cc, undefined]); // 2
 */
export function unitColumn(
  headers: readonly string[],
  columns: readonly unknown[],
  names?: { has(name: string): boolean },
): number {
  return headers.findIndex((h, i) => {
    if (columns[i] !== undefined) return false;
    if (names !== undefined && unitKeyOwner(trimCell(h), names) !== undefined) return false;
    const text = trimCell(h).normalize('NFKC');
    return UNIT_COLUMN.test(text) && !ORGANISATION.test(text);
  });
}

/**
 * The units header cells that give no indicator state (`单位：Btu/h` heading an empty column, hostile-27 W4), with
 * their columns: the table's unit, to be checked as a title's is.
 *
 * @example
 * headerUnits(['型号', '额定制冷量', '单位：Btu/h'], [undefined, cc, undefined]); // [{ unit: 'Btu/h', column: 2 }]
 */
export function headerUnits(
  headers: readonly string[],
  columns: readonly unknown[],
): { unit: string; column: number }[] {
  const out: { unit: string; column: number }[] = [];
  for (const [column, header] of headers.entries()) {
    if (columns[column] !== undefined || !/单位|unit/iu.test(header)) continue;
    const unit = unitStatement(header);
    if (unit !== undefined) out.push({ unit, column });
  }
  return out;
}
