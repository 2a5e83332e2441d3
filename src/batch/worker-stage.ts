import { Piscina } from 'piscina';

/** Options for {@link createWorkerStage}. */
export interface WorkerStageOptions<Data> {
  /** The worker module (see `workerModule`). */
  module: { filename: string; execArgv?: string[] };
  /** Handed to every worker once, when it starts: the rule set's text, the output's settings. */
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
   * again, each item is run alone, and an item that still fails gets
   * `failed([item], error)`. So every item yields an output.
   */
  run(items: In[], context: Context): Promise<Out>;
  /** Stops the threads; never rejects. */
  close(): Promise<void>;
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
  const pool = new Piscina<{ items: unknown; context: Context }, Out>({
    ...options.module,
    workerData: options.workerData,
    minThreads: options.workers,
    maxThreads: options.workers,
    // Batches wait in the stage's window, not in piscina's queue.
    maxQueue: 'auto',
  });
  // A pool whose threads are torn down may emit 'error'; the batches that ran on them report it.
  pool.on('error', () => {});
  let closed = false;
  const { pack, transfer } = transport;
  const attempt = (items: In[], context: Context): Promise<Out> => {
    const packed = pack ? pack(items) : items;
    const transferList = transfer?.(packed);
    return pool.run({ items: packed, context }, transferList?.length ? { transferList } : undefined);
  };
  return {
    workers: options.workers,
    async run(items, context) {
      try {
        return await attempt(items, context);
      } catch {
        if (closed) throw new Error('the worker pool is closed');
      }
      try {
        return await attempt(items, context);
      } catch (error) {
        if (closed) throw error;
        if (items.length === 1) return failures.failed(items, error);
      }
      // Twice failed: find the item(s) that cannot be graded, and grade the rest.
      const outputs: Out[] = [];
      for (const item of items) {
        try {
          outputs.push(await attempt([item], context));
        } catch (error) {
          if (closed) throw error;
          outputs.push(failures.failed([item], error));
        }
      }
      return failures.join(outputs);
    },
    async close() {
      closed = true;
      await pool.destroy().catch(() => {});
    },
  };
}
