/**
 * One way of grading a workload's records. `grade` gives each record's grade
 * (for the equivalence check); `run` grades `records[start, end)` as fast as
 * the engine allows and returns a checksum, so no work can be optimised away.
 */
export interface Peer {
  /** Key in the JSON output. */
  readonly name: string;
  /** How it is called, for the table and the README. */
  readonly how: string;
  /** Records per call of `run` (the batch size for batched peers). */
  readonly chunk: number;
  grade(records: readonly unknown[]): Promise<(string | null)[]>;
  run(records: readonly unknown[], start: number, end: number): number | Promise<number>;
  dispose?(): void;
}

/** The checksum of one grade: cheap, and different for null and for each grade. */
export function sum(grade: string | null | undefined): number {
  return grade == null ? 1 : grade.length + grade.charCodeAt(0);
}
