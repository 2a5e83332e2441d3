import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import { UsageError } from './usage-error';

/**
 * Checks that a function's `options` argument is an object (not `null`, a
 * number, a string or a list) and returns it; anything else is a usage
 * error naming the function, an example and what came, rather than the
 * engine's "cannot read properties of null".
 *
 * @param fn - the function as the caller wrote it: `createGrader`
 * @param example - options it takes, as code: `{ engine: "compiled" }`
 * @example
 * const { engine } = optionsArgument(options, 'createGrader', '{ engine: "compiled" }');
 */
export function optionsArgument<T>(options: T, fn: string, example: string): NonNullable<T> {
  if (options !== null && typeof options === 'object' && !Array.isArray(options))
    return options as NonNullable<T>;
  const got = valueShown(options);
  throw new UsageError(
    localized(
      `${fn} 的 options 应为对象，例如 ${example}，收到 ${got.zh}`,
      `${fn}'s options must be an object such as ${example}, got ${got.en}`,
    ),
  );
}
