import { UsageError } from '../errors/usage-error';
import { localized } from '../text/localized-text';

/**
 * The ways a workbook's formula cells may be read: `refuse` (the default)
 * refuses a formula under an indicator that is not text, as qgrade does not
 * calculate and a saved result may be stale; `saved` reads the result the
 * file saved, as a cell of that result's type.
 *
 * @example
 * FORMULA_READINGS.includes('saved'); // true
 */
export const FORMULA_READINGS = ['refuse', 'saved'] as const;

/**
 * How a workbook's formula cells are read: one of {@link FORMULA_READINGS}.
 *
 * @example
 * const formulas: FormulaReading = 'saved';
 */
export type FormulaReading = (typeof FORMULA_READINGS)[number];

/**
 * Refuses a `formulas` option that is not one of {@link FORMULA_READINGS}
 * (the library's callers are not checked by a type checker).
 *
 * @throws {@link UsageError} naming `options.formulas` and what it was
 * @example
 * checkFormulaReading('saved'); // passes
 * checkFormulaReading('calculate'); // throws: options.formulas must be "refuse" or "saved", got "calculate"
 */
export function checkFormulaReading(formulas: unknown): asserts formulas is FormulaReading | undefined {
  if (formulas === undefined || FORMULA_READINGS.includes(formulas as FormulaReading)) return;
  const shown = JSON.stringify(formulas) ?? String(formulas);
  throw new UsageError(
    localized(
      `options.formulas 应为 "refuse" 或 "saved"，收到的是 ${shown}`,
      `options.formulas must be "refuse" or "saved", got ${shown}`,
    ),
  );
}
