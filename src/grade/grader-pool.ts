import { availableParallelism } from 'node:os';
import {
  type AbortSignalLike,
  abortableRecords,
  type StreamOptions,
  signalOption,
  untilAborted,
} from '../batch/abort-signal';
import { type BatchOutcome, inOrder } from '../batch/in-order';
import { packedSnapshotsMemory, packSnapshots } from '../batch/packed-snapshots';
import { recordsArgument } from '../batch/records-argument';
import { recordsOf } from '../batch/records-of';
import { workerModule } from '../batch/worker-module';
import type { WorkerStage } from '../batch/worker-stage';
import { AbortedError } from '../errors/aborted-error';
import { knownOptions, optionKeys } from '../errors/options-argument';
import { UsageError } from '../errors/usage-error';
import { badDetail, type GradeOnlyResult, RESULT_DETAILS, type ResultDetail } from '../explain/result-detail';
import type { GradeResult } from '../model/grade-result';
import { parseRuleSet } from '../resolve/check-rule-set';
import { loadRuleSetWithText } from '../resolve/load-rule-set';
import { resolvedRuleSet } from '../resolve/resolved-rule-set';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import { compileGrader } from './create-grader';
import {
  batchNdjson,
  batchResults,
  ndjsonOutput,
  type PoolBatch,
  type PoolItem,
  type PoolOutput,
  type PoolWorkerData,
  poolFailures,
} from './pool-batch';

/**
 * Where the pool's rule set comes from: a bundled id or a path, or the text itself.
 *
 * @example
 * const byId: RuleSetSource = { pathOrId: 'home-appliances/room-air-conditioner-energy' };
 * const byText: RuleSetSource = { text: yamlText, filename: 'draft.yaml' };
 */
export type RuleSetSource =
  | {
      /** A bundled rule-set id or a rule file path. */
      pathOrId: string;
    }
  | {
      /** The rule file's text. */
      text: string;
      /** Name used in error locations. */
      filename: string;
    };

/**
 * Options for {@link createGraderPool}.
 *
 * @example
 * await createGraderPool({ pathOrId: './rules/my-standard.yaml' }, { workers: 2, batchSize: 500 });
 */
export interface GraderPoolOptions {
  /** Worker threads, a whole number from 1 to 64 (default: the number of CPUs the process may use, at most 64). */
  workers?: number | undefined;
  /** Records per message to a worker, a whole number from 1 to 100,000 (default 1000): larger batches spend less on messaging. */
  batchSize?: number | undefined;
}

const POOL_OPTION_KEYS = optionKeys<GraderPoolOptions>({ workers: true, batchSize: true });

/**
 * Options for {@link GraderPool.gradeMany}: how much of each result it
 * builds, and a signal that stops it (see {@link StreamOptions}).
 *
 * @example
 * for await (const r of pool.gradeMany(records, { detail: 'grade' })) tally.add(r.grade);
 */
export interface PoolGradeOptions<D extends ResultDetail = ResultDetail> extends StreamOptions {
  /**
   * The levels of `qgrade grade --detail`: `full` (default) the whole
   * `GradeResult`; `failing` the result without the criteria that passed
   * or do not apply; `grade` only `grade`, `label` and, for a record not
   * graded, `notGradedReason` (a {@link GradeOnlyResult}). Each is what
   * `resultAtDetail(grader.gradeSync(record), detail)` (exported) gives; the less
   * is asked for, the less the pool's thread builds. Anything else is a
   * `QgradeError` with code `usage`.
   */
  detail?: D | undefined;
}

/**
 * Options for {@link GraderPool.gradeManyToNdjson}: the first row's number, how much of each result a line
 * holds, and a signal that stops it (see {@link StreamOptions}).
 *
 * @example
 * for await (const chunk of pool.gradeManyToNdjson(records, { detail: 'grade' })) response.write(chunk);
 */
