import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { workerModule } from '../batch/worker-module';
import type { GradeResult } from '../model/grade-result';
import { parseRuleSet } from '../resolve/check-rule-set';
import { loadRuleSet } from '../resolve/load-rule-set';

/**
 * Where the pool's workers read the rule set from: a bundled id or a path, or the text itself.
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

/** One batch for a worker: grade the records; return the results, or their NDJSON lines numbered from `firstRow`. */
export interface PoolTask {
  source: RuleSetSource;
  records: unknown[];
  output: 'objects' | 'ndjson';
  firstRow: number;
}

/**
 * Options for {@link createGraderPool}.
 *
 * @example
 * await createGraderPool({ pathOrId: './rules/my-standard.yaml' }, { workers: 2, batchSize: 500 });
 */
export interface GraderPoolOptions {
  /** Worker threads (default: the number of CPUs the process may use). */
  workers?: number;
  /** Records per message to a worker (default 1000): larger batches spend less on messaging. */
  batchSize?: number;
}

/**
 * Grades batches on worker threads; results come back in input order.
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
   * in input order. Results are copied back from the workers, which costs
   * about as much as grading: for output, prefer {@link GraderPool.gradeManyToNdjson}.
   */
  gradeMany(records: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<GradeResult>;
  /**
   * Grades records and yields their results as NDJSON, UTF-8 encoded (one
   * chunk per batch, each line a `GradeResult` with its `row`), in input
   * order. The workers serialise, which is most of the work: this is what
   * scales with cores. Write the chunks to a stream as they come.
   */
  gradeManyToNdjson(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    options?: { firstRow?: number },
  ): AsyncGenerator<Uint8Array>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/**
 * A pool of worker threads grading against one rule set, for large batches on
 * several cores. The rule set is loaded (and checked) here first, so a bad
 * rule set fails before any worker starts.
 *
 * @throws {@link RuleSetError} when the rule set does not load.
 * @example
 * const pool = await createGraderPool({ pathOrId: 'home-appliances/room-air-conditioner-energy' }, { workers: 2 });
 * for await (const result of pool.gradeMany(records)) console.log(result.grade);
 * await pool.close();
 */
export async function createGraderPool(
  source: RuleSetSource,
  options: GraderPoolOptions = {},
): Promise<GraderPool> {
  if ('text' in source) parseRuleSet(source.text, { filename: source.filename });
  else await loadRuleSet(source.pathOrId);
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const pool = new Piscina<PoolTask, GradeResult[] | Uint8Array>({
    ...workerModule('pool-worker', import.meta.url),
    minThreads: workers,
    maxThreads: workers,
  });

  // Keeps a few batches per worker in flight and hands them back in the order they were sent.
  async function* batches<T>(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    output: PoolTask['output'],
    firstRow: number,
  ) {
    const inFlight: Promise<T>[] = [];
    const limit = workers * 2;
    let batch: unknown[] = [];
    let row = firstRow;
    const send = () => {
      inFlight.push(pool.run({ source, records: batch, output, firstRow: row }) as Promise<T>);
      row += batch.length;
      batch = [];
    };
    for await (const record of records as AsyncIterable<unknown>) {
      batch.push(record);
      if (batch.length < batchSize) continue;
      send();
      if (inFlight.length >= limit) yield await inFlight.shift()!;
    }
    if (batch.length) send();
    while (inFlight.length) yield await inFlight.shift()!;
  }

  return {
    workers,
    async *gradeMany(records) {
      for await (const results of batches<GradeResult[]>(records, 'objects', 1)) yield* results;
    },
    gradeManyToNdjson: (records, options = {}) =>
      batches<Uint8Array>(records, 'ndjson', options.firstRow ?? 1),
    close: () => pool.destroy(),
  };
}
