import type { Literal } from '../model/value';
import type { ExprContext } from './compile-expr';
import type { CompiledRow, CompiledTable } from './compile-table';

/**
 * The values of one record, by slot: indicators as given (a list where the
 * indicator takes several specimens), then derived values. Table rows are
 * matched once per record, on first use.
 */
export class RecordFacts implements ExprContext {
  readonly values: unknown[];
  /** The slots of indicators the record left out and their `default` filled, in slot order; `undefined` when none. */
  readonly defaulted: readonly number[] | undefined;
  /**
   * The values written with a GB/T 8170 rounding mark or as a bound, by slot, as messages show them (`42.5(−)`,
   * `≥100`); `undefined` when none (see `compileMarkedValues`, `compileBoundValues`).
   */
  written: ReadonlyMap<number, string> | undefined = undefined;
  /**
   * The limits computed from a value written with a rounding mark, by check index, as the explanation shows them
   * (the interval they lie in: `(10, 10.25]`); `undefined` when none (see `compileMarkedValues`).
   */
  limits: ReadonlyMap<number, string> | undefined = undefined;
  readonly #tables: readonly CompiledTable[];
  readonly #rows: (CompiledRow | null | undefined)[];

  constructor(values: unknown[], tables: readonly CompiledTable[], defaulted?: readonly number[]) {
    this.values = values;
    this.defaulted = defaulted;
    this.#tables = tables;
    this.#rows = new Array(tables.length);
  }

  value(slot: number, specimen: number): unknown {
    const v = this.values[slot];
    if (!Array.isArray(v)) return v;
    return v.length === 1 ? v[0] : v[specimen];
  }

  /** The matched row of a table, `null` when no row matches. */
  row(table: number): CompiledRow | null {
    let row = this.#rows[table];
    if (row === undefined) {
      row = this.#tables[table]!.match(this.values) ?? null;
      this.#rows[table] = row;
    }
    return row;
  }

  cell(table: number, column: number): Literal | null | undefined {
    const row = this.row(table);
    return row === null ? undefined : row.cells[column]!;
  }
}