export interface PoolNdjsonOptions extends StreamOptions {
  /** The `row` of the first record: a whole number of 1 or more (default 1). */
  firstRow?: number | undefined;
  /**
   * As {@link PoolGradeOptions.detail}: each line is `resultAtDetail(grader.gradeSync(record), detail)` with
   * its `row` first, the lines `qgrade grade -f ndjson --detail` writes (without `kept`). `full` by default;
   * anything else is a `QgradeError` with code `usage`.
   */
  detail?: ResultDetail | undefined;
}

/**
 * What {@link GraderPool.gradeMany} yields at a detail level: a
 * {@link GradeOnlyResult} at `grade`, else a {@link GradeResult}.
 *
 * @example
 * const brief: ResultOfDetail<'grade'> = { grade: '2', label: { zh: '2级', en: 'Grade 2' } };
 */
export type ResultOfDetail<D extends ResultDetail> = D extends 'grade' ? GradeOnlyResult : GradeResult;

/**
 * Grades batches on worker threads; results come back in input order. One
 * pool may be used by several callers at once: their batches take turns on
 * the threads (two per thread at a time, the others waiting in the order
 * they came), and none is refused for being one too many.
 *
 * @example
 * const pool: GraderPool = await createGraderPool({ pathOrId: 'steel/hot-rolled-ribbed-bar' });
 * for await (const chunk of pool.gradeManyToNdjson(records)) process.stdout.write(chunk);
 * await pool.close();
 */
export interface GraderPool {
  /** The number of worker threads. */
  readonly workers: number;
  /**
   * Grades records from an array or (async) iterable; one result per record,
   * in input order. Each record's indicator values are read once, in this
   * thread, into plain data before they cross to a worker, so any object
   * `createGrader` grades is graded here too, with the same result. Records
   * go to the workers `batchSize` at a time, and when an async iterable
   * gives no record for 50 ms (a message queue between messages), the
   * records so far go as a smaller batch, so each is answered as it comes.
   * A worker that dies is replaced and its batch run again (halved until a
   * record that kills its worker is alone), and a record that still cannot be
   * graded gets an error result (code `grading-failed`), never a gap. Threads
   * that die as they start are replaced by a fresh set; after three fresh
   * sets in a row with no batch graded (a crash loop), the pool starts no
   * more threads, and every record waiting or to come gets `grading-failed`
   * at once: close the pool and create another. An input that throws (its
   * iterator, or the generator behind it) gets the results of every record
   * read before it first, in order, then its error. The workers evaluate
   * the checks and send back their outcomes, a few numbers per requirement;
   * each result is explained from them in this thread when the loop asks
   * for the next one, and is the object `gradeSync` gives, its constant
   * parts shared between records as there. Copying a whole result between
   * threads costs far more than grading it: `JSON.parse` of a full result
   * (4.4 KB on the air-conditioner rule set) takes 15–20 µs and a structured
   * clone more, where `gradeSync` takes 4–5 µs of CPU. So at `detail: 'full'`
   * this thread still reads each record (~0.7 µs) and explains it (~2 µs):
   * with the messaging, 4–5 µs per record (measured on that rule set, a
   * loaded 2-core machine), about what `gradeSync` costs here, and the
   * workers spend about as much again. On 2 cores the pool is then no faster
   * than `gradeSync` on this thread for full results; it pays off with
   * cores to spare, at `detail: 'grade'` (this thread reads the record and
   * names its grade: 2–3 µs), or in {@link GraderPool.gradeManyToNdjson},
   * whose bytes the workers write and this thread only passes on.
   * As `Grader.gradeMany`, the results carry no `row`.
   * `options.signal` (an `AbortSignal`) stops it: the loop gets a
   * `QgradeError` with code `aborted` after the results it had, the batches
   * on the threads are let finish (their results dropped), the records'
   * iterator is closed, and the pool stays open for the next call (see
   * {@link StreamOptions}).
   *
   * @example
   * const controller = new AbortController();
   * for await (const result of pool.gradeMany(queue, { signal: controller.signal })) store(result);
   * // Grades only: { grade, label } per record, plus notGradedReason for a record not graded.
   * for await (const { grade } of pool.gradeMany(catalogue, { detail: 'grade' })) counts[grade ?? '-']++;
   */
  gradeMany<D extends ResultDetail = 'full'>(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    options?: PoolGradeOptions<D>,
  ): AsyncGenerator<ResultOfDetail<D>>;
  /**
   * Grades records and yields their results as NDJSON, UTF-8 encoded (one
   * chunk per batch, each line a `GradeResult` with its `row`), in input
   * order; `detail` makes each line shorter, as `gradeMany`'s does. The workers serialise, which is most of
   * the work: this is what scales with cores. Write the chunks to a stream as they come; a source
   * that stalls has its records so far sent as a batch, as in `gradeMany`,
   * so a chunk can be shorter than `batchSize` records. An input
   * that throws gets the rows of every record read before it first, then
   * its error. `firstRow` (default 1) is the `row` of the first record: a
   * whole number of 1 or more, else a `QgradeError` with code `usage`.
   * `signal` stops it as it stops {@link GraderPool.gradeMany}: no chunk
   * after the abort; the chunks written are whole rows.
   *
   * @example
   * for await (const chunk of pool.gradeManyToNdjson(records, { signal: AbortSignal.timeout(60_000) }))
   *   response.write(chunk);
   */
  gradeManyToNdjson(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    options?: PoolNdjsonOptions,
  ): AsyncGenerator<Uint8Array>;
  /**
   * Stops the worker threads. Never rejects, and may be called more than
   * once; grading afterwards is a `QgradeError` with code `usage`, and so is
   * what a `gradeMany` or `gradeManyToNdjson` still running when it is
   * called throws to its loop.
   */
  close(): Promise<void>;
}

