/** Exit codes of every command. */
export const EXIT = {
  /** Every record valid, every file valid, every test passed. */
  ok: 0,
  /** Some records invalid, some rule-file problems, or some test cases failed. */
  problems: 1,
  /** A usage error, a rule set that does not load, or output that could not be written. */
  usage: 2,
  /**
   * The reader of stdout went away (`qgrade … | head`) before the run had seen its whole input, with no
   * problem in what it had seen: the run is unfinished, so it does not say "all valid". 128 + SIGPIPE,
   * what a shell gives a command a closed pipe stopped.
   */
  closed: 141,
} as const;

/**
 * The exit code of a run whose stdout closed (EPIPE): `reached`, the code of what it had graded or
 * tested, when it had seen its whole input or found a problem; {@link EXIT.closed} for a run stopped
 * part-way with nothing wrong so far. Never 0 for a run that did not see everything.
 */
export function closedOutputCode(reached: number, finished: boolean): number {
  return finished || reached !== EXIT.ok ? reached : EXIT.closed;
}
