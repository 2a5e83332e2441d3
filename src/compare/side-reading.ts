import { batched, batchesOf } from '../input/batched';
import { convertCell } from '../input/convert-value';
import type { InputFormat, InputItem, WrittenHeader } from '../input/input-item';
import { unreadCellsStage } from '../input/unread-cells';
import { unreadValueColumns } from '../input/unread-value-columns';
import type { RecordError } from '../model/grade-result';
import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import type { FieldTwin, SideRead } from './field-twins';

/**
 * The boolean indicators A and B both have (by one name) whose cells the two read differently: other value
 * labels or aliases (1.1.6 reads `风冷` as yes on 风冷式, 1.1.5 refuses it), another requirement (`meets`: a
 * verdict `合格` read under one only), another label (a negation, `有`/`无` refused). Their cells are read for
 * both as text ({@link textRead}) and converted by each side with its own indicator ({@link sideReading}), as
 * `qgrade grade` with that rule set alone converts them (hostile-24 W13).
 *
 * @example
 * splitBooleans(a.indicators, b.indicators).map((p) => p.a.name); // ['airCooled']
 */
export function splitBooleans(
  a: readonly IndicatorInfo[],
  b: readonly IndicatorInfo[],
): { a: IndicatorInfo; b: IndicatorInfo }[] {
  const inB = new Map(b.map((i) => [i.name, i]));
  const pairs: { a: IndicatorInfo; b: IndicatorInfo }[] = [];
  for (const ia of a) {
    const ib = inB.get(ia.name);
    if (ia.type !== 'boolean' || ib?.type !== 'boolean') continue;
    if (!readAlike(ia, ib)) pairs.push({ a: ia, b: ib });
  }
  return pairs;
}

