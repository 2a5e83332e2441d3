/**
 * A worker stage gives every item an output and every batch a settled
 * promise, however its threads die: a poison batch is halved until the item
 * that kills its thread is alone; threads that die while starting (after
 * which piscina replaces none) are replaced by a fresh set.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkerStage, type WorkerStage } from '../../src/batch/worker-stage';

const MODULE = { filename: fileURLToPath(new URL('./fixtures/dying-worker.mjs', import.meta.url)) };

/** A stage on the dying worker: outputs are strings, an item no worker could run is `failed(<item>)`. */
function stage(workers: number, dieOnStart: number[]): WorkerStage<string, string[], undefined> {
  return createWorkerStage<string, string[], undefined>(
    { module: MODULE, workers, workerData: { started: new SharedArrayBuffer(4), dieOnStart } },
    {
      failed: (items) => items.map((item) => `failed(${item})`),
      join: (outputs) => outputs.flat(),
    },
  );
}

describe('worker stage', () => {
  it('a batch that kills its thread every time: only the item that does is failed', async () => {
    const s = stage(2, []);
    try {
      const items = ['a', 'b', 'c', 'poison', 'd', 'e', 'f'];
      const [poisoned, fine] = await Promise.all([s.run(items, undefined), s.run(['g', 'h'], undefined)]);
      expect(poisoned).toEqual(['a!', 'b!', 'c!', 'failed(poison)', 'd!', 'e!', 'f!']);
      expect(fine).toEqual(['g!', 'h!']);
    } finally {
      await s.close();
    }
  });

  it('more batches at once than the threads hold: every one waits its turn and runs, none is failed', async () => {
    const s = stage(1, []);
    try {
      const batches = Array.from({ length: 12 }, (_, i) => [`${i}a`, `${i}b`]);
      const outputs = await Promise.all(batches.map((b) => s.run(b, undefined)));
      expect(outputs).toEqual(batches.map((b) => b.map((item) => `${item}!`)));
    } finally {
      await s.close();
    }
  });

  it('a replacement thread that dies while starting: a fresh thread takes the batches', async () => {
    // Thread 1 dies on the poison batch; thread 2, its replacement, while starting: piscina stops replacing.
    const s = stage(1, [2]);
    try {
      // Two batches at once, as the stage's callers run at most twice as many as there are threads.
      const runs = [s.run(['a', 'poison', 'b'], undefined), s.run(['c'], undefined)];
      expect(await Promise.all(runs)).toEqual([['a!', 'failed(poison)', 'b!'], ['c!']]);
      expect(await s.run(['d'], undefined)).toEqual(['d!']);
    } finally {
      await s.close();
    }
  });

  it('every thread dies while starting: every batch settles as failed', async () => {
    const s = stage(
      2,
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    try {
      const runs = [s.run(['a', 'b'], undefined), s.run(['c'], undefined), s.run(['d', 'e', 'f'], undefined)];
      expect(await Promise.all(runs)).toEqual([
        ['failed(a)', 'failed(b)'],
        ['failed(c)'],
        ['failed(d)', 'failed(e)', 'failed(f)'],
      ]);
      expect(await s.run(['g'], undefined)).toEqual(['failed(g)']);
    } finally {
      await s.close();
    }
  });
});
