import { AbortedError } from '../errors/aborted-error';
import { optionValueError } from '../errors/option-value-error';
import { knownOptions } from '../errors/options-argument';
import { localized } from '../text/localized-text';

/**
 * What qgrade reads of an `AbortSignal` (the DOM's and Node's both fit):
 * declared here so the types need neither lib `dom` nor `@types/node`.
 *
 * @example
 * const signal: AbortSignalLike = AbortSignal.timeout(5000);
 */
export interface AbortSignalLike {
  /** Whether it has been aborted. */
  readonly aborted: boolean;
  /** Why, once aborted: the error's `cause`. */
  readonly reason?: unknown;
  /** Calls `listener` once it is aborted. */
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  /** Stops calling `listener`. */
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * Options of a stream of results that a caller may stop.
 *
 * @example
 * for await (const result of grader.gradeMany(records, { signal: AbortSignal.timeout(5000) })) send(result);
 */
export interface StreamOptions {
  /**
   * Stops the stream when aborted: the loop gets a `QgradeError` with code
   * `aborted` (`name` `AbortError`, `cause` the signal's `reason`) after the
   * results it already had, and the records' iterator is closed (its
   * `return()` called; a source waiting for its next record closes when that
   * wait ends). Aborted before the first result: no record is graded.
   * Aborted once the loop has ended: nothing changes (at the last result
   * the source may not yet have said it ended: an abort there still ends
   * the loop with the error). The signal is read between
   * records and while the stream waits (for its source, for a pool's
   * threads): a loop over an array in this thread that awaits nothing else
   * lets no timer run, so `AbortSignal.timeout` fires only when it awaits.
   */
  signal?: AbortSignalLike | undefined;
}

/** The `signal` of a stream's options: an AbortSignal, or absent; anything else is a usage error. */
export function signalOption(signal: unknown): AbortSignalLike | undefined {
  if (signal === undefined) return undefined;
  const s = signal as Partial<AbortSignalLike> | null;
  if (
    typeof s === 'object' &&
    s !== null &&
    typeof s.aborted === 'boolean' &&
    typeof s.addEventListener === 'function' &&
    typeof s.removeEventListener === 'function'
  )
    return s as AbortSignalLike;
  throw optionValueError(
    localized(
      'options.signal 应为 AbortSignal（如 AbortSignal.timeout(5000) 或 controller.signal）',
      'options.signal must be an AbortSignal (such as AbortSignal.timeout(5000) or controller.signal)',
    ),
    signal,
  );
}

/**
 * A stream's options that hold only `signal`, checked (an unknown key is a
 * usage error naming it): the signal, or `undefined`.
 *
 * @example
 * const signal = streamSignal(options, 'gradeMany');
 */
export function streamSignal(options: StreamOptions | undefined, fn: string): AbortSignalLike | undefined {
  if (options === undefined) return undefined;
  const { signal } = knownOptions(options, fn, '{ signal: AbortSignal.timeout(5000) }', ['signal']);
  return signalOption(signal);
}

/**
 * The records as an iterable of the same kind (sync stays sync, so records
 * at hand are still taken without a promise each) that throws an
 * {@link AbortedError} once `signal` is aborted, closing the records'
 * iterator first; a pending wait for an async source's next record ends at
 * the abort, its `return()` called without waiting for it.
 *
 * @example
 * yield* gradeRecords(abortableRecords(records, signal, 'gradeMany'), grade);
 */
export function abortableRecords<T>(
  records: Iterable<T> | AsyncIterable<T>,
  signal: AbortSignalLike,
  method: string,
): Iterable<T> | AsyncIterable<T> {
  const aborted = () => new AbortedError(method, signal.reason);
  if (typeof (records as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function') {
    const source = records as AsyncIterable<T>;
    return {
      [Symbol.asyncIterator](): AsyncIterator<T> {
        const inner = source[Symbol.asyncIterator]();
        const close = () => {
          // A source stuck in its wait would hold this up forever: its return() is asked for, not awaited.
          Promise.resolve()
            .then(() => inner.return?.())
            .catch(() => undefined);
        };
        return {
          async next() {
            if (signal.aborted) {
              await inner.return?.();
              throw aborted();
            }
            let onAbort = () => {};
            const stop = new Promise<never>((_, reject) => {
              onAbort = () => {
                close();
                reject(aborted());
              };
            });
            signal.addEventListener('abort', onAbort, { once: true });
            try {
              return await Promise.race([inner.next(), stop]);
            } finally {
              signal.removeEventListener('abort', onAbort);
            }
          },
          async return(value?: unknown) {
            return (await inner.return?.(value)) ?? { done: true, value: value as T };
          },
        };
      },
    };
  }
  const source = records as Iterable<T>;
  return {
    [Symbol.iterator](): Iterator<T> {
      const inner = source[Symbol.iterator]();
      return {
        next() {
          if (signal.aborted) {
            inner.return?.();
            throw aborted();
          }
          return inner.next();
        },
        return(value?: unknown) {
          return inner.return?.(value) ?? { done: true, value: value as T };
        },
      };
    },
  };
}

/**
 * The results of a stream, ended by an {@link AbortedError} at the first
 * result asked for once `signal` is aborted (so results already computed,
 * a pool's batches in flight, are not handed out after the abort).
 *
 * @example
 * yield* untilAborted(pool.gradeMany(records), signal, 'gradeMany');
 */
export async function* untilAborted<T>(
  results: AsyncIterable<T>,
  signal: AbortSignalLike,
  method: string,
): AsyncGenerator<T> {
  for await (const result of results) {
    if (signal.aborted) throw new AbortedError(method, signal.reason);
    yield result;
  }
}
