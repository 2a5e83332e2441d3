import { type LocalizedText, localized } from '../text/localized-text';
import { UsageError } from './usage-error';

/**
 * The usage error for an option of the right name and the wrong value: what
 * it must be, then the value that came, as JSON (a number as written: JSON
 * would show NaN as null).
 *
 * @param expected - what the option must be, naming it: `options.keep must be "auto", "none" or …`
 * @example
 * throw optionValueError(localized('options.onNotice 应为函数', 'options.onNotice must be a function'), 3);
 * // options.onNotice must be a function, got 3
 */
export function optionValueError(expected: LocalizedText, got: unknown): UsageError {
  const shown = typeof got === 'number' ? String(got) : (JSON.stringify(got) ?? String(got));
  return new UsageError(localized(`${expected.zh}，收到的是 ${shown}`, `${expected.en}, got ${shown}`));
}
