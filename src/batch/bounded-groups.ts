/**
 * Values of a column counted by that get a group of their own, by default:
 * more than any grouping column a committee reads (producers of a national
 * sampling, provinces, months, lines run to hundreds), few enough for a
 * table a person reads and for the tally's memory (a few numbers a group) to
 * stay small; a column with more is a sample id, not a group.
 *
 * @example
 * new BatchSummary(ruleSet.grades, { maxGroups: DEFAULT_MAX_GROUPS * 10 });
 */
export const DEFAULT_MAX_GROUPS = 1000;

// A decimal numeral as a cell writes it, the values a numeric column's groups are listed in numeric order by.
const NUMERAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A counter per value of a column (`--tally-by`), for the first `max`
 * distinct values in order of first appearance; the records of later values
 * share one counter, {@link BoundedGroups.other}. The records with no value
 * (key `""`) always have their own. `grade --tally-by` and
 * `compare --tally-by` both bound their groups so, with the same default
 * ({@link DEFAULT_MAX_GROUPS}), and say so with the same notice.
 *
 * @typeParam C - the counter kept per value
 * @example
 * const groups = new BoundedGroups(DEFAULT_MAX_GROUPS, () => ({ records: 0 }));
 * groups.get('甲水泥厂').records++;
 */
export class BoundedGroups<C> {
  /** The bound: how many values (the no-value one aside) get a counter of their own. */
  readonly max: number;
  readonly #start: () => C;
  readonly #groups = new Map<string, C>();
  /** Values with a counter of their own (the no-value one aside). */
  #valued = 0;
  #other: C | undefined;

  /**
   * @param max - the bound, a whole number from 1 or `Infinity` (checked by the caller, which names its option)
   * @param start - a new counter, started at a value's first record
   */
  constructor(max: number, start: () => C) {
    this.max = max;
    this.#start = start;
  }

  /** The counter of `key`: its own, started at its first record; past the bound, the shared {@link other}. */
  get(key: string): C {
    let counter = this.#groups.get(key);
    if (!counter) {
      if (key !== '' && this.#valued >= this.max) return this.otherCounter();
      if (key !== '') this.#valued++;
      counter = this.#start();
      this.#groups.set(key, counter);
    }
    return counter;
  }

  /** The counter of the values past the bound, started if there is none yet. */
  otherCounter(): C {
    this.#other ??= this.#start();
    return this.#other;
  }

  /** The counter of the values past the bound; `undefined` while every value has its own. */
  get other(): C | undefined {
    return this.#other;
  }

  /** How many values have a counter of their own, the no-value one included. */
  get size(): number {
    return this.#groups.size;
  }

  /** The counters in the order their values first came, the no-value one where it came. */
  entries(): [string, C][] {
    return [...this.#groups];
  }

  /**
   * The counters in order of first appearance, the no-value one (wherever it came) last; when every value is a
   * decimal numeral (a diameter, a year), in numeric order, 12 before 13 before 14 (committee-35 M5: 12, 14, 13, 20
   * read as a first-appearance list), values of one number in order of first appearance.
   */
  ordered(): [string, C][] {
    const groups = [...this.#groups].filter(([key]) => key !== '');
    if (groups.length > 1 && groups.every(([key]) => NUMERAL.test(key)))
      groups.sort(([x], [y]) => Number(x) - Number(y));
    const none = this.#groups.get('');
    if (none) groups.push(['', none]);
    return groups;
  }

  /** The counter of the records with no value, if there were any. */
  noValue(): C | undefined {
    return this.#groups.get('');
  }
}
