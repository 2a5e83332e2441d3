import { BlankBelowValues } from '../input/blank-below-values';
import { type ColumnReader, columnField, columnReader, columnValue } from '../input/column-value';
import type { InputItem } from '../input/input-item';
import type { RecordSource } from '../input/read-records';
import { FoldedKeys } from './folded-keys';
import type { KeySpellings } from './group-key-spellings';
import { InvisibleInKeys } from './invisible-key-notice';

/**
 * The reader of the `--tally-by` column of `grade` and `compare`, if one is
 * named: the column as the file heads it or as the field it maps to, checked
 * against the header as soon as the header is read.
 *
 * @param column - the `--tally-by` value as given (trimmed here)
 * @param name - names a value for its group (an enum's spellings as one: {@link tallyValueName}); by default the text
 * @example
 * const tally = tallyReader(options.tallyBy, source);
 * const producer = tally?.value(item);
 * const notice = tally && fillDownNotice('--tally-by', '生产企业', tally.blanks);
 */
export function tallyReader(
  column: string | undefined,
  source: RecordSource,
  name?: (field: string, text: string) => string,
): TallyReader | undefined {
  if (column === undefined) return undefined;
  const trimmed = column.trim();
  const reader = columnReader('--tally-by', trimmed, source.header);
  // A header read ahead (to find the sample-id column) shows a misspelt column before any output.
  reader.check();
  const blanks = new BlankBelowValues();
  const invisible = new InvisibleInKeys();
  const keys = new FoldedKeys();
  let field: string | undefined;
  return {
    value(item) {
      // A U+200B pasted after a producer's name counts it apart from the same name without it (hostile-33 F0c).
      const value = invisible.see(reader.value(item), item.row);
      blanks.see(value, 'unreadable' in item);
      if (value === '') return value;
      field ??= name ? (columnField(trimmed, source.header?.()) ?? trimmed) : undefined;
      // Values that differ only in full-width forms or spaces are one group, as --group-by pools them (hostile-36 F3).
      return keys.key(name ? name(field!, value) : value);
    },
    check: () => reader.check(),
    blanks,
    invisible,
    spellings: keys.spellings,
  };
}

/**
 * The readers of every `--tally-by` column, in the order given. The records carry every
 * column's cells as written (`openRecords`' `writtenColumns`): each tally shows what the sheet
 * says (`是`, not the `true` its indicator reads; an enum's value still named by {@link tallyValueName}).
 *
 * @example
 * const readers = tallyReaders(['生产企业', '省份'], source);
 * const values = readers.map((r) => r.value(item));
 */
export function tallyReaders(
  columns: readonly string[],
  source: RecordSource,
  name?: (field: string, text: string) => string,
): TallyReader[] {
  return columns.map((column) => tallyReader(column, source, name)!);
}

/** The `--tally-by` column's reader, watching for cells left blank below a value as it reads (see {@link fillDownNotice}). */
export interface TallyReader extends ColumnReader {
  /** The values read so far, in input order: call {@link ColumnReader.value} once per item, in order. */
  readonly blanks: BlankBelowValues;
  /** The zero-width characters removed from the values read so far, and where. */
  readonly invisible: InvisibleInKeys;
  /** Values counted under another spelling of theirs (full-width forms, spaces), for a notice. */
  readonly spellings: KeySpellings;
}

/**
 * The items as they are, each one's value in the `--group-by` column shown
 * to `blanks` as it passes (a column the header lacks is left to the
 * grouping to refuse): how `--group-by` finds names written once per block,
 * and (`invisible`) keys with a zero-width character the grouping leaves out.
 */
export function watchColumn(
  items: AsyncIterable<InputItem>,
  column: string,
  source: Pick<RecordSource, 'header'>,
  blanks: BlankBelowValues,
  invisible?: InvisibleInKeys,
): AsyncIterable<InputItem> {
  let field: string | undefined;
  let known = false;
  return tapItems(items, (item) => {
    if (!known) {
      const header = source.header?.();
      known = header !== undefined;
      field = columnField(column, header);
    }
    const value = columnValue(item, field, column);
    blanks.see(invisible ? invisible.see(value, item.row) : value, 'unreadable' in item);
  });
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

/**
 * Commander's collector of `--tally-by`, which may be given more than once: one table per column,
 * in the order given (committee-24 F9). Trimmed, as headers are; a column named twice is counted once.
 *
 * @example
 * command.option('--tally-by <column>', '…', addTallyColumn);
 */
export function addTallyColumn(value: string, previous: string[] | undefined): string[] {
  const column = value.trim();
  const list = previous ?? [];
  return list.includes(column) ? list : [...list, column];
}
