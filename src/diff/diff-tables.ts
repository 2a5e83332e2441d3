import { nameShown } from '../model/condition-shown';
import { ownEntry } from '../model/own-entry';
import type { IndicatorModel, TableModel, TableRowModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import type { LocalizedText } from '../text/localized-text';
import { unitAfter } from '../text/unit-after';
import { type BoundaryPoint, type MovedBoundary, movedBoundaries, splitRows } from './band-partition';
import { type CellReader, cellDirection, cellReaders, rowReaders } from './cell-readers';
import {
  addedOrRemoved,
  boundaryMoved,
  change,
  EMPTY_CELL,
  labelled,
  rowAddedOrRemoved,
  rowMerged,
  rowSplit,
  SAME_IN_NEW_UNIT,
  SAME_LIMITS,
  same,
  shown,
  THING,
  withDirection,
  withReaders,
} from './diff-messages';
import { droppedColumn } from './dropped-column';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffDirection, DiffEntry } from './rule-set-diff';
import {
  acrossUnits,
  convertedNote,
  tableUnitChange,
  type UnitChange,
  unitChangeNote,
  unitChanges,
} from './unit-changes';

/**
 * The differences between the threshold tables of two editions, cell by cell.
 * Rows are matched by their key cells, not by position: a row inserted in the
 * middle is one added row. One exception: a table keyed by one band whose two
 * editions partition the same interval in as many rows, with inner boundaries
 * moved (`≤ 4500`, `(4500, 7100]` → `≤ 5000`, `(5000, 7100]`), pairs its rows
 * by position; each moved boundary is a `boundary-moved` entry and the paired
 * rows' cells are compared as usual. A row of categories split or merged between
 * editions (`[HRB400, HRBF400]` → `HRB400` and `HRBF400`) is compared per
 * category, keyed by the category (`HRB400E`).
 *
 * @example
 * diffTables(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'cell:apfLimits[≤ 4500][2]', kind: 'cell-changed', direction: 'stricter', before: '4.50', after: '4.70', … }]
 */
export function diffTables(a: Edition, b: Edition): DiffEntry[] {
  const out: DiffEntry[] = [];
  for (const tableA of a.model.tables) {
    const tableB = b.table(tableA.name);
    if (tableB) out.push(...diffTable(a, b, tableA, tableB));
    else out.push(tableEntry(a, tableA, 'table-removed'));
  }
  for (const tableB of b.model.tables)
    if (!a.table(tableB.name)) out.push(tableEntry(b, tableB, 'table-added'));
  return out;
}

function tableEntry(edition: Edition, table: TableModel, kind: 'table-added' | 'table-removed'): DiffEntry {
  const added = kind === 'table-added';
  const at = edition.locate(['tables', table.name]);
  return makeEntry({
    key: `table:${table.name}`,
    kind,
    before: added ? null : table.name,
    after: added ? table.name : null,
    table: table.name,
    criteria: unique(cellReaders(edition, table.name).map((r) => r.id)),
    message: addedOrRemoved(THING.table(table.title, table.name), added),
    ...(added ? { b: at } : { a: at }),
  });
}

interface Side {
  edition: Edition;
  table: TableModel;
  /** The indicators and derived values whose unit changed between the editions ({@link unitChanges}). */
  units: ReadonlyMap<string, UnitChange>;
}

/** A row, or one category of a row, as matched across editions. */
interface Unit {
  row: TableRowModel;
  /** The key cells as written, `/` between key columns: the entry's key and `row`. */
  text: string;
  /** The same for a reader: a category by its value's label (`滚筒 / (6, 10]` / `Drum / (6, 10]`), newcomer-27 M7. */
  shown: LocalizedText;
}

