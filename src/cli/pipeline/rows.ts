import type { SummaryTally } from '../../batch/batch-summary';
import type { FinishedItem } from '../../batch/finish-item';
import {
  type PackedSnapshots,
  packedSnapshotsMemory,
  packSnapshots,
  unpackSnapshots,
} from '../../batch/packed-snapshots';
import type { RecordSnapshot, UnreadableRecord } from '../../compile/record-snapshot';
import type { FieldColumns } from '../../input/input-item';
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
 * A batch of input rows packed for the trip to a worker: the snapshots as
 * {@link PackedSnapshots} (a few flat arrays and one string instead of three
 * small objects per row), and per row its `--tally-by` value and kept
 * columns as texts sent before its snapshot's. Rows that are not a plain
 * snapshot (unreadable, with conversion errors, a record that is not an
 * object) travel as they are.
 */
export interface PackedRows extends PackedSnapshots<RowItem> {
  /** The kept columns (sample ids), in order. */
  keptColumns: readonly string[];
  /** Per row and kept column, 1 where the row has a value (next in `texts`). */
  kept: Uint8Array;
  /** Whether every row has a value in the `--tally-by` column (first of its texts); absent without one. */
  groups?: true;
  /** Memory of an earlier batch's output, written out: the worker writes this batch's text into it. */
  spare?: ArrayBuffer;
  /**
   * Where each row is, when the first is placed (a CSV/TSV line or a sheet row) with the columns of its fields:
   * those columns once for the batch, and each row's line or sheet row (a row placed otherwise goes as it is).
   */
  places?: { columns: FieldColumns; line: boolean; at: Uint32Array };
}

/** Packs rows (see {@link PackedRows}). */
export function packRows(
  items: readonly RowItem[],
  width: number,
  keptColumns: readonly string[],
): PackedRows {
  const k = keptColumns.length;
  const kept = new Uint8Array(items.length * k);
  // With --tally-by every row has its value, without it none.
  const groups = items[0]?.group !== undefined;
  const places = batchPlaces(items);
  const packed: PackedRows = {
    ...packSnapshots(items, width, {
      sentAsItIs: (item) =>
        item.unreadable !== undefined ||
        item.conversionErrors !== undefined ||
        item.cellsOf !== undefined ||
        (item.place !== undefined && !placedAlike(item, places)),
      textsBefore(item, i, text) {
        if (groups) text(item.group ?? '');
        for (let c = 0; c < k; c++) {
          const v = keptValue(item.kept, keptColumns[c]!);
          if (v === undefined) continue;
          kept[i * k + c] = 1;
          text(v);
        }
      },
    }),
    keptColumns,
    kept,
  };
  if (groups) packed.groups = true;
  if (places) packed.places = places;
  return packed;
}

/** Whether a row's place and columns go in the batch's {@link PackedRows.places} (else the row goes as it is). */
function placedAlike(item: RowItem, places: PackedRows['places']): boolean {
  return (
    places !== undefined &&
    item.columns === places.columns &&
    item.place !== undefined &&
    'line' in item.place === places.line
  );
}

/**
 * The batch's {@link PackedRows.places}: the first row's columns, and each row's line or sheet row where it is
 * placed as the first (the same columns, a line or a sheet row alike); 0 for another row, which goes as it is.
 */
function batchPlaces(items: readonly RowItem[]): PackedRows['places'] {
  const first = items[0];
  if (first?.place === undefined || first.columns === undefined) return undefined;
  const { columns } = first;
  const line = 'line' in first.place;
  const at = new Uint32Array(items.length);
  const places = { columns, line, at };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!placedAlike(item, places)) continue;
    const place = item.place!;
    at[i] = 'line' in place ? place.line : place.sheetRow;
  }
  return places;
}

/** The memory of a packed batch's typed arrays, each its own: moved to the worker, not copied. */
export function packedMemory(packed: PackedRows): ArrayBuffer[] {
  const memory = [...packedSnapshotsMemory(packed), packed.kept.buffer as ArrayBuffer];
  if (packed.places) memory.push(packed.places.at.buffer as ArrayBuffer);
  return memory;
}

/** The rows of a {@link PackedRows}, as they were packed. */
export function unpackRows(packed: PackedRows): RowItem[] {
  const { keptColumns, kept, groups, places } = packed;
  const k = keptColumns.length;
  return unpackSnapshots(packed, {
    textsBefore(i, text) {
      const group = groups ? text() : undefined;
      let values: Record<string, string> | undefined;
      for (let c = 0; c < k; c++) {
        if (kept[i * k + c] !== 1) continue;
        values ??= {};
        setKeptValue(values, keptColumns[c]!, text());
      }
      return { group, values, at: places?.at[i] };
    },
    item(row, snapshot, own) {
      const item: RowItem = { row, snapshot };
      if (own?.group !== undefined) item.group = own.group;
      if (own?.values) item.kept = own.values;
      if (places && own?.at) {
        item.place = places.line ? { line: own.at } : { sheetRow: own.at };
        item.columns = places.columns;
      }
      return item;
    },
  });
}
