/**
 * One walk over each record's unread text cells — the cells of columns (or
 * JSON keys) neither read as an indicator nor kept — for the two readings of
 * them that make a record invalid: a number a remark gives for a defaulted
 * indicator the record leaves out (`statedNumberReading`: `氮 0.015`) and a
 * unit a remark states for an indicator the record gives
 * (`remarkUnitReading`: `制冷量单位 Btu/h`). Each used to sort the header and
 * walk every record's cells on its own.
 *
 * @module
 */

import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { batched, batchesOf } from './batched';
import { isIdHeader } from './id-header';
import type { InputItem, WrittenHeader } from './input-item';
import type { OptionNaming } from './option-naming';
import { withErrors } from './record-where';
import { remarkUnitReading } from './remark-units';
import { statedNumberReading } from './stated-number-columns';
import { unitKeyOwner } from './unit-key-owner';

/** What {@link unreadCells} knows of the input besides its items. */
export interface UnreadCellOptions {
  indicators: readonly IndicatorInfo[];
  /** The columns (or JSON keys) named with `--keep`: never looked at. */
  kept: readonly string[];
  /** A table's header once read; without one, each record's keys are looked at. */
  header?: () => WrittenHeader | undefined;
  /** How the messages name `--keep`. */
  naming?: OptionNaming;
  /** Whether a remark's unit is read too (`remarkUnitReading`); `qgrade compare`'s reading for both sides does not. */
  remarkUnits?: boolean;
  /** `false`: a number a cell states is not read (`qgrade compare` reads a remark's unit per side, and only that). */
  statedNumbers?: boolean;
}

/** The readings of a batch's unread cells (see {@link unreadCells}). */
export interface UnreadCells {
  /**
   * Reads a batch's unread cells: a record's stated-number errors are added
   * to it at once; its remark-unit error, if any, is handed back by its
   * index in the batch, to be added after the value words' errors
   * ({@link withLaterErrors}), where that reading has always put it.
   */
  read(batch: InputItem[]): Map<number, RecordError> | undefined;
}

/** An unread cell's column: the record's key for it, its header as written, whether it is headed as an id. */
interface Cell {
  key: string;
  column: string;
  /** Headed as an id (`编号`): its figures are ids, not read for a stated number; a unit there is still read. */
  id: boolean;
  /**
   * The indicator the column is named the unit of (`seerUnit`, `apf_unit`): its unit is read for that indicator
   * alone, never as a remark's for another (developer-35 M1).
   */
  own?: IndicatorInfo;
}

/**
 * The readings of unread cells for a rule set's indicators; `undefined` when
 * neither applies (no number indicator with a default; no unit, or units not
 * asked for). A table's columns are sorted once, at its first batch (its
 * header read by then); JSON records are looked at key by key.
 *
 * @example
 * const cells = unreadCells({ indicators: rebar.indicators, kept: [], remarkUnits: true });
 * const later = cells?.read(batch); // `氮 0.015` under 备注 made its record invalid
 */
export function unreadCells(options: UnreadCellOptions): UnreadCells | undefined {
  const stated =
    options.statedNumbers === false ? undefined : statedNumberReading(options.indicators, options.naming);
  const unit = options.remarkUnits ? remarkUnitReading(options.indicators) : undefined;
  if (!stated && !unit) return undefined;
  const byName = new Map(options.indicators.map((i) => [i.name, i]));
  const kept = new Set(options.kept);
  // Decided at the first batch, once the header is read: the unread columns, or `null` for key by key.
  let columns: Cell[] | null | undefined;
  return {
    read(batch) {
      if (batch.length === 0) return undefined;
      if (columns === undefined) {
        const header = options.header?.();
        columns = header ? unreadColumns(header, byName, kept) : null;
      }
      // Every column read or kept: the usual case, a batch handed on untouched.
      if (columns !== null && columns.length === 0) return undefined;
      let later: Map<number, RecordError> | undefined;
      for (let i = 0; i < batch.length; i++) {
        const item = batch[i]!;
        if (!('record' in item)) continue;
        const record = item.record;
        if (record === null || typeof record !== 'object') continue;
        const values = record as Record<string, unknown>;
        // The number indicators the record leaves out: a cell may give one of them.
        const left = stated && !Array.isArray(record) ? stated.left(values) : undefined;
        // Whether the unit is still to be read: the first cell that says one decides.
        let unitLeft = unit !== undefined;
        if (left === undefined && !unitLeft) continue;
        const cells = columns ?? keyCells(values, byName, kept, left !== undefined);
        let errors: RecordError[] | undefined;
        for (const { key, column, id, own } of cells) {
          const cell = values[key];
          if (typeof cell !== 'string') continue;
          if (left !== undefined && !id) errors = stated!.read(item, cell, column, left, errors);
          if (!unitLeft) continue;
          const error = unit!(item, values, cell, column, columns === null, own);
          if (error === undefined) continue;
          later ??= new Map();
          later.set(i, error);
          unitLeft = false;
          if (left === undefined) break;
        }
        if (errors) batch[i] = withErrors(item, errors);
      }
      return later;
    },
  };
}

