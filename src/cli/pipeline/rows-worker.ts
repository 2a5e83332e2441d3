/**
 * A worker thread of `qgrade grade --workers`: grades a batch of input rows,
 * finishes each (error rows, conversion messages) exactly as the main thread
 * would, and writes the output text — serialising the explanations is most
 * of the work, so it is done here, not on the main thread.
 */
import { workerData } from 'node:worker_threads';
import { BatchSummary } from '../../batch/batch-summary';
import { moveToCaller } from '../../batch/move-to-caller';
import { compileGrader } from '../../grade/create-grader';
import { createResultWriter, type ResultWriter } from '../../report/result-writer';
import { ruleSetFromResolved } from '../../resolve/resolved-rule-set';
import { modelOf } from '../../resolve/rule-set';
import { ByteBuffer } from '../../serialize/byte-buffer';
import { gradeRow, rowMode } from './grade-row';
import { type PackedRows, type RowsWorkerData, unpackRows, type WorkerRows } from './rows';

const settings = workerData as RowsWorkerData;
// The rule set as the main thread resolved it: parsing and checking its YAML again cost each worker ~0.4 s of
// CPU at start, and loading the parser's code more.
const split = compileGrader(ruleSetFromResolved(settings.resolved));
const model = modelOf(split.grader.ruleSet);
const out = new ByteBuffer(0);
// Bytes to start a batch's output with when no spare memory comes with it: the largest batch's text so far.
let size = 1 << 16;
const mode = rowMode(settings.format, settings.detail);

// The writer of batches that continue the output, kept for the worker's life: the JSON writer learns the
// encoded text of a rule set's shared parts once, not again for every batch. The batch that starts the
// output gets a writer of its own each time (it is one batch; and a retry must start the output again).
let continuing: ResultWriter | undefined;

/** Grades and writes one batch; its bytes are moved to the main thread, not copied. */
export default function writeRows(task: { items: PackedRows }): WorkerRows {
  const items = unpackRows(task.items);
  // Rows are numbered from 1: a batch from a later row continues the output (a JSON array's commas).
  const continues = items[0]!.row > 1;
  let writer: ResultWriter;
  if (continues) {
    continuing ??= createResultWriter(settings.format, split.grader.ruleSet, settings, { continues });
    writer = continuing;
  } else writer = createResultWriter(settings.format, split.grader.ruleSet, settings);
  // Written into the spare memory the main thread sent back, if it sent one; else into new memory the size
  // of the last batch's text.
  out.bytes = task.items.spare ? new Uint8Array(task.items.spare) : new Uint8Array(size);
  out.length = 0;
  // No bound on a batch's groups: the whole's summary applies it once, over the input in order.
  const counted = new BatchSummary(split.grader.ruleSet.grades, { maxGroups: Number.POSITIVE_INFINITY });
  for (const item of items) {
    const { result, entry } = gradeRow(
      item,
      { snapshot: item.snapshot ?? { errors: [] } },
      split,
      model,
      mode,
    );
    if (item.group !== undefined) entry.group = item.group;
    counted.addEntry(entry);
    writer.write(result, out);
  }
  // The buffer itself crosses to the main thread, moved, not copied.
  size = Math.max(size, out.length + (out.length >> 3));
  const bytes = out.take(0);
  return moveToCaller({ bytes, tally: counted.tally() }, [bytes]);
}
