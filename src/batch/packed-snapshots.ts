/**
 * A batch of record snapshots packed for the trip to a worker thread: a few
 * flat arrays and one string instead of an object, an array and its values
 * per record. Copying between threads costs by the object: copying 1,000
 * `{ row, snapshot }` items was the largest single cost of the grader
 * pool's thread at `detail: 'grade'`, and copying an array of 1,000 small
 * strings cost as much as reading their rows, one string of them a copy of
 * its bytes. The values of the snapshots go as a kind per entry, the
 * numbers in a `Float64Array` and the texts as one string cut by a list of
 * lengths; the typed arrays are moved, not copied ({@link packedSnapshotsMemory}).
 * Only lists and other values go one by one. Records that are not a plain
 * snapshot (unreadable, with label or hidden keys, or whatever the caller
 * says) travel as they are.
 *
 * One packer for the grader pool (`grade/grader-pool.ts`) and
 * `qgrade grade --workers` (`cli/pipeline/rows.ts`), which adds texts of its
 * own before each row's (its `--tally-by` value and kept columns).
 *
 * @module
 */

import { hiddenKeysOf, labelKeysOf, nearKeysOf } from '../compile/record-snapshot';

/** An item of a batch: its row, and its snapshot (or what stands for an unreadable record). */
export interface SnapshotItem {
  row: number;
  snapshot?: unknown;
}

/** A packed batch: see the module's comment. */
export interface PackedSnapshots<Item> {
  /** Each item's row (its place in the input). */
  rows: Float64Array;
  /** Entries per snapshot (the rule set's indicators). */
  width: number;
  /**
   * Per item and entry, what it is: 0 not given, 1 a number (in `numbers`), 2 anything else (next in
   * `others`), 3 text (next in `texts`), 4 `true`, 5 `false`.
   */
  kinds: Uint8Array;
  /** Per item and entry, its value when it is a number (-0 and NaN kept). */
  numbers: Float64Array;
  /** The entries that are neither missing, nor a number, text or a boolean (lists, not-a-values), in order. */
  others: unknown[];
  /** Every text, one after another: per item the caller's own texts first, then its text entries. */
  texts: string;
  /** The length of each text in `texts`, in order. */
  textLengths: Uint32Array;
  /** Items that are not a plain snapshot, by their index in the batch: sent as they are. */
  odd: { index: number; item: Item }[];
}

/** How a caller adds to the packing of its items (see {@link packSnapshots}). */
export interface SnapshotPacking<Item> {
  /** Whether an item goes as it is although its snapshot is plain (e.g. it carries input problems). */
  sentAsItIs?(item: Item): boolean;
  /** Texts of the item's own to send before its snapshot's, for every item, odd ones too. */
  textsBefore?(item: Item, index: number, text: (v: string) => void): void;
}

/** A snapshot entry the record does not give. */
const NOT_GIVEN = 0;
/** A snapshot entry that is a number. */
const NUMBER = 1;
/** Any other snapshot entry. */
const OTHER = 2;
/** A snapshot entry that is text. */
const TEXT = 3;
/** A snapshot entry that is `true`. */
const TRUE = 4;
/** A snapshot entry that is `false`. */
const FALSE = 5;

/** Packs a batch of items, each snapshot `width` entries wide (see {@link PackedSnapshots}). */
export function packSnapshots<Item extends SnapshotItem>(
  items: readonly Item[],
  width: number,
  packing: SnapshotPacking<Item> = {},
): PackedSnapshots<Item> {
  const { sentAsItIs, textsBefore } = packing;
  const rows = new Float64Array(items.length);
  const kinds = new Uint8Array(items.length * width);
  const numbers = new Float64Array(items.length * width);
  const texts: string[] = [];
  const lengths: number[] = [];
  const others: unknown[] = [];
  const odd: PackedSnapshots<Item>['odd'] = [];
  const text = (v: string) => {
    texts.push(v);
    lengths.push(v.length);
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    rows[i] = item.row;
    textsBefore?.(item, i, text);
    const snapshot = item.snapshot;
    if (
      !Array.isArray(snapshot) ||
      sentAsItIs?.(item) === true ||
      labelKeysOf(snapshot) !== undefined ||
      nearKeysOf(snapshot) !== undefined ||
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
        text(v);
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
    others,
    texts: texts.join(''),
    textLengths: Uint32Array.from(lengths),
    odd,
  };
}

/** The memory of a packed batch's typed arrays, each its own: moved to the worker, not copied. */
export function packedSnapshotsMemory(packed: PackedSnapshots<unknown>): ArrayBuffer[] {
  const { rows, kinds, numbers, textLengths } = packed;
  return [rows, kinds, numbers, textLengths].map((a) => a.buffer as ArrayBuffer);
}

/** How a caller makes its items of unpacked snapshots (see {@link unpackSnapshots}). */
export interface SnapshotUnpacking<Item, Own> {
  /** Reads the texts the packing's `textsBefore` sent for the item at `index`, for every item, odd ones too. */
  textsBefore?(index: number, text: () => string): Own;
  /** The item of a row and its snapshot, given what `textsBefore` read. */
  item(row: number, snapshot: unknown[], own: Own | undefined): Item;
}

/**
 * The items of a {@link PackedSnapshots}, as they were packed: a snapshot's
 * entries not given are holes, as in a snapshot read from a record.
 */
export function unpackSnapshots<Item, Own = undefined>(
  packed: PackedSnapshots<Item>,
  unpacking: SnapshotUnpacking<Item, Own>,
): Item[] {
  const { rows, width, kinds, numbers, others, texts, textLengths } = packed;
  const items = new Array<Item>(rows.length);
  const odd = new Map(packed.odd.map(({ index, item }) => [index, item]));
  let other = 0;
  let t = 0;
  let at = 0;
  const text = () => {
    const end = at + textLengths[t++]!;
    const v = texts.slice(at, end);
    at = end;
    return v;
  };
  const { textsBefore } = unpacking;
  for (let i = 0; i < rows.length; i++) {
    const own = textsBefore?.(i, text);
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
      else if (kind === TEXT) snapshot[j] = text();
      else if (kind === OTHER) snapshot[j] = others[other++];
      else snapshot[j] = kind === TRUE;
    }
    items[i] = unpacking.item(rows[i]!, snapshot, own);
  }
  return items;
}