/**
 * The stage that reads each batch's unread cells as it passes ({@link unreadCells}), for `grade`'s reading and for
 * each side of `qgrade compare`'s alike: `between`, another check made in place on the batch (the value words' of
 * `unreadValueColumns`), runs after the cells are read and before their remark-unit errors are added, so those
 * come last, where they have always been. The items are handed on as they are when there is nothing to read.
 *
 * @example
 * const checked = unreadCellsStage(items, { indicators: ac.indicators, kept: [], remarkUnits: true, statedNumbers: false });
 */
export function unreadCellsStage(
  items: AsyncIterable<InputItem>,
  options: UnreadCellOptions,
  between?: (batch: InputItem[]) => void,
): AsyncIterable<InputItem> {
  const cells = unreadCells(options);
  if (!cells && !between) return items;
  return batched(async function* () {
    for await (const batch of batchesOf(items)) {
      // Not at an empty batch: a CSV's first chunk may hold only its header line, not read as one yet.
      if (batch.length === 0) {
        yield batch;
        continue;
      }
      const later = cells?.read(batch);
      between?.(batch);
      if (later) withLaterErrors(batch, later);
      yield batch;
    }
  });
}

/** A batch's items with the errors {@link UnreadCells.read} handed back added, each after the item's others. */
function withLaterErrors(batch: InputItem[], later: ReadonlyMap<number, RecordError>): void {
  for (const [i, error] of later) {
    const item = batch[i]!;
    if ('record' in item) batch[i] = withErrors(item, [error]);
  }
}

/** A header's columns neither read nor kept. */
function unreadColumns(
  header: WrittenHeader,
  byName: ReadonlyMap<string, IndicatorInfo>,
  kept: ReadonlySet<string>,
): Cell[] {
  const out: Cell[] = [];
  header.fields.forEach((field, i) => {
    const column = header.cells[i] ?? field;
    if (field === '' || byName.has(field) || kept.has(field) || kept.has(column)) return;
    const cell: Cell = { key: field, column, id: isIdHeader(column) || isIdHeader(field) };
    const own = ownerOf(field, byName) ?? ownerOf(column, byName);
    if (own) cell.own = own;
    out.push(cell);
  });
  return out;
}

/** The indicator a key is named the unit of (`seerUnit`), if any. */
function ownerOf(key: string, byName: ReadonlyMap<string, IndicatorInfo>): IndicatorInfo | undefined {
  const name = unitKeyOwner(key, byName);
  return name === undefined ? undefined : byName.get(name);
}

/** A JSON record's keys neither an indicator's nor kept; which are ids, only when a stated number is read (`ids`). */
function keyCells(
  values: Record<string, unknown>,
  byName: ReadonlyMap<string, IndicatorInfo>,
  kept: ReadonlySet<string>,
  ids: boolean,
): Cell[] {
  const out: Cell[] = [];
  for (const key of Object.keys(values)) {
    if (byName.has(key) || kept.has(key)) continue;
    const cell: Cell = { key, column: key, id: ids && isIdHeader(key) };
    const own = ownerOf(key, byName);
    if (own) cell.own = own;
    out.push(cell);
  }
  return out;
}
