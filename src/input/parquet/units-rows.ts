import type { IndicatorInfo } from '../../resolve/rule-set';
import { type LocalizedText, localized } from '../../text/localized-text';
import { indicatorHeaders } from '../header-unit';
import { headerUnits, unitColumn, unitStatementLine, unitStatementPair } from '../stated-unit';
import { checkTitleUnit } from '../title-unit';
import { unitBesideCheck } from '../unit-beside';
import { type AlsoReadBy, unitMismatchError } from '../unit-mismatch';
import { bareUnitsLine, statedUnitLine, unitsRow, unitsRowNotice } from '../units-row';

/**
 * Finds the rows of a Parquet file that hold units, not a record, as the CSV
 * and .xlsx readers do: a sheet saved to Parquet with every column as text
 * keeps its units row (`,,kW,`) as its first row, and a line `单位：kW` or a
 * bare units line in mid-table where the sheet had them (hostile-25: read as
 * records, kW values were graded as W). Only a row whose cells are all text
 * or NULL is looked at: a number in it makes it a record.
 *
 * The first row is checked as the row under a CSV header ({@link unitsRow});
 * a later one as a mid-table line ({@link statedUnitLine}, {@link bareUnitsLine}), a footnote
 * (`注：额定制冷量单位为Btu/h`) or a page's title with the unit in a cell of its own (`2025年抽检（续）,,,单位：Btu/h`).
 * Placements a Parquet file keeps whatever its columns' types, as CSV's are checked (fix-hostile-27 Left): a column
 * named `单位：Btu/h` that gives no indicator, checked when the function is made, and a column `单位` (`制冷量单位`)
 * holding each row's unit, each unit it holds checked once.
 * A unit that is not the indicator's is a usage error naming the row. The
 * function returns `'header'` for a first row read as the header's units
 * (told through `onUnitsRow`, as CSV tells it), `'line'` for a later line
 * of units (skipped as a repeat of the header), `'note'` for a footnote stating a unit the check accepts with
 * no value under an indicator column (`注：额定制冷量单位为W`: skipped as a row of notes), `undefined` for a record.
 *
 * @example
 * const units = parquetUnitsRows('ac.parquet', headers, columns, indicators, undefined, onNotice);
 * units(['', '', 'W', ''], 1); // 'header': the header's units row (the notice told)
 * units(['S1', '热泵型', '7200', '4.3'], 2); // undefined: a record
 * units(['', '', 'kW', ''], 3); // throws UsageError: kW is not the indicator's W
 * @throws {@link UsageError} when a column's name states a unit none of the indicators read is in
 */
export function parquetUnitsRows(
  name: string,
  headers: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  indicators: readonly IndicatorInfo[],
  alsoRead: AlsoReadBy | undefined,
  onUnitsRow?: (text: LocalizedText) => void,
): (row: readonly unknown[], fileRow: number) => 'header' | 'line' | 'note' | undefined {
  const known = indicatorHeaders(indicators).units;
  // No indicator column, no unit to check (and no cost per row).
  if (!columns.some((c) => c !== undefined)) return () => undefined;
  const at = (fileRow: number) => localized(`${name}：第 ${fileRow} 行`, `${name}: row ${fileRow}`);
  // A column named `单位：Btu/h` over no indicator states the table's unit, as a CSV header cell does (hostile-27 W4).
  for (const { unit, column } of headerUnits(headers, columns))
    checkTitleUnit(
      unit,
      localized(name, name),
      headers,
      columns,
      indicators,
      column,
      localized(`列名“${headers[column]}”`, `the column name "${headers[column]}"`),
    );
  // A column `单位` that gives no indicator states each row's unit (hostile-26 W1); each unit it holds is checked once.
  const unitAt = unitColumn(headers, columns, new Set(indicators.map((i) => i.name)));
  const unitsChecked = new Set<string>();
  const checkUnitCell = (value: unknown, fileRow: number) => {
    const unit = typeof value === 'string' ? value.trim() : '';
    if (unit === '' || unitsChecked.has(unit)) return;
    unitsChecked.add(unit);
    checkTitleUnit(
      unit,
      at(fileRow),
      headers,
      columns,
      indicators,
      unitAt,
      localized(`“${headers[unitAt]}”列`, `the column "${headers[unitAt]}"`),
    );
  };
  // Hostile-30 W2: a column beside an indicator's holding its unit, whatever its name (`capacity_unit`).
  const beside = unitBesideCheck(headers, columns, unitAt, indicators, name);
  const units = (cells: readonly string[], fileRow: number, tell: boolean): boolean => {
    const found = unitsRow(cells, headers, columns, known, alsoRead);
    if (!found) return false;
    const where = localized(`第 ${fileRow} 行`, `row ${fileRow}`);
    if (found.mismatches.length > 0) throw unitMismatchError(name, found.mismatches, where);
    if (tell) onUnitsRow?.(unitsRowNotice(name, where, found));
    return true;
  };
  const inTable = localized('表中的单位行', 'a units line in the table');
  return (row, fileRow) => {
    if (unitAt >= 0) checkUnitCell(row[unitAt], fileRow);
    beside?.((col) => row[col], localized(`第 ${fileRow} 行`, `row ${fileRow}`));
    const cells = textCells(row);
    if (!cells) return undefined;
    if (fileRow === 1 && units(cells, fileRow, true)) return 'header';
    const stated = statedUnitLine(cells);
    if (stated !== undefined) {
      checkTitleUnit(
        stated,
        at(fileRow),
        headers,
        columns,
        indicators,
        cells.findIndex((c) => c.trim() !== ''),
        inTable,
      );
      return 'line';
    }
    // Hostile-27 W4: a page's title with the unit in a cell of its own is skipped as a units line is.
    const pair = unitStatementPair(cells);
    if (pair !== undefined) {
      checkTitleUnit(pair.unit, at(fileRow), headers, columns, indicators, pair.column, inTable);
      return 'line';
    }
    // Hostile-26 W1: a unit stated otherwise (`注：额定制冷量单位为Btu/h`) is checked. In the indicators' own unit, a
    // footnote with no value under an indicator column is a note, skipped as CSV skips it (fix-units-28 Left).
    const other = unitStatementLine(cells);
    if (other !== undefined) {
      checkTitleUnit(other.unit, at(fileRow), headers, columns, indicators, other.column, inTable);
      if (columns.every((c, i) => c === undefined || cells[i]!.trim() === '')) return 'note';
    }
    return bareUnitsLine(cells, columns) && units(cells, fileRow, false) ? 'line' : undefined;
  };
}

/** A row's cells as text (NULL as `''`), or `undefined` when one holds a value that is not text (a number: a record). */
function textCells(row: readonly unknown[]): string[] | undefined {
  const cells: string[] = new Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (value === null || value === undefined) cells[i] = '';
    else if (typeof value === 'string') cells[i] = value;
    else return undefined;
  }
  return cells;
}
