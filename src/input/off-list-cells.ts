import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import { foldValueText } from '../text/fold-value-text';

/** A single column of an enumeration: its field, and the indicator whose values and spellings a cell may hold. */
export interface EnumColumn {
  field: string;
  /** The column as a message names it: its letters (.xlsx) or its 1-based number (CSV/TSV). */
  at: string;
  indicator: IndicatorInfo;
}

/**
 * The single columns of enumerations among a table's columns (`columns[i]` the indicator column `i` is read as,
 * `fields[i]` its field; a field of several specimen columns is none), each with `at(i)` naming it.
 */
export function enumColumns(
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  multiColumn: ReadonlySet<string>,
  at: (col: number) => string,
): EnumColumn[] {
  const out: EnumColumn[] = [];
  columns.forEach((indicator, col) => {
    const field = fields[col] ?? '';
    if (indicator?.type === 'enum' && field !== '' && !multiColumn.has(field))
      out.push({ field, at: at(col), indicator });
  });
  return out;
}

/**
 * The cells of a record's enumerations that hold none of the values, their labels or aliases (`1级`, `一级` where
 * the values are 1, 2, 3), by field, as `CellsOf.letters` names them: the grader refuses each, and its message
 * names the cell as a conversion error's does (newcomer-36 M7). `undefined` for a record with none, as most are.
 */
export function offListCells(
  record: Readonly<Record<string, unknown>>,
  enums: readonly EnumColumn[],
): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const { field, at, indicator } of enums) {
    const v = record[field];
    if (typeof v !== 'string' || v === '' || indicator.values?.includes(v)) continue;
    const spellings = valueSpellingsOf(indicator);
    if (spellings?.has(v) || spellings?.has(foldValueText(v))) continue;
    out ??= Object.create(null) as Record<string, string>;
    out[field] = at;
  }
  return out;
}
