import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileReason, systemReason } from '../../errors/system-reason';
import { UsageError } from '../../errors/usage-error';
import { loadDuckDB } from '../../input/parquet/load-duckdb';
import { sqlText } from '../../input/parquet/read-parquet';
import type { GradeResult } from '../../model/grade-result';
import { keptValue } from '../../model/kept-values';
import { wellFormedJson, wellFormedText } from '../../serialize/well-formed-json';
import type { Language } from '../../text/localized-text';
import { localized } from '../../text/localized-text';

/**
 * The columns of a graded Parquet file, after `row` and the kept columns
 * (VARCHAR, named as in the input; `kept_<name>` where a name is one of
 * these, in any case). Documented in docs/scale-out.md.
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
  /**
   * Drops what was added at once, synchronously: for a process about to end by a signal, which awaits nothing.
   * The rows wait in a temporary folder (about 9 KB a row), which would otherwise stay behind.
   */
  discardNow(): void;
}

/**
 * Writes graded results as a Parquet file through DuckDB, one flat row per
 * result: `row` (BIGINT), the kept columns, `grade`, `label` (in `lang`),
 * `conforming`, `notGradedReason` (its code), `failing` (ids of the
 * criteria that failed), `errors` (what is wrong with an invalid record, in
 * `lang`) and `result`, the whole result as JSON (`-f ndjson`'s line), for
 * SQL's `result::JSON ->> '$.nextGrade.grade'`.
 *
 * Rows are written as they come to a temporary NDJSON file (in the
 * operating system's temporary folder, `TMPDIR`: about 9 KB a full result),
 * and DuckDB turns it into Parquet (zstd) at {@link ParquetWriter.close},
 * streaming, so memory does not grow with the input. (DuckDB's appender
 * keeps a run's rows in memory until the end: 10 KB a result.)
 *
 * @param kept - the input's kept columns, in order (one given twice is one column)
 * @param shownAs - the file's name in messages, when `path` is a temporary one
 * @throws {@link UsageError} when DuckDB (`@duckdb/node-api`) is not installed, or two kept columns would have one name (before any row is graded)
 */
