import { type Band, bandContains, bandsMeet, bandWithin as within } from '../model/band';
import type { TableModel, TableRowModel } from '../model/rule-set-model';

/**
 * An inner boundary of a table keyed by one band that moved between editions:
 * the records between its old and its new place now read the row on its
 * other side.
 *
 * @example
 * // ≤ 4500 | (4500, 7100] → ≤ 5000 | (5000, 7100]: records in (4500, 5000] read the lower row under B
 * const moved: MovedBoundary = { index: 0, before: { value: 4500, inclusive: true }, after: { value: 5000, inclusive: true }, up: true };
 */
export interface MovedBoundary {
  /** The boundary between row `index` and row `index + 1` (0-based, both editions). */
  index: number;
  /** Under A: the value, and whether the lower row holds it. */
  before: BoundaryPoint;
  /** Under B: the value, and whether the lower row holds it. */
  after: BoundaryPoint;
  /** `true` when the lower row grew (its records came from A's upper row), `false` when it shrank. */
  up: boolean;
}

/** Where a boundary sits: its value, and whether the row below it holds the value (`≤ 4500`) or not (`< 4500`). */
export interface BoundaryPoint {
  value: number;
  inclusive: boolean;
}

/**
 * Two editions of a table keyed by one band, both partitions of the same
 * interval with as many rows, whose inner boundaries moved: rows are paired by
 * position (`≤ 4500` ↔ `≤ 5000`, `(4500, 7100]` ↔ `(5000, 7100]`). `undefined`
 * when the tables are not such partitions (enum keys, several keys, a gap or
 * an overlap, another count of rows, other outer bounds), when no boundary
 * moved, or when a boundary moved past another one (a record would then cross
 * more than one row): rows are then matched by their keys.
 *
 * @example
 * const moved = movedBoundaries(tableA, tableB);
 * moved?.boundaries.map((b) => [b.before.value, b.after.value]); // [[4500, 5000]]
 */
export function movedBoundaries(
  tableA: TableModel,
  tableB: TableModel,
): { pairs: Map<TableRowModel, TableRowModel>; boundaries: MovedBoundary[] } | undefined {
  const bandsA = partition(tableA);
  const bandsB = partition(tableB);
  if (!bandsA || !bandsB || bandsA.length !== bandsB.length) return undefined;
  if (tableA.keys[0]!.indicator !== tableB.keys[0]!.indicator) return undefined;
  const firstA = bandsA[0]!;
  const firstB = bandsB[0]!;
  const lastA = bandsA.at(-1)!;
  const lastB = bandsB.at(-1)!;
  if (firstA.lower !== firstB.lower || firstA.lowerInclusive !== firstB.lowerInclusive) return undefined;
  if (lastA.upper !== lastB.upper || lastA.upperInclusive !== lastB.upperInclusive) return undefined;
  const boundaries: MovedBoundary[] = [];
  for (let i = 0; i + 1 < bandsA.length; i++) {
    const before = { value: bandsA[i]!.upper, inclusive: bandsA[i]!.upperInclusive };
    const after = { value: bandsB[i]!.upper, inclusive: bandsB[i]!.upperInclusive };
    const order = comparePoints(after, before);
    if (order === 0) continue;
    // Each record crosses one boundary at most: the new place lies inside both neighbouring rows' old span.
    if (!inside(after, bandsA[i]!, bandsA[i + 1]!) || !inside(before, bandsB[i]!, bandsB[i + 1]!))
      return undefined;
    boundaries.push({ index: i, before, after, up: order > 0 });
  }
  if (boundaries.length === 0) return undefined;
  return { pairs: new Map(tableA.rows.map((row, i) => [row, tableB.rows[i]!])), boundaries };
}

/**
 * Rows of A split between editions along a band key: each row of `rowsA` that
 * rows of `rowsB` with the same values of the other keys cover exactly along
 * one band key, adjacent and without gap (`(7100, 14000]` → `(7100, 10000]`,
 * `(10000, 14000]`; `Q355 (16, 40]` → `Q355 (16, 25]`, `Q355 (25, 40]`), with
 * those rows in order. Each new row is compared with the row it came from,
 * value by value, as rows paired across a moved boundary are
 * ({@link movedBoundaries}): a record in `(10000, 14000]` read A's row and now
 * reads the second one (committee-27 M2; tables with more keys, committee-33
 * F1). Rows not so covered are not in the map.
 *
 * @param rowsA - A's rows no row of B has the same key as
 * @param rowsB - B's rows no row of A has the same key as
 * @example
 * splitRows(tableA, tableA.rows.slice(2), tableB.rows.slice(2, 4)).get(tableA.rows[2]!)?.length; // 2
 */
