/** Exit codes of every command. */
export const EXIT = {
  /** Every record valid, every file valid, every test passed. */
  ok: 0,
  /** Some records invalid, some rule-file problems, or some test cases failed. */
  problems: 1,
  /** A usage error, a rule set that does not load, or output that could not be written. */
  usage: 2,
} as const;
