/**
 * A worker thread of the grader pool: compiles the rule set it was started
 * with, once, then grades batches of record snapshots.
 */
import { workerData } from 'node:worker_threads';
import { moveToCaller } from '../batch/move-to-caller';
import { type PackedSnapshots, unpackSnapshots } from '../batch/packed-snapshots';
import { ruleSetFromResolved } from '../resolve/resolved-rule-set';
import { compileGrader } from './create-grader';
import {
  gradePoolBatch,
  type PoolBatch,
  type PoolItem,
  type PoolOutput,
  type PoolWorkerData,
} from './pool-batch';

const data = workerData as PoolWorkerData;
const split = compileGrader(ruleSetFromResolved(data.resolved));

/** Grades one batch; its NDJSON bytes, outcome numbers or grades are moved to the pool's thread, not copied. */
export default function gradeBatch(task: {
  items: PackedSnapshots<PoolItem>;
  context: PoolOutput;
}): PoolBatch {
  const out = gradePoolBatch(split, {
    items: unpackSnapshots(task.items, { item: (row, snapshot) => ({ row, snapshot }) }),
    context: task.context,
  });
  if (out.ndjson) return moveToCaller(out, [out.ndjson]);
  if (out.grades) return moveToCaller(out, [out.grades.grades]);
  return out.outcomes ? moveToCaller(out, [out.outcomes.numbers]) : out;
}
