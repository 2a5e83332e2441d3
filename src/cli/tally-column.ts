import { type ColumnReader, columnReader } from '../input/column-value';
import type { InputItem } from '../input/input-item';
import type { RecordSource } from '../input/read-records';

/**
 * The reader of the `--tally-by` column of `grade` and `compare`, if one is
 * named: the column as the file heads it or as the field it maps to, checked
 * against the header as soon as the header is read.
 *
 * @param column - the `--tally-by` value as given (trimmed here)
 * @example
 * const tally = tallyReader(options.tallyBy, source);
 * const producer = tally?.value(item);
 */
export function tallyReader(column: string | undefined, source: RecordSource): ColumnReader | undefined {
  if (column === undefined) return undefined;
  const reader = columnReader('--tally-by', column.trim(), source.header);
  // A header read ahead (to find the sample-id column) shows a misspelt column before any output.
  reader.check();
  return reader;
}

/**
 * The items as they are, each shown to `see` as it passes: how a command
 * reads each record's `--tally-by` value on its way to the grader, to find
 * it again by row when the result comes back.
 *
 * @example
 * const groups = new Map<number, string>();
 * const items = tapItems(source.items, (item) => groups.set(item.row, tally.value(item)));
 */
export async function* tapItems(
  items: AsyncIterable<InputItem>,
  see: (item: InputItem) => void,
): AsyncGenerator<InputItem> {
  for await (const item of items) {
    see(item);
    yield item;
  }
}
