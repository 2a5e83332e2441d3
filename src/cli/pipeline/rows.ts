import type { SummaryTally } from '../../batch/batch-summary';
import type { FinishedItem } from '../../batch/finish-item';
import {
  hiddenKeysOf,
  labelKeysOf,
  type RecordSnapshot,
  type UnreadableRecord,
} from '../../compile/record-snapshot';
import { keptValue, setKeptValue } from '../../model/kept-values';
import type { ResultFormat, ResultWriterSettings } from '../../report/result-writer';

/** What every worker of `qgrade grade --workers` starts with: the rule set's text and the output's settings. */
export interface RowsWorkerData extends ResultWriterSettings {
  text: string;
  filename: string;
  format: ResultFormat;
}

/** An input row on its way to a worker: its row and input problems, and its values read in the reading thread. */
export interface RowItem extends FinishedItem {
  snapshot?: RecordSnapshot | UnreadableRecord;
  /** Its value in the `--tally-by` column (`""`: none), read in the reading thread. */
  group?: string;
}

/** Rows graded and written: how many, and their UTF-8 bytes (unless written where the caller asked). */
export interface WrittenRows {
  rows: number;
  bytes?: Uint8Array;
  /** Says `bytes` have been written out and their memory may be written over (a worker writes its next batch there). */
  done?: () => void;
}

/**
 * What a worker gives back for a batch: the rows' text, and the summary's
 * counts of them as one tally, not an entry per row (copying those between
 * threads, and collecting them, was a sixth of the CPU of a `--workers 2` run).
 */
export interface WorkerRows {
  bytes: Uint8Array;
  tally: SummaryTally;
}

/**
 * A batch of input rows packed for the trip to a worker: a few flat arrays
 * instead of three small objects per row, which is what copying between
 * threads costs by. The values of the snapshots go as a kind per entry and
 * the numbers in a `Float64Array`, copied as one block of bytes; only text,
 * booleans and lists go one by one (a plain array of every entry took as
 * long to copy as the rows took to read). Rows that are not a plain
 * snapshot (unreadable, with conversion errors, a record that is not an
 * object) travel as they are.
 */
export interface PackedRows {
  /** Each row's number in the input. */
  rows: number[];
  /** Entries per snapshot (the rule set's indicators). */
  width: number;
  /** Per row and entry, what it is: {@link NOT_GIVEN}, {@link NUMBER} (in `numbers`) or {@link OTHER} (next in `others`). */
  kinds: Uint8Array;
  /** Per row and entry, its value when it is a number. */
  numbers: Float64Array;
  /** The entries that are neither missing nor a number, in order. */
  others: unknown[];
  /** The kept columns (sample ids), in order. */
  keptColumns: readonly string[];
  /** Per row and kept column, its value (undefined where the row has none). */
  kept: (string | undefined)[];
  /** Per row, its value in the `--tally-by` column; absent without one. */
  groups?: string[];
  /** Rows that are not a plain snapshot, by their index in the batch. */
  odd: { index: number; item: RowItem }[];
  /** Memory of an earlier batch's output, written out: the worker writes this batch's text into it. */
  spare?: ArrayBuffer;
}

/** A snapshot entry the record does not give. */
const NOT_GIVEN = 0;
/** A snapshot entry that is a number. */
const NUMBER = 1;
/** Any other snapshot entry. */
const OTHER = 2;

/** Packs rows (see {@link PackedRows}). */
export function packRows(
  items: readonly RowItem[],
  width: number,
  keptColumns: readonly string[],
): PackedRows {
  const kinds = new Uint8Array(items.length * width);
  const numbers = new Float64Array(items.length * width);
  const packed: PackedRows = { rows: [], width, kinds, numbers, others: [], keptColumns, kept: [], odd: [] };
  // With --tally-by every row has its value, without it none.
  if (items[0]?.group !== undefined) packed.groups = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    packed.rows.push(item.row);
    packed.groups?.push(item.group ?? '');
    for (const column of keptColumns) packed.kept.push(keptValue(item.kept, column));
    const snapshot = item.snapshot;
    if (
      !Array.isArray(snapshot) ||
      item.unreadable !== undefined ||
      item.conversionErrors !== undefined ||
      item.cellsOf !== undefined ||
      labelKeysOf(snapshot) !== undefined ||
      hiddenKeysOf(snapshot) !== undefined
    ) {
      packed.odd.push({ index: i, item });
      continue;
    }
    for (let j = 0, at = i * width; j < width; j++, at++) {
      const v = snapshot[j];
      if (v === undefined) continue;
      if (typeof v === 'number') {
        kinds[at] = NUMBER;
        numbers[at] = v;
      } else {
        kinds[at] = OTHER;
        packed.others.push(v);
      }
    }
  }
  return packed;
}

/** The rows of a {@link PackedRows}, as they were packed. */
export function unpackRows(packed: PackedRows): RowItem[] {
  const { rows, width, kinds, numbers, others, keptColumns, kept, groups } = packed;
  const items = new Array<RowItem>(rows.length);
  const k = keptColumns.length;
  let other = 0;
  for (let i = 0; i < rows.length; i++) {
    const snapshot = new Array<unknown>(width);
    for (let j = 0, at = i * width; j < width; j++, at++) {
      const kind = kinds[at];
      snapshot[j] = kind === NOT_GIVEN ? undefined : kind === NUMBER ? numbers[at] : others[other++];
    }
    const item: RowItem = { row: rows[i]!, snapshot };
    if (groups) item.group = groups[i]!;
    if (k > 0) {
      let values: Record<string, string> | undefined;
      for (let c = 0; c < k; c++) {
        const v = kept[i * k + c];
        if (v === undefined) continue;
        values ??= {};
        setKeptValue(values, keptColumns[c]!, v);
      }
      if (values) item.kept = values;
    }
    items[i] = item;
  }
  for (const { index, item } of packed.odd) items[index] = item;
  return items;
}
