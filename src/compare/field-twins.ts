import { itemUnder, onlyOther } from '../batch/item-under';
import { mapOption } from '../input/column-mapping';
import type { InputItem } from '../input/input-item';
import type { IndicatorInfo } from '../resolve/rule-set';
import type { LocalizedText } from '../text/localized-text';

/**
 * One measured value that two rule sets name differently: indicator `a` of
 * rule set A and `b` of rule set B (an indicator renamed between editions).
 * A record that gives one of them gives the other too, under the rule set
 * that asks for it.
 *
 * @example
 * const twin: FieldTwin = { a: 'compressive28d', b: 'strength28d' };
 */
export interface FieldTwin {
  /** The indicator's name in rule set A (B has no indicator of that name). */
  a: string;
  /** Its name in rule set B (A has no indicator of that name). */
  b: string;
  /** Why they are one value: the label they share, or the column `--map` maps to both. */
  by?: { label: LocalizedText } | { column: string };
}

/**
 * The indicators renamed between A and B with the same label: each pair of
 * an indicator only A has and one only B has, with the same Chinese or
 * English label, type and unit. A column headed with that label (or a field
 * of either name) is read as the one under A and as the other under B. A
 * label shared by more than one such indicator on a side pairs none.
 *
 * @example
 * labelTwins(a.indicators, b.indicators); // [{ a: 'compressive28d', b: 'strength28d' }]
 */
export function labelTwins(a: readonly Measure[], b: readonly Measure[]): FieldTwin[] {
  const inA = new Set(a.map((i) => i.name));
  const inB = new Set(b.map((i) => i.name));
  const onlyA = a.filter((i) => !inB.has(i.name));
  const onlyB = b.filter((i) => !inA.has(i.name));
  const twins: FieldTwin[] = [];
  for (const x of onlyA) {
    const matches = onlyB.filter((y) => sameMeasure(x, y));
    if (matches.length !== 1) continue;
    const y = matches[0]!;
    // One to one only: another indicator of A with the same label makes the column ambiguous.
    if (onlyA.filter((z) => sameMeasure(z, y)).length !== 1) continue;
    const label = x.label.zh === y.label.zh ? x.label.zh : x.label.en;
    twins.push({ a: x.name, b: y.name, by: { label: { zh: label, en: label } } });
  }
  return twins;
}

/** What {@link labelTwins} compares of an indicator. */
type Measure = Pick<IndicatorInfo, 'name' | 'type' | 'label' | 'unit' | 'specimens'>;

function sameMeasure(x: Measure, y: Measure): boolean {
  const label = x.label.zh === y.label.zh || x.label.en === y.label.en;
  return label && x.type === y.type && (x.unit ?? '') === (y.unit ?? '') && x.specimens === y.specimens;
}

/**
 * The item each rule set grades, of an item read once for both: under A, a
 * record that gives `b` and not `a` gives its value as `a` too (and a cell
 * of it that could not be converted is reported as `a`'s); under B the
 * other way round. Each side then keeps only the conversion errors of the
 * fields it reads ({@link itemUnder}): a cell "未检" in a column only B reads
 * makes the record invalid under B, not under A, as `qgrade grade` on the
 * same file says. Without twins or such errors, the item itself.
 *
 * @example
 * const side = sideItems([{ a: 'compressive28d', b: 'strength28d' }], a.indicators, b.indicators);
 * side.a({ row: 1, record: { strength28d: 49.2 } }); // { row: 1, record: { strength28d: 49.2, compressive28d: 49.2 } }
 */
export function sideItems(
  twins: readonly FieldTwin[],
  a: readonly Pick<IndicatorInfo, 'name'>[],
  b: readonly Pick<IndicatorInfo, 'name'>[],
  unread: SideUnread = NONE_UNREAD,
): {
  a: (item: InputItem) => InputItem;
  b: (item: InputItem) => InputItem;
} {
  const onlyB = onlyOther(a, b);
  const onlyA = onlyOther(b, a);
  const underA = twins.map((t) => ({ from: t.b, to: t.a }));
  const underB = twins.map((t) => ({ from: t.a, to: t.b }));
  const readA = unread.read?.a ?? same;
  const readB = unread.read?.b ?? same;
  return {
    a: (item) => itemUnder(copyFields(dropFields(readA(item), unread.a), underA), onlyB),
    b: (item) => itemUnder(copyFields(dropFields(readB(item), unread.b), underB), onlyA),
  };
}