function diffTable(a: Edition, b: Edition, tableA: TableModel, tableB: TableModel): DiffEntry[] {
  const units = unitChanges(a, b);
  const A: Side = { edition: a, table: tableA, units };
  const B: Side = { edition: b, table: tableB, units };
  const whole = (side: Side, row: TableRowModel): Unit => ({
    row,
    text: keyText(side, row),
    shown: keyShown(side, row),
  });
  // Entries under the row of A they concern, so they come out in A's row order; rows only B has last.
  const underA = new Map<TableRowModel, DiffEntry[]>(tableA.rows.map((r) => [r, []]));
  const added: DiffEntry[] = [];
  const result = () => [...tableA.rows.flatMap((r) => underA.get(r)!), ...added];

  const sameKeys =
    tableA.keys.length === tableB.keys.length &&
    tableA.keys.every(
      (k, i) => k.indicator === tableB.keys[i]!.indicator && k.match === tableB.keys[i]!.match,
    );
  if (!sameKeys) {
    // Rows keyed by other indicators cannot be matched: every row goes, every row comes.
    for (const row of tableA.rows) underA.get(row)!.push(rowEntry(A, whole(A, row), 'row-removed'));
    for (const row of tableB.rows) added.push(rowEntry(B, whole(B, row), 'row-added'));
    return result();
  }

  // One band boundary (or more) moved, e.g. 4500 → 5000: the rows pair by position, and each moved
  // boundary is one change of its own, so a tightened cell of a renamed row still shows (committee-25 F3).
  const moved = unitChanged(A, B) ? undefined : movedBoundaries(tableA, tableB);
  if (moved) {
    for (const boundary of moved.boundaries) {
      const rowA = tableA.rows[boundary.index]!;
      underA.get(rowA)!.push(boundaryEntry(A, B, boundary));
    }
    for (const [rowA, rowB] of moved.pairs) {
      const unitA = whole(A, rowA);
      const unitB = whole(B, rowB);
      const shownRow = unitA.text === unitB.text ? undefined : pairShown(unitA, unitB);
      underA.get(rowA)!.push(...diffCells(A, B, unitA, unitB, shownRow));
    }
    return result();
  }

  const byIdentityB = new Map(tableB.rows.map((row) => [rowIdentity(row), row]));
  const matchedB = new Set<TableRowModel>();
  const leftA: TableRowModel[] = [];
  // A key whose unit converts (W → kW): A's bands taken into B's unit find their rows (committee-32 M2).
  const factors = keysOf(A).map((k) => units.get(k)?.factor);
  for (const rowA of tableA.rows) {
    const rowB = byIdentityB.get(rowIdentity(rowA, factors));
    if (rowB) {
      matchedB.add(rowB);
      underA.get(rowA)!.push(...diffCells(A, B, whole(A, rowA), whole(B, rowB)));
    } else leftA.push(rowA);
  }
  const leftB = tableB.rows.filter((r) => !matchedB.has(r));
  // A band split in two or more (committee-27 M2), within the same values of the other keys (committee-33
  // F1: designation × thickness): each new row against the row it came from, value by value, keyed by the
  // new row, as rows paired across a moved boundary are; not a row removed (looser) and rows added
  // (stricter) whatever their values.
  const splits = unitChanged(A, B)
    ? new Map<TableRowModel, TableRowModel[]>()
    : splitRows(tableA, leftA, leftB);
  const pieces = new Set([...splits.values()].flat());
  for (const row of leftA) {
    const split = splits.get(row);
    if (!split) continue;
    const unitA = whole(A, row);
    const cells = split.map((piece) => {
      const unitB = whole(B, piece);
      return {
        unit: unitB,
        entries: diffCells(A, B, unitA, unitB, pairShown(unitA, unitB), unitB.text),
      };
    });
    underA.get(row)!.push(splitEntry(A, B, unitA, cells), ...cells.flatMap((c) => c.entries));
  }
  // Rows merged into one (committee-33 M3), the mirror of a split: each old row against the row it went
  // into, keyed by the old row, so `diff B A` lists what `diff A B` does from the other side.
  const merges = unitChanged(A, B)
    ? new Map<TableRowModel, TableRowModel[]>()
    : splitRows(
        tableB,
        leftB.filter((r) => !pieces.has(r)),
        leftA.filter((r) => !splits.has(r)),
      );
  const merged = new Set([...merges.values()].flat());
  for (const [rowB, parts] of merges) {
    const unitB = whole(B, rowB);
    const cells = parts.map((part) => {
      const unitA = whole(A, part);
      return { unit: unitA, entries: diffCells(A, B, unitA, unitB, pairShown(unitA, unitB)) };
    });
    underA.get(parts[0]!)!.push(mergeEntry(A, B, unitB, cells));
    for (const [i, part] of parts.entries()) underA.get(part)!.push(...cells[i]!.entries);
  }
  const restA = leftA.filter((r) => !splits.has(r) && !merged.has(r));
  const restB = leftB.filter((r) => !pieces.has(r) && !merges.has(r));
  if (!tableA.keys.some((k) => k.match === 'category')) {
    for (const row of restA) underA.get(row)!.push(rowEntry(A, whole(A, row), 'row-removed'));
    for (const row of restB) added.push(rowEntry(B, whole(B, row), 'row-added'));
    return result();
  }

  // Rows regrouped between editions: compare category by category.
  const atomB = new Map<string, Unit>();
  for (const row of restB) for (const [id, unit] of atoms(B, row)) atomB.set(id, unit);
  const atomA = new Set<string>();
  for (const row of restA) {
    const units = atoms(A, row);
    const entries = underA.get(row)!;
    const unmatched: Unit[] = [];
    for (const [id, unit] of units) {
      atomA.add(id);
      const other = atomB.get(id);
      if (other) entries.push(...diffCells(A, B, unit, other));
      else unmatched.push(unit);
    }
    if (unmatched.length === units.size) entries.push(rowEntry(A, whole(A, row), 'row-removed'));
    else for (const unit of unmatched) entries.push(rowEntry(A, unit, 'row-removed'));
  }
  for (const row of restB) {
    const units = atoms(B, row);
    const unmatched = [...units].filter(([id]) => !atomA.has(id)).map(([, unit]) => unit);
    if (unmatched.length === units.size) added.push(rowEntry(B, whole(B, row), 'row-added'));
    else for (const unit of unmatched) added.push(rowEntry(B, unit, 'row-added'));
  }
  return result();
}

