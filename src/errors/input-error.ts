import type { LocalizedText } from '../text/localized-text';
import { UsageError } from './usage-error';

/**
 * Input that cannot be read at all — a damaged or foreign workbook (not a zip, an .xls, a part whose CRC-32 is
 * wrong), bytes not in the encoding read, a CSV header line that cannot be read, JSON records that are not
 * JSON or not records — as opposed to a mistake in the call (`usage`): code `input`, which
 * a service answers with a 400 (the upload is bad) where a `usage` error is its own bug (developer-34 M5).
 * A `UsageError` still, so the CLI exits 2 and prints its text as for any usage error.
 *
 * @example
 * catch (error) { if (error instanceof QgradeError && error.code === 'input') reply(400, error.text); }
 */
export class InputError extends UsageError {
  /** `input`: the data, not the call, is at fault. */
  override readonly code = 'input' as const;

  constructor(text: LocalizedText) {
    super(text);
    this.name = 'InputError';
  }
}
