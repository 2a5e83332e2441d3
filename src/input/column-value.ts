import { UsageError } from '../errors/usage-error';
import { closestTies } from '../text/closest-name';
import { namesMeant } from '../text/did-you-mean';
import { foldLabel } from '../text/fold-label';
import { localized } from '../text/localized-text';
import { listShort, listShortZh } from '../text/name-list';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { splitHeaderUnit } from './header-unit';
import type { InputItem, WrittenHeader } from './input-item';

/**
 * The field the column `name` gives: itself, or what the header's column of
 * that name is read as (`强度等级` read as `strengthClass`).
 *
 * @example
 * columnField('强度等级', { cells: ['强度等级'], fields: ['strengthClass'] }); // 'strengthClass'
 */
export function columnField(name: string, header: WrittenHeader | undefined): string | undefined {
  if (!header) return undefined;
  const i = namedColumnAt(name, header.cells);
  if (i < 0) return name;
  return header.fields[i] || header.cells[i];
}

/**
 * The column a name given on the command line (`--tally-by 公称直径`) heads: the header cell written so, else the one
 * cell that reads so without the unit after it (`公称直径(mm)`, `公称直径/mm`, as an indicator's header is matched
 * with its label), when exactly one does (committee-35 M5: the exact header had to be typed); -1 for none.
 *
 * @param cells - the header's cells, trimmed
 * @example
 * namedColumnAt('公称直径', ['牌号', '公称直径(mm)']); // 1
 */
export function namedColumnAt(name: string, cells: readonly string[]): number {
  const i = cells.indexOf(name);
  if (i >= 0 || name === '') return i;
  const wanted = foldLabel(name);
  let found = -1;
  for (const [j, cell] of cells.entries()) {
    const text = splitHeaderUnit(
      cell,
      (label) => (label === wanted ? label : undefined),
      () => 'same',
    );
    if (text === undefined) continue;
    if (found >= 0) return -1;
    found = j;
  }
  return found;
}

/**
 * The indices of the columns `names` name (each as the header writes it, else
 * as the field it gives; the first such column), those read as an indicator,
 * in the order named, each once. A reader carries those columns' cells as
 * written in each item (`written`, by field), as `--tally-by` and
 * `--group-by` show them: the indicator reads `是` and `合格` both as `true`,
 * and a sheet says `是`. Every `--tally-by` column is one (not only the first).
 *
 * @param cells - the header's cells, trimmed
 * @param fields - the field each column gives (`''` for none)
 * @param indicator - whether the column at an index is read as an indicator, alone (specimens in several
 *   columns gathered into one list are the list's JSON text, as before)
 * @example
 * writtenColumnsAt(['风冷式', '型号'], ['型号', '风冷式'], ['型号', 'airCooled'], (i) => i === 1); // [1]
 */
export function writtenColumnsAt(
  names: readonly string[] | undefined,
  cells: readonly string[],
  fields: readonly string[],
  indicator: (index: number) => boolean,
): number[] {
  const out: number[] = [];
  for (const name of names ?? []) {
    if (name === '') continue;
    let i = namedColumnAt(name, cells);
    if (i < 0 || fields[i] === '') i = fields.indexOf(name);
    if (i >= 0 && indicator(i) && !out.includes(i)) out.push(i);
  }
  return out;
}

/**
 * The cells of the written columns ({@link writtenColumnsAt}) of a row, by field: an item's `written`;
 * `undefined` when there are none.
 *
 * @param cell - the cell at a column as written, trimmed
 * @example
 * writtenCells([4], ['型号', '', '', '', 'airCooled'], (i) => ['K1', '', '', '', '是'][i]!); // { airCooled: '是' }
 */
export function writtenCells(
  at: readonly number[],
  fields: readonly string[],
  cell: (index: number) => string | undefined,
): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const i of at) {
    const text = cell(i);
    if (text === undefined) continue;
    out ??= {};
    out[fields[i]!] = text;
  }
  return out;
}

/** Whether a header has a column `name`, as written or as the field it gives. */
export function headerHasColumn(header: WrittenHeader, name: string): boolean {
  return namedColumnAt(name, header.cells) >= 0 || header.fields.includes(name);
}