/**
 * The cells of a row of A against those of its row in B, keyed by A's row (by `keyRow`, B's row
 * split from it); `shownRow`, when the rows are paired by position or split, names both in the
 * message (`≤ 4500 → ≤ 5000`).
 */
function diffCells(
  A: Side,
  B: Side,
  unitA: Unit,
  unitB: Unit,
  shownRow?: LocalizedText,
  keyRow = unitA.text,
): DiffEntry[] {
  const out: DiffEntry[] = [];
  const name = A.table.name;
  const columns = [...A.table.columns, ...B.table.columns.filter((c) => !A.table.columns.includes(c))];
  for (const column of columns) {
    const before = unitA.row.cells.get(column) ?? null;
    const after = unitB.row.cells.get(column) ?? null;
    if (sameCell(before, after)) continue;
    // A column dropped with its requirements is their one change, not one per row (committee-38 F2).
    if (
      droppedColumn(A.edition, B.edition, name, column) ||
      droppedColumn(B.edition, A.edition, name, column)
    )
      continue;
    // Only the requirements whose `when` can read the row: sulfur-q390 never reads row Q355N (committee-33 F4).
    const readersA = rowReaders(A.edition, name, unitA.row, cellReaders(A.edition, name, column));
    const readersB = rowReaders(B.edition, name, unitB.row, cellReaders(B.edition, name, column));
    const readers = [...readersA, ...readersB];
    // `n/a` (the grade does not exist for the row) gaining a value opens the grade: looser; the reverse, stricter.
    const bare =
      before?.unavailable !== after?.unavailable
        ? before?.unavailable
          ? 'looser'
          : 'stricter'
        : cellDirection(before?.value ?? null, after?.value ?? null, readers);
    // A key re-expressed in a unit that converts leaves the cells' own units as they were: rows matched
    // after conversion compare their cells bare.
    const keys = keysOf(A).filter((k) => A.units.get(k)?.factor === undefined);
    const unit = tableUnitChange(A.units, keys, [
      ...readersA.map((reader) => ({ edition: A.edition, reader })),
      ...readersB.map((reader) => ({ edition: B.edition, reader })),
    ]);
    // A limit whose value's unit converts (% → ‰): A's cell in B's unit tells the direction (committee-29 M4).
    const converted = convertedCell(A, before, after, unit, readers);
    const direction = converted === undefined ? acrossUnits(bare, unit) : (converted ?? undefined);
    const sameInNewUnit = converted === null;
    const ids = unique(readers.map((r) => r.id));
    const where = THING.cell(tableTitle(A, B), shownRow ?? unitA.shown, columnLabel(A, B, column));
    // A figure with its unit where every requirement compares its value with the cell in one unit, as under
    // both editions (committee-33): `-4.0 % → -3.5 %`; a unit change says itself in the note.
    const units = unique(readers.map((r) => r.unit ?? ''));
    const cellUnit = !unit && units.length === 1 ? unitAfter(units[0]) : '';
    const withUnit = (cell: Literal | null) =>
      shown(
        cell?.text === undefined || typeof cell.value !== 'number'
          ? (cell?.text ?? null)
          : `${cell.text}${cellUnit}`,
        EMPTY_CELL,
      );
    out.push(
      makeEntry({
        key: `cell:${name}[${keyRow}][${column}]`,
        kind: 'cell-changed',
        direction,
        before: before?.text ?? null,
        after: after?.text ?? null,
        table: name,
        row: keyRow,
        column,
        criteria: ids,
        message: withReaders(
          labelled(where, inNewUnit(change(withUnit(before), withUnit(after), direction), sameInNewUnit)),
          ids,
        ),
        ...(unit && converted !== undefined
          ? { note: convertedNote(unit) }
          : unit && direction
            ? { note: unitChangeNote(unit) }
            : {}),
        a: locateCell(A, unitA.row, column),
        b: locateCell(B, unitB.row, column),
      }),
    );
  }
  return out;
}

