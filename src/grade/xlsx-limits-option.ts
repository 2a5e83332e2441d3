import { optionValueError } from '../errors/option-value-error';
import type { XlsxLimits } from '../input/xlsx/xlsx-items';
import { localized } from '../text/localized-text';

/** The limits a caller may set, by name. */
const LIMIT_NAMES: readonly (keyof XlsxLimits)[] = [
  'maxFileBytes',
  'maxRows',
  'maxSheetXmlBytes',
  'maxPartBytes',
  'maxCells',
  'maxSharedStrings',
];

/**
 * Refuses a library function's `xlsxLimits` option that is not an object of known limits, each a whole number of
 * 1 or more (or `Infinity`, for none), as a usage error naming the option: a typo (`maxRow`) would otherwise leave
 * a service reading workbooks it meant to refuse.
 *
 * @param limits - the option as given (`undefined`: the defaults)
 * @throws {@link UsageError} for any other value
 * @example
 * checkXlsxLimits({ maxRows: 5_000, maxCells: 200_000 }); // fine
 * checkXlsxLimits({ maxRow: 5_000 }); // options.xlsxLimits has no limit "maxRow" (it has maxFileBytes, maxRows, …)
 */
export function checkXlsxLimits(limits: unknown): asserts limits is Partial<XlsxLimits> | undefined {
  if (limits === undefined) return;
  const names = LIMIT_NAMES.join(', ');
  if (limits === null || typeof limits !== 'object' || Array.isArray(limits))
    throw optionValueError(
      localized(
        `options.xlsxLimits 应为对象，可含 ${names}`,
        `options.xlsxLimits must be an object of ${names}`,
      ),
      limits,
    );
  for (const [name, value] of Object.entries(limits)) {
    if (!(LIMIT_NAMES as readonly string[]).includes(name))
      throw optionValueError(
        localized(
          `options.xlsxLimits 没有名为“${name}”的限值（可用的有 ${names}）`,
          `options.xlsxLimits has no limit "${name}" (it has ${names})`,
        ),
        value,
      );
    if (!(value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && (value as number) >= 1)))
      throw optionValueError(
        localized(
          `options.xlsxLimits.${name} 应为不小于 1 的整数（或 Infinity，表示不限）`,
          `options.xlsxLimits.${name} must be a whole number of 1 or more (or Infinity, for no limit)`,
        ),
        value,
      );
  }
}
