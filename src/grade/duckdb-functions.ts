import { finishItem } from '../batch/finish-item';
import { knownOptions, optionKeys } from '../errors/options-argument';
import { systemReason } from '../errors/system-reason';
import { UsageError } from '../errors/usage-error';
import { checkMapTargets } from '../input/check-column-mapping';
import type { ColumnMapping } from '../input/column-mapping';
import { jsonTextReason } from '../input/json-fault';
import { jsonRecordItem } from '../input/json-record-item';
import {
  type DuckDBColumn,
  duckdbColumns,
  duckdbRecord,
  duckdbValueConverter,
} from '../input/parquet/duckdb-values';
import { type DuckDB, loadDuckDB } from '../input/parquet/load-duckdb';
import type { RecordError } from '../model/grade-result';
import { modelOf } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';
import { valueShown } from '../text/value-kind';
import { compiledOnly } from './compiled-only';
import type { Grader } from './create-grader';
import { graderArgument } from './grader-argument';
import { mapOption } from './map-option';

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
  /** Prefix of the functions' names (default `qgrade`: `qgrade_grade`, `qgrade_result`): a plain SQL identifier, letters, digits and `_`. */
  prefix?: string | undefined;
  /** Column (struct field) → indicator, as `--map`; names equal to an indicator's label need none. */
  map?: Readonly<Record<string, string>> | undefined;
}

const FUNCTION_OPTION_KEYS = optionKeys<GradeFunctionOptions>({ prefix: true, map: true });

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
 * converted by the indicator's type; a DECIMAL or BIGINT that a double does
 * not hold exactly is refused as CSV refuses its numeral); or JSON text of
 * one record (a repeated key or a too-precise numeral refused as NDJSON
 * refuses them).
 *
 * One row that cannot be read does not stop the query: JSON text that does
 * not parse, or a struct with a field of no type (a bare `NULL`, which
 * DuckDB's Node API cannot read), gives `NULL` from `qgrade_grade` and, from
 * `qgrade_result`, the error result the CLI writes for a row it cannot read
 * (`notGradedReason.code` `invalid-record`, one error with code `unreadable`).
 *
 * DuckDB (`@duckdb/node-api`, an optional peer dependency) is imported here,
 * on the first call, never by `import 'qgrade'`.
 *
 * @param connection - a `DuckDBConnection` from `@duckdb/node-api`
 * @param grader - from {@link createGrader} (the compiled engine)
 * @returns the names of the functions registered
 * @throws {@link QgradeError} with code `usage` when `@duckdb/node-api` cannot be loaded, `prefix` is not a plain SQL identifier,
 *   the grader uses json-rules-engine, or a `map` target names no indicator of the rule set (with the closest one), as `gradeFile` and `--map` refuse it
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
  if (typeof (connection as Partial<DuckDBConnectionLike> | null)?.registerScalarFunction !== 'function') {
    const got = valueShown(connection);
    throw new UsageError(
      localized(
        `registerGradeFunctions 的第一个参数应为 DuckDB 连接（await instance.connect()），收到 ${got.zh}`,
        `registerGradeFunctions takes a DuckDB connection (await instance.connect()) as its first argument, got ${got.en}`,
      ),
    );
  }
  graderArgument(grader, 'registerGradeFunctions', true);
  knownOptions(options, 'registerGradeFunctions', '{ prefix: "ac" }', FUNCTION_OPTION_KEYS);
  const prefix = options.prefix ?? 'qgrade';
  // The name goes into SQL as it is: anything but a plain identifier would need quoting in every query, or worse.
  if (typeof prefix !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) {
    const shown = typeof prefix === 'string' ? quoteShort(prefix) : String(prefix);
    throw new UsageError(
      localized(
        `registerGradeFunctions 的 prefix ${shown} 不是普通的 SQL 标识符：只能用字母、数字和 _，且不以数字开头（如 qgrade、ac）`,
        `registerGradeFunctions: prefix ${shown} is not a plain SQL identifier: use letters, digits and _, not starting with a digit (e.g. qgrade, ac)`,
      ),
    );
  }
  // Every query would fail on a json-rules-engine grader, and every row be NULL under a misspelt map target: told now.
  compiledOnly(
    grader.engine,
    'registerGradeFunctions',
    localized('请不指定 engine 另建评级器', 'create a grader without engine'),
  );
  const mapping = mapOption(options.map);
  checkMapTargets(mapping, grader.ruleSet.indicators, [], 'api');
  const duckdb = await loadDuckDB(localized('DuckDB 分级函数', 'the DuckDB grade functions'));
  const model = modelOf(grader.ruleSet);
  const names = { grade: `${prefix}_grade`, result: `${prefix}_result` };
  const register = (name: string, grade: (item: SqlItem) => string | null) => {
    const items = itemReader(duckdb, mapping, grader);
    connection.registerScalarFunction(
      duckdb.DuckDBScalarFunction.create({
        name,
        returnType: duckdb.VARCHAR,
        parameterTypes: [duckdb.ANY],
        mainFunction(info, input, output) {
          try {
            const column = items(input);
            for (let i = 0; i < input.rowCount; i++) {
              const item = column(i);
              output.setItem(i, item === null ? null : grade(item));
            }
            output.flush();
          } catch (error) {
            info.setError(error instanceof Error ? error.message : String(error));
          }
        },
      }) as never,
    );
  };
  // A row that could not be read, or a value refused, is not graded: NULL, as for any record not graded.
  register(names.grade, (item) =>
    'unreadable' in item || item.conversionErrors ? null : grader.gradeOnly(item.record),
  );
  register(names.result, (item) => {
    // The CLI's result for the same row: an unreadable row's error result, the input's own messages for refused values.
    const record = 'unreadable' in item ? null : item.record;
    const { row: _row, ...result } = finishItem({ row: 0, ...item }, grader.gradeSync(record), model);
    return JSON.stringify(result);
  });
  return names;
}

