/**
 * A batch of a grader pool's records packed for the trip to a worker: a
 * few flat arrays and one string instead of an object, an array and its
 * values per record. Copying between threads costs by the object, and
 * copying 1,000 `{ row, snapshot }` items was the largest single cost of
 * the pool's thread at `detail: 'grade'` (more than reading the records).
 * The same layout as the CLI's packed rows (`cli/pipeline/rows.ts`), for a
 * pool's items, which have no kept columns or groups.
 *
 * @module
 */

import { hiddenKeysOf, labelKeysOf } from '../compile/record-snapshot';
import type { PoolItem } from './pool-batch';

/** A packed batch: see the module's comment. Its typed arrays are moved, not copied ({@link packedItemsMemory}). */
export interface PackedPoolItems {
  /** Each record's row (its place in the input, from `firstRow`). */
  rows: Float64Array;
  /** Entries per snapshot (the rule set's indicators). */
  width: number;
  /** Per record and entry: 0 not given, 1 a number, 2 text, 3 `true`, 4 `false`, 5 anything else (next in `others`). */
  kinds: Uint8Array;
  /** Per record and entry, its value when it is a number (-0 and NaN kept). */
  numbers: Float64Array;
  /** Every text entry, one after another, cut by `textLengths`. */
  texts: string;
  textLengths: Uint32Array;
  /** Entries that are lists or stand for something that is not a value, in order. */
  others: unknown[];
  /** Records that are no plain snapshot (unreadable, or with label or hidden keys): sent as they are. */
  odd: { index: number; item: PoolItem }[];
}

const NOT_GIVEN = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;
const OTHER = 5;

/** Packs a batch of items, each snapshot `width` entries wide. */
export function packPoolItems(items: readonly PoolItem[], width: number): PackedPoolItems {
  const rows = new Float64Array(items.length);
  const kinds = new Uint8Array(items.length * width);
  const numbers = new Float64Array(items.length * width);
  const texts: string[] = [];
  const lengths: number[] = [];
  const others: unknown[] = [];
  const odd: PackedPoolItems['odd'] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    rows[i] = item.row;
    const snapshot = item.snapshot;
    if (
      !Array.isArray(snapshot) ||
      labelKeysOf(snapshot) !== undefined ||
      hiddenKeysOf(snapshot) !== undefined
    ) {
      odd.push({ index: i, item });
      continue;
    }
    for (let j = 0, at = i * width; j < width; j++, at++) {
      const v = snapshot[j];
      if (v === undefined) continue;
      if (typeof v === 'number') {
        kinds[at] = NUMBER;
        numbers[at] = v;
      } else if (typeof v === 'string') {
        kinds[at] = TEXT;
        texts.push(v);
        lengths.push(v.length);
      } else if (typeof v === 'boolean') kinds[at] = v ? TRUE : FALSE;
      else {
        kinds[at] = OTHER;
        others.push(v);
      }
    }
  }
  return {
    rows,
    width,
    kinds,
    numbers,
    texts: texts.join(''),
    textLengths: Uint32Array.from(lengths),
    others,
    odd,
  };
}

/** The memory of a packed batch's typed arrays, each its own: moved to the worker, not copied. */
export function packedItemsMemory(packed: PackedPoolItems): ArrayBuffer[] {
  const { rows, kinds, numbers, textLengths } = packed;
  return [rows, kinds, numbers, textLengths].map((a) => a.buffer as ArrayBuffer);
}

/** The items of a {@link PackedPoolItems}, as they were packed. */
export function unpackPoolItems(packed: PackedPoolItems): PoolItem[] {
  const { rows, width, kinds, numbers, texts, textLengths, others } = packed;
  const items = new Array<PoolItem>(rows.length);
  const odd = new Map(packed.odd.map(({ index, item }) => [index, item]));
  let other = 0;
  let t = 0;
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    const sent = odd.get(i);
    if (sent) {
      items[i] = sent;
      continue;
    }
    const snapshot = new Array<unknown>(width);
    for (let j = 0, e = i * width; j < width; j++, e++) {
      const kind = kinds[e];
      if (kind === NOT_GIVEN) continue;
      if (kind === NUMBER) snapshot[j] = numbers[e];
      else if (kind === TEXT) {
        const end = at + textLengths[t++]!;
        snapshot[j] = texts.slice(at, end);
        at = end;
      } else if (kind === OTHER) snapshot[j] = others[other++];
      else snapshot[j] = kind === TRUE;
    }
    items[i] = { row: rows[i]!, snapshot };
  }
  return items;
}
