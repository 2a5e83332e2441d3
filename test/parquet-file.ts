/**
 * Parquet test files, written by DuckDB itself from SQL — the way a user's
 * pipeline writes them — with a database of its own per file, so that no test
 * keeps a connection open.
 */
import { DuckDBInstance } from '@duckdb/node-api';

/** Writes the rows of `select` (SQL) to a Parquet file at `path`, and returns the path. */
export async function writeParquet(path: string, select: string): Promise<string> {
  const db = await DuckDBInstance.create(':memory:');
  try {
    const sql = await db.connect();
    try {
      await sql.run(`COPY (${select}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`);
    } finally {
      sql.closeSync();
    }
  } finally {
    db.closeSync();
  }
  return path;
}
