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

/** What every worker of `qgrade grade --workers` starts with: the rule set as this thread resolved it and the output's settings. */
export interface RowsWorkerData extends ResultWriterSettings {
  /** The rule set, resolved (`resolvedRuleSet`): a worker does not parse its YAML again. */
  resolved: Uint8Array;
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
 * and one string instead of three small objects per row, which is what
 * copying between threads costs by. The values of the snapshots go as a kind
 * per entry, the numbers in a `Float64Array` and the texts (with the kept
 * columns and the `--tally-by` values) as one string cut by a list of
 * lengths: copying an array of 1,000 small strings cost as much as reading
 * their rows, one string of them a copy of its bytes. The typed arrays are
 * moved, not copied ({@link packedMemory}). Only lists and other values go
 * one by one. Rows that are not a plain snapshot (unreadable, with
 * conversion errors, a record that is not an object) travel as they are.
 */
export interface PackedRows {
  /** Each row's number in the input. */
  rows: Float64Array;
  /** Entries per snapshot (the rule set's indicators). */
  width: number;
  /**
   * Per row and entry, what it is: {@link NOT_GIVEN}, {@link NUMBER} (in `numbers`), {@link TEXT} (next in
   * `texts`), {@link TRUE}, {@link FALSE} or {@link OTHER} (next in `others`).
   */
  kinds: Uint8Array;
  /** Per row and entry, its value when it is a number. */
  numbers: Float64Array;
  /** The entries that are neither missing, nor a number, text or a boolean, in order. */
  others: unknown[];
  /** Every text, one after another: per row its `--tally-by` value, its kept values given, its text entries. */
  texts: string;
  /** The length of each text in `texts`, in order. */
  textLengths: Uint32Array;
  /** The kept columns (sample ids), in order. */
  keptColumns: readonly string[];
  /** Per row and kept column, 1 where the row has a value (next in `texts`). */
  kept: Uint8Array;
  /** Whether every row has a value in the `--tally-by` column (first of its texts); absent without one. */
  groups?: true;
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
/** A snapshot entry that is text. */
const TEXT = 3;
/** A snapshot entry that is `true`. */
const TRUE = 4;
/** A snapshot entry that is `false`. */
const FALSE = 5;

/** Packs rows (see {@link PackedRows}). */
export function packRows(
  items: readonly RowItem[],
  width: number,
  keptColumns: readonly string[],
): PackedRows {
  const kinds = new Uint8Array(items.length * width);
  const numbers = new Float64Array(items.length * width);
  const rows = new Float64Array(items.length);
  const kept = new Uint8Array(items.length * keptColumns.length);
  const texts: string[] = [];
  const lengths: number[] = [];
  const others: unknown[] = [];
  const odd: PackedRows['odd'] = [];
  const text = (v: string) => {
    texts.push(v);
    lengths.push(v.length);
  };
  // With --tally-by every row has its value, without it none.
  const groups = items[0]?.group !== undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    rows[i] = item.row;
    if (groups) text(item.group ?? '');
    for (let c = 0; c < keptColumns.length; c++) {
      const v = keptValue(item.kept, keptColumns[c]!);
      if (v === undefined) continue;
      kept[i * keptColumns.length + c] = 1;
      text(v);
    }
    const snapshot = item.snapshot;
    if (
      !Array.isArray(snapshot) ||
      item.unreadable !== undefined ||
      item.conversionErrors !== undefined ||
      item.cellsOf !== undefined ||
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
        text(v);
      } else if (typeof v === 'boolean') kinds[at] = v ? TRUE : FALSE;
      else {
        kinds[at] = OTHER;
        others.push(v);
      }
    }
  }
  const packed: PackedRows = {
    rows,
    width,
    kinds,
    numbers,
    others,
    texts: texts.join(''),
    textLengths: Uint32Array.from(lengths),
    keptColumns,
    kept,
    odd,
  };
  if (groups) packed.groups = true;
  return packed;
}

/** The memory of a packed batch's typed arrays, each its own: moved to the worker, not copied. */
export function packedMemory(packed: PackedRows): ArrayBuffer[] {
  const { rows, kinds, numbers, textLengths, kept } = packed;
  return [rows, kinds, numbers, textLengths, kept].map((a) => a.buffer as ArrayBuffer);
}

/** The rows of a {@link PackedRows}, as they were packed. */
export function unpackRows(packed: PackedRows): RowItem[] {
  const { rows, width, kinds, numbers, others, texts, textLengths, keptColumns, kept, groups } = packed;
  const items = new Array<RowItem>(rows.length);
  const k = keptColumns.length;
  let other = 0;
  let t = 0;
  let at = 0;
  const text = () => {
    const end = at + textLengths[t++]!;
    const v = texts.slice(at, end);
    at = end;
    return v;
  };
  const odd = new Map(packed.odd.map(({ index, item }) => [index, item]));
  for (let i = 0; i < rows.length; i++) {
    const group = groups ? text() : undefined;
    let values: Record<string, string> | undefined;
    for (let c = 0; c < k; c++) {
      if (kept[i * k + c] !== 1) continue;
      values ??= {};
      setKeptValue(values, keptColumns[c]!, text());
    }
    const sent = odd.get(i);
    if (sent) {
      items[i] = sent;
      continue;
    }
    const snapshot = new Array<unknown>(width);
    for (let j = 0, e = i * width; j < width; j++, e++) {
      const kind = kinds[e];
      snapshot[j] =
        kind === NOT_GIVEN
          ? undefined
          : kind === NUMBER
            ? numbers[e]
            : kind === TEXT
              ? text()
              : kind === TRUE || kind === FALSE
                ? kind === TRUE
                : others[other++];
    }
    const item: RowItem = { row: rows[i]!, snapshot };
    if (group !== undefined) item.group = group;
    if (values) item.kept = values;
    items[i] = item;
  }
  return items;
}
