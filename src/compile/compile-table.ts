import { bandContains } from '../model/band';
import type { TableModel, TableRowModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import { type LimitKeys, type LimitValue, limitFromLiteral } from './limit-value';

/** A table row ready for evaluation: cells and limits by value-column index. */
export interface CompiledRow {
  model: TableRowModel;
  cells: (Literal | null)[];
  /** The limit each cell sets, built once; `null` for an empty cell. */
  limits: (LimitValue | null)[];
}

/** A table ready to match records against. */
export interface CompiledTable {
  model: TableModel;
  /** The first row whose keys all match the record's values, if any. */
  match(values: readonly unknown[]): CompiledRow | undefined;
}

/** Compiles a table into a row matcher; categories use a Set per cell, bands a range test. */
export function compileTable(model: TableModel, keys: LimitKeys): CompiledTable {
  const slots = model.keys.map((k) => k.slot);
  const rows = model.rows.map((row) => {
    const cells = model.columns.map((c) => row.cells.get(c) ?? null);
    return {
      row: {
        model: row,
        cells,
        limits: cells.map((c) => (c ? limitFromLiteral(c, keys()) : null)),
      } satisfies CompiledRow,
      tests: row.match.map((m) => {
        if (Array.isArray(m)) {
          const set = new Set<unknown>(m);
          return (v: unknown) => set.has(v);
        }
        return (v: unknown) => typeof v === 'number' && bandContains(m, v);
      }),
    };
  });
  return {
    model,
    match(values) {
      outer: for (const { row, tests } of rows) {
        for (let k = 0; k < slots.length; k++) if (!tests[k]!(values[slots[k]!])) continue outer;
        return row;
      }
      return undefined;
    },
  };
}
