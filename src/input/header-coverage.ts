import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';

/**
 * The indicators a row would give as a header, in column order, each once:
 * a cell `--map` maps to one, else a cell that is an indicator's label or
 * name (as {@link resolveColumns} reads a header, without its checks). For
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
  const byLabel = new Map<string, string>();
  for (const ind of indicators)
    for (const label of [ind.label.zh, ind.label.en]) byLabel.set(trimCell(label), ind.name);
  const found = new Set<string>();
  for (const c of cells) {
    const cell = trimCell(c);
    if (cell === '') continue;
    const field = mapping.get(cell) ?? byLabel.get(cell) ?? cell;
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