/**
 * A cell's direction across a unit change of the value it limits that converts (`0.045` % → `0.45` ‰): A's
 * number in B's unit against B's, `null` when they are the same limit; `undefined` when the unit does not
 * convert, is a key's (rows re-expressed) or a cell is not a number.
 */
function convertedCell(
  A: Side,
  before: Literal | null,
  after: Literal | null,
  unit: UnitChange | undefined,
  readers: readonly CellReader[],
): DiffDirection | null | undefined {
  if (unit?.factor === undefined || keysOf(A).some((k) => A.units.has(k))) return undefined;
  if (typeof before?.value !== 'number' || typeof after?.value !== 'number') return undefined;
  if (before.unavailable || after.unavailable) return undefined;
  const scaled = Number((before.value * unit.factor).toPrecision(15));
  return scaled === after.value ? null : cellDirection(scaled, after.value, readers);
}

/** The change's words, with "the same limit in a new unit" when it is one. */
function inNewUnit(text: LocalizedText, same: boolean): LocalizedText {
  return same ? { zh: `${text.zh}，${SAME_IN_NEW_UNIT.zh}`, en: `${text.en}, ${SAME_IN_NEW_UNIT.en}` } : text;
}

function rowEntry(side: Side, unit: Unit, kind: 'row-added' | 'row-removed'): DiffEntry {
  const added = kind === 'row-added';
  const name = side.table.name;
  const written = rowText(side, unit);
  const readers = rowReaders(side.edition, name, unit.row, cellReaders(side.edition, name));
  // A record no row matches has no limit from the table; a row with a limit adds one.
  const hasLimit = [...unit.row.cells.values()].some((c) => c !== null);
  const bare: DiffDirection | undefined = hasLimit ? (added ? 'stricter' : 'looser') : undefined;
  // Rows keyed or read in a unit that changed: one re-expressed goes and comes back, neither stricter nor looser.
  const across = tableUnitChange(
    side.units,
    keysOf(side),
    readers.map((reader) => ({ edition: side.edition, reader })),
  );
  const direction = acrossUnits(bare, across);
  const at = side.edition.locate(unit.row.path, unit.row.location);
  const ids = unique(readers.map((r) => r.id));
  return makeEntry({
    key: `row:${name}[${unit.text}]`,
    kind,
    direction,
    before: added ? null : written,
    after: added ? written : null,
    table: name,
    row: unit.text,
    criteria: ids,
    message: withReaders(
      withDirection(
        rowAddedOrRemoved(THING.table(side.table.title, name), unit.shown, added, same(written)),
        direction,
      ),
      ids,
    ),
    ...(across && direction ? { note: unitChangeNote(across) } : {}),
    ...(added ? { b: at } : { a: at }),
  });
}