/**
 * How long a pool waits for the next record of a source before it sends the
 * records it has as a batch that is not full.
 */
const STALL_MS = 50;

/** The most worker threads a pool starts. */
export const MAX_POOL_WORKERS = 64;

/**
 * A pool of worker threads grading against one rule set, for large batches on
 * several cores. The rule set is read and checked here, once: the workers
 * receive it resolved, so every record is graded against the rule set as it
 * was when the pool started, whatever happens to its file afterwards.
 *
 * @throws {@link RuleSetError} when the rule set does not load; a `QgradeError`
 *   with code `usage` when `source` is neither `{ pathOrId }` nor
 *   `{ text, filename }`, `options` is not an object, or `workers` or
 *   `batchSize` is not a whole number in range; and when qgrade is bundled
 *   into the app (esbuild `--bundle`…), whose bundle holds no worker module:
 *   keep qgrade external (`--external:qgrade`).
 * @example
 * const pool = await createGraderPool({ pathOrId: 'home-appliances/room-air-conditioner-energy' }, { workers: 2 });
 * for await (const result of pool.gradeMany(records)) console.log(result.grade);
 * await pool.close();
 */
export async function createGraderPool(
  source: RuleSetSource,
  options: GraderPoolOptions = {},
): Promise<GraderPool> {
  checkSource(source);
  knownOptions(options, 'createGraderPool', '{ workers: 2 }', POOL_OPTION_KEYS);
  const workers = wholeNumber(
    'workers',
    options.workers ?? Math.min(availableParallelism(), MAX_POOL_WORKERS),
    MAX_POOL_WORKERS,
  );
  const batchSize = wholeNumber('batchSize', options.batchSize ?? 1000, 100_000);
  const loaded =
    'text' in source
      ? { ruleSet: parseRuleSet(source.text, { filename: source.filename }), ...source }
      : await loadRuleSetWithText(source.pathOrId);
  // Resolved, not as text: a worker does not parse and check the YAML again (~0.4 s of CPU each at start).
  const data: PoolWorkerData = { resolved: resolvedRuleSet(loaded.ruleSet) };
  const split = compileGrader(loaded.ruleSet);
  // The worker's file first: inside an app's bundle it is missing, and piscina (imported only now) cannot load.
  const module = workerModule('pool-worker', import.meta.url);
  const { createWorkerStage } = await import('../batch/worker-stage');
  const width = split.compiled.model.indicators.length;
  const stage: WorkerStage<PoolItem, PoolBatch, PoolOutput> = createWorkerStage(
    { module, workerData: data, workers },
    poolFailures(split),
    // Packed: a few flat arrays cost far less to copy to a worker than an object and an array per record.
    { pack: (items) => packSnapshots(items, width), transfer: packedSnapshotsMemory },
  );

  let closed = false;
  async function* run(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    output: PoolOutput,
    firstRow: number,
  ): AsyncGenerator<BatchOutcome<PoolItem, PoolBatch>> {
    if (closed) throw poolClosedError();
    let row = firstRow;
    const item = (record: unknown): PoolItem => ({ row: row++, snapshot: split.snapshot(record) });
    // An input that throws ends the batches; the records read before it are graded and yielded first, as
    // Grader.gradeMany does, so a caller knows exactly which records have their results.
    let stopped: { error: unknown } | undefined;
    async function* readAsync(): AsyncGenerator<PoolItem> {
      try {
        yield* recordsOf(records, item);
      } catch (error) {
        stopped = { error };
      }
    }
    function* read(): Generator<PoolItem> {
      try {
        for (const record of records as Iterable<unknown>) yield item(record);
      } catch (error) {
        stopped = { error };
      }
    }
    // Records at hand are taken without a promise each (see inOrder); an async iterable's are awaited.
    const items =
      typeof (records as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function'
        ? readAsync()
        : read();
    // A source that stalls (a message queue between messages) has its records so far sent as a batch, so each
    // is answered as it comes rather than when a batch fills: within the latency of the CLI's output.
    try {
      yield* inOrder(items, (batch) => stage.run(batch, output), {
        batchSize,
        window: workers * 2,
        maxWaitMs: STALL_MS,
      });
    } catch (error) {
      // The pool closed under a running call: its batches fail for that reason alone, told as a call after close is.
      if (closed) throw poolClosedError();
      throw error;
    }
    if (stopped) throw stopped.error;
  }

  return {
    workers,
    gradeMany<D extends ResultDetail = 'full'>(
      records: Iterable<unknown> | AsyncIterable<unknown>,
      options?: PoolGradeOptions<D>,
    ): AsyncGenerator<ResultOfDetail<D>> {
      // One async generator between the caller and the batches, not three nested: each level costs every
      // result a promise. Its arguments are still checked when the loop starts.
      async function* results(): AsyncGenerator<ResultOfDetail<D>> {
        const checked = recordsArgument(records, 'gradeMany', true);
        const { detail, signal } = gradeManyOptions(options);
        for await (const { output } of run(abortable(checked, signal, 'gradeMany'), detail, 1))
          for (const result of batchResults(split, output, detail)) {
            // No result after an abort, as untilAborted does.
            if (signal?.aborted) throw new AbortedError('gradeMany', signal.reason);
            yield result as ResultOfDetail<D>;
          }
      }
      return results();
    },
    async *gradeManyToNdjson(records, options = {}) {
      const checked = recordsArgument(records, 'gradeManyToNdjson', true);
      const { firstRow, signal, detail } = ndjsonOptions(options);
      async function* chunks(): AsyncGenerator<Uint8Array> {
        for await (const { output } of run(
          abortable(checked, signal, 'gradeManyToNdjson'),
          ndjsonOutput(detail),
          firstRow,
        )) {
          const bytes = batchNdjson(output, detail);
          if (bytes) yield bytes;
        }
      }
      yield* signal === undefined ? chunks() : untilAborted(chunks(), signal, 'gradeManyToNdjson');
    },
    close() {
      closed = true;
      return stage.close();
    },
  };
}

/** Grading on a closed pool: a call made after `close()`, or one still running when it came. */
function poolClosedError(): UsageError {
  return new UsageError(
    localized(
      '此线程池已关闭（已调用 close()），不能再评级；请用 createGraderPool 新建一个',
      'the pool is closed (close() was called): create another with createGraderPool to grade more',
    ),
  );
}

/** Refuses what is not a {@link RuleSetSource}, saying what it takes (a bare path or id: how to write it). */
function checkSource(source: unknown): asserts source is RuleSetSource {
  const s = source as { pathOrId?: unknown; text?: unknown; filename?: unknown } | null;
  if (typeof s === 'object' && s !== null && !Array.isArray(s)) {
    if (typeof s.pathOrId === 'string') return;
    if (typeof s.text === 'string' && (s.filename === undefined || typeof s.filename === 'string')) return;
  }
  const hint =
    typeof source === 'string'
      ? localized(
          `：应写作 { pathOrId: ${JSON.stringify(source)} }`,
          `: write { pathOrId: ${JSON.stringify(source)} }`,
        )
      : localized('', '');
  throw new UsageError(
    localized(
      `createGraderPool 需要 { pathOrId }（内置规则集 id 或规则文件路径）或 { text, filename }（规则文件的文本和文件名），收到 ${valueShown(source).zh}${hint.zh}`,
      `createGraderPool takes { pathOrId } (a bundled rule-set id or a rule file path) or { text, filename } (a rule file's text and its name), got ${valueShown(source).en}${hint.en}`,
    ),
  );
}

/** What a value is, for a message: `null`, `the string "…"`, `an array`, `an object with keys […]`. */

function wholeNumber(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    const got = valueShown(value);
    throw new UsageError(
      localized(
        `${name} 应为 1 到 ${max} 之间的整数，收到 ${got.zh}`,
        `${name} must be a whole number from 1 to ${max}, got ${got.en}`,
      ),
    );
  }
  return value;
}

