import type { Band } from '../model/band';
import type { TableRowModel } from '../model/rule-set-model';
import type { Interval } from './allowed-spans';
import type { Value } from './condition-may-hold';

/**
 * A filter over a table's rows read so far, for the shadowed-row check (hostile-32 S1: a 30,000-row table took 40 s
 * to validate, each row compared with every earlier one). Rows are added in order; {@link EarlierRows.mayCover} says
 * whether some earlier row may hold a combination of listed values and a band on the first band key: per
 * combination, a Fenwick tree over the bands' lower ends (sorted once) keeping the highest upper end, so a row no
 * earlier row reaches is answered in O(log n) and only a row that may be covered is compared row by row. Ends are
 * compared without their inclusiveness: it may only say yes too often, never no wrongly.
 *
 * @example
 * const index = new EarlierRows(table.rows, keys);
 * if (index.mayCover(combination, clippedBand)) {…}
 * index.add(r);
 */
export class EarlierRows {
  readonly #rows: readonly TableRowModel[];
  /** Each key: listed (`list`) or a band; the first band key is the one indexed. */
  readonly #listed: readonly number[];
  readonly #band: number | undefined;
  readonly #lowers: number[];
  readonly #trees = new Map<string, Float64Array>();
  /** Rows with too many combinations to index: always candidates. */
  #wide = false;
  readonly #maxCombinations: number;

  constructor(rows: readonly TableRowModel[], listed: readonly boolean[], maxCombinations: number) {
    this.#rows = rows;
    this.#listed = listed.flatMap((l, k) => (l ? [k] : []));
    const band = listed.indexOf(false);
    this.#band = band < 0 ? undefined : band;
    this.#maxCombinations = maxCombinations;
    this.#lowers =
      this.#band === undefined
        ? []
        : [...new Set(rows.map((row) => (row.match[this.#band!] as Band).lower))].sort((a, b) => a - b);
  }

  /** Adds row `r` (after it has been looked at). */
  add(r: number): void {
    const row = this.#rows[r]!;
    let keys: string[] = [''];
    for (const k of this.#listed) {
      const values = row.match[k] as Value[];
      keys = keys.flatMap((key) => values.map((v) => `${key}\u0000${JSON.stringify(v)}`));
      if (keys.length > this.#maxCombinations) {
        this.#wide = true;
        return;
      }
    }
    const band = this.#band === undefined ? undefined : (row.match[this.#band] as Band);
    for (const key of keys) {
      let tree = this.#trees.get(key);
      if (!tree) {
        tree = new Float64Array(this.#lowers.length + 1).fill(Number.NEGATIVE_INFINITY);
        this.#trees.set(key, tree);
      }
      if (band === undefined) {
        tree[0] = Number.POSITIVE_INFINITY;
        continue;
      }
      for (let i = this.#rank(band.lower) + 1; i < tree.length; i += i & -i)
        if (tree[i]! < band.upper) tree[i] = band.upper;
    }
  }

  /** Whether an earlier row may hold `combination` (the listed keys' values, in order) and `band`. */
  mayCover(combination: readonly Value[], band: Interval | undefined): boolean {
    if (this.#wide) return true;
    const tree = this.#trees.get(combination.map((v) => `\u0000${JSON.stringify(v)}`).join(''));
    if (!tree) return false;
    if (this.#band === undefined || band === undefined) return tree[0] === Number.POSITIVE_INFINITY;
    // The highest upper end among rows whose lower end is at or below the band's.
    let upper = Number.NEGATIVE_INFINITY;
    for (let i = this.#rank(band.lower) + 1; i > 0; i -= i & -i) if (tree[i]! > upper) upper = tree[i]!;
    return upper >= band.upper;
  }

  /** The 0-based rank of the last lower end at or below a value (-1 for none): a row's own, for its lower end. */
  #rank(value: number): number {
    let lo = 0;
    let hi = this.#lowers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#lowers[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    // lo: how many lower ends are at or below the value.
    return lo - 1;
  }
}
