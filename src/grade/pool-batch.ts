import { concatBytes } from '../batch/concat-bytes';
import { rowFirst } from '../batch/row-first';
import type { FailedBatches, WorkerTask } from '../batch/worker-stage';
import type { RecordSnapshot, UnreadableRecord } from '../compile/record-snapshot';
import { explainFailing, explainRecord } from '../explain/explain-record';
import { invalidRecord } from '../explain/invalid-record';
import { type GradeOnlyResult, type ResultDetail, resultAtDetail } from '../explain/result-detail';
import type { GradeResult } from '../model/grade-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { ByteBuffer } from '../serialize/byte-buffer';
import { resultJsonBytesWriter } from '../serialize/result-json-bytes';
import { type LocalizedText, localized } from '../text/localized-text';
import type { SplitGrader } from './create-grader';
import { type PackedGrades, packGrades, unpackGrades } from './pool-grades';
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
 * what grading it does — or at detail `grade` only their grades (`grades`).
 * Results made in the pool's own thread (a batch that failed) are `results`,
 * always full; a batch that was split and run in parts is its `parts`.
 */
export interface PoolBatch {
  results?: GradeResult[];
  /** The rows of `results`, for writing them as NDJSON where they are read. */
  rows?: number[];
  ndjson?: Uint8Array;
  /** For `gradeMany` at detail `full` or `failing`: what the records' checks gave, packed; their numbers are moved, not copied. */
  outcomes?: PackedOutcomes;
  /** For `gradeMany` at detail `grade`: each record's grade, packed. */
  grades?: PackedGrades;
  /** The outputs of the parts of a batch that was split (a worker died on it), in order. */
  parts?: PoolBatch[];
}

/**
 * What the pool asks of a batch: results at a detail level for `gradeMany`, or NDJSON rows for
 * `gradeManyToNdjson` (`ndjson` in full, `ndjson-failing`, `ndjson-grade` at those details).
 */
export type PoolOutput = ResultDetail | NdjsonOutput;

/** NDJSON rows at a detail level. */
export type NdjsonOutput = 'ndjson' | 'ndjson-failing' | 'ndjson-grade';

/** The {@link NdjsonOutput} of a detail level. */
export function ndjsonOutput(detail: ResultDetail): NdjsonOutput {
  return detail === 'full' ? 'ndjson' : `ndjson-${detail}`;
}

function ndjsonDetail(output: PoolOutput): ResultDetail | undefined {
  return output === 'ndjson'
    ? 'full'
    : output === 'ndjson-failing'
      ? 'failing'
      : output === 'ndjson-grade'
        ? 'grade'
        : undefined;
}

// One writer per thread: it keeps the bytes of what this rule set's results share.
const toJson = resultJsonBytesWriter();

/** Grades one batch of a grader pool: the work of a worker thread. */
export function gradePoolBatch(split: SplitGrader, task: WorkerTask<PoolItem, PoolOutput>): PoolBatch {
  const output = task.context;
  const detail = ndjsonDetail(output);
  if (detail !== undefined) {
    const results = task.items.map((item) => split.gradeFull({ snapshot: item.snapshot }));
    return { ndjson: ndjsonBytes(task.items, results, detail) };
  }
  const inputs = task.items.map((item) => ({ snapshot: item.snapshot }));
  return output === 'grade'
    ? { grades: packGrades(split, inputs) }
    : { outcomes: packOutcomes(split, inputs) };
}

/** For gradeManyToNdjson: the rows of its output, moved to the pool's thread and written as they are. */
function ndjsonBytes(
  items: readonly { row: number }[],
  results: readonly GradeResult[],
  detail: ResultDetail,
): Uint8Array {
  const out = new ByteBuffer(1 << 16);
  for (let i = 0; i < items.length; i++) {
    const result = detail === 'full' ? results[i]! : resultAtDetail(results[i]!, detail);
    toJson(rowFirst(items[i]!.row, undefined, result), out);
    out.reserve(1);
    out.bytes[out.length++] = 10;
  }
  return out.bytes.subarray(0, out.length);
}

/**
 * The results of a batch at a detail level, explained (or unpacked) one at
 * a time, as they are asked for: for each record what
 * `resultAtDetail(grader.gradeSync(record), detail)` gives.
 */
export function* batchResults(
  split: SplitGrader,
  batch: PoolBatch,
  detail: ResultDetail,
): Generator<GradeResult | GradeOnlyResult> {
  if (batch.parts) {
    for (const part of batch.parts) yield* batchResults(split, part, detail);
  } else if (batch.grades) yield* unpackGrades(split, batch.grades);
  else if (batch.outcomes)
    yield* explainPacked(split, batch.outcomes, detail === 'failing' ? explainFailing : explainRecord);
  else if (batch.results) {
    if (detail === 'full') yield* batch.results;
    else for (const result of batch.results) yield resultAtDetail(result, detail);
  }
}

/**
 * A batch's NDJSON rows at a detail level: as a worker wrote them, or, for records graded in the pool's
 * thread (a batch that failed), written here.
 */
export function batchNdjson(batch: PoolBatch, detail: ResultDetail): Uint8Array | undefined {
  if (batch.parts) {
    const chunks = batch.parts
      .map((part) => batchNdjson(part, detail))
      .filter((b): b is Uint8Array => b !== undefined);
    return concatBytes(chunks);
  }
  if (batch.ndjson) return batch.ndjson;
  if (batch.results && batch.rows)
    return ndjsonBytes(
      batch.rows.map((row) => ({ row })),
      batch.results,
      detail,
    );
  return undefined;
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
      // Rows kept, not written: the detail they are written at is the caller's (batchNdjson).
      return { results: items.map(() => failedResult(ruleSet, error)), rows: items.map((item) => item.row) };
    },
    join(outputs) {
      // Parts of one batch, some graded on a worker and some failed here: kept as parts, read in order.
      return { parts: outputs };
    },
  };
}
