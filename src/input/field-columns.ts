import type { IndicatorInfo } from '../resolve/rule-set';
import type { FieldColumns } from './input-item';

/**
 * The columns of each field read as an indicator, named as a message names them (a CSV column's 1-based number,
 * an .xlsx column's letters), in column order: one for a single value, one per specimen otherwise. Made once
 * per header and shared by its rows, so a value the grader finds out of range names its cell (`（单元格 D5）`)
 * as a conversion error does, at no cost to a valid row (fix-left5b-35 M7).
 *
 * @param fields - the field each column gives (`''` for none)
 * @param columns - the indicator each column gives, if any
 * @param name - how a message names a 0-based column
 * @example
 * fieldColumns(['id', 'kv', 'kv'], [undefined, kv, kv], (i) => String(i + 1)); // { kv: ['2', '3'] }
 */
export function fieldColumns(
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  name: (column: number) => string,
): FieldColumns {
  const at: Record<string, string[]> = Object.create(null);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? '';
    if (field === '' || columns[i] === undefined) continue;
    const own = at[field];
    if (own) own.push(name(i));
    else at[field] = [name(i)];
  }
  return Object.freeze(at);
}
