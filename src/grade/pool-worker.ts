/**
 * A worker thread of the grader pool: compiles the rule set it was started
 * with, once, then grades batches of record snapshots.
 */
import { workerData } from 'node:worker_threads';
import { moveToCaller } from '../batch/move-to-caller';
import type { WorkerTask } from '../batch/worker-stage';
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

/** Grades one batch; its NDJSON bytes or outcome numbers are moved to the pool's thread, not copied. */
export default function gradeBatch(task: WorkerTask<PoolItem, PoolOutput>): PoolBatch {
  const out = gradePoolBatch(split, task);
  if (out.ndjson) return moveToCaller(out, [out.ndjson]);
  return out.outcomes ? moveToCaller(out, [out.outcomes.numbers]) : out;
}
