import { localized } from '../text/localized-text';
import { argumentKindError } from './argument-kind';

/**
 * Checks that a function's `options` argument is an object (not `null`, a
 * number, a string or a list) and returns it; anything else is a usage
 * error naming the function, an example and what came, rather than the
 * engine's "cannot read properties of null".
 *
 * @param fn - the function as the caller wrote it: `createGrader`
 * @param example - options it takes, as code: `{ engine: "compiled" }`
 * @param name - the argument's name, where it is not `options`
 * @example
 * const { engine } = optionsArgument(options, 'createGrader', '{ engine: "compiled" }');
 */
export function optionsArgument<T>(
  options: T,
  fn: string,
  example: string,
  name = 'options',
): NonNullable<T> {
  if (options !== null && typeof options === 'object' && !Array.isArray(options))
    return options as NonNullable<T>;
  throw argumentKindError(
    fn,
    name,
    localized(`对象，例如 ${example}`, `an object such as ${example}`),
    options,
  );
}
