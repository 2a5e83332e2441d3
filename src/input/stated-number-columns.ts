import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { batched, batchesOf } from './batched';
import { isIdHeader } from './id-header';
import type { InputItem, WrittenHeader } from './input-item';
import { keepOption, type OptionNaming } from './option-naming';
import { recordWhere, withErrors } from './record-where';
import {
  differsFromDefault,
  type NumberNames,
  numberNames,
  type StatedNumber,
  statedNumbers,
} from './stated-numbers';

/** What {@link statedNumberColumns} knows of the input besides its items (as the unread-value check does). */
export interface StatedNumberOptions {
  indicators: readonly IndicatorInfo[];
  /** The columns (or JSON keys) named with `--keep`: never looked at. */
  kept: readonly string[];
  /** A table's header once read; without one, each record's keys are looked at. */
  header?: () => WrittenHeader | undefined;
  /** How the messages name `--keep`. */
  naming?: OptionNaming;
}

/**
 * The items of an input, a record made invalid where a column that is not read and not kept gives, in its cell, a
 * number for an indicator the record leaves out and that would take its default (hostile-31 W7: `备注` = `氮 0.015`
 * on a rebar whose nitrogen takes 0, graded against the 0 its own row contradicts). Invalid rather than read: a
 * remark's figure may be in another unit (`氮 150ppm`) or say something else (a limit, a retest's), and the
 * indicator's own column is where a value is read from. The error (field: the indicator, code `missing`) names the
 * cell and tells to write the value in the indicator's column. A figure that is the default (`氮 0`) is let be, as
 * is a column headed as an id (`编号`: its figures are ids) and a kept one. A table's columns are sorted once, at
 * its header; JSON records are looked at key by key.
 *
 * @example
 * const checked = statedNumberColumns(items, { indicators: rebar.indicators, kept: [] });
 */
export function statedNumberColumns(
  items: AsyncIterable<InputItem>,
  options: StatedNumberOptions,
): AsyncIterable<InputItem> {
  const names = numberNames(options.indicators);
  if (!names) return items;
  const kept = new Set(options.kept);
  const fields = new Set(options.indicators.map((i) => i.name));
  return batched(async function* () {
    // Decided at the first batch, once the header is read: the candidate columns, or `null` for key by key.
    let columns: { key: string; column: string }[] | null | undefined;
    for await (const batch of batchesOf(items)) {
      if (batch.length === 0) {
        yield batch;
        continue;
      }
      if (columns === undefined) {
        const header = options.header?.();
        columns = header ? candidatesOf(header, fields, kept) : null;
      }
      if (columns === null || columns.length > 0)
        for (let i = 0; i < batch.length; i++)
          batch[i] = checked(batch[i]!, columns, names, fields, kept, options);
      yield batch;
    }
  });
}

/** A header's columns neither read nor kept nor headed as an id; none when every number indicator has a column. */
function candidatesOf(
  header: WrittenHeader,
  fields: ReadonlySet<string>,
  kept: ReadonlySet<string>,
): { key: string; column: string }[] {
  // Every number indicator may have a column and a row still leave its cell empty: the columns are looked at then.
  const out: { key: string; column: string }[] = [];
  header.fields.forEach((field, i) => {
    const column = header.cells[i] ?? field;
    if (field === '' || fields.has(field) || kept.has(field) || kept.has(column)) return;
    if (isIdHeader(column) || isIdHeader(field)) return;
    out.push({ key: field, column });
  });
  return out;
}

/** A record with an error for each number indicator it leaves out that one of its unread cells gives otherwise. */
function checked(
  item: InputItem,
  columns: readonly { key: string; column: string }[] | null,
  names: NumberNames,
  fields: ReadonlySet<string>,
  kept: ReadonlySet<string>,
  options: StatedNumberOptions,
): InputItem {
  if (!('record' in item)) return item;
  const record = item.record;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return item;
  const values = record as Record<string, unknown>;
  // `null` is JSON's "not stated": the default stands in, as for a key left out or an empty cell.
  const left = names.indicators.filter((i) => values[i.name] === undefined || values[i.name] === null);
  if (left.length === 0) return item;
  const cells =
    columns ??
    Object.keys(values)
      .filter((key) => !fields.has(key) && !kept.has(key) && !isIdHeader(key))
      .map((key) => ({ key, column: key }));
  let errors: RecordError[] | undefined;
  for (const { key, column } of cells) {
    const cell = values[key];
    if (typeof cell !== 'string') continue;
    for (const stated of statedNumbers(cell, names)) {
      if (!left.includes(stated.indicator) || !differsFromDefault(stated)) continue;
      if (errors?.some((e) => e.field === stated.indicator.name)) continue;
      const error = statedError(item, cell.trim(), column, stated, options.naming);
      errors = errors ? [...errors, error] : [error];
    }
  }
  return errors ? withErrors(item, errors) : item;
}

/**
 * "record 1 (line 2): column "备注" holds "氮 0.015", which gives nitrogen = 0.015, but the column is not read as
 * it: the record would be graded with its default 0. Write the value in the column "氮 N" (or nitrogen), in %; if
 * the remark says something else, keep it with --keep 备注".
 */
function statedError(
  item: Extract<InputItem, { record: unknown }>,
  cell: string,
  column: string,
  stated: StatedNumber,
  naming: OptionNaming | undefined,
): RecordError {
  const where = recordWhere(item);
  const ind = stated.indicator;
  const { name } = ind;
  const [shownCell, shownColumn] = [cutShort(cell), cutShort(column)];
  const figure = stated.unit === undefined ? String(stated.value) : `${stated.value} ${stated.unit}`;
  const whole = stated.text === cell.normalize('NFKC').trim();
  const which = whole
    ? localized(`即 ${name} = ${figure}`, `which gives ${name} = ${figure}`)
    : localized(
        `其中“${cutShort(stated.text)}”即 ${name} = ${figure}`,
        `whose part "${cutShort(stated.text)}" gives ${name} = ${figure}`,
      );
  const unit =
    ind.unit === undefined ? localized('', '') : localized(`，单位为 ${ind.unit}`, `, in ${ind.unit}`);
  const keep = naming === 'studio' ? undefined : keepOption(naming, column);
  const other = keep
    ? localized(
        `；如果它说的是别的，请用 ${keep} 保留它`,
        `; if it says something else, keep it with ${keep}`,
      )
    : localized('', '');
  const shownDefault = String(ind.default);
  return {
    field: name,
    code: 'missing',
    message: localized(
      `${where.zh}的“${shownColumn}”列是“${shownCell}”，${which.zh}，但该列没有作为它读取：该记录会按其默认值 ${shownDefault} 评级。请把该数值写在“${ind.label.zh}”列（或 ${name}）中${unit.zh}${other.zh}`,
      `${where.en}: column "${shownColumn}" holds "${shownCell}", ${which.en}, but the column is not read as it: the record would be graded with its default ${shownDefault}. Write the value in a column headed "${ind.label.zh}" (or ${name})${unit.en}${other.en}`,
    ),
  };
}
