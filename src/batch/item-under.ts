import type { InputItem } from '../input/input-item';

/**
 * The names only `other` has, of two rule sets' indicators: the fields a
 * record read for both carries for the other one only.
 *
 * @example
 * onlyOther(a.indicators, b.indicators); // Set { 'chromium6' } where only B has chromium6
 */
export function onlyOther(
  own: readonly { readonly name: string }[],
  other: readonly { readonly name: string }[],
): ReadonlySet<string> {
  const mine = new Set(own.map((i) => i.name));
  return new Set(other.map((i) => i.name).filter((n) => !mine.has(n)));
}

/**
 * An item read once for two rule sets (`qgrade compare`, the studio's
 * comparison), as one of them reads it: without the conversion errors of
 * `otherOnly`, the fields only the other rule set reads. A cell "未检" in a
 * column only B reads is B's problem; under A the column is text A does not
 * read, as `qgrade grade -r A` leaves it. The item itself when nothing is dropped.
 *
 * @example
 * itemUnder({ row: 1, record, conversionErrors: [{ field: 'chromium6', … }] }, new Set(['chromium6']));
 * // { row: 1, record }
 */
export function itemUnder(item: InputItem, otherOnly: ReadonlySet<string>): InputItem {
  if (!('record' in item) || item.conversionErrors === undefined || otherOnly.size === 0) return item;
  const errors = item.conversionErrors.filter((e) => !otherOnly.has(e.field));
  if (errors.length === item.conversionErrors.length) return item;
  const { conversionErrors: _dropped, ...rest } = item;
  return errors.length === 0 ? rest : { ...rest, conversionErrors: errors };
}