/** One argument of a grade function, read: a record (with the values refused), or why it could not be read. */
type SqlItem = { record: unknown; conversionErrors?: RecordError[] } | { unreadable: LocalizedText };

/** Says where a repeated key of JSON text is. */
const JSON_TEXT = localized('JSON 文本', 'The JSON text');

type Chunk = Parameters<Parameters<DuckDB['DuckDBScalarFunction']['create']>[0]['mainFunction']>[1];

/** A struct type's fields, and whether each child vector's own items are plain JS values already. */
interface StructShape {
  names: readonly string[];
  columns: DuckDBColumn[];
  direct: boolean;
}

/**
 * Reads the argument column of a chunk as items: `(i) => item` (null for a
 * NULL argument); throws only for an argument that is neither a struct nor text.
 */
function itemReader(
  duckdb: DuckDB,
  mapping: ColumnMapping,
  grader: Grader,
): (input: Chunk) => (i: number) => SqlItem | null {
  const { STRUCT, VARCHAR } = duckdb.DuckDBTypeId;
  const byName = new Map(grader.ruleSet.indicators.map((i) => [i.name, i]));
  const converter = duckdbValueConverter(duckdb);
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
    let vector: ReturnType<Chunk['getColumnVector']>;
    try {
      vector = input.getColumnVector(0);
    } catch (error) {
      // DuckDB's Node API reads no vector of a struct with a field of type NULL ({'apf': NULL}): every row of the chunk has it.
      const why = systemReason(error);
      const unreadable = localized(
        `无法读取该行：${why.zh}（字段为不带类型的 NULL 时，请写明类型，如 NULL::DOUBLE）`,
        `the row cannot be read: ${why.en} (for a field that is a bare NULL, give its type, e.g. NULL::DOUBLE)`,
      );
      return () => ({ unreadable });
    }
    const type = vector.type;
    if (type.typeId === VARCHAR) {
      return (i) => {
        const text = vector.getItem(i) as string | null;
        if (text === null) return null;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          const reason = jsonTextReason(text, error, true);
          return {
            unreadable: localized(
              `JSON 文本不是有效的 JSON：${reason.zh}`,
              `the JSON text is not valid JSON: ${reason.en.slice(0, 200)}`,
            ),
          };
        }
        // As an NDJSON line: a repeated key is unreadable, a numeral a double does not hold is refused.
        const { row: _row, ...item } = jsonRecordItem(text, parsed, 0, JSON_TEXT, mapping, byName);
        return item;
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
      const columns = duckdbColumns(
        duckdb,
        names,
        struct.entryTypes,
        mapping,
        grader.ruleSet.indicators,
        'api',
      );
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
        return duckdbRecord(columns, row);
      };
    }
    // DECIMAL as its exact numeral, as a Parquet file's column is read.
    const [values] = input.convertColumns(converter) as unknown[][];
    return (i) => {
      const value = values![i] as Record<string, unknown> | null;
      if (value === null) return null;
      for (let c = 0; c < names.length; c++) row[c] = value[names[c]!];
      return duckdbRecord(columns, row);
    };
  };
}
