import { optionValueError } from '../errors/option-value-error';
import { localized } from '../text/localized-text';

/**
 * Refuses a library function's `keep` option that is not `"auto"`, `"none"` or a list of column names, as a usage
 * error naming the option. A string is never taken letter by letter (developer-35 M2: `keep: 'model'` became the
 * columns `m`, `o`, `d`, …, and "the input has no column "m""); it is told to be written as a list of one.
 *
 * @param keep - the option as given (`undefined`: the default)
 * @throws {@link UsageError} for any other value
 * @example
 * checkKeepOption(['型号']); // fine
 * checkKeepOption('model'); // options.keep must be … : write a column name as a list of one, ["model"], got "model"
 */
export function checkKeepOption(keep: unknown): void {
  if (keep === undefined || keep === 'auto' || keep === 'none') return;
  if (Array.isArray(keep) && keep.every((column) => typeof column === 'string')) return;
  const one = typeof keep === 'string' ? JSON.stringify([keep]) : undefined;
  throw optionValueError(
    localized(
      `options.keep 应为 "auto"、"none" 或列名的数组（如 ["型号"]）${one ? `：一个列名也要写成数组，即 ${one}` : ''}`,
      `options.keep must be "auto", "none" or an array of column names (such as ["型号"])${one ? `: write one column name as an array of one, ${one}` : ''}`,
    ),
    keep,
  );
}