/**
 * A row of A split into rows of B as one entry without a direction (the values each new row
 * changes are its cell entries): it names the new rows, and those that set the same limits.
 */
function splitEntry(
  A: Side,
  B: Side,
  unitA: Unit,
  pieces: { unit: Unit; entries: DiffEntry[] }[],
): DiffEntry {
  const name = A.table.name;
  const texts = pieces.map((p) => p.unit.text);
  const unchanged = pieces.filter((p) => p.entries.length === 0).map((p) => p.unit.text);
  const first = pieces[0]!.unit.row;
  return makeEntry({
    key: `split:${name}[${unitA.text}]`,
    kind: 'row-split',
    before: unitA.text,
    after: texts.join(', '),
    table: name,
    row: unitA.text,
    message: rowSplit(tableTitle(A, B), unitA.text, texts, unchanged),
    a: A.edition.locate(unitA.row.path, unitA.row.location),
    b: B.edition.locate(first.path, first.location),
  });
}

/**
 * Rows of A merged into one row of B, the mirror of {@link splitEntry}: one entry without a direction
 * (the values each old row changes are its cell entries), naming the old rows and those that set B's limits.
 */
function mergeEntry(A: Side, B: Side, unitB: Unit, parts: { unit: Unit; entries: DiffEntry[] }[]): DiffEntry {
  const name = A.table.name;
  const texts = parts.map((p) => p.unit.text);
  const unchanged = parts.filter((p) => p.entries.length === 0).map((p) => p.unit.text);
  const first = parts[0]!.unit.row;
  return makeEntry({
    key: `merge:${name}[${unitB.text}]`,
    kind: 'row-merged',
    before: texts.join(', '),
    after: unitB.text,
    table: name,
    row: unitB.text,
    message: rowMerged(tableTitle(A, B), texts, unitB.text, unchanged),
    a: A.edition.locate(first.path, first.location),
    b: B.edition.locate(unitB.row.path, unitB.row.location),
  });
}

/**
 * A moved boundary as one entry: its direction is what the records between its old and new
 * place meet (the cells of A's row they left against those of B's row they now read), its
 * requirements those reading a column whose cell differs between those two rows.
 */
function boundaryEntry(A: Side, B: Side, boundary: MovedBoundary): DiffEntry {
  const name = A.table.name;
  const lower = A.table.rows[boundary.index]!;
  const [from, to] = boundary.up
    ? [A.table.rows[boundary.index + 1]!, B.table.rows[boundary.index]!]
    : [lower, B.table.rows[boundary.index + 1]!];
  const columns = [...A.table.columns, ...B.table.columns.filter((c) => !A.table.columns.includes(c))];
  const directions = new Set<DiffDirection>();
  const ids: string[] = [];
  for (const column of columns) {
    const before = from.cells.get(column) ?? null;
    const after = to.cells.get(column) ?? null;
    if (sameCell(before, after)) continue;
    const readers = [...cellReaders(A.edition, name, column), ...cellReaders(B.edition, name, column)];
    ids.push(...readers.map((r) => r.id));
    directions.add(
      before?.unavailable !== after?.unavailable
        ? before?.unavailable
          ? 'looser'
          : 'stricter'
        : cellDirection(before?.value ?? null, after?.value ?? null, readers),
    );
  }
  // Both rows ask the same of every grade: the records that change rows meet the same limits.
  const direction: DiffDirection | undefined =
    directions.size === 0 ? undefined : directions.size === 1 ? [...directions][0]! : 'changed';
  const key = A.table.keys[0]!.indicator;
  const unit = A.edition.unitOf(key) ?? B.edition.unitOf(key);
  const fromText = keyText(A, from);
  const toText = keyText(B, to);
  const text = (p: BoundaryPoint) => `${p.inclusive ? '≤' : '<'} ${p.value}`;
  const ids1 = unique(ids);
  return makeEntry({
    key: `boundary:${name}[${keyText(A, lower)}]`,
    kind: 'boundary-moved',
    ...(direction ? { direction } : {}),
    before: text(boundary.before),
    after: text(boundary.after),
    table: name,
    row: keyText(A, lower),
    criteria: ids1,
    message: withReaders(
      withTail(
        boundaryMoved(
          tableTitle(A, B),
          indicatorLabel(A, B, key),
          boundary,
          unit,
          gapText(boundary),
          fromText,
          toText,
        ),
        direction,
      ),
      ids1,
    ),
    a: A.edition.locate(lower.path, lower.location),
    b: B.edition.locate(B.table.rows[boundary.index]!.path, B.table.rows[boundary.index]!.location),
  });
}

