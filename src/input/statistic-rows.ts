/**
 * The running statistics of a table's record values, by field, to tell a summary row named by a word that is also
 * a name (`TOTAL`, `Mean`, `Median`, `Count`, `CV`, `Range`, `Sum` — an enterprise, a product line) from one that
 * sums up the rows above it (hostile-25 M8). Only the Latin summary words are asked about: a Chinese one (合计,
 * 平均) names no enterprise and is a summary row whatever its values, as before.
 *
 * @example
 * const stats = new ColumnStatistics();
 * stats.add({ a: 80 }, fields); stats.add({ a: 90 }, fields);
 * stats.fits('Mean', { a: 85 }, fields); // true: a statistic of the rows above
 * stats.fits('TOTAL', { a: 85 }, fields); // false: a record named TOTAL
 */
export class ColumnStatistics {
  /** Since the table's start. */
  readonly #all = new Map<string, Stat>();
  /** Since the last summary row: a block's subtotal sums the block. */
  #block = new Map<string, Stat>();

  /** A record's numeric values under `fields`, counted. */
  add(record: Record<string, unknown>, fields: ReadonlySet<string>): void {
    for (const key in record) {
      if (!fields.has(key)) continue;
      const value = record[key];
      // Every record of a table is counted: a number, the common cell, is counted as it is (no parts, no
      // decimals, which only a row named like a summary is compared by).
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) continue;
        count(this.#all, key, value, 0);
        count(this.#block, key, value, 0);
        continue;
      }
      const cell = cellParts(key, value, false);
      if (cell === undefined) continue;
      count(this.#all, key, cell.mean, cell.width);
      count(this.#block, key, cell.mean, cell.width);
      // A specimen list counts specimen by specimen too: a summary row's list is compared position by position.
      if (cell.width > 0)
        for (const part of cell.parts) {
          count(this.#all, part.key, part.v, 0);
          count(this.#block, part.key, part.v, 0);
        }
    }
  }

  /**
   * Whether a row's values are that statistic of the rows above and that tells something (`sumsUp`): {@link fits},
   * and at least one value is in a column whose values above differ, or differs from the one value they all share
   * (a sum, a count); two such for a median, max or min, each of which is one of the values above. Values alike above tell nothing: their mean, median, max and min are each that value, so one
   * more sample like them (`S-avg-3` on a single-heat sheet) fits every such word (standards-31 W1).
   *
   * @example
   * const stats = new ColumnStatistics();
   * stats.add({ a: 80, b: 5 }, fields); stats.add({ a: 90, b: 5 }, fields);
   * stats.tells('avg', { a: 85, b: 5 }, fields); // true: 85 is the mean of 80 and 90
   * stats.tells('avg', { a: 80, b: 5 }, fields); // false: 80 is no mean; b alone tells nothing
   */
  tells(word: string, record: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
    const kind = kindOf(word);
    if (kind === undefined) return false;
    let told = 0;
    for (const key in record) {
      if (!fields.has(key)) continue;
      const cell = cellParts(key, record[key]);
      if (cell === undefined || !this.#all.has(key)) continue;
      const all = partStats(this.#all, cell);
      const block = partStats(this.#block, cell);
      // A list of another length than the rows above gave (or lists of lengths that differ): no statistic of theirs.
      if (!all && !block) return false;
      let informed = false;
      for (let i = 0; i < cell.parts.length; i++) {
        const { v, d } = cell.parts[i]!;
        const a = all?.[i];
        const b = block?.[i];
        // A copy of what every row above holds (the lot's strength class 42.5 on its SD row) says nothing either way.
        if (a && copies(v, d, a)) continue;
        const fitsAll = a !== undefined && isStatistic(kind, v, d, a);
        const fitsBlock = b !== undefined && isStatistic(kind, v, d, b);
        if (!fitsAll && !fitsBlock) return false;
        if ((fitsAll && informs(v, d, a)) || (fitsBlock && informs(v, d, b))) informed = true;
      }
      // A column tells once, however many specimens it lists.
      if (informed) told++;
    }
    // A median, a max or a min is one of the values above: one column that lands on it (a sample at the most
    // common value) tells little, two do.
    return told >= (ORDER_KINDS.has(kind) ? 2 : 1);
  }

  /** A summary row was passed: the next block starts. */
  endBlock(): void {
    this.#block = new Map();
  }

  /**
   * Whether a row named `word` with these values is a statistic of the rows above it: `false` when `word` is a
   * Latin summary word that is also a name and some numeric value under `fields` is not that statistic of the
   * records since the start or since the last summary row (a `TOTAL` whose values are no sum, a `Mean` whose
   * values are no mean); `true` otherwise, also when there is no value to compare or no record above (the word
   * decides, as before). A word with a unit after it (`CV(%)`, `Mean (MPa)`) names no one: always a statistic.
   */
  fits(word: string, record: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
    const kind = kindOf(word);
    if (kind === undefined) return true;
    for (const key in record) {
      if (!fields.has(key)) continue;
      const cell = cellParts(key, record[key]);
      // No record above gave this column a value: nothing to tell by (a scale line above the records stays one).
      if (cell === undefined || !this.#all.has(key)) continue;
      const all = partStats(this.#all, cell);
      const block = partStats(this.#block, cell);
      if (!all && !block) return false;
      for (let i = 0; i < cell.parts.length; i++) {
        const { v, d } = cell.parts[i]!;
        const a = all?.[i];
        const b = block?.[i];
        // The columns alike above, copied (a lot's class): only those that differ tell a statistic (hostile-31 M1).
        if (a && copies(v, d, a)) continue;
        if (!(a && isStatistic(kind, v, d, a)) && !(b && isStatistic(kind, v, d, b))) return false;
      }
    }
    return true;
  }

  /**
   * Whether {@link fits} tells a row named `word` by its values: `word` is a Latin summary word that is also a name
   * (`Max`, `Mean`, `TOTAL`) and a record above gave one of the row's numeric values' columns a value. Else the
   * word alone decides. The skipped-rows notice says which (hostile-30 M6).
   */
  judges(word: string, record: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
    if (kindOf(word) === undefined) return false;
    for (const key in record)
      if (fields.has(key) && this.#all.has(key) && cellParts(key, record[key]) !== undefined) return true;
    return false;
  }

  /**
   * Whether a row is the mean or the sum of the records above it: every numeric value of `record` under `fields`
   * (a specimen list's each, by its place) is, to the decimals it is written with, the mean or the sum of its column over the records since the start,
   * or every one over those since the last summary row; two or more records above gave each one's column a
   * value (one record's values are its own mean), and at least one value is a sum or the mean of values that
   * differ (a row like the rows above it may be one more sample). A value given as text keeps the
   * decimals it is shown with (`50.0`); a number, its own.
   *
   * @example
   * const stats = new ColumnStatistics();
   * stats.add({ a: 48.4 }, fields); stats.add({ a: 51.6 }, fields);
   * stats.meanOrSum({ a: '50.0' }, fields); // true: the mean
   * stats.meanOrSum({ a: '100.0' }, fields); // true: the sum
   * stats.meanOrSum({ a: '50.1' }, fields); // false
   */
  meanOrSum(record: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
    return meanOrSumOf(this.#all, record, fields) || meanOrSumOf(this.#block, record, fields);
  }
}

/** {@link ColumnStatistics.meanOrSum} over the statistics `stats`. */
function meanOrSumOf(
  stats: ReadonlyMap<string, Stat>,
  record: Record<string, unknown>,
  fields: ReadonlySet<string>,
): boolean {
  // Whether some value tells: a sum, or the mean of values that differ. Rows alike above and one more like them
  // (150, 150, then 150 under every column) may be a sample as well as their mean.
  let told = false;
  for (const key in record) {
    if (!fields.has(key)) continue;
    const cell = cellParts(key, record[key]);
    if (cell === undefined) continue;
    const column = stats.get(key);
    if (!column || column.n < 2) return false;
    const parts = partStats(stats, cell);
    if (!parts) return false;
    for (let i = 0; i < cell.parts.length; i++) {
      const { v, d } = cell.parts[i]!;
      const s = parts[i]!;
      if (isStatistic('mean', v, d, s)) told ||= s.min < s.max;
      else if (isStatistic('sum', v, d, s)) told = true;
      else return false;
    }
  }
  return told;
}

/**
 * Whether a row named by a Latin summary word after a code (`L1 Mean`, `Lot 2 avg`, `S-avg`, hostile-26 W3) sums up
 * the rows above it: `word` names a statistic ({@link ColumnStatistics.fits}'s words), the row gives at least one
 * numeric value under `fields` that records above gave too, every such value is that statistic of the records
 * since the start or since the last summary row, and one of them tells ({@link ColumnStatistics.tells}: a column
 * whose values above differ). Stricter than `fits`: such a cell is first of all a sample's name, so with nothing
 * to tell by — no value, or only columns alike in every row — it stays one.
 *
 * @example
 * const stats = new ColumnStatistics();
 * stats.add({ a: 80 }, fields); stats.add({ a: 90 }, fields);
 * sumsUp(stats, 'avg', { a: 85 }, fields); // true
 * sumsUp(stats, 'avg', { a: 70 }, fields); // false: a sample named S-avg
 */
export function sumsUp(
  stats: ColumnStatistics,
  word: string,
  record: Record<string, unknown>,
  fields: ReadonlySet<string>,
): boolean {
  return stats.tells(word, record, fields);
}

/**
 * Whether `v` copies the one value every row counted in `s` holds (two rows or more): a lot's strength class, a
 * heat's grade. Such a column says nothing of the statistic a row is named by: its SD is 0, its mean the value.
 */
function copies(v: number, decimals: number, s: Stat): boolean {
  return (
    s.n >= 2 &&
    s.min === s.max &&
    Math.abs(v - s.min) <= 0.5 * 10 ** -Math.min(decimals, 6) + 1e-9 * Math.abs(s.min)
  );
}

/**
 * Whether value `v` (fitting a statistic of `s`) tells a summary from a sample: the values counted differ, or `v`
 * is not the one value they share (a sum of equal values, a count). Equal values' mean, median, max and min are that
 * value: a row holding it may as well be one more sample.
 */
function informs(v: number, decimals: number, s: Stat): boolean {
  if (s.min < s.max) return true;
  return Math.abs(v - s.min) > 0.5 * 10 ** -Math.min(decimals, 6) + 1e-9 * Math.abs(s.min);
}

interface Stat {
  n: number;
  sum: number;
  squares: number;
  min: number;
  max: number;
  /** The values, while there are at most {@link KEPT}: a median is checked exactly (else only within the range). */
  values: number[] | undefined;
  /** How many specimens each value counted listed: 0 for plain numbers, -1 when the rows differ in that. */
  width: number;
}

/** How many values of a column are kept for its median: a summary row sums up a lab's sheet, not a database. */
const KEPT = 1024;

function count(stats: Map<string, Stat>, key: string, v: number, width: number): void {
  const s = stats.get(key);
  if (!s) stats.set(key, { n: 1, sum: v, squares: v * v, min: v, max: v, values: [v], width });
  else {
    s.n++;
    if (s.width !== width) s.width = -1;
    if (s.n > KEPT) s.values = undefined;
    else s.values?.push(v);
    s.sum += v;
    s.squares += v * v;
    if (v < s.min) s.min = v;
    if (v > s.max) s.max = v;
  }
}

/** A cell's values to compare, each with the decimals it is written with and the key it is counted under. */
interface CellParts {
  key: string;
  /** The value, or a specimen list's mean: a plain number under a list column is compared with the lists' means. */
  mean: number;
  /** How many specimens the cell lists; 0 for a plain number. */
  width: number;
  parts: { key: string; v: number; d: number }[];
}

/**
 * A cell's values for the statistics: {@link numeric}, or a specimen list's values (`50;50;50`, read as numbers),
 * each counted under its position, so that a summary row's list is that statistic only specimen by specimen (34;33;33
 * is no mean of rows whose specimens average 36;36;35.67, though its own mean is near theirs: standards-38 C1), and
 * impact energies that differ from row to row count as values that differ (standards-31 W1). Without `decimals`
 * each part's `d` is 0: counting needs only the values.
 */
function cellParts(key: string, value: unknown, decimals = true): CellParts | undefined {
  const list = specimens(value);
  if (list === undefined) {
    const v = numeric(value);
    return v === undefined
      ? undefined
      : { key, mean: v, width: 0, parts: [{ key, v, d: decimals ? decimalsOf(value, v) : 0 }] };
  }
  const parts: CellParts['parts'] = [];
  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    const v = numeric(list[i]);
    if (v === undefined) return undefined;
    sum += v;
    parts.push({ key: specimenKey(key, i), v, d: decimals ? decimalsOf(list[i], v) : 0 });
  }
  return { key, mean: sum / list.length, width: list.length, parts };
}

/** The key a list's specimen `i` of column `key` is counted under: no field name holds a NUL. */
function specimenKey(key: string, i: number): string {
  return `${key}\u0000${i}`;
}

/**
 * The statistics each of a cell's values is compared with: its column's, or for a specimen list each position's
 * when every row counted listed as many specimens; `undefined` when none is there to compare with.
 */
function partStats(stats: ReadonlyMap<string, Stat>, cell: CellParts): Stat[] | undefined {
  const column = stats.get(cell.key);
  if (!column) return undefined;
  if (cell.width === 0) return [column];
  if (column.width !== cell.width) return undefined;
  return cell.parts.map((p) => stats.get(p.key)!);
}

/** A specimen list's values: read (an array) or as a sheet's text still holds them (`45;45;45`, `45；46`). */
function specimens(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  return typeof value === 'string' && /[;；]/.test(value) ? value.split(/[;；]/) : undefined;
}

/** How many decimals a value is written with: a text's own (`50.0`: 1), else the number's shortest form's. */
function decimalsOf(value: unknown, v: number): number {
  const text = typeof value === 'string' ? value.trim() : String(v);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * A cell's number, read or as text (`85`, `85.0`); anything else is no value to compare.
 *
 * @example
 * numeric('85.0'); // 85
 */
export function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

type Kind = 'sum' | 'mean' | 'median' | 'count' | 'max' | 'min' | 'range' | 'sd' | 'cv';

/** The statistics that are one of the values counted (an odd count's median). */
const ORDER_KINDS: ReadonlySet<Kind> = new Set(['median', 'max', 'min']);

/** The statistic a Latin summary word names (folded: case, white space, dots and a trailing colon aside). */
function kindOf(word: string): Kind | undefined {
  const w = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.:]+/g, '');
  return KINDS[w];
}

const KINDS: Readonly<Record<string, Kind>> = {
  total: 'sum',
  grandtotal: 'sum',
  subtotal: 'sum',
  sum: 'sum',
  overall: 'mean',
  average: 'mean',
  avg: 'mean',
  ave: 'mean',
  mean: 'mean',
  meanvalue: 'mean',
  median: 'median',
  count: 'count',
  max: 'max',
  maximum: 'max',
  min: 'min',
  minimum: 'min',
  range: 'range',
  sd: 'sd',
  std: 'sd',
  stdev: 'sd',
  stddev: 'sd',
  standarddeviation: 'sd',
  cv: 'cv',
  // One letter, as a statistician writes the statistic (`s` a sample SD, `R` a range): only by its values
  // (see {@link isStatisticLetter}); a letter alone is no summary word.
  s: 'sd',
  r: 'range',
};

/**
 * Whether a one-letter id is a statistic's symbol (`s`, `S` for a sample SD, `R` for a range): a summary row only when
 * its values are that statistic of the rows above ({@link ColumnStatistics.tells}); else a sample named so.
 *
 * @example
 * isStatisticLetter('s'); // true
 * isStatisticLetter('A'); // false
 */
export function isStatisticLetter(text: string): boolean {
  return /^[sSR]$/u.test(text.trim());
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Whether `v` is the statistic `kind` of the values counted in `s`, to the rounding `v` is written with (half a unit
 * in the last of its `decimals`), or within 1 % for a deviation and a CV (n − 1 or n in the denominator, % or a ratio).
 */
function isStatistic(kind: Kind, v: number, decimals: number, s: Stat): boolean {
  const near = (x: number) => Math.abs(v - x) <= 0.5 * 10 ** -Math.min(decimals, 6) + 1e-9 * Math.abs(x);
  const mean = s.sum / s.n;
  const spread = (d: number) =>
    s.n > d ? Math.sqrt(Math.max(0, s.squares - s.n * mean * mean) / (s.n - d)) : NaN;
  const close = (x: number) => Number.isFinite(x) && (near(x) || Math.abs(v - x) <= 0.01 * Math.abs(x));
  switch (kind) {
    case 'sum':
      return near(s.sum);
    case 'mean':
      return near(mean);
    case 'median':
      return s.n >= 2 && (s.values ? near(medianOf(s.values)) : v >= s.min && v <= s.max);
    case 'count':
      return v === s.n;
    case 'max':
      return near(s.max);
    case 'min':
      return near(s.min);
    case 'range':
      return near(s.max - s.min);
    case 'sd':
      return close(spread(1)) || close(spread(0));
    case 'cv':
      return [spread(1), spread(0)].some((d) => close((100 * d) / mean) || close(d / mean));
  }
}