export async function createParquetWriter(
  path: string,
  options: { kept: readonly string[]; lang: Language; shownAs?: string },
): Promise<ParquetWriter> {
  const shown = options.shownAs ?? path;
  const kept = keptColumns(options.kept);
  const duckdb = await loadDuckDB(localized(`写入 ${shown}`, `writing ${shown}`));
  // Made and handed back with no await between: a caller's signal handler, a macrotask, finds the writer set.
  // The pid in the name tells the folder of a run killed by SIGKILL, which no handler can remove, from a live one's.
  const [dir, fd] = inTemp(shown, () => {
    const made = mkdtempSync(join(tmpdir(), `qgrade-parquet-${process.pid}-`));
    try {
      return [made, openSync(join(made, 'graded.ndjson'), 'w')] as const;
    } catch (error) {
      rmSync(made, { recursive: true, force: true });
      throw error;
    }
  });
  const rows = join(dir, 'graded.ndjson');
  const columns: [string, string][] = [
    ['row', 'BIGINT'],
    ...kept.map(([, column]) => [column, 'VARCHAR'] as [string, string]),
    ...PARQUET_RESULT_COLUMNS.map(([name, type]) => [name, type] as [string, string]),
  ];
  const { lang } = options;
  let pending = '';
  let open = true;
  const release = async () => {
    if (open) closeSync(fd);
    open = false;
    await rm(dir, { recursive: true, force: true });
  };
  return {
    add(result) {
      const row: Record<string, unknown> = { row: result.row ?? 0 };
      for (const [name, column] of kept) {
        const value = keptValue(result.kept, name);
        row[column] = value === undefined ? null : wellFormedText(value);
      }
      row.grade = result.grade;
      row.label = result.label?.[lang] ?? null;
      row.conforming = result.conforming;
      row.notGradedReason = result.notGradedReason?.code ?? null;
      row.failing = result.criteria.filter((c) => c.status === 'failed').map((c) => c.id);
      row.errors = result.errors ? result.errors.map((e) => wellFormedText(e.message[lang])) : null;
      // DuckDB's JSON reader refuses a lone surrogate's escape (hostile-33 F0b): each is U+FFFD, in the strings
      // that can hold one (values from the input), and in the result as -f ndjson writes it. (Scanning the row's
      // line instead cost 10 µs a row: its escaped result is full of backslashes.)
      row.result = wellFormedJson(JSON.stringify(result));
      pending += `${JSON.stringify(row)}\n`;
      if (pending.length >= WRITE_CHARS) {
        inTemp(shown, () => writeSync(fd, pending));
        pending = '';
      }
    },
    async close() {
      if (!open) return;
      try {
        inTemp(shown, () => writeSync(fd, pending));
      } catch (error) {
        await release();
        throw error;
      }
      pending = '';
      closeSync(fd);
      open = false;
      // One thread and row groups of 10,000 rows: the Parquet writer buffers a row group per thread.
      const instance = await duckdb.DuckDBInstance.create(':memory:', {
        threads: '1',
        memory_limit: '512MB',
      });
      const connection = await instance.connect();
      const types = columns.map(([name, type]) => `${sqlText(name)}: ${sqlText(type)}`).join(', ');
      try {
        await connection.run(
          `COPY (SELECT * FROM read_ndjson(${sqlText(rows)}, columns = {${types}})) TO ${sqlText(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 10000)`,
        );
      } catch (error) {
        // DuckDB names the temporary file it read, which is no file of the user's.
        const why = systemReason(error);
        const hide = (text: string) =>
          text.replaceAll(`"${rows}"`, '').replaceAll(rows, '').replace(/ {2,}/g, ' ');
        throw new UsageError(
          localized(`无法写入 ${shown}：${hide(why.zh)}`, `cannot write ${shown}: ${hide(why.en)}`),
        );
      } finally {
        connection.closeSync();
        instance.closeSync();
        await release();
      }
    },
    discard: release,
    discardNow() {
      if (open) closeSync(fd);
      open = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Each kept column and the Parquet column it is written to: its name, or
 * `kept_<name>` where the name is one of the result's columns. DuckDB's
 * column names ignore case, so `Grade` is renamed too, and two kept columns
 * whose names would be one (`model` and `Model`; `grade`, written as
 * `kept_grade`, and `kept_grade`) are a usage error now rather than a
 * DuckDB error after every row is graded. A name given twice is one column.
 */
function keptColumns(names: readonly string[]): (readonly [string, string])[] {
  const fixed = new Set<string>(['row', ...PARQUET_RESULT_COLUMNS.map(([name]) => name.toLowerCase())]);
  const columns: (readonly [string, string])[] = [];
  // Kept name by its column's name in lower case: the result's own columns are never met, as they are renamed.
  const taken = new Map<string, string>();
  for (const name of new Set(names)) {
    const column = fixed.has(name.toLowerCase()) ? `kept_${name}` : name;
    const other = taken.get(column.toLowerCase());
    if (other !== undefined) {
      const shown = (n: string) => {
        const c = columns.find(([kept]) => kept === n)?.[1] ?? column;
        return c === n
          ? { zh: `“${n}”`, en: `"${n}"` }
          : { zh: `“${n}”（写作 ${c}）`, en: `"${n}" (written as ${c})` };
      };
      const [a, b] = [shown(other), shown(name)];
      throw new UsageError(
        localized(
          `-f parquet：保留列 ${a.zh} 和 ${b.zh} 在 Parquet 文件中会是同一列（其列名不区分大小写）：请只保留其中一列（--keep）`,
          `-f parquet: the kept columns ${a.en} and ${b.en} would be one column of the Parquet file (its column names ignore case): keep only one of them (--keep)`,
        ),
      );
    }
    taken.set(column.toLowerCase(), name);
    columns.push([name, column]);
  }
  return columns;
}

/**
 * Runs `f`, an operation on the temporary rows, saying what a failure of the file system means: the folder is
 * TMPDIR, not the file `-o` names, and a full disk there is no bug in qgrade (hostile-40 M2: ENOSPC was an
 * "internal error"). Exit 2, as every output error.
 */
function inTemp<T>(shown: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    const why = fileReason(error);
    const full = code === 'ENOSPC' || code === 'EDQUOT';
    throw new UsageError(
      localized(
        `无法写入 ${shown}：Parquet 的各行先写在临时文件夹 ${tmpdir()}（TMPDIR）中，每行约 9 KB，而那里${full ? '的磁盘已满' : '不能写入'}（${why.zh}）；请把 TMPDIR 设为空间足够的磁盘上的文件夹，如 TMPDIR=/data/tmp qgrade …`,
        `cannot write ${shown}: a Parquet file's rows wait in the temporary folder ${tmpdir()} (TMPDIR), about 9 KB a row, and ${full ? 'the disk holding it is full' : 'it cannot be written'} (${why.en}); set TMPDIR to a folder on a disk with room, e.g. TMPDIR=/data/tmp qgrade …`,
      ),
    );
  }
}

/** Characters gathered before a write to the temporary file. */
const WRITE_CHARS = 1 << 20;
