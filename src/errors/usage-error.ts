import { QgradeError } from './qgrade-error';

/**
 * A mistake in how qgrade was called — a missing input file, an unknown
 * encoding, a bad column mapping — rather than in the data. The CLI exits 2
 * and prints the message, never a stack trace.
 */
export class UsageError extends QgradeError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}
