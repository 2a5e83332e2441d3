/**
 * How the records (or groups) of one side came out, each counted once:
 * per grade, not graded by reason, invalid. The grades' counts, the
 * reasons' and `invalid` add up to the records counted.
 *
 * @example
 * const { graded, notGraded, invalid }: SideOutcomes = moves.result().groups[0]!.a;
 * // { graded: { conforming: 24 }, notGraded: { 'below-lowest-grade': 8, 'out-of-scope': 4 }, invalid: 4 }
 */
export interface SideOutcomes {
  /** Per grade reached, every grade of the ladder included (0 where none). */
  graded: Record<string, number>;
  /**
   * Valid but without a grade, by reason (`out-of-scope`, `gate-failed`, `below-lowest-grade` — nonconforming
   * under a rule set of one grade; for groups also `mixed-values`, `record-not-graded`); only reasons met.
   */
  notGraded: Partial<Record<string, number>>;
  /** Invalid (including rows that could not be read; for a group, one with an invalid record). */
  invalid: number;
}

/**
 * The one counter of outcomes: records (or groups) per grade, not graded by
 * reason and invalid, adding up to `total`. `grade --tally-by`'s groups, the
 * closing summary, and per side `compare --tally-by`'s and `--group-by`'s
 * counts are all kept by it, so that none drops an outcome (committee-40 M6:
 * the groups of a conformity rule set kept two of them).
 */
export class OutcomeCounter {
  readonly graded = new Map<string, number>();
  readonly notGraded = new Map<string, number>();
  invalid = 0;
  total = 0;

  /** @param grades - every grade of the ladder, counted from 0 */
  constructor(grades: readonly { id: string }[]) {
    for (const g of grades) this.graded.set(g.id, 0);
  }

  /**
   * Counts one record or group: graded when `grade` is not null, else invalid when `invalid`, else not graded
   * for `reason` (below the lowest grade when none is given).
   */
  add(grade: string | null, invalid: boolean, reason?: string): void {
    this.total++;
    if (grade !== null) this.graded.set(grade, (this.graded.get(grade) ?? 0) + 1);
    else if (invalid) this.invalid++;
    else {
      const code = reason ?? 'below-lowest-grade';
      this.notGraded.set(code, (this.notGraded.get(code) ?? 0) + 1);
    }
  }

  /** Another counter's figures as plain data (grades as `[id, count]`, those with none left out), added here. */
  addTally(tally: {
    total: number;
    graded: readonly [string, number][];
    notGraded: readonly [string, number][];
    invalid: number;
  }): void {
    this.total += tally.total;
    for (const [id, n] of tally.graded) this.graded.set(id, (this.graded.get(id) ?? 0) + n);
    for (const [code, n] of tally.notGraded) this.notGraded.set(code, (this.notGraded.get(code) ?? 0) + n);
    this.invalid += tally.invalid;
  }

  /** The figures as plain data that travels to and from a worker thread: see {@link OutcomeCounter.addTally}. */
  tally(): { total: number; graded: [string, number][]; notGraded: [string, number][]; invalid: number } {
    return {
      total: this.total,
      graded: [...this.graded].filter(([, n]) => n > 0),
      notGraded: [...this.notGraded],
      invalid: this.invalid,
    };
  }

  /** The figures so far, as {@link SideOutcomes}. */
  outcomes(): SideOutcomes {
    return {
      graded: Object.fromEntries(this.graded),
      notGraded: Object.fromEntries(this.notGraded),
      invalid: this.invalid,
    };
  }
}