/** The records as given, or (with a signal) ending at its abort. */
function abortable(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  signal: AbortSignalLike | undefined,
  method: string,
): Iterable<unknown> | AsyncIterable<unknown> {
  return signal === undefined ? records : abortableRecords(records, signal, method);
}

/** `gradeMany`'s options: `detail` one of {@link RESULT_DETAILS} (default `full`), and `signal`. */
function gradeManyOptions(options: PoolGradeOptions | undefined): {
  detail: ResultDetail;
  signal: AbortSignalLike | undefined;
} {
  if (options === undefined) return { detail: 'full', signal: undefined };
  const { detail, signal } = knownOptions(options, 'gradeMany', "{ detail: 'grade' }", ['detail', 'signal']);
  if (detail !== undefined && !RESULT_DETAILS.includes(detail)) throw badDetail(detail);
  return { detail: detail ?? 'full', signal: signalOption(signal) };
}

/** `gradeManyToNdjson`'s options: `firstRow` a whole number from 1 (a row of `null`, `-5` or `1.5` is no row), and `signal`. */
function ndjsonOptions(options: PoolNdjsonOptions | null): {
  firstRow: number;
  signal: AbortSignalLike | undefined;
  detail: ResultDetail;
} {
  const { firstRow, signal, detail } = knownOptions(options, 'gradeManyToNdjson', '{ firstRow: 1 }', [
    'firstRow',
    'signal',
    'detail',
  ]);
  if (detail !== undefined && !RESULT_DETAILS.includes(detail)) throw badDetail(detail);
  // Only a missing firstRow means 1: null is no row number.
  return {
    firstRow: wholeNumber('firstRow', firstRow === undefined ? 1 : firstRow, Number.MAX_SAFE_INTEGER),
    signal: signalOption(signal),
    detail: detail ?? 'full',
  };
}