function readAlike(a: IndicatorInfo, b: IndicatorInfo): boolean {
  const spelled = (i: IndicatorInfo) =>
    JSON.stringify([...(valueSpellingsOf(i) ?? new Map())].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return (
    a.meets === b.meets &&
    a.required === b.required &&
    a.label.zh === b.label.zh &&
    a.label.en === b.label.en &&
    a.specimens === b.specimens &&
    spelled(a) === spelled(b)
  );
}

/**
 * The indicators the input is read with for both, the booleans of {@link splitBooleans} as text: their cells
 * reach each side as written, for it to convert.
 */
export function textRead(
  both: readonly IndicatorInfo[],
  split: readonly { a: IndicatorInfo }[],
): IndicatorInfo[] {
  if (split.length === 0) return [...both];
  const names = new Set(split.map((p) => p.a.name));
  return both.map((i) => (names.has(i.name) ? { ...i, type: 'string' } : i));
}

/** What {@link sideReading} needs of the input besides its items. */
export interface SideReadingOptions {
  /** The indicators the input was read with ({@link textRead}). */
  both: readonly IndicatorInfo[];
  a: readonly IndicatorInfo[];
  b: readonly IndicatorInfo[];
  twins: readonly FieldTwin[];
  split: readonly { a: IndicatorInfo; b: IndicatorInfo }[];
  format: InputFormat;
  kept: readonly string[];
  /** The columns the user named to be kept (`--keep`), never looked at for a remark's unit, as `grade` lets them be. */
  namedKept?: readonly string[];
  header?: () => WrittenHeader | undefined;
  /** Field → what B's value is multiplied by, A and B reading it in units that convert (`bUnitFactors`). */
  factors?: ReadonlyMap<string, number>;
}

/**
 * Each side's reading of the items read once for both, as `qgrade grade -r A` and `grade -r B` read the file
 * (hostile-24 W13): the cells of a boolean the two read differently converted by each side's indicator, and the
 * check of unread columns (`机型` = 移动式 where no column gives unitConfiguration; `冷却方式` = 水冷) made with each
 * side's indicators and labels, not those of the reading for both (A's). The items pass on with the reading for
 * both's unread-column errors taken off; `read` gives each side its own.
 */
export function sideReading(
  items: AsyncIterable<InputItem>,
  options: SideReadingOptions,
): { items: AsyncIterable<InputItem>; read: SideRead } {
  const check = (indicators: readonly IndicatorInfo[]) => (stream: AsyncIterable<InputItem>) =>
    unreadValueColumns(stream, {
      indicators,
      kept: options.kept,
      ...(options.header ? { header: options.header } : {}),
    });
  // B's indicators by the names the reading for both gives their values (a twin by A's name).
  const toA = new Map(options.twins.map((t) => [t.b, t.a]));
  const bRead = options.b.map((i) => (toA.has(i.name) ? { ...i, name: toA.get(i.name)! } : i));
  // Row → the unread-column errors each side finds; taken when the item is split for B.
  const found = new Map<number, { a: RecordError[]; b: RecordError[] }>();
  const base = new Map<number, RecordError[] | undefined>();
  const start = (batch: InputItem[]) => {
    for (const item of batch) if ('record' in item) base.set(item.row, item.conversionErrors);
  };
  // The errors a check added to each item, handed to `take`; the item as it was passed on.
  const added = (stream: AsyncIterable<InputItem>, take: (row: number, errors: RecordError[]) => void) =>
    batched(async function* () {
      for await (const batch of batchesOf(stream)) {
        yield batch.map((item): InputItem => {
          if (!('record' in item)) return item;
          const before = base.get(item.row);
          const n = before?.length ?? 0;
          const after = item.conversionErrors ?? [];
          if (after.length === n) return item;
          take(item.row, after.slice(n));
          const { conversionErrors: _e, ...rest } = item;
          return before ? { ...rest, conversionErrors: before } : rest;
        });
      }
    });
  const entry = (row: number) => {
    let e = found.get(row);
    if (!e) {
      e = { a: [], b: [] };
      found.set(row, e);
    }
    return e;
  };
  const started = batched(async function* () {
    for await (const batch of batchesOf(items)) {
      start(batch);
      yield batch;
    }
  });
  // The reading for both made its check with its indicators: the same check again finds those errors, which
  // are taken off the items (each side's own are given by `read`).
  const again = added(check(options.both)(started), (row, errors) => {
    const mine = base.get(row) ?? [];
    const left = [...mine];
    for (const e of errors) {
      const i = left.findIndex(
        (x) => x.field === e.field && x.code === e.code && x.message.en === e.message.en,
      );
      if (i >= 0) left.splice(i, 1);
    }
    base.set(row, left.length > 0 ? left : undefined);
  });
  // `again` passed the item with the errors it had (the both-reading's); pass it on without them.
  const stripped = batched(async function* () {
    for await (const batch of batchesOf(again)) {
      yield batch.map((item): InputItem => {
        if (!('record' in item)) return item;
        const left = base.get(item.row);
        if ((item.conversionErrors?.length ?? 0) === (left?.length ?? 0)) return item;
        const { conversionErrors: _e, ...rest } = item;
        return left ? { ...rest, conversionErrors: left } : rest;
      });
    }
  });
  const underA = added(check(options.a)(stripped), (row, errors) => entry(row).a.push(...errors));
  const underB = added(check(bRead)(underA), (row, errors) => entry(row).b.push(...errors));
  // A unit stated in the record's remark (`制冷量单位 Btu/h`) against each side's indicator, as `grade` reads it
  // after the unread columns: the input was read without it (remarkUnitsBySide).
  const units = (indicators: readonly IndicatorInfo[]) => (stream: AsyncIterable<InputItem>) =>
    unreadCellsStage(stream, {
      indicators,
      kept: options.namedKept ?? [],
      ...(options.header ? { header: options.header } : {}),
      remarkUnits: true,
      statedNumbers: false,
    });
  const unitsA = added(units(options.a)(underB), (row, errors) => entry(row).a.push(...errors));
  const unitsB = added(units(bRead)(unitsA), (row, errors) => entry(row).b.push(...errors));
  const done = batched(async function* () {
    for await (const batch of batchesOf(unitsB)) {
      for (const item of batch) base.delete(item.row);
      yield batch;
    }
  });
  // Only a table's cells were converted by the reader; a JSON record holds its values as written, for the grader.
  const table = options.format !== 'json' && options.format !== 'ndjson';
  const convertA = table ? options.split.map((p) => p.a) : [];
  const convertB = table ? options.split.map((p) => p.b) : [];
  const side =
    (which: 'a' | 'b', indicators: readonly IndicatorInfo[]) =>
    (item: InputItem): InputItem => {
      if (!('record' in item)) return item;
      const errors = found.get(item.row)?.[which];
      if (which === 'b') found.delete(item.row);
      const cells = convertCells(item, indicators);
      const converted = which === 'b' ? scaleFields(cells, options.factors) : cells;
      if (!errors || errors.length === 0 || !('record' in converted)) return converted;
      return { ...converted, conversionErrors: [...(converted.conversionErrors ?? []), ...errors] };
    };
  return { items: done, read: { a: side('a', convertA), b: side('b', convertB) } };
}

/** The item with its text cells of `indicators` converted by them, as the reader converts a cell (a refused one stays its text). */
function convertCells(
  item: Extract<InputItem, { record: unknown }>,
  indicators: readonly IndicatorInfo[],
): InputItem {
  if (indicators.length === 0) return item;
  const record = item.record;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return item;
  const fields = record as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  let errors = item.conversionErrors;
  for (const ind of indicators) {
    const text = fields[ind.name];
    if (typeof text !== 'string') continue;
    copy ??= { ...fields };
    const cell = convertCell(text, ind);
    if (cell === undefined) delete copy[ind.name];
    else {
      copy[ind.name] = cell.value;
      if (cell.error) errors = [...(errors ?? []), cell.error];
    }
  }
  if (!copy) return item;
  const out: InputItem = { ...item, record: copy };
  if (errors) out.conversionErrors = errors;
  return out;
}

/**
 * The item with the numbers of the fields in `factors` multiplied by their factor (a specimen list number by
 * number, a plain decimal string too), to 15 significant digits as a double holds a decimal (0.045 % × 10 = 0.45 ‰, not 0.44999…).
 */
function scaleFields(item: InputItem, factors: ReadonlyMap<string, number> | undefined): InputItem {
  if (!factors || factors.size === 0 || !('record' in item)) return item;
  const record = item.record;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return item;
  const fields = record as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  // A JSON record's number may be a string, which the grader reads later: a plain decimal is scaled too.
  const scale = (v: unknown, f: number): unknown =>
    typeof v === 'number' && Number.isFinite(v)
      ? Number((v * f).toPrecision(15))
      : typeof v === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/u.test(v)
        ? Number((Number(v) * f).toPrecision(15))
        : Array.isArray(v)
          ? v.map((x) => scale(x, f))
          : v;
  for (const [field, factor] of factors) {
    if (!Object.hasOwn(fields, field)) continue;
    copy ??= { ...fields };
    copy[field] = scale(fields[field], factor);
  }
  return copy ? { ...item, record: copy } : item;
}
