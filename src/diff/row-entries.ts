import { spelledValue } from '../compile/record-snapshot';
import type { RuleSetModel, TableModel } from '../model/rule-set-model';
import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import { bandRowIndex, movedBoundaries } from './band-partition';
import type { DiffEntry } from './rule-set-diff';

/**
 * Whether a table row or cell entry of the diff concerns the row a record is looked up in: its category key
 * cells (`[Q355N, Q390N]`, `Q355`) list the record's value of each key indicator (read by its labels and
 * aliases). A Q355 record is not moved by the `[Q355N, Q390N]` row of kv2Min, though its limit changed by the
 * same figures (committee-24 F13). In a table keyed by one band, the record's value is in the row (under A for a
 * cell or a removed row, and in the row paired with it under B for a cell; under B for an added row), and a
 * moved boundary concerns only a record between its old and new place: a 4600 W unit is moved by the boundary
 * 4500 → 5000, a 4500 W one by the cells of `≤ 4500` (committee-25 F3). Any other entry, or a record that gives
 * no key value: `true`.
 *
 * @example
 * const concerns = rowEntryFilter(modelOf(a), modelOf(b), a.indicators, b.indicators);
 * concerns(cellEntry, { grade: 'Q355' }); // false for the `[Q355N, Q390N]` row
 */
export function rowEntryFilter(
  modelA: RuleSetModel,
  modelB: RuleSetModel,
  infoA: readonly IndicatorInfo[],
  infoB: readonly IndicatorInfo[],
): (entry: DiffEntry, record: unknown) => boolean {
  // Asked for every entry of every changed record: each table's pairing is found once.
  const pairings = new Map<string, ReturnType<typeof movedBoundaries>>();
  const pairing = (tableA: TableModel, tableB: TableModel) => {
    if (!pairings.has(tableA.name)) pairings.set(tableA.name, movedBoundaries(tableA, tableB));
    return pairings.get(tableA.name);
  };
  return (entry, record) => {
    if (
      entry.kind !== 'cell-changed' &&
      entry.kind !== 'row-added' &&
      entry.kind !== 'row-removed' &&
      entry.kind !== 'boundary-moved'
    )
      return true;
    if (entry.table === undefined || entry.row === undefined) return true;
    if (record === null || typeof record !== 'object') return true;
    const band = bandRowConcerns(modelA, modelB, entry, record as Record<string, unknown>, pairing);
    if (band !== undefined) return band;
    const onB = entry.kind !== 'row-removed';
    const model = onB ? modelB : modelA;
    const infos = onB ? infoB : infoA;
    const table = model.tables.find((t) => t.name === entry.table);
    if (!table) return true;
    const cells = entry.row.split(' / ');
    if (cells.length !== table.keys.length) return true;
    const fields = record as Record<string, unknown>;
    return table.keys.every((key, k) => {
      if (key.match !== 'category') return true;
      const given = fields[key.indicator];
      if (typeof given !== 'string' && typeof given !== 'number' && typeof given !== 'boolean') return true;
      const ind = model.indicators.find((i) => i.name === key.indicator);
      const info = infos.find((i) => i.name === key.indicator);
      const spellings = info ? valueSpellingsOf(info) : undefined;
      const value =
        typeof given === 'string' && ind && spellings ? spelledValue(given, spellings, ind) : given;
      const cell = cells[k]!.trim();
      const listed = /^\[.*\]$/su.test(cell)
        ? cell
            .slice(1, -1)
            .split(',')
            .map((s) => s.trim())
        : [cell];
      return listed.includes(String(value));
    });
  };
}

/**
 * For a table keyed by one band: whether the entry concerns the row the record's key value selects
 * (see {@link rowEntryFilter}); `undefined` when the table is not keyed so, or the record gives no number.
 */
function bandRowConcerns(
  modelA: RuleSetModel,
  modelB: RuleSetModel,
  entry: DiffEntry,
  fields: Record<string, unknown>,
  pairing: (tableA: TableModel, tableB: TableModel) => ReturnType<typeof movedBoundaries>,
): boolean | undefined {
  const tableA = modelA.tables.find((t) => t.name === entry.table);
  const tableB = modelB.tables.find((t) => t.name === entry.table);
  const table = entry.kind === 'row-added' ? tableB : tableA;
  if (table?.keys.length !== 1 || table.keys[0]!.match !== 'band') return undefined;
  const value = numberOf(fields[table.keys[0]!.indicator]);
  if (value === undefined) return undefined;
  const index = table.rows.findIndex((r) => !Array.isArray(r.match[0]) && r.match[0]?.text === entry.row);
  if (index < 0) {
    // A cell of a row split from A's (committee-27 M2) is keyed by B's row: the record reads it under B.
    const inB = tableB?.rows.findIndex((r) => !Array.isArray(r.match[0]) && r.match[0]?.text === entry.row);
    if (entry.kind !== 'cell-changed' || inB === undefined || inB < 0) return undefined;
    return bandRowIndex(tableB!, value) === inB;
  }
  if (entry.kind === 'row-added' || entry.kind === 'row-removed') return bandRowIndex(table, value) === index;
  if (!tableB) return undefined;
  const inA = bandRowIndex(tableA!, value);
  const moved = pairing(tableA!, tableB);
  if (entry.kind === 'boundary-moved') {
    const inB = bandRowIndex(tableB, value);
    return inA !== inB && Math.min(inA, inB) === index;
  }
  if (inA !== index) return false;
  // A cell of a row paired by position: the record reads that row under B too, or a boundary moved it.
  if (!moved) return true;
  return moved.pairs.get(tableA!.rows[index]!) === tableB.rows[bandRowIndex(tableB, value)];
}

/** A record's key value as a number: a number, or text that is one (`"4600"`); else `undefined`. */
function numberOf(given: unknown): number | undefined {
  if (typeof given === 'number') return Number.isFinite(given) ? given : undefined;
  if (typeof given !== 'string' || given.trim() === '') return undefined;
  const n = Number(given.trim());
  return Number.isFinite(n) ? n : undefined;
}