export function splitRows(
  table: TableModel,
  rowsA: readonly TableRowModel[],
  rowsB: readonly TableRowModel[],
): Map<TableRowModel, TableRowModel[]> {
  const splits = new Map<TableRowModel, TableRowModel[]>();
  const bandKeys = table.keys.flatMap((key, k) => (key.match === 'band' ? [k] : []));
  const taken = new Set<TableRowModel>();
  for (const rowA of rowsA) {
    for (const k of bandKeys) {
      const pieces = coveringRows(
        rowA,
        k,
        rowsB.filter((r) => !taken.has(r)),
      );
      if (!pieces) continue;
      splits.set(rowA, pieces);
      for (const piece of pieces) taken.add(piece);
      break;
    }
  }
  return splits;
}

/** The rows (two or more, in order) that cover `rowA`'s band of key `k` exactly, its other keys the same; else `undefined`. */
function coveringRows(
  rowA: TableRowModel,
  k: number,
  rowsB: readonly TableRowModel[],
): TableRowModel[] | undefined {
  const whole = bandOf(rowA, k);
  if (!whole) return undefined;
  const pieces = rowsB
    .filter((r) => {
      const band = bandOf(r, k);
      return band !== undefined && within(band, whole) && sameOtherKeys(rowA, r, k);
    })
    .sort((x, y) => comparePoints(lowerPoint(bandOf(x, k)!), lowerPoint(bandOf(y, k)!)));
  if (pieces.length < 2) return undefined;
  const bands = pieces.map((r) => bandOf(r, k)!);
  const first = bands[0]!;
  const last = bands.at(-1)!;
  const covers =
    first.lower === whole.lower &&
    first.lowerInclusive === whole.lowerInclusive &&
    last.upper === whole.upper &&
    last.upperInclusive === whole.upperInclusive &&
    bands.every(
      (b, i) => i === 0 || (bands[i - 1]!.upper === b.lower && bandsMeet(bands[i - 1]!, b) === 'adjacent'),
    );
  return covers ? pieces : undefined;
}

/** Whether two rows have the same keys but key `k`: bands by their bounds, categories as sets. */
function sameOtherKeys(x: TableRowModel, y: TableRowModel, k: number): boolean {
  if (x.match.length !== y.match.length) return false;
  return x.match.every((m, i) => i === k || matchKey(m) === matchKey(y.match[i]!));
}

function matchKey(m: TableRowModel['match'][number]): string {
  if (Array.isArray(m)) return JSON.stringify(m.map((v) => JSON.stringify(v)).sort());
  return `${m.lower},${m.lowerInclusive},${m.upper},${m.upperInclusive}`;
}

function bandOf(row: TableRowModel, k: number): Band | undefined {
  const band = row.match[k];
  return band === undefined || Array.isArray(band) ? undefined : band;
}

/** A band's lower end as a point (`(7100` sorts after `[7100`). */
function lowerPoint(band: Band): BoundaryPoint {
  return { value: band.lower, inclusive: !band.lowerInclusive };
}

/**
 * The row of a table keyed by one band that holds `value`, by index; -1 when none does.
 *
 * @example
 * bandRowIndex(apfLimits, 4600); // 1: (4500, 7100]
 */
export function bandRowIndex(table: TableModel, value: number): number {
  return table.rows.findIndex((row) => {
    const band = row.match[0];
    return band !== undefined && !Array.isArray(band) && bandContains(band, value);
  });
}

/** The bands of a table keyed by one band column, if its rows are, in order, adjacent bands with no gap or overlap. */
function partition(table: TableModel): Band[] | undefined {
  if (table.keys.length !== 1 || table.keys[0]!.match !== 'band' || table.rows.length < 2) return undefined;
  const bands: Band[] = [];
  for (const row of table.rows) {
    const band = row.match[0];
    if (band === undefined || Array.isArray(band)) return undefined;
    const prev = bands.at(-1);
    if (prev && (prev.upper !== band.lower || bandsMeet(prev, band) !== 'adjacent')) return undefined;
    bands.push(band);
  }
  return bands;
}

/** Points in order: `< v` comes before `≤ v`. */
function comparePoints(x: BoundaryPoint, y: BoundaryPoint): number {
  if (x.value !== y.value) return x.value < y.value ? -1 : 1;
  if (x.inclusive === y.inclusive) return 0;
  return x.inclusive ? 1 : -1;
}

/** Whether a boundary point lies strictly between the lower bound of `below` and the upper bound of `above`. */
function inside(point: BoundaryPoint, below: Band, above: Band): boolean {
  const low = { value: below.lower, inclusive: !below.lowerInclusive };
  const high = { value: above.upper, inclusive: above.upperInclusive };
  return comparePoints(point, low) > 0 && comparePoints(point, high) < 0;
}
