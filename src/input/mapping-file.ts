/**
 * Which columns of a column mapping came from a mapping file, so a message
 * about one names the file (`--map-file m.yaml ("型号": "model")`), not a
 * `--map` the user never wrote. Kept beside the mapping, which stays a plain
 * `Map` of column → field.
 *
 * @module
 */

// Per mapping: the file and the columns it gave that no --map replaced.
const FROM_FILE = new WeakMap<ReadonlyMap<string, string>, { file: string; columns: Set<string> }>();

/**
 * Notes that `columns` of `mapping` came from the mapping file `file`; with
 * `file` undefined, that they no longer do (a `--map` replaced them).
 */
export function noteMappingFile(
  mapping: ReadonlyMap<string, string>,
  file: string | undefined,
  columns: Iterable<string>,
): void {
  if (file === undefined) {
    const from = FROM_FILE.get(mapping);
    for (const column of columns) from?.columns.delete(column);
  } else FROM_FILE.set(mapping, { file, columns: new Set(columns) });
}

/** The mapping file a column's mapping came from, or `undefined` when it came from `--map` (or the library). */
export function mappingFile(mapping: ReadonlyMap<string, string>, column: string): string | undefined {
  const from = FROM_FILE.get(mapping);
  return from?.columns.has(column) ? from.file : undefined;
}
