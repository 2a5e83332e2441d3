/**
 * Watches one column's values record by record, in input order, for cells
 * left blank directly below a value: merged cells saved to CSV keep the
 * value in the block's first row only, and a name written once per block
 * looks the same. Counted by `--tally-by`/`--group-by`, such records fall
 * under "(no value)" with no word (committee-20 F3). Leading blanks (before
 * any value) are not counted: nothing is above them to fill down.
 *
 * @example
 * const watch = new BlankBelowValues();
 * for (const v of ['海螺', '', '', '冀东', '']) watch.see(v);
 * watch.blanks; // 3
 * watch.looksFilledDown(); // true
 */
export class BlankBelowValues {
  /** Cells blank directly below a value (or below such a blank). */
  blanks = 0;
  /** Cells with a value. */
  values = 0;
  /** The longest run of such blank cells. */
  longestRun = 0;
  /**
   * Rows with no value because none of their cells could be read (an unclosed quote): not blank cells, so
   * left out of {@link looksFilledDown} (hostile-39 M2), and not breaking a run of blanks.
   */
  unread = 0;
  private run = 0;

  /**
   * Counts one record's value (`''` for none).
   *
   * @param unread - the row could not be read as a record: with no value, it is counted in {@link unread}
   */
  see(value: string, unread = false): void {
    if (value === '' && unread) {
      this.unread++;
      return;
    }
    if (value !== '') {
      this.values++;
      this.run = 0;
      return;
    }
    if (this.values === 0) return;
    this.blanks++;
    this.run++;
    if (this.run > this.longestRun) this.longestRun = this.run;
  }

  /**
   * Whether the column looks like names written once per block: blank cells
   * below a value outnumber the values (most rows blank), or a value is
   * followed by two blank cells or more in a row. A cell left blank here
   * and there (a producer not known for one sample) is not.
   */
  looksFilledDown(): boolean {
    return this.blanks > 0 && (this.blanks > this.values || this.longestRun >= 2);
  }
}