function withTail(text: LocalizedText, direction: DiffDirection | undefined): LocalizedText {
  if (direction) return withDirection(text, direction);
  return { zh: `${text.zh}，${SAME_LIMITS.zh}`, en: `${text.en}, ${SAME_LIMITS.en}` };
}

/** The values that change rows at a moved boundary, as a band (`(4500, 5000]`) or one value (`= 4500`). */
function gapText(boundary: MovedBoundary): string {
  const [low, high] = boundary.up ? [boundary.before, boundary.after] : [boundary.after, boundary.before];
  // The lower point is held by the lower row on its side, so the gap starts just past it when inclusive.
  if (low.value === high.value) return `= ${low.value}`;
  return `${low.inclusive ? '(' : '['}${low.value}, ${high.value}${high.inclusive ? ']' : ')'}`;
}

function indicatorLabel(A: Side, B: Side, name: string): LocalizedText {
  const ind =
    B.edition.model.indicators.find((i) => i.name === name) ??
    A.edition.model.indicators.find((i) => i.name === name);
  return ind ? { zh: ind.label.zh, en: ind.label.en } : same(name);
}

/** Whether the table is read or keyed in a unit that changed between the editions (then no boundary is compared). */
function unitChanged(A: Side, B: Side): boolean {
  const readers = [
    ...cellReaders(A.edition, A.table.name).map((reader) => ({ edition: A.edition, reader })),
    ...cellReaders(B.edition, B.table.name).map((reader) => ({ edition: B.edition, reader })),
  ];
  return tableUnitChange(A.units, keysOf(A), readers) !== undefined;
}

/** The indicators keying a table's rows. */
function keysOf(side: Side): string[] {
  return side.table.keys.map((k) => k.indicator);
}

function sameCell(x: Literal | null, y: Literal | null): boolean {
  if (x === null || y === null) return x === y;
  return x.value === y.value && x.text === y.text;
}

/** A row's identity: its key cells, bands by their bounds and categories as sets. */
/** A row's keys as one string; `factors[k]`, when given, takes key k's band into the other edition's unit. */
function rowIdentity(row: TableRowModel, factors: readonly (number | undefined)[] = []): string {
  return row.match.map((m, k) => matchIdentity(m, factors[k])).join('\u0000');
}

function matchIdentity(m: TableRowModel['match'][number], factor?: number): string {
  if (Array.isArray(m)) return `c:${JSON.stringify(m.map((v) => JSON.stringify(v)).sort())}`;
  // To 15 significant digits, as a double holds a decimal: 4500 W × 0.001 is 4.5 kW, not 4.500000000000001.
  const scale = (v: number) =>
    factor === undefined || !Number.isFinite(v) ? v : Number((v * factor).toPrecision(15));
  return `b:${scale(m.lower)},${m.lowerInclusive},${scale(m.upper)},${m.upperInclusive}`;
}

/** A row's units: one per combination of its categories (a band stays whole). */
function atoms(side: Side, row: TableRowModel): Map<string, Unit> {
  type Part = { id: string; text: string; shown: LocalizedText };
  let combos: Part[][] = [[]];
  for (const [k, m] of row.match.entries()) {
    const labels = keyLabels(side, k);
    const options: Part[] = Array.isArray(m)
      ? m.map((v) => ({ id: matchIdentity([v]), text: String(v), shown: valueShown(v, labels) }))
      : [{ id: matchIdentity(m), text: keyCellText(side, row, k), shown: same(keyCellText(side, row, k)) }];
    combos = combos.flatMap((c) => options.map((o) => [...c, o]));
  }
  return new Map(
    combos.map((c) => [
      c.map((p) => p.id).join('\u0000'),
      { row, text: c.map((p) => p.text).join(' / '), shown: joinShown(c.map((p) => p.shown)) },
    ]),
  );
}

