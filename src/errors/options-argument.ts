import { closestTies } from '../text/closest-name';
import { namesMeant } from '../text/did-you-mean';
import { localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';
import { argumentKindError } from './argument-kind';
import { UsageError } from './usage-error';

/**
 * The keys an options type has, listed once beside it: the compiler demands
 * every key of `T` and no other, so the list cannot fall behind the type.
 *
 * @example
 * const POOL_OPTION_KEYS = optionKeys<GraderPoolOptions>({ workers: true, batchSize: true });
 */
export function optionKeys<T>(keys: { readonly [K in keyof T]-?: true }): readonly string[] {
  return Object.freeze(Object.keys(keys));
}

/**
 * Checks that a function's `options` argument is an object (not `null`, a
 * number, a string or a list) and returns it; anything else is a usage
 * error naming the function, an example and what came, rather than the
 * engine's "cannot read properties of null". For an options object, use
 * {@link knownOptions}, which also refuses keys the function does not take;
 * this alone suits an argument that is data (`diffEntriesForChange`'s
 * `results`, often a pair `{ a, b, row }`), whose other keys are not read.
 *
 * @param fn - the function as the caller wrote it: `createGrader`
 * @param example - options it takes, as code: `{ engine: "compiled" }`
 * @param name - the argument's name, where it is not `options`
 * @example
 * optionsArgument(results, 'diffEntriesForChange', '{ a: resultA, b: resultB }', 'results');
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

/**
 * {@link optionsArgument} for an options object, which must also hold only
 * keys the function takes: an unknown key (`{ wrkers: 2 }`), which would be
 * ignored without a word while the caller believes it was applied, is a
 * usage error naming it and the closest known key. A known key holding
 * `undefined` is as if absent.
 *
 * @param known - every key it takes ({@link optionKeys})
 * @example
 * const { engine } = knownOptions(options, 'createGrader', '{ engine: "compiled" }', GRADER_OPTION_KEYS);
 */
export function knownOptions<T>(
  options: T,
  fn: string,
  example: string,
  known: readonly string[],
): NonNullable<T> {
  const checked = optionsArgument(options, fn, example);
  knownKeys(checked, fn, known, 'options');
  return checked;
}

/**
 * The unknown-key check of {@link optionsArgument} alone, for an object
 * inside the options (`options.limits`) or an argument that may be absent
 * in other ways: an own enumerable key not in `known` is a usage error.
 *
 * @param name - where the object sits, as the caller wrote it: `options.limits`
 * @example
 * knownKeys(options.limits, 'parseRuleSet', ['maxBytes', 'maxAliasCount', 'maxDepth'], 'options.limits');
 */
export function knownKeys(value: object, fn: string, known: readonly string[], name: string): void {
  for (const key of Object.keys(value)) if (!known.includes(key)) throw unknownKeyError(fn, name, key, known);
}

/**
 * The usage error for a key a function does not take, with the closest one
 * it does take (by edit distance, as the CLI's "did you mean" for options;
 * every one as close, when several are) and the list of them all.
 *
 * @example
 * unknownKeyError('createGraderPool', 'options', 'wrkers', ['workers', 'batchSize']).message
 * // 'createGraderPool: options has no key "wrkers": did you mean "workers"? (options takes workers, batchSize)'
 */
export function unknownKeyError(fn: string, name: string, key: string, known: readonly string[]): UsageError {
  const shown = quoteShort(key);
  // Every key as close as the nearest, quoted as the keys are in code.
  const ties = closestTies(key, known);
  const near = ties.map((k) => `"${k}"`);
  const last = near.length - 1;
  const mean =
    near.length === 0
      ? localized('')
      : localized(
          `：是否应为 ${last > 0 ? `${near.slice(0, last).join('、')}或${near[last]}` : near[0]}？`,
          `: did you mean ${namesMeant(ties).en}?`,
        );
  const list =
    known.length === 0
      ? localized(`（${name} 不含任何键）`, ` (${name} takes no key)`)
      : localized(`（${name} 可含 ${known.join('、')}）`, ` (${name} takes ${known.join(', ')})`);
  return new UsageError(
    localized(
      `${fn}：${name} 中没有键 ${shown}${mean.zh}${list.zh}`,
      `${fn}: ${name} has no key ${shown}${mean.en}${list.en}`,
    ),
  );
}
