/**
 * `written` with each field read from one column per specimen as its cells written as one would write them in one
 * cell (`33;34;35`), so an explanation shows specimen 1 as `33`, as for a single column's `33;34;35` (studio-43
 * N4). Only where the record's list is those cells, one each: a not-tested mark or a cell that lists several
 * would put the specimens out of step with their cells. CSV and .xlsx rows alike (`cell`: a column's text, trimmed).
 *
 * @param at - the columns of each field read from one column per specimen, 0-based
 * @param cell - the row's cell at a column as written, trimmed (`''` for none)
 * @param record - the record read from the row
 * @example
 * withSpecimenCells(undefined, new Map([['kv', [1, 2]]]), (i) => ['P1', '33', '34'][i]!, { kv: [33, 34] });
 * // { kv: '33;34' }
 */
export function withSpecimenCells(
  written: Record<string, string> | undefined,
  at: ReadonlyMap<string, readonly number[]>,
  cell: (index: number) => string,
  record: Readonly<Record<string, unknown>>,
): Record<string, string> | undefined {
  let out = written;
  for (const [field, columns] of at) {
    const texts = columns.map(cell).filter((t) => t !== '');
    const values = record[field];
    const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
    if (texts.length === 0 || texts.length !== list.length || texts.some((t) => /[;；]/.test(t))) continue;
    out ??= {};
    out[field] = texts.join(';');
  }
  return out;
}
