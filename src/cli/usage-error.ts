export { UsageError } from '../errors/usage-error';

/** Exit codes of every command. */
export const EXIT = {
  /** Every record valid, every file valid, every test passed. */
  ok: 0,
  /** Some records invalid, some rule-file problems, or some test cases failed. */
  problems: 1,
  /** A usage error, or a rule set that does not load. */
  usage: 2,
} as const;
