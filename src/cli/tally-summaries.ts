import { BatchSummary, type GroupTally, type SummaryEntry, type SummaryTally } from '../batch/batch-summary';
import type { GradeResult } from '../model/grade-result';
import type { RuleSet } from '../resolve/rule-set';
import type { LocalizedText } from '../text/localized-text';

/**
 * The counts of `grade --tally-by` given once or several times: {@link TallySummaries.main} counts
 * every result (the closing summary) and the groups of the first column, as one `--tally-by` always
 * has; one more summary per further column counts that column's groups, each with its own bound of
 * values. A row's values travel as one group key ({@link TallySummaries.key}) through the rows'
 * pipeline (and to worker threads and back, in a batch's tally), and are split per column here.
 *
 * @example
 * const counted = new TallySummaries(ruleSet.grades, ['生产企业', '省份']);
 * counted.add(result, ['华北建材', '河北']);
 * counted.perColumn()[1]!.summary.formatGroups('zh', '省份');
 */
export class TallySummaries {
  /** The columns, in the order given. */
  readonly columns: readonly string[];
  /** Every result, with the first column's groups: the summary a run without a second column has. */
  readonly main: BatchSummary;
  readonly #extra: BatchSummary[];

  /** @param ruleSet - the rule set graded with, to list requirements failed equally often in its ladder's order */
  constructor(
    grades: readonly { id: string; label: LocalizedText }[],
    columns: readonly string[],
    ruleSet?: RuleSet,
  ) {
    this.columns = columns;
    this.main = new BatchSummary(grades, { ruleSet });
    this.#extra = columns.slice(1).map(() => new BatchSummary(grades));
  }

  /** A row's group key for the rows' pipeline: the value itself for one column, else the values as JSON. */
  key(values: readonly string[]): string {
    return this.#extra.length === 0 ? (values[0] ?? '') : JSON.stringify(values);
  }

  /** Counts one result, with its value in each column (in {@link TallySummaries.columns}' order). */
  add(result: GradeResult, values: readonly string[]): void {
    if (this.columns.length === 0) {
      this.main.add(result);
      return;
    }
    this.main.add(result, values[0] ?? '');
    for (const [i, s] of this.#extra.entries()) s.add(result, values[i + 1] ?? '');
  }

  /** Counts one result's {@link BatchSummary.entry}, whose `group` is its {@link TallySummaries.key}. */
  addEntry(entry: SummaryEntry): void {
    if (this.#extra.length === 0 || entry.group === undefined) {
      this.main.addEntry(entry);
      return;
    }
    const values = this.#values(entry.group);
    this.main.addEntry({ ...entry, group: values[0] ?? '' });
    // The further columns count groups only: the whole's figures and failures are the main summary's.
    const { grade, invalid, reason } = entry;
    for (const [i, s] of this.#extra.entries())
      s.addEntry({
        grade,
        invalid,
        failing: [],
        ...(reason === undefined ? {} : { reason }),
        group: values[i + 1] ?? '',
      });
  }

  /** Counts a batch's {@link BatchSummary.tally} (its groups keyed by {@link TallySummaries.key}), in input order. */
  addTally(tally: SummaryTally): void {
    if (this.#extra.length === 0 || tally.groups === undefined) {
      this.main.addTally(tally);
      return;
    }
    this.main.addTally({ ...tally, groups: this.#project(tally.groups, 0) });
    for (const [i, s] of this.#extra.entries())
      s.addTally({
        total: tally.total,
        graded: tally.graded,
        notGraded: tally.notGraded,
        invalid: tally.invalid,
        invalidRows: [],
        failing: [],
        groups: this.#project(tally.groups, i + 1),
      });
  }

  /** Each column with the summary that holds its groups, in the order given. */
  perColumn(): { column: string; summary: BatchSummary }[] {
    return this.columns.map((column, i) => ({
      column,
      summary: i === 0 ? this.main : this.#extra[i - 1]!,
    }));
  }

  #values(key: string): string[] {
    const values: unknown = JSON.parse(key);
    return Array.isArray(values) ? values.map(String) : [key];
  }

  /** A batch's groups (keyed by every column's values) as one column's, merged in order of first appearance. */
  #project(groups: readonly GroupTally[], column: number): GroupTally[] {
    const merged = new Map<
      string,
      { total: number; graded: Map<string, number>; notGraded: Map<string, number>; invalid: number }
    >();
    for (const g of groups) {
      const key = this.#values(g.key)[column] ?? '';
      let m = merged.get(key);
      if (!m) {
        m = { total: 0, graded: new Map(), notGraded: new Map(), invalid: 0 };
        merged.set(key, m);
      }
      m.total += g.total;
      m.invalid += g.invalid;
      for (const [id, n] of g.graded) m.graded.set(id, (m.graded.get(id) ?? 0) + n);
      for (const [code, n] of g.notGraded) m.notGraded.set(code, (m.notGraded.get(code) ?? 0) + n);
    }
    return [...merged].map(([key, m]) => ({
      key,
      total: m.total,
      graded: [...m.graded],
      notGraded: [...m.notGraded],
      invalid: m.invalid,
    }));
  }
}
