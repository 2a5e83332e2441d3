import { Piscina } from 'piscina';
import { workerModule } from '../../batch/worker-module';
import type { InputItem } from '../../input/read-records';
import type { RowBatch, WrittenBatch } from './row-batch';

/** Options for {@link writeRowsOnWorkers}. */
export interface WorkerRowsOptions {
  workers: number;
  /** Rows per batch sent to a worker. */
  batchSize?: number;
}

/**
 * Grades and writes input rows on worker threads, batch by batch, and yields
 * the written batches in input order. Reading the input stays on this
 * thread; grading and serialising — most of the work — go to the workers.
 */
export async function* writeRowsOnWorkers(
  items: AsyncIterable<InputItem>,
  template: Omit<RowBatch, 'items' | 'continues'>,
  options: WorkerRowsOptions,
): AsyncGenerator<WrittenBatch> {
  const pool = new Piscina<RowBatch, WrittenBatch>({
    ...workerModule('rows-worker', import.meta.url),
    minThreads: options.workers,
    maxThreads: options.workers,
  });
  const batchSize = options.batchSize ?? 500;
  const inFlight: Promise<WrittenBatch>[] = [];
  let batch: InputItem[] = [];
  let sent = 0;
  const send = () => {
    inFlight.push(pool.run({ ...template, items: batch, continues: sent > 0 }));
    sent += batch.length;
    batch = [];
  };
  try {
    for await (const item of items) {
      batch.push(item);
      if (batch.length < batchSize) continue;
      send();
      if (inFlight.length >= options.workers * 2) yield await inFlight.shift()!;
    }
    if (batch.length) send();
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    await pool.destroy();
  }
}
