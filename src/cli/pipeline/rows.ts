import type { SummaryTally } from '../../batch/batch-summary';
import type { FinishedItem } from '../../batch/finish-item';
import type { RecordSnapshot, UnreadableRecord } from '../../compile/record-snapshot';
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
 * threads costs by. Rows that are not a plain snapshot (unreadable, with
 * conversion errors, a record that is not an object) travel as they are.
 */
export interface PackedRows {
  /** Each row's number in the input. */
  rows: number[];
  /** Entries per snapshot (the rule set's indicators). */
  width: number;
  /** Every row's snapshot, one after another, `width` entries each (empty for a row in `odd`). */
  values: unknown[];
  /** The kept columns (sample ids), in order. */
  keptColumns: readonly string[];
  /** Per row and kept column, its value (undefined where the row has none). */
  kept: (string | undefined)[];
  /** Rows that are not a plain snapshot, by their index in the batch. */
  odd: { index: number; item: RowItem }[];
  /** Memory of an earlier batch's output, written out: the worker writes this batch's text into it. */
  spare?: ArrayBuffer;
}

/** Packs rows (see {@link PackedRows}). */
export function packRows(
  items: readonly RowItem[],
  width: number,
  keptColumns: readonly string[],
): PackedRows {
  const packed: PackedRows = { rows: [], width, values: [], keptColumns, kept: [], odd: [] };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    packed.rows.push(item.row);
    for (const column of keptColumns) packed.kept.push(item.kept?.[column]);
    const snapshot = item.snapshot;
    if (!Array.isArray(snapshot) || item.unreadable !== undefined || item.conversionErrors !== undefined) {
      packed.odd.push({ index: i, item });
      for (let j = 0; j < width; j++) packed.values.push(undefined);
      continue;
    }
    for (let j = 0; j < width; j++) packed.values.push(snapshot[j]);
  }
  return packed;
}

/** The rows of a {@link PackedRows}, as they were packed. */
export function unpackRows(packed: PackedRows): RowItem[] {
  const { rows, width, values, keptColumns, kept } = packed;
  const items = new Array<RowItem>(rows.length);
  const k = keptColumns.length;
  for (let i = 0; i < rows.length; i++) {
    const item: RowItem = { row: rows[i]!, snapshot: values.slice(i * width, (i + 1) * width) };
    if (k > 0) {
      let values: Record<string, string> | undefined;
      for (let c = 0; c < k; c++) {
        const v = kept[i * k + c];
        if (v === undefined) continue;
        values ??= {};
        values[keptColumns[c]!] = v;
      }
      if (values) item.kept = values;
    }
    items[i] = item;
  }
  for (const { index, item } of packed.odd) items[index] = item;
  return items;
}
