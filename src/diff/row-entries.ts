import { spelledValue } from '../compile/record-snapshot';
import type { RuleSetModel } from '../model/rule-set-model';
import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import type { DiffEntry } from './rule-set-diff';

/**
 * Whether a table row or cell entry of the diff concerns the row a record is looked up in: its category key
 * cells (`[Q355N, Q390N]`, `Q355`) list the record's value of each key indicator (read by its labels and
 * aliases). A Q355 record is not moved by the `[Q355N, Q390N]` row of kv2Min, though its limit changed by the
 * same figures (committee-24 F13). Any other entry, a band key, or a record that gives no key value: `true`.
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
  return (entry, record) => {
    if (entry.kind !== 'cell-changed' && entry.kind !== 'row-added' && entry.kind !== 'row-removed')
      return true;
    if (entry.table === undefined || entry.row === undefined) return true;
    if (record === null || typeof record !== 'object') return true;
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
