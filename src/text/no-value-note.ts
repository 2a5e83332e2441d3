import { type LocalizedText, localized } from './localized-text';

/**
 * The line under a count by column (`--tally-by`) in which no record had a
 * value: JSON records have no header to check a column against, so a
 * misspelt key shows only as every record under "(no value)".
 *
 * @param column - the column as given, made safe for one line by the caller
 * @example
 * noValueNote('grdae').en; // 'no record had a value for "grdae": is the column (or the JSON key) named right?'
 */
export function noValueNote(column: string): LocalizedText {
  return localized(
    `没有一条记录有“${column}”的值：列名（JSON 记录为键名）是否写对？`,
    `no record had a value for "${column}": is the column (or the JSON key) named right?`,
  );
}
