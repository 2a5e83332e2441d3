import { cjkJoin } from '../text/cjk-space';
import type { LocalizedText } from '../text/localized-text';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import { UsageError } from './usage-error';

/**
 * The usage error for an argument of the wrong kind, naming the function,
 * the argument, what it must be and what came: the message a caller reads
 * instead of the engine's "cannot read properties of null".
 *
 * @param fn - the function as the caller wrote it: `parseRoundingInterval`, `BatchSummary.format`
 * @param name - the argument: `interval`
 * @param what - what it must be, as the message goes on after "must be" / 应为
 * @example
 * throw argumentKindError('BatchSummary.format', 'lang', localized('“zh”或“en”', '"zh" or "en"'), lang);
 * // BatchSummary.format's lang must be "zh" or "en", got the string "fr"
 */
export function argumentKindError(fn: string, name: string, what: LocalizedText, got: unknown): UsageError {
  const shown = valueShown(got);
  return new UsageError(
    localized(
      `${cjkJoin(`${fn} 的 ${name} 应为`, what.zh)}，收到 ${shown.zh}`,
      `${fn}'s ${name} must be ${what.en}, got ${shown.en}`,
    ),
  );
}

/**
 * The same error for a function whose argument is named by what it takes
 * rather than by its name (a grader, a grading result), in the words
 * "takes … got" / 需要…，收到的是.
 *
 * @param fn - the function, and where it helps the argument: `BatchSummary.add`, `diffEntriesForChange (results.a)`
 * @example
 * throw takesError('BatchSummary.addTally', localized('计数', 'counts'), tally);
 * // BatchSummary.addTally takes counts, got null
 */
export function takesError(fn: string, what: LocalizedText, got: unknown): UsageError {
  const shown = valueShown(got);
  return new UsageError(
    localized(
      cjkJoin(`${cjkJoin(`${fn} 需要`, what.zh)}，收到的是`, shown.zh),
      `${fn} takes ${what.en}, got ${shown.en}`,
    ),
  );
}
