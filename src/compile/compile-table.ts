import type { TableModel, TableRowModel } from '../model/rule-set-model';
import { bandContains } from '../validate/parse-band';

/** A table ready to match records against. */
export interface CompiledTable {
  model: TableModel;
  /** The first row whose keys all match the record, if any. */
  match(values: { values: unknown[] }): TableRowModel | undefined;
}

/** Compiles a table into a row matcher; categories use a Set per cell, bands a range test. */
export function compileTable(model: TableModel): CompiledTable {
  const keys = model.keys;
  const rows = model.rows.map((row) => ({
    row,
    tests: row.match.map((m) => {
      if (Array.isArray(m)) {
        const set = new Set<unknown>(m);
        return (v: unknown) => set.has(v);
      }
      return (v: unknown) => typeof v === 'number' && bandContains(m, v);
    }),
  }));
  return {
    model,
    match({ values }) {
      outer: for (const { row, tests } of rows) {
        for (let k = 0; k < keys.length; k++) if (!tests[k]!(values[keys[k]!.slot])) continue outer;
        return row;
      }
      return undefined;
    },
  };
}
