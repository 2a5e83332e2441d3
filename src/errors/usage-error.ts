import type { LocalizedText } from '../text/localized-text';
import { QgradeError } from './qgrade-error';

/**
 * A mistake in how qgrade was called — a missing input file, an unknown
 * encoding, a bad column mapping — rather than in the data. The CLI exits 2
 * and prints the message (in the user's language where `text` has it),
 * never a stack trace.
 */
export class UsageError extends QgradeError {
  /** The message in both languages; `message` is its English. */
  override readonly text: LocalizedText;

  constructor(text: LocalizedText) {
    super('usage', text.en);
    this.name = 'UsageError';
    this.text = text;
  }
}
