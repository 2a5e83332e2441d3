import type { ColumnMapping } from '../input/column-mapping';
import { type DuckDBColumn, duckdbColumns, duckdbRecord } from '../input/parquet/duckdb-values';
import { type DuckDB, loadDuckDB } from '../input/parquet/load-duckdb';
import { localized } from '../text/localized-text';
import type { Grader } from './create-grader';

/**
 * A DuckDB connection from `@duckdb/node-api` (typed loosely here so that
 * qgrade's types do not need DuckDB installed).
 *
 * @example
 * const connection: DuckDBConnectionLike = await (await DuckDBInstance.create()).connect();
 */
export interface DuckDBConnectionLike {
  /** Registers a scalar SQL function (DuckDB's `registerScalarFunction`). */
  registerScalarFunction(scalarFunction: never): void;
}

/**
 * Options for {@link registerGradeFunctions}.
 *
 * @example
 * const options: GradeFunctionOptions = { prefix: 'ac', map: { 全年能源消耗效率: 'apf' } };
 */
export interface GradeFunctionOptions {
  /** Prefix of the functions' names (default `qgrade`: `qgrade_grade`, `qgrade_result`). */
  prefix?: string;
  /** Column (struct field) → indicator, as `--map`; names equal to an indicator's label need none. */
  map?: Readonly<Record<string, string>>;
}

/**
 * Registers a grader as two DuckDB scalar functions on a connection, so SQL
 * grades rows where they are, Parquet files included:
 *
 * - `qgrade_grade(row)` → the grade id (VARCHAR), NULL when not graded; the
 *   fast path ({@link Grader.gradeOnly}), with no explanation.
 * - `qgrade_result(row)` → the whole result as JSON text (as `-f ndjson`
 *   writes it), for `qgrade_result(t)::JSON ->> '$.notGradedReason.code'`.
 *
 * `row` is a struct, such as a table's row alias (`qgrade_grade(t)` with
 * `FROM 'samples/*.parquet' t`) or `{'apf': apf, …}`, whose fields are read
 * as a Parquet file's columns are (NULL is a missing value; text is
 * converted by the indicator's type); or JSON text of one record.
 *
 * DuckDB (`@duckdb/node-api`, an optional peer dependency) is imported here,
 * on the first call, never by `import 'qgrade'`.
 *
 * @param connection - a `DuckDBConnection` from `@duckdb/node-api`
 * @param grader - from {@link createGrader} (the compiled engine)
 * @returns the names of the functions registered
 * @throws {@link QgradeError} with code `usage` when `@duckdb/node-api` cannot be loaded
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 * const connection = await (await DuckDBInstance.create()).connect();
 * await registerGradeFunctions(connection, createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy')));
 * const counts = await connection.runAndReadAll(
 *   `SELECT qgrade_grade(t) AS grade, count(*) FROM 'samples/*.parquet' t GROUP BY 1 ORDER BY 1`,
 * );
 * ```
 */
export async function registerGradeFunctions(
  connection: DuckDBConnectionLike,
  grader: Grader,
  options: GradeFunctionOptions = {},
): Promise<{
  /** The name of the grade function, e.g. `qgrade_grade`. */
  grade: string;
  /** The name of the full-result function, e.g. `qgrade_result`. */
  result: string;
}> {
  const duckdb = await loadDuckDB(localized('DuckDB 分级函数', 'the DuckDB grade functions'));
  const prefix = options.prefix ?? 'qgrade';
  const mapping: ColumnMapping = new Map(Object.entries(options.map ?? {}));
  const names = { grade: `${prefix}_grade`, result: `${prefix}_result` };
  const register = (name: string, grade: (record: unknown) => string | null) => {
    const records = recordReader(duckdb, mapping, grader);
    connection.registerScalarFunction(
      duckdb.DuckDBScalarFunction.create({
        name,
        returnType: duckdb.VARCHAR,
        parameterTypes: [duckdb.ANY],
        mainFunction(info, input, output) {
          try {
            const column = records(input);
            for (let i = 0; i < input.rowCount; i++) {
              const record = column(i);
              output.setItem(i, record === null ? null : grade(record));
            }
            output.flush();
          } catch (error) {
            info.setError(error instanceof Error ? error.message : String(error));
          }
        },
      }) as never,
    );
  };
  register(names.grade, (record) => grader.gradeOnly(record));
  register(names.result, (record) => JSON.stringify(grader.gradeSync(record)));
  return names;
}

type Chunk = Parameters<Parameters<DuckDB['DuckDBScalarFunction']['create']>[0]['mainFunction']>[1];

/** A struct type's fields, and whether each child vector's own items are plain JS values already. */
interface StructShape {
  names: readonly string[];
  columns: DuckDBColumn[];
  direct: boolean;
}

/** Reads the argument column of a chunk as records: `(i) => record` (null for a NULL argument). */
function recordReader(
  duckdb: DuckDB,
  mapping: ColumnMapping,
  grader: Grader,
): (input: Chunk) => (i: number) => unknown {
  const { STRUCT, VARCHAR } = duckdb.DuckDBTypeId;
  const id = duckdb.DuckDBTypeId;
  // Types whose vectors give numbers, bigints, text or booleans: read without the value converter.
  const plain = new Set<number>([
    id.BOOLEAN,
    id.TINYINT,
    id.SMALLINT,
    id.INTEGER,
    id.BIGINT,
    id.HUGEINT,
    id.UTINYINT,
    id.USMALLINT,
    id.UINTEGER,
    id.UBIGINT,
    id.FLOAT,
    id.DOUBLE,
    id.VARCHAR,
  ]);
  // The columns of a struct type, worked out once per type seen.
  const byType = new Map<string, StructShape>();
  return (input) => {
    const vector = input.getColumnVector(0);
    const type = vector.type;
    if (type.typeId === VARCHAR) {
      return (i) => {
        const text = vector.getItem(i) as string | null;
        return text === null ? null : JSON.parse(text);
      };
    }
    if (type.typeId !== STRUCT) {
      throw new Error(
        `qgrade: pass a row or a struct, e.g. qgrade_grade(t) … FROM 'samples.parquet' t, or qgrade_grade({'apf': apf}); got ${type.toString()}`,
      );
    }
    const key = type.toString();
    let shape = byType.get(key);
    if (!shape) {
      const struct = type as unknown as {
        entryNames: readonly string[];
        entryTypes: readonly { typeId: number }[];
      };
      const names = struct.entryNames;
      const columns = duckdbColumns(duckdb, names, struct.entryTypes, mapping, grader.ruleSet.indicators);
      shape = { names, columns, direct: struct.entryTypes.every((t) => plain.has(t.typeId)) };
      byType.set(key, shape);
    }
    const { names, columns, direct } = shape;
    const row: unknown[] = new Array(names.length);
    const structs = vector as unknown as {
      isItemValid(i: number): boolean;
      entryVectorAt(k: number): { getItem(i: number): unknown };
    };
    if (direct) {
      const entries = names.map((_, k) => structs.entryVectorAt(k));
      return (i) => {
        if (!structs.isItemValid(i)) return null;
        for (let c = 0; c < entries.length; c++) row[c] = entries[c]!.getItem(i);
        return duckdbRecord(columns, row).record;
      };
    }
    const [values] = input.convertColumns(duckdb.JSDuckDBValueConverter) as unknown[][];
    return (i) => {
      const value = values![i] as Record<string, unknown> | null;
      if (value === null) return null;
      for (let c = 0; c < names.length; c++) row[c] = value[names[c]!];
      return duckdbRecord(columns, row).record;
    };
  };
}
