import { UsageError } from '../errors/usage-error';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { valueKind } from '../text/value-kind';

/**
 * Checks, once per call, that a method's `records` argument is an array or
 * an iterable (or, where `asyncToo`, an async iterable) and returns it; a
 * string is refused too, since its characters are never meant as records.
 * Anything else is a usage error that names the method and what came,
 * rather than the engine's "is not iterable".
 *
 * @example
 * for (const record of recordsArgument(records, 'gradeGroup', false)) …
 */
export function recordsArgument<T extends Iterable<unknown> | AsyncIterable<unknown>>(
  records: T,
  method: string,
  asyncToo: boolean,
): T {
  const value = records as unknown;
  const iterable =
    typeof value === 'object' &&
    value !== null &&
    (typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function' ||
      (asyncToo && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'));
  if (iterable) return records;
  const got = valueKind(value);
  throw new UsageError(
    asyncToo
      ? localized(
          cjkJoin(`${method} 需要记录的数组或（异步）可迭代对象，收到的是`, got.zh),
          `${method} takes an array or (async) iterable of records, got ${got.en}`,
        )
      : localized(
          cjkJoin(`${method} 需要记录的数组或可迭代对象，收到的是`, got.zh),
          `${method} takes an array or iterable of records, got ${got.en}`,
        ),
  );
}
