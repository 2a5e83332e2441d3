import { closeAfterRead } from './close-after-read';
/** How {@link inOrder} groups items into batches. */
export interface InOrderOptions {
  /** Items per batch. */
  batchSize: number;
  /** Batches running at once; the next batch waits for the oldest to finish. */
  window: number;
  /**
   * Send a batch that is not full when no further item arrives within this
   * many milliseconds, so a slow input (`tail -f … |`) is graded as it comes
   * rather than when a batch fills. Undefined: wait for a full batch.
   */
  maxWaitMs?: number;
}

/** A batch and what running it gave. */
export interface BatchOutcome<I, O> {
  items: I[];
  output: O;
}

/**
 * Runs items through `run` in batches, several at once, and yields each
 * batch's outcome in input order as soon as it and every batch before it
 * are done. Every batch's promise is observed from the moment it starts, so
 * a batch that fails while an earlier one is awaited never becomes an
 * unhandled rejection; when the consumer stops early, batches still running
 * are waited for and their failures dropped.
 */
export async function* inOrder<I, O>(
  items: AsyncIterable<I> | Iterable<I>,
  run: (batch: I[]) => Promise<O>,
  options: InOrderOptions,
): AsyncGenerator<BatchOutcome<I, O>> {
  // Items at hand (an array, a generator) fill a batch at once: a promise per item cost more than grading it.
  const sync = Symbol.asyncIterator in items ? undefined : (items as Iterable<I>)[Symbol.iterator]();
  const iterator = sync ?? (items as AsyncIterable<I>)[Symbol.asyncIterator]();
  const running: { items: I[]; done: Promise<{ ok: true; output: O } | { ok: false; error: unknown }> }[] =
    [];
  let batch: I[] = [];
  let next: Promise<IteratorResult<I>> | undefined;
  let ended = false;
  const start = () => {
    const items = batch;
    batch = [];
    const done = run(items).then(
      (output) => ({ ok: true as const, output }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    running.push({ items, done });
  };
  try {
    for (;;) {
      // Yield finished batches at the head of the line.
      while (running.length > 0) {
        const head = running[0]!;
        const settled = await Promise.race([head.done, Promise.resolve(undefined)]);
        if (!settled) break;
        running.shift();
        if (!settled.ok) throw settled.error;
        yield { items: head.items, output: settled.output };
      }
      if (ended) {
        if (batch.length > 0) start();
        if (running.length === 0) return;
        const head = running.shift()!;
        const settled = await head.done;
        if (!settled.ok) throw settled.error;
        yield { items: head.items, output: settled.output };
        continue;
      }
      if (running.length >= options.window) {
        const head = running.shift()!;
        const settled = await head.done;
        if (!settled.ok) throw settled.error;
        yield { items: head.items, output: settled.output };
        continue;
      }
      if (sync) {
        for (;;) {
          const result = sync.next();
          if (result.done) {
            ended = true;
            break;
          }
          batch.push(result.value);
          if (batch.length >= options.batchSize) {
            start();
            break;
          }
        }
        continue;
      }
      next ??= (iterator as AsyncIterator<I>).next();
      const waits: Promise<'item' | 'batch' | 'timeout'>[] = [next.then(() => 'item' as const)];
      if (running.length > 0) waits.push(running[0]!.done.then(() => 'batch' as const));
      let timer: ReturnType<typeof setTimeout> | undefined;
      if (batch.length > 0 && options.maxWaitMs !== undefined) {
        const wait = options.maxWaitMs;
        waits.push(
          new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), wait);
          }),
        );
      }
      const first = await Promise.race(waits);
      if (timer) clearTimeout(timer);
      if (first === 'item') {
        const result = await next;
        next = undefined;
        if (result.done) {
          ended = true;
          continue;
        }
        batch.push(result.value);
        if (batch.length >= options.batchSize) start();
      } else if (first === 'timeout') start();
      // 'batch': the oldest batch finished; the loop yields it.
    }
  } finally {
    // Stopped early or failed: let running batches finish, ignoring what they give.
    await Promise.all(running.map((r) => r.done));
    // An item still being read may never come: the consumer is not held until it does.
    await closeAfterRead(iterator, next);
  }
}
