import { BatchSummary } from '../../batch/batch-summary';
import { closeAfterRead } from '../../batch/close-after-read';
import { concatBytes } from '../../batch/concat-bytes';
import { finishItem, itemRecord } from '../../batch/finish-item';
import { inOrder } from '../../batch/in-order';
import { workerModule } from '../../batch/worker-module';
import type { WorkerStageTransport } from '../../batch/worker-stage';
import { compileGrader } from '../../grade/create-grader';
import { batchesOf } from '../../input/batched';
import type { InputItem } from '../../input/input-item';
import { createResultWriter, type ResultFormat, type ResultWriterSettings } from '../../report/result-writer';
import type { LoadedRuleSet } from '../../resolve/load-rule-set';
import { resolvedRuleSet } from '../../resolve/resolved-rule-set';
import { modelOf } from '../../resolve/rule-set';
import { ByteBuffer } from '../../serialize/byte-buffer';
import { gradeRow, rowMode } from './grade-row';
import {
  type PackedRows,
  packedMemory,
  packRows,
  type RowItem,
  type RowsWorkerData,
  type WorkerRows,
  type WrittenRows,
} from './rows';

// A batch's summaries keep every group: the whole's applies the bound once, over the input in order.
const UNBOUNDED = { maxGroups: Number.POSITIVE_INFINITY };

/**
 * How long rows in hand wait for the input's next chunk before they go to a worker as they are. A file's next
 * chunk comes well within it, so batches are full (a 16 KiB chunk holds ~400 CSV rows: cut into batches of 500
 * as it came, a worker was left a chunk's short remainder and waited for the next); rows of a slow input
 * (`tail -f … |`) are graded as they come.
 */
const WAIT_MS = 2;

/** How long the first of the rows in hand waits at most, however soon each next chunk comes. */
const HOLD_MS = 20;

/** Whether `promise` settles (either way) within `ms` milliseconds. */
function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  return Promise.race([settled, late]).finally(() => clearTimeout(timer));
}

/** Output bytes gathered before they are handed on to be written. */
const OUTPUT_CHUNK = 1 << 15;

/** How `qgrade grade` writes its rows. */
export interface RowsOptions extends ResultWriterSettings {
  format: ResultFormat;
  /** Worker threads to start; 0 grades in this thread. */
  workers: number;
  /** Rows per batch sent to a worker. */
  batchSize?: number;
  /**
   * The input is a file on disk (its size is known): its next chunk always comes, so rows wait for a full batch
   * however long a read takes (on a loaded machine, reads 2 ms apart cut batches short). Otherwise (a pipe,
   * stdin) rows in hand go as they are when the next chunk is late, so a slow input is graded as it comes.
   */
  fromFile?: boolean;
  /** An item's group key in the `--tally-by` columns (`TallySummaries.key`), read in this thread: each row is counted in its groups too. */
  groupOf?: (item: InputItem) => string;
}

/**
 * Grades the rows of an input and writes them as `format` text, in input
 * order, one output row per input row: in this thread, straight into `out`
 * (each yield says which rows were written there), or on worker threads
 * that grade and serialise while this thread reads and writes (each yield
 * carries the rows' bytes). Either way the text is the same, byte for byte,
 * and every row is counted in `summary`, in input order.
 * The header and the closing text of the format are not included: see
 * {@link rowsFraming}.
 */
