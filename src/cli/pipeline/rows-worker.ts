/**
 * A worker thread of `qgrade grade --workers`: grades a batch of input rows,
 * finishes each (error rows, conversion messages) exactly as the main thread
 * would, and writes the output text — serialising the explanations is most
 * of the work, so it is done here, not on the main thread.
 */
import { workerData } from 'node:worker_threads';
import { moveToCaller } from '../../batch/move-to-caller';
import { compileGrader } from '../../grade/create-grader';
import { ruleSetFromResolved } from '../../resolve/resolved-rule-set';
import { createRowBatchWriter } from './row-batch-writer';
import { type PackedRows, type RowsWorkerData, unpackRows, type WorkerRows } from './rows';

const settings = workerData as RowsWorkerData;
// The rule set as the main thread resolved it: parsing and checking its YAML again cost each worker ~0.4 s of
// CPU at start, and loading the parser's code more.
const writeBatch = createRowBatchWriter(compileGrader(ruleSetFromResolved(settings.resolved)), settings);

/** Grades and writes one batch; its bytes are moved to the main thread, not copied. */
export default function writeRows(task: { items: PackedRows }): WorkerRows {
  // Written into the spare memory the main thread sent back, if it sent one.
  const written = writeBatch(unpackRows(task.items), task.items.spare);
  return moveToCaller(written, [written.bytes]);
}
