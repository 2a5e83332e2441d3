import { concatBytes } from '../batch/concat-bytes';
import type { FailedBatches, WorkerTask } from '../batch/worker-stage';
import type { RecordSnapshot, UnreadableRecord } from '../compile/record-snapshot';
import { invalidRecord } from '../explain/invalid-record';
import type { GradeResult } from '../model/grade-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import type { SplitGrader } from './create-grader';

/** What every worker of a grader pool starts with: the rule set's text, as the pool read it. */
export interface PoolWorkerData {
  text: string;
  filename: string;
}

/** One record on its way to a worker: its row and its values, read in the pool's thread. */
export interface PoolItem {
  row: number;
  snapshot: RecordSnapshot | UnreadableRecord;
}

/** What a worker gives back for a batch: the results, or their NDJSON lines as UTF-8 bytes. */
export interface PoolBatch {
  results?: GradeResult[];
  ndjson?: Uint8Array;
}

/** Grades one batch of a grader pool: the work of a worker thread. */
export function gradePoolBatch(
  split: SplitGrader,
  task: WorkerTask<PoolItem, 'objects' | 'ndjson'>,
): PoolBatch {
  const results = task.items.map((item) => split.gradeSnapshot(item.snapshot));
  if (task.context === 'objects') return { results };
  return { ndjson: ndjsonBytes(task.items, results) };
}

function ndjsonBytes(items: readonly PoolItem[], results: readonly GradeResult[]): Uint8Array {
  let text = '';
  for (let i = 0; i < items.length; i++) text += `${JSON.stringify({ row: items[i]!.row, ...results[i] })}\n`;
  return new TextEncoder().encode(text);
}

/** The result of a record whose batch could not be graded even on a fresh worker. */
export function failedResult(ruleSet: RuleSet, error: unknown): GradeResult {
  const reason = error instanceof Error ? error.message : String(error);
  return invalidRecord(modelOf(ruleSet), [
    {
      field: '',
      code: 'grading-failed',
      message: localized(
        `工作线程未能完成此记录的评级：${reason}`,
        `the worker thread grading this record stopped: ${reason}`,
      ),
    },
  ]);
}

/** Error results for batches that fail twice, and how the parts of a split batch join. */
export function poolFailures(ruleSet: RuleSet): FailedBatches<PoolItem, PoolBatch> {
  return {
    failed(items, error) {
      const results = items.map(() => failedResult(ruleSet, error));
      return { results, ndjson: ndjsonBytes(items, results) };
    },
    join(outputs) {
      const results = outputs.flatMap((o) => o.results ?? []);
      const chunks = outputs.map((o) => o.ndjson).filter((b): b is Uint8Array => b !== undefined);
      return chunks.length === 0 ? { results } : { results, ndjson: concatBytes(chunks) };
    },
  };
}
