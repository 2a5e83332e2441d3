import { QgradeError } from '../errors/qgrade-error';

/** A mistake in how the CLI was called; it exits 2 and prints the message, never a stack trace. */
export class UsageError extends QgradeError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/** Exit codes of every command. */
export const EXIT = {
  /** Every record valid, every file valid, every test passed. */
  ok: 0,
  /** Some records invalid, some rule-file problems, or some test cases failed. */
  problems: 1,
  /** A usage error, or a rule set that does not load. */
  usage: 2,
} as const;