/** A row's key cells for a reader: a category by its value's label in each language, a band as written. */
function keyShown(side: Side, row: TableRowModel): LocalizedText {
  return joinShown(
    row.match.map((m, k) => {
      if (!Array.isArray(m)) return same(m.text);
      const labels = keyLabels(side, k);
      const cell = docRow(side, row)?.[k];
      if (!Array.isArray(cell) && cell !== undefined)
        return valueShown(cell as string | number | boolean, labels);
      // A list stays a list (`[滚筒, 波轮]`), as keyCellText writes it.
      const values = Array.isArray(cell) ? (cell as (string | number | boolean)[]) : m;
      const parts = values.map((v) => valueShown(v, labels));
      const wrap = Array.isArray(cell);
      const list = (lang: 'zh' | 'en') => parts.map((p) => p[lang]).join(', ');
      return wrap ? { zh: `[${list('zh')}]`, en: `[${list('en')}]` } : { zh: list('zh'), en: list('en') };
    }),
  );
}

/** The labels of the values of a table's `k`-th key indicator, if it has any. */
function keyLabels(side: Side, k: number): IndicatorModel['valueLabels'] {
  const name = side.table.keys[k]?.indicator;
  return side.edition.model.indicators.find((i) => i.name === name)?.valueLabels;
}

function valueShown(v: unknown, labels: IndicatorModel['valueLabels']): LocalizedText {
  const label = labels?.get(v as string | number | boolean);
  return label ? { zh: label.zh, en: label.en } : same(String(v));
}

function joinShown(parts: readonly LocalizedText[]): LocalizedText {
  return { zh: parts.map((p) => p.zh).join(' / '), en: parts.map((p) => p.en).join(' / ') };
}

/** Two rows paired by position or split, for a reader: `≤ 4500 → ≤ 5000`. */
function pairShown(a: Unit, b: Unit): LocalizedText {
  return { zh: `${a.shown.zh} → ${b.shown.zh}`, en: `${a.shown.en} → ${b.shown.en}` };
}

/** A row's key cells as written: `(4500, 7100]`, `HRB600`, `[HRB400, HRBF400]`. */
function keyText(side: Side, row: TableRowModel): string {
  return row.match.map((_, k) => keyCellText(side, row, k)).join(' / ');
}

function keyCellText(side: Side, row: TableRowModel, k: number): string {
  const m = row.match[k]!;
  if (!Array.isArray(m)) return m.text;
  // A list stays a list as written (`[HRB400, HRBF400]`), one category stays bare (`HRB600`).
  const cell = docRow(side, row)?.[k];
  if (Array.isArray(cell)) return `[${cell.map(String).join(', ')}]`;
  return cell === undefined ? m.map(String).join(', ') : String(cell);
}

/** The whole row as written: `[≤ 4500, 5.00, 4.50, ~]`. */
function rowText(side: Side, unit: Unit): string {
  const cells = side.table.columns.map((c) => unit.row.cells.get(c)?.text ?? '~');
  return `[${[unit.text, ...cells].join(', ')}]`;
}

function docRow(side: Side, row: TableRowModel): unknown[] | undefined {
  const index = row.path[3];
  return typeof index === 'number'
    ? ownEntry(side.edition.doc.tables, side.table.name)?.rows[index]
    : undefined;
}

function locateCell(side: Side, row: TableRowModel, column: string) {
  const c = side.table.columns.indexOf(column);
  const path = c < 0 ? row.path : [...row.path, side.table.keys.length + c];
  return side.edition.locate(path, row.location);
}

function tableTitle(A: Side, B: Side): LocalizedText {
  return THING.table(B.table.title ?? A.table.title, A.table.name);
}

/** A grade column by the grade's label, any other column by its name. */
function columnLabel(A: Side, B: Side, column: string): LocalizedText {
  const grade =
    B.edition.model.grades.find((g) => g.id === column) ??
    A.edition.model.grades.find((g) => g.id === column);
  if (grade) return { zh: grade.label.zh, en: grade.label.en };
  // A column named as an indicator it limits (`compressive3d` → 3 天抗压强度), by its label (committee-40 M4).
  const model = B.edition.model.indicators.some((i) => i.name === column) ? B.edition.model : A.edition.model;
  return { zh: nameShown(column, model, 'zh'), en: nameShown(column, model, 'en') };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
