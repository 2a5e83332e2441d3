import type { RecordError } from '../../model/grade-result';
import type { IndicatorInfo } from '../../resolve/rule-set';
import { convertCell, trimCell } from '../convert-value';

/**
 * How a column of a DuckDB result gives a record's field: the field's name
 * (after `--map` and the indicators' labels; `''` for none), the indicator
 * it is, and whether it holds 32-bit floats.
 */
export interface DuckDBColumn {
  field: string;
  indicator: IndicatorInfo | undefined;
  /** FLOAT (or a list of FLOAT): its values are read as the shortest decimal that is the same float, as a CSV would give. */
  float32: boolean;
}

/** A record built from one row of DuckDB values, with the cells that could not be read as their indicator's type. */
export interface DuckDBRecord {
  record: Record<string, unknown>;
  conversionErrors?: RecordError[];
}

/**
 * Builds the record of one row from DuckDB values (as its JS converter gives
 * them), as CSV builds one from cells: a NULL leaves the field out (a
 * missing value, as an empty cell); text in an indicator's column is
 * converted by the indicator's type (`"4.62"` → 4.62, `是` → true);
 * BIGINT becomes a number, a DATE or TIMESTAMP its ISO text; several
 * columns that give one indicator taking specimens are gathered into a list.
 */
export function duckdbRecord(columns: readonly DuckDBColumn[], values: readonly unknown[]): DuckDBRecord {
  const entries: [string, unknown][] = [];
  let lists: Map<string, unknown[]> | undefined;
  let errors: RecordError[] | undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (column.field === '') continue;
    const raw = values[i];
    if (raw === null || raw === undefined) continue;
    let value: unknown;
    if (typeof raw === 'string') {
      if (!column.indicator) {
        if (trimCell(raw) !== '') entries.push([column.field, raw]);
        continue;
      }
      const converted = convertCell(raw, column.indicator);
      if (!converted) continue;
      if (converted.error && !errors?.some((e) => e.field === column.field)) {
        errors ??= [];
        errors.push(converted.error);
      }
      value = converted.value;
    } else value = plainValue(raw, column.float32);
    if (value === undefined) continue;
    if (column.indicator && column.indicator.specimens > 0 && isGathered(columns, column.field)) {
      lists ??= new Map();
      const list = lists.get(column.field) ?? [];
      if (Array.isArray(value)) list.push(...value);
      else list.push(value);
      lists.set(column.field, list);
    } else entries.push([column.field, value]);
  }
  if (lists) for (const [field, list] of lists) entries.push([field, list]);
  // fromEntries defines own properties, so a column named "__proto__" stays data.
  const record = Object.fromEntries(entries);
  return errors ? { record, conversionErrors: errors } : { record };
}

/** Whether several columns give this field (one column per specimen). */
function isGathered(columns: readonly DuckDBColumn[], field: string): boolean {
  let n = 0;
  for (const c of columns) if (c.field === field && ++n > 1) return true;
  return false;
}

/**
 * A DuckDB value as plain JSON-like data: BIGINT (and HUGEINT) → number,
 * DATE and TIMESTAMP → ISO text, lists and structs converted item by item
 * (a NULL inside a list stays `null`, so validation reports it); a BLOB has
 * no such form and is left out.
 */
export function plainValue(value: unknown, float32 = false): unknown {
  if (value === null || value === undefined) return value;
  switch (typeof value) {
    case 'bigint':
      return Number(value);
    case 'number':
      return float32 ? shortestFloat32(value) : value;
    case 'string':
    case 'boolean':
      return value;
    case 'object':
      if (value instanceof Date) return value.toISOString();
      if (value instanceof Uint8Array) return undefined;
      if (Array.isArray(value)) return value.map((v) => (v === null ? null : plainValue(v, float32)));
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .map(([k, v]) => [k, plainValue(v)] as const)
          .filter(([, v]) => v !== null && v !== undefined),
      );
    default:
      return undefined;
  }
}

/**
 * The shortest decimal that is the same 32-bit float: a FLOAT column
 * holding 4.62 reads as 4.619999885559082 in double precision, and would
 * fail a limit of 4.62 that the value written meets.
 */
export function shortestFloat32(value: number): number {
  if (!Number.isFinite(value)) return value;
  for (let digits = 1; digits <= 9; digits++) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return candidate;
  }
  return value;
}
