/**
 * The records of an array, an iterable or an async iterable, each given to
 * `take` as it is. `for await` over a plain array would await every element,
 * which reads its `then`: a record that is a Proxy with a throwing getter
 * would then throw in the caller's loop instead of becoming an error result.
 * Only a true async iterable is awaited, and only its iterator results.
 *
 * @example
 * for await (const item of recordsOf(records, (r) => ({ snapshot: snapshot(r) }))) …
 */
export async function* recordsOf<T>(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  take: (record: unknown) => T,
): AsyncGenerator<Awaited<T>> {
  if (typeof (records as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function') {
    for await (const record of records as AsyncIterable<unknown>) yield await take(record);
  } else {
    for (const record of records as Iterable<unknown>) yield await take(record);
  }
}
