import { concatBytes } from '../batch/concat-bytes';
import type { FailedBatches, WorkerTask } from '../batch/worker-stage';
import type { RecordSnapshot, UnreadableRecord } from '../compile/record-snapshot';
import { invalidRecord } from '../explain/invalid-record';
import type { GradeResult } from '../model/grade-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { ByteBuffer } from '../serialize/byte-buffer';
import { resultJsonBytesWriter } from '../serialize/result-json-bytes';
import { type LocalizedText, localized } from '../text/localized-text';
import type { SplitGrader } from './create-grader';
import { explainPacked, type PackedOutcomes, packOutcomes } from './pool-outcomes';

/** What every worker of a grader pool starts with: the rule set as the pool resolved it (`resolvedRuleSet`). */
export interface PoolWorkerData {
  resolved: Uint8Array;
}

/** One record on its way to a worker: its row and its values, read in the pool's thread. */
export interface PoolItem {
  row: number;
  snapshot: RecordSnapshot | UnreadableRecord;
}

/**
 * What a worker gives back for a batch: for `gradeManyToNdjson` its rows as
 * NDJSON, UTF-8, moved between threads without copying; for `gradeMany` its
 * records' check outcomes (see `outcomes`), explained in the pool's thread —
 * structured-cloning a full result, or parsing it from JSON, costs many times
 * what grading it does. Results made in the pool's own thread (a batch that
 * failed) are `results`.
 */
export interface PoolBatch {
  results?: GradeResult[];
  ndjson?: Uint8Array;
  /** For `gradeMany`: what the records' checks gave, packed; their numbers are moved, not copied. */
  outcomes?: PackedOutcomes;
}

/** What the pool asks of a batch: results for `gradeMany` (`objects`), or NDJSON rows for `gradeManyToNdjson`. */
export type PoolOutput = 'objects' | 'ndjson';

// One writer per thread: it keeps the bytes of what this rule set's results share.
const toJson = resultJsonBytesWriter();

/** Grades one batch of a grader pool: the work of a worker thread. */
export function gradePoolBatch(split: SplitGrader, task: WorkerTask<PoolItem, PoolOutput>): PoolBatch {
  if (task.context === 'objects')
    return {
      outcomes: packOutcomes(
        split,
        task.items.map((item) => ({ snapshot: item.snapshot })),
      ),
    };
  const results = task.items.map((item) => split.gradeFull({ snapshot: item.snapshot }));
  return { ndjson: ndjsonBytes(task.items, results) };
}

/** For gradeManyToNdjson: the rows of its output, moved to the pool's thread and written as they are. */
function ndjsonBytes(items: readonly PoolItem[], results: readonly GradeResult[]): Uint8Array {
  const out = new ByteBuffer(1 << 16);
  for (let i = 0; i < items.length; i++) {
    toJson({ row: items[i]!.row, ...results[i] }, out);
    out.reserve(1);
    out.bytes[out.length++] = 10;
  }
  return out.bytes.subarray(0, out.length);
}

/** The results of a batch, explained (or parsed from its NDJSON) one at a time, as they are asked for. */
export function* batchResults(split: SplitGrader, batch: PoolBatch): Generator<GradeResult> {
  if (batch.results) {
    yield* batch.results;
    return;
  }
  if (batch.outcomes) {
    yield* explainPacked(split, batch.outcomes);
    return;
  }
  if (!batch.ndjson) return;
  const text = new TextDecoder().decode(batch.ndjson);
  let from = 0;
  for (;;) {
    const end = text.indexOf('\n', from);
    if (end < 0) return;
    yield JSON.parse(text.slice(from, end)) as GradeResult;
    from = end + 1;
  }
}

/** The result of a record whose batch could not be graded even on a fresh worker. */
export function failedResult(ruleSet: RuleSet, error: unknown): GradeResult {
  const reason = error instanceof Error ? error.message : String(error);
  // A reason qgrade gives itself (the stage gave up on its threads) has its own words in both languages.
  const text = (error as { text?: LocalizedText } | undefined)?.text;
  return invalidRecord(modelOf(ruleSet), [
    {
      field: '',
      code: 'grading-failed',
      message: localized(
        `工作线程未能完成此记录的评级：${text ? text.zh : `“${reason}”`}`,
        `the worker thread grading this record stopped: ${text ? text.en : reason}`,
      ),
    },
  ]);
}

/** Error results for batches that fail twice, and how the parts of a split batch join. */
export function poolFailures(split: SplitGrader): FailedBatches<PoolItem, PoolBatch> {
  const ruleSet = split.grader.ruleSet;
  return {
    failed(items, error) {
      const results = items.map(() => failedResult(ruleSet, error));
      return { results, ndjson: ndjsonBytes(items, results) };
    },
    join(outputs) {
      // Parts of one batch, some graded on a worker and some failed here: as results, and as NDJSON rows.
      const results = outputs.flatMap((o) => [
        ...batchResults(split, o.results ? { results: o.results } : o),
      ]);
      const chunks = outputs.map((o) => o.ndjson).filter((b): b is Uint8Array => b !== undefined);
      return { results, ndjson: concatBytes(chunks) };
    },
  };
}
