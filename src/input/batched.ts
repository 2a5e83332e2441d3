/**
 * Items of a stream that can also be taken a batch at a time. Reading a
 * large file row by row through a chain of async generators costs a promise
 * and a turn of the event loop per row per stage — more than grading the
 * row; the stages of the input pipeline hand over whole batches (the rows of
 * one chunk of text) instead, and a consumer that knows this
 * ({@link batchesOf}) takes them as they come. Iterated item by item it is an
 * ordinary async iterable.
 *
 * @module
 */

const BATCHES = Symbol('qgrade.batches');

/** An async iterable of items that also gives them in batches; iterate it once, one way or the other. */
export interface Batched<T> extends AsyncIterable<T> {
  [BATCHES](): AsyncIterable<T[]>;
}

/**
 * Items from a generator of batches (empty batches are allowed and skipped).
 *
 * @example
 * const items = batched(async function* () { yield [1, 2]; yield [3]; });
 * for await (const batch of batchesOf(items)) console.log(batch); // [1, 2], then [3]
 */
export function batched<T>(batches: () => AsyncIterable<T[]>): Batched<T> {
  return {
    [BATCHES]: batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}

/** The batches of a {@link Batched} stream; any other async iterable one item per batch. */
export function batchesOf<T>(items: AsyncIterable<T>): AsyncIterable<T[]> {
  if (BATCHES in items) return (items as Batched<T>)[BATCHES]();
  return (async function* () {
    for await (const item of items) yield [item];
  })();
}

/**
 * Most items in one batch. A batch is graded and its results held together,
 * so a chunk that happens to hold very many short records (a stray quote
 * that swallowed a megabyte of lines, a library caller's one huge string)
 * must not become one batch of hundreds of thousands.
 */
export const MAX_BATCH = 2000;

/** A batch cut into batches of at most {@link MAX_BATCH} items (an empty one as it is). */
export function* inSlices<T>(items: T[]): Generator<T[]> {
  if (items.length <= MAX_BATCH) {
    yield items;
    return;
  }
  for (let start = 0; start < items.length; start += MAX_BATCH) yield items.slice(start, start + MAX_BATCH);
}
