import type { IndicatorInfo } from '../resolve/rule-set';

/**
 * The columns of each field read from one column per specimen whose empty cells a record short of values names
 * (`冲击吸收能量 KV2` under `1`, `2`, `3`), by field, 0-based, in column order. Only a field that needs its values
 * (required with no default, or a count of specimens) is looked at, so a row with an optional column empty travels
 * to a worker as plain values. Shared by the CSV/TSV and .xlsx readers, so both name the cells alike.
 *
 * @param fields - the field each column gives (`''` for none)
 * @param columns - the indicator each column gives, if any
 * @param multiColumn - the fields given by several columns
 * @example
 * specimenColumnsAt(['id', 'kv', 'kv'], [undefined, kv, kv], new Set(['kv'])); // Map { 'kv' => [1, 2] }
 */
export function specimenColumnsAt(
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  multiColumn: ReadonlySet<string>,
): ReadonlyMap<string, readonly number[]> {
  return multiColumnFields(
    fields,
    columns,
    multiColumn,
    (info) => info.minSpecimens !== undefined || (info.required && info.default === undefined),
  );
}

/**
 * The columns, 0-based, of each indicator field read from one column per specimen (`冲击吸收能量` three times) that
 * `take` keeps: those a record may leave short ({@link specimenColumnsAt}), those whose cells an explanation shows
 * as written (csv-body).
 *
 * @example
 * multiColumnFields(['id', 'kv', 'kv'], [undefined, kv, kv], new Set(['kv']), () => true); // Map { 'kv' => [1, 2] }
 */
export function multiColumnFields(
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  multiColumn: ReadonlySet<string>,
  take: (info: IndicatorInfo, field: string) => boolean,
): ReadonlyMap<string, readonly number[]> {
  const at = new Map<string, number[]>();
  for (let i = 0; i < fields.length; i++) {
    const info = columns[i];
    const field = fields[i]!;
    if (info === undefined || !multiColumn.has(field) || !take(info, field)) continue;
    at.set(field, [...(at.get(field) ?? []), i]);
  }
  return at;
}

/**
 * The empty cells among a record's specimen columns ({@link specimenColumnsAt}) of each field it holds fewer values
 * of than it has columns, named by `name` (a CSV column number, an .xlsx column's letters); `undefined` when none is
 * short, as for most rows.
 *
 * @param record - the record read from the row
 * @param specimenAt - the specimen columns by field
 * @param empty - whether the row's cell in a 0-based column is empty
 * @param name - how a message names a 0-based column
 * @example
 * blankSpecimenCells({ kv: [62, 71] }, new Map([['kv', [7, 8, 9]]]), (i) => i === 8, (i) => String(i + 1));
 * // { kv: ['9'] }
 */
export function blankSpecimenCells(
  record: Readonly<Record<string, unknown>>,
  specimenAt: ReadonlyMap<string, readonly number[]>,
  empty: (column: number) => boolean,
  name: (column: number) => string,
): Record<string, string[]> | undefined {
  let blank: Record<string, string[]> | undefined;
  for (const [field, at] of specimenAt) {
    const list = record[field];
    if (Array.isArray(list) && list.length >= at.length) continue;
    const none = at.filter(empty).map(name);
    if (none.length === 0) continue;
    blank ??= {};
    blank[field] = none;
  }
  return blank;
}