/**
 * An item's value in a column named on the command line (`--group-by`,
 * `--tally-by`), as trimmed text: from the record (an indicator, or any other
 * column it holds), else from its kept columns; `''` when it has none (a
 * blank cell, null, no such field, a row none of whose cells can be read: an
 * unclosed quote). A row that cannot be read as a record (a cell too many or
 * too few) gives the cell it has there, as its kept values do. A JSON list or
 * object is its JSON text (`[1,2]`, `{"a":1}`): a record that holds a value is
 * not counted with those that hold none. A column read as an indicator gives
 * its cell as written (`written`, see {@link writtenColumnsAt}), not the
 * converted value: the item is read with this column among its `writtenColumns`.
 *
 * @param field - the field the column gives ({@link columnField}), when the header is known
 */
export function columnValue(item: InputItem, field: string | undefined, column: string): string {
  // A row that cannot be read as a record is read by the cells it still has, as its kept values are (a CSV row
  // with a cell too many): never by the row above's (hostile-39 W1).
  const record = 'record' in item ? item.record : item.texts;
  const name = field ?? column;
  // The cell as the sheet writes it (`是`, `合格`), not as its indicator reads it (`true` for both).
  const { written } = item;
  if (written && Object.hasOwn(written, name)) return written[name]!;
  const value =
    record && typeof record === 'object' && Object.hasOwn(record, name)
      ? (record as Record<string, unknown>)[name]
      : (item.kept?.[name] ?? item.kept?.[column]);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : '';
}

/**
 * The input has no column `column` at all: the columns it has, and the
 * closest, as a `--keep` mistake says.
 *
 * @param option - the option that named it, e.g. `--group-by`
 */
export function noSuchColumn(option: string, column: string, columns: readonly string[]): UsageError {
  // Names from the command line and a header, shown on one line, cut short: a header may be anything.
  const show = (name: string) => safeLine(cutShort(name));
  const near = closestTies(column, columns);
  const hint = near.length > 0 ? near : closestWithoutUnit(column, columns);
  const meant = namesMeant(hint.map(show));
  const shown = columns.map(show);
  return new UsageError(
    localized(
      `${option} ${show(column)}：输入中没有“${show(column)}”列${hint.length > 0 ? `，是否要写${meant.zh}？` : ''}${shown.length ? `（输入的列有${listShortZh(shown)}）` : ''}`,
      `${option} ${show(column)}: the input has no column "${show(column)}"${hint.length > 0 ? `; did you mean ${meant.en}?` : ''}${shown.length ? ` (its columns: ${listShort(shown)})` : ''}`,
    ),
  );
}

/**
 * The columns whose header, without the unit after it, is closest to `name` (all equally close): `公称直径(mm)` for
 * `公称直径 d` or `公称直经` (committee-35 M5: no column was suggested, the unit making the whole header too far).
 */
function closestWithoutUnit(name: string, columns: readonly string[]): string[] {
  const texts = new Map<string, string>();
  for (const cell of columns) {
    const text = splitHeaderUnit(
      cell,
      (label) => label,
      () => 'same',
    )?.text;
    if (text !== undefined && !texts.has(text)) texts.set(text, cell);
  }
  const whole = closestTies(foldLabel(name), texts.keys());
  const near = whole.length > 0 ? whole : closestTies(foldLabel(name).replace(/\s+\S+$/u, ''), texts.keys());
  return near.map((text) => texts.get(text)!);
}

/**
 * Reads one column of every item (`--tally-by`): the value as
 * {@link columnValue} gives it, the column looked up in the header once the
 * header is read, and a column the header lacks a usage error.
 */
export interface ColumnReader {
  /** The item's value in the column; `''` for none. */
  value(item: InputItem): string;
  /**
   * Checks the column against the header if it has been read (and does nothing before): call it once the
   * input is open, to fail before any output, and at the end, for an input with a header and no row.
   */
  check(): void;
}

/**
 * A {@link ColumnReader} for a column named by `option`.
 *
 * @param header - the input's header once read, for a column named as the file heads it
 * @example
 * const producer = columnReader('--tally-by', '生产企业', source.header);
 * for await (const item of source.items) counts.add(producer.value(item));
 */
export function columnReader(
  option: string,
  column: string,
  header?: () => WrittenHeader | undefined,
): ColumnReader {
  let field: string | undefined;
  let checked = false;
  const check = () => {
    const known = header?.();
    if (!known) return;
    checked = true;
    if (!headerHasColumn(known, column)) throw noSuchColumn(option, column, known.cells);
    field = columnField(column, known);
  };
  return {
    value(item) {
      if (!checked) check();
      return columnValue(item, field, column);
    },
    check() {
      if (!checked) check();
    },
  };
}
