import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../errors/usage-error';
import { loadDuckDB } from '../../input/parquet/load-duckdb';
import { sqlText } from '../../input/parquet/read-parquet';
import type { GradeResult } from '../../model/grade-result';
import type { Language } from '../../text/localized-text';
import { localized } from '../../text/localized-text';

/**
 * The columns of a graded Parquet file, after `row` and the kept columns
 * (VARCHAR, named as in the input; `kept_<name>` where a name is one of these).
 * Documented in docs/scale-out.md.
 */
export const PARQUET_RESULT_COLUMNS = [
  ['grade', 'VARCHAR'],
  ['label', 'VARCHAR'],
  ['conforming', 'BOOLEAN'],
  ['notGradedReason', 'VARCHAR'],
  ['failing', 'VARCHAR[]'],
  ['errors', 'VARCHAR[]'],
  ['result', 'VARCHAR'],
] as const;

/** Results written, one at a time, into a Parquet file. */
export interface ParquetWriter {
  /** Adds a result as a row. */
  add(result: GradeResult): void;
  /** Writes the Parquet file (replacing `path`) and releases DuckDB. */
  close(): Promise<void>;
  /** Drops what was added, writing nothing; for a run that failed. */
  discard(): Promise<void>;
}

/**
 * Writes graded results as a Parquet file through DuckDB, one flat row per
 * result: `row` (BIGINT), the kept columns, `grade`, `label` (in `lang`),
 * `conforming`, `notGradedReason` (its code), `failing` (ids of the
 * criteria that failed), `errors` (what is wrong with an invalid record, in
 * `lang`) and `result`, the whole result as JSON (`-f ndjson`'s line), for
 * SQL's `result::JSON ->> '$.nextGrade.grade'`.
 *
 * Rows go through DuckDB's appender into a table in a temporary database
 * file, which DuckDB keeps on disk past its memory limit, so memory does not
 * grow with the input; the Parquet file (zstd) is written from it at
 * {@link ParquetWriter.close}.
 *
 * @param kept - the input's kept columns, in order
 * @throws {@link UsageError} when DuckDB (`@duckdb/node-api`) is not installed
 */
export async function createParquetWriter(
  path: string,
  options: { kept: readonly string[]; lang: Language },
): Promise<ParquetWriter> {
  const duckdb = await loadDuckDB(localized(`写入 ${path}`, `writing ${path}`));
  const dir = await mkdtemp(join(tmpdir(), 'qgrade-parquet-'));
  const instance = await duckdb.DuckDBInstance.create(join(dir, 'graded.duckdb'), {
    memory_limit: '256MB',
  });
  const connection = await instance.connect();
  const fixed = new Set<string>(['row', ...PARQUET_RESULT_COLUMNS.map(([name]) => name)]);
  const kept = options.kept.map((name) => (fixed.has(name) ? `kept_${name}` : name));
  const columns = [
    '"row" BIGINT NOT NULL',
    ...kept.map((name) => `${sqlName(name)} VARCHAR`),
    ...PARQUET_RESULT_COLUMNS.map(([name, type]) => `${sqlName(name)} ${type}`),
  ];
  await connection.run(`CREATE TABLE graded (${columns.join(', ')})`);
  const appender = await connection.createAppender('graded');
  const list = duckdb.LIST(duckdb.VARCHAR);
  const text = (value: string | null | undefined) =>
    value === null || value === undefined ? appender.appendNull() : appender.appendVarchar(value);
  let finished = false;
  const release = async () => {
    finished = true;
    connection.closeSync();
    instance.closeSync();
    await rm(dir, { recursive: true, force: true });
  };
  return {
    add(result) {
      appender.appendBigInt(BigInt(result.row ?? 0));
      for (const name of options.kept) text(result.kept?.[name]);
      text(result.grade);
      text(result.label?.[options.lang]);
      appender.appendBoolean(result.conforming);
      text(result.notGradedReason?.code);
      appender.appendList(
        result.criteria.filter((c) => c.status === 'failed').map((c) => c.id),
        list,
      );
      if (result.errors)
        appender.appendList(
          result.errors.map((e) => e.message[options.lang]),
          list,
        );
      else appender.appendNull();
      appender.appendVarchar(JSON.stringify(result));
      appender.endRow();
    },
    async close() {
      if (finished) return;
      try {
        appender.closeSync();
        await connection.run(
          `COPY graded TO ${sqlText(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`,
        );
      } catch (error) {
        const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new UsageError(`cannot write ${path}: ${why}`);
      } finally {
        await release();
      }
    },
    async discard() {
      if (!finished) await release();
    },
  };
}

/** A SQL identifier, quoted. */
function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
