import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { indicatorHeaders } from './header-unit';
import { mappedWithUnit } from './mapped-header-unit';

/**
 * The indicators a row would give as a header, in column order, each once:
 * a cell `--map` maps to one (or its column with a unit after it), else a cell that is an indicator's label or
 * name, with or without a unit after it, or a label without its bracketed note (as {@link resolveColumns} reads a
 * header, without its checks). For
 * hints about which row or sheet holds the header, never for reading.
 *
 * @example
 * indicatorsNamed(['型号', '机组类型', 'apf'], new Map(), indicators); // ['unitType', 'apf']
 */
export function indicatorsNamed(
  cells: readonly string[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
): string[] {
  const names = new Set(indicators.map((i) => i.name));
  const named = indicatorHeaders(indicators);
  const found = new Set<string>();
  for (const c of cells) {
    const cell = trimCell(c);
    if (cell === '') continue;
    // A label with a unit after it names the indicator whichever the unit: it is the header all the same.
    const field =
      mapping.get(cell) ??
      named.label(cell) ??
      named.withUnit(cell)?.indicator.name ??
      mappedWithUnit(cell, mapping, named)?.field ??
      named.noteless(cell)?.name ??
      named.symbol(cell)?.indicator.name ??
      cell;
    if (names.has(field)) found.add(field);
  }
  return [...found];
}

/**
 * Whether a header falls short enough that every record will be refused, so
 * that looking elsewhere for the header (later rows, other sheets) is worth
 * it: it leaves out an indicator every record must give, or, in a rule set
 * without one, gives none. A good file never gets this far.
 *
 * @param fields - the field each column gives
 */
export function headerFallsShort(fields: readonly string[], indicators: readonly IndicatorInfo[]): boolean {
  const given = new Set(fields);
  const required = indicators.filter((i) => i.required);
  return required.length > 0
    ? required.some((i) => !given.has(i.name))
    : !indicators.some((i) => given.has(i.name));
}