export async function* gradeRows(
  items: AsyncIterable<InputItem>,
  loaded: LoadedRuleSet,
  options: RowsOptions,
  out: ByteBuffer,
  summary: Pick<BatchSummary, 'addEntry' | 'addTally'>,
): AsyncGenerator<WrittenRows> {
  const split = compileGrader(loaded.ruleSet);
  const model = modelOf(loaded.ruleSet);
  if (options.workers < 1) {
    const writer = createResultWriter(options.format, loaded.ruleSet, options);
    const mode = rowMode(options.format, options.detail);
    // A batch at a time (the rows of a chunk of input), handing the bytes on whenever a chunk's worth is written.
    for await (const batch of batchesOf(items)) {
      let rows = 0;
      for (const item of batch) {
        const { result, entry } = gradeRow(item, { record: itemRecord(item) }, split, model, mode);
        if (options.groupOf) entry.group = options.groupOf(item);
        writer.write(result, out);
        summary.addEntry(entry);
        rows++;
        if (out.length >= OUTPUT_CHUNK) {
          yield { rows };
          rows = 0;
        }
      }
      if (rows > 0) yield { rows };
    }
    return;
  }
  // The rule set goes to the workers resolved: they do not parse its YAML again.
  const data: RowsWorkerData = {
    resolved: resolvedRuleSet(loaded.ruleSet),
    format: options.format,
    lang: options.lang,
    width: options.width,
    color: options.color,
    kept: options.kept ?? [],
    detail: options.detail ?? 'full',
    ids: options.ids === true,
  };
  // Memory of batches already written out, sent back to a worker to write a later batch into: the
  // workers' output then runs in a few buffers instead of new memory per batch.
  const spares: ArrayBuffer[] = [];
  const transport: WorkerStageTransport<RowItem, PackedRows> = {
    pack(rows) {
      const packed = packRows(rows, model.indicators.length, options.kept ?? []);
      const spare = spares.pop();
      if (spare) packed.spare = spare;
      return packed;
    },
    // The packed arrays are moved too: a batch run again is packed again.
    transfer: (packed) => (packed.spare ? [packed.spare, ...packedMemory(packed)] : packedMemory(packed)),
  };
  const writerFor = (continues: boolean) =>
    createResultWriter(options.format, loaded.ruleSet, options, { continues });
  // Loaded only for --workers: a run on one thread starts without the thread pool.
  const { createWorkerStage } = await import('../../batch/worker-stage');
  const { failedResult } = await import('../../grade/pool-batch');
  const stage = createWorkerStage<RowItem, WorkerRows, undefined>(
    { module: workerModule('rows-worker', import.meta.url), workerData: data, workers: options.workers },
    {
      // Rows no worker could grade are written here, as error rows.
      failed(rows, error) {
        // Rows are numbered from 1: a batch from a later row continues the output.
        const writer = writerFor(rows[0]!.row > 1);
        const bytes = new ByteBuffer(1 << 12);
        const counted = new BatchSummary(loaded.ruleSet.grades, UNBOUNDED);
        for (const row of rows) {
          const result = finishItem(row, failedResult(loaded.ruleSet, error), model);
          writer.write(result, bytes);
          counted.add(result, row.group);
        }
        return { bytes: bytes.take(), tally: counted.tally() };
      },
      join(parts) {
        const counted = new BatchSummary(loaded.ruleSet.grades, UNBOUNDED);
        for (const p of parts) counted.addTally(p.tally);
        return { bytes: concatBytes(parts.map((p) => p.bytes)), tally: counted.tally() };
      },
    },
    transport,
  );
  // Values are read here, once, so only plain data crosses to the workers. The input comes a chunk's rows at
  // a time; they go to a worker in batches of `size`. From a pipe, rows left over wait for the next chunk no more
  // than WAIT_MS and none longer than HOLD_MS, so a slow input (`tail -f … |`) is graded as it comes.
  const size = options.batchSize ?? 500;
  // An input that fails (bytes that are not UTF-8) ends the batches; those already on a worker are graded and
  // written first, so a run stopped by its input writes the same rows as on one thread, every run.
  let stopped: { error: unknown } | undefined;
  async function* rowBatches(): AsyncGenerator<RowItem[]> {
    try {
      yield* inputBatches();
    } catch (error) {
      stopped = { error };
    }
  }
  async function* inputBatches(): AsyncGenerator<RowItem[]> {
    const chunks = batchesOf(items)[Symbol.asyncIterator]();
    let rows: RowItem[] = [];
    // When the first of the rows in hand came: an input whose lines come a little faster than WAIT_MS apart
    // (a line a millisecond) would otherwise hold each row until 500 had come.
    let heldSince = 0;
    let next: Promise<IteratorResult<InputItem[]>> | undefined;
    try {
      for (;;) {
        next = chunks.next();
        if (
          rows.length > 0 &&
          !options.fromFile &&
          (performance.now() - heldSince >= HOLD_MS || !(await settlesWithin(next, WAIT_MS)))
        ) {
          yield rows;
          rows = [];
        }
        const chunk = await next;
        next = undefined;
        if (chunk.done) break;
        for (const item of chunk.value) {
          if (rows.length === 0) heldSince = performance.now();
          rows.push(rowItem(item));
          if (rows.length >= size) {
            yield rows;
            rows = [];
          }
        }
      }
    } catch (error) {
      // The rows read before the input failed are graded and written, as on one thread.
      if (rows.length > 0) yield rows;
      rows = [];
      throw error;
    } finally {
      // Stopped early while a chunk is being read (a slow input): the input is closed once that read ends.
      await closeAfterRead(chunks, next);
    }
    if (rows.length > 0) yield rows;
  }
  function rowItem(item: InputItem): RowItem {
    const row: RowItem =
      'unreadable' in item
        ? { row: item.row, unreadable: item.unreadable }
        : { row: item.row, snapshot: split.snapshot(item.record) };
    if ('conversionErrors' in item && item.conversionErrors) row.conversionErrors = item.conversionErrors;
    if ('cellsOf' in item && item.cellsOf) row.cellsOf = item.cellsOf;
    if ('columns' in item && item.columns && item.place) {
      row.place = item.place;
      row.columns = item.columns;
    }
    if (item.kept) row.kept = item.kept;
    if (options.groupOf) row.group = options.groupOf(item);
    return row;
  }
  try {
    for await (const { output } of inOrder(rowBatches(), ([rows]) => stage.run(rows!, undefined), {
      batchSize: 1,
      window: options.workers * 2,
    })) {
      const { bytes, tally } = output;
      summary.addTally(tally);
      const written: WrittenRows = { rows: tally.total, bytes };
      if (bytes.byteLength > 0)
        written.done = () => {
          if (spares.length < options.workers * 2) spares.push(bytes.buffer as ArrayBuffer);
        };
      yield written;
    }
    if (stopped) throw stopped.error;
  } finally {
    await stage.close();
  }
}

/** The text before the first row and after the last, for a run that wrote `rows` rows. */
export function rowsFraming(
  loaded: LoadedRuleSet,
  options: RowsOptions,
  rows: number,
): { start: string; end: string } {
  const first = createResultWriter(options.format, loaded.ruleSet, options);
  const last = createResultWriter(options.format, loaded.ruleSet, options, { continues: rows > 0 });
  return { start: first.start(), end: last.end() };
}