/**
 * The fields, by the names of the reading for both, that a side does not read from the input's header
 * (see `sideUnread`): its records go without them, as `qgrade grade` with that rule set alone reads them.
 */
export interface SideUnread {
  a: ReadonlySet<string>;
  b: ReadonlySet<string>;
  /** What each side reads of an item otherwise than the reading for both, first (`sideReading`: hostile-24 W13). */
  read?: SideRead;
}

/**
 * What one side reads of an item otherwise than the reading for both: applied to the item before it is split
 * for that side ({@link sideItems}).
 */
export interface SideRead {
  a: (item: InputItem) => InputItem;
  b: (item: InputItem) => InputItem;
}

const same = (item: InputItem) => item;

const NONE_UNREAD: SideUnread = { a: new Set(), b: new Set() };

/** The item without the fields `unread` (and their conversion errors); the item itself when it has none of them. */
function dropFields(item: InputItem, unread: ReadonlySet<string>): InputItem {
  if (unread.size === 0 || !('record' in item)) return item;
  const record = item.record;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return item;
  const fields = record as Record<string, unknown>;
  if (![...unread].some((f) => Object.hasOwn(fields, f))) return item;
  const kept = Object.fromEntries(Object.entries(fields).filter(([k]) => !unread.has(k)));
  const { conversionErrors, ...rest } = item;
  const errors = conversionErrors?.filter((e) => !unread.has(e.field));
  return errors?.length ? { ...rest, record: kept, conversionErrors: errors } : { ...rest, record: kept };
}

function copyFields(item: InputItem, copies: readonly { from: string; to: string }[]): InputItem {
  if (!('record' in item)) return item;
  const record = item.record;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return item;
  const fields = record as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  let errors = item.conversionErrors;
  for (const { from, to } of copies) {
    if (!Object.hasOwn(fields, from) || Object.hasOwn(fields, to)) continue;
    copy ??= { ...fields };
    copy[to] = fields[from];
    if (errors?.some((e) => e.field === from))
      errors = errors.map((e) => (e.field === from ? { ...e, field: to } : e));
  }
  if (!copy) return item;
  const twin: InputItem = { ...item, record: copy };
  if (errors) twin.conversionErrors = errors;
  return twin;
}

/**
 * `--map` texts with the twins they declare: a column mapped (`--map
 * col=a --map col=b`) to an indicator only A has and one only B has gives
 * both, as one twin; the maps keep `col=a` only (the column is read, and
 * converted, as A's). Any other pair of maps of one column is left for the
 * mapping to refuse.
 *
 * @example
 * mapTwins(['28 天=compressive28d', '28 天=strength28d'], a.indicators, b.indicators);
 * // { maps: ['28 天=compressive28d'], twins: [{ a: 'compressive28d', b: 'strength28d', by: { column: '28 天' } }] }
 */
export function mapTwins(
  maps: readonly string[],
  a: readonly Pick<IndicatorInfo, 'name'>[],
  b: readonly Pick<IndicatorInfo, 'name'>[],
): { maps: string[]; twins: FieldTwin[] } {
  const inA = new Set(a.map((i) => i.name));
  const inB = new Set(b.map((i) => i.name));
  const fields = new Map<string, Set<string>>();
  for (const m of maps) {
    const { column, field } = mapOption(m);
    if (column === '' || field === '') continue;
    const set = fields.get(column) ?? new Set();
    set.add(field);
    fields.set(column, set);
  }
  const twins: FieldTwin[] = [];
  const dropped = new Set<string>();
  for (const [column, set] of fields) {
    if (set.size !== 2) continue;
    const [x, y] = [...set] as [string, string];
    const onlyA = (f: string) => inA.has(f) && !inB.has(f);
    const onlyB = (f: string) => inB.has(f) && !inA.has(f);
    const pair = onlyA(x) && onlyB(y) ? [x, y] : onlyA(y) && onlyB(x) ? [y, x] : undefined;
    if (!pair) continue;
    twins.push({ a: pair[0]!, b: pair[1]!, by: { column } });
    dropped.add(`${column}\u0000${pair[1]}`);
  }
  const kept = maps.filter((m) => {
    const { column, field } = mapOption(m);
    return !dropped.has(`${column}\u0000${field}`);
  });
  return { maps: kept, twins };
}
