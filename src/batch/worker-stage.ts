import { Piscina } from 'piscina';
import { createTurns } from './turns';
import { WorkersStoppedError } from './workers-stopped-error';

/** Options for {@link createWorkerStage}. */
export interface WorkerStageOptions<Data> {
  /** The worker module (see `workerModule`). */
  module: { filename: string; execArgv?: string[] };
  /** Handed to every worker once, when it starts: the rule set (resolved), the output's settings. */
  workerData: Data;
  /** Worker threads. */
  workers: number;
}

/** How a stage's batches travel to its workers. */
export interface WorkerStageTransport<In, Packed = unknown> {
  /**
   * A batch as it is sent to a worker (the task's `items`), e.g. packed into
   * a few flat arrays, which cost less to copy between threads than many
   * small objects. Without it the items are sent as they are.
   */
  pack?(items: In[]): Packed;
  /**
   * Memory in a packed batch to move to the worker rather than copy (e.g.
   * an output buffer handed back for reuse). A batch run again is packed
   * again, so what a failed attempt moved away is not sent twice.
   */
  transfer?(packed: Packed): ArrayBuffer[];
}

/** What a worker module's default export receives: a batch of items, and what to make of them. */
export interface WorkerTask<In, Context> {
  items: In[];
  context: Context;
}

/** What a stage does with batches that fail (see {@link WorkerStage.run}). */
export interface FailedBatches<In, Out> {
  /** The output for items that could not be run: one error result (or row) each. */
  failed(items: In[], error: unknown): Out;
  /** Outputs of consecutive parts of a batch, as one output. */
  join(outputs: Out[]): Out;
}

/** Batches run on worker threads; see {@link createWorkerStage}. */
export interface WorkerStage<In, Out, Context> {
  /** Threads running. */
  readonly workers: number;
  /**
   * Runs one batch on a worker. A batch that fails for a reason outside the
   * worker's own code — the worker died or was terminated, the batch could
   * not be copied to it — is run again once on a fresh worker; failing
   * again, it is halved, and each half run (and halved again if it fails)
   * until an item that still fails alone gets `failed([item], error)`. So
   * every item yields an output, and the promise settles: after
   * {@link MAX_FRESH_STARTS} fresh sets of threads in a row with no batch
   * done (a crash loop), the stage starts no more threads and every batch
   * waiting or to come gets `failed(items, error)` at once. Any number of
   * calls may wait at once, from any number of callers: two batches per
   * thread go to the threads at a time, and the others wait their turn, in
   * the order they came, never refused.
   */
  run(items: In[], context: Context): Promise<Out>;
  /** Stops the threads; never rejects. */
  close(): Promise<void>;
}

/**
 * How many times in a row, with no batch done in between, a stage replaces
 * all its threads before it gives up (see {@link WorkerStage.run}).
 */
export const MAX_FRESH_STARTS = 3;

/** A set of threads; retired when the stage replaces it. */
interface Generation<Context, Out> {
  pool: Piscina<{ items: unknown; context: Context }, Out>;
  retired: boolean;
}

/**
 * A pool of worker threads running one module. The module's default export
 * takes a {@link WorkerTask} and returns its output; it reads `workerData`
 * from `node:worker_threads` once.
 */
export function createWorkerStage<In, Out, Context>(
  options: WorkerStageOptions<unknown>,
  failures: FailedBatches<In, Out>,
  transport: WorkerStageTransport<In> = {},
): WorkerStage<In, Out, Context> {
  let closed = false;
  // Set once the stage gives up on its threads: every batch then fails with it.
  let stopped: WorkersStoppedError | undefined;
  let freshStarts = 0;
  const start = (): Generation<Context, Out> => {
    const generation: Generation<Context, Out> = {
      pool: new Piscina({
        ...options.module,
        workerData: options.workerData,
        minThreads: options.workers,
        maxThreads: options.workers,
        // No maxQueue: piscina refuses a task over it ("Task queue is at limit"), which would fail a batch
        // that only had to wait. The stage's turns bound what piscina holds instead.
      }),
      retired: false,
    };
    // A pool whose threads are torn down may emit 'error'; the batches that ran on them report it.
    generation.pool.on('error', () => {});
    // Piscina replaces a thread that dies, except once any of its threads has died while starting: from then on
    // (its guard against a crash loop) it replaces none, and batches queued in it wait forever. Checked once
    // piscina is done with the death: a thread short means a fresh set of threads.
    generation.pool.on('workerDestroy', () => queueMicrotask(() => replaceIfShort(generation)));
    return generation;
  };
  const retire = (generation: Generation<Context, Out>) => {
    generation.retired = true;
    // Its batches, running or queued, fail and are run again on the current threads (see attempt).
    return generation.pool.destroy().catch(() => {});
  };
  let current = start();
  const replaceIfShort = (generation: Generation<Context, Out>) => {
    if (closed || generation.retired || generation.pool.threads.length >= options.workers) return;
    void retire(generation);
    if (++freshStarts > MAX_FRESH_STARTS) {
      stopped = new WorkersStoppedError(MAX_FRESH_STARTS);
      return;
    }
    current = start();
  };
  const { pack, transfer } = transport;
  // Two batches per thread at once, one running and one ready for when it ends, from every caller together:
  // a batch past them waits here, in the order it came, however many callers share the stage.
  const turns = createTurns(options.workers * 2);
  const attempt = async (items: In[], context: Context): Promise<Out> => {
    const done = await turns.take();
    try {
      return await attemptInTurn(items, context);
    } finally {
      done();
    }
  };
  const attemptInTurn = async (items: In[], context: Context): Promise<Out> => {
    for (;;) {
      if (closed) throw new Error('the worker pool is closed');
      if (stopped) throw stopped;
      const generation = current;
      const packed = pack ? pack(items) : items;
      const transferList = transfer?.(packed);
      try {
        const out = await generation.pool.run(
          { items: packed, context },
          transferList?.length ? { transferList } : undefined,
        );
        freshStarts = 0;
        return out;
      } catch (error) {
        // Threads replaced under the batch: not its failure (at most one per replacement), run it again.
        if (closed || !generation.retired) throw error;
      }
    }
  };
  return {
    workers: options.workers,
    async run(items, context) {
      // A closed piscina would start a thread again for the batch, and nothing would stop it.
      if (closed) throw new Error('the worker pool is closed');
      try {
        return await attempt(items, context);
      } catch {
        if (closed) throw new Error('the worker pool is closed');
        if (stopped) return failures.failed(items, stopped);
      }
      try {
        return await attempt(items, context);
      } catch (error) {
        if (closed) throw error;
        if (stopped || items.length === 1) return failures.failed(items, stopped ?? error);
      }
      // Twice failed: halve it until what cannot be graded is alone, and grade the rest (halves one at a
      // time, so a half that kills its worker does not take the other half down with it).
      const halves = async (part: In[]): Promise<Out> => {
        const middle = Math.ceil(part.length / 2);
        return failures.join([await isolate(part.slice(0, middle)), await isolate(part.slice(middle))]);
      };
      const isolate = async (part: In[]): Promise<Out> => {
        try {
          return await attempt(part, context);
        } catch (error) {
          if (closed) throw error;
          if (stopped || part.length === 1) return failures.failed(part, stopped ?? error);
        }
        return halves(part);
      };
      return halves(items);
    },
    async close() {
      closed = true;
      await retire(current);
    },
  };
}
