import { open } from 'node:fs/promises';
import { InputError } from '../../errors/input-error';
import { fileReason, systemReason } from '../../errors/system-reason';
import { UsageError } from '../../errors/usage-error';
import type { IndicatorInfo } from '../../resolve/rule-set';
import { type LocalizedText, localized } from '../../text/localized-text';
import { batched, inSlices } from '../batched';
import type { ColumnMapping } from '../column-mapping';
import { writtenCells, writtenColumnsAt } from '../column-value';
import { trimCell } from '../convert-value';
import { inputFileSize } from '../input-file';
import type { InputItem } from '../input-item';
import { NoteRows, valueFields } from '../note-rows';
import type { OptionNaming } from '../option-naming';
import type { AlsoReadBy } from '../unit-mismatch';
import { duckdbColumns, duckdbRecord, duckdbValueConverter, duckdbWrittenText } from './duckdb-values';
import { loadDuckDB } from './load-duckdb';
import { parquetUnitsRows } from './units-rows';

/**
 * How to read a Parquet file.
 *
 * @example
 * const options: ParquetReadOptions = { mapping: new Map([['屈服强度', 'yieldStrength']]), indicators: ruleSet.indicators };
 */
export interface ParquetReadOptions {
  /** Column → field, from `--map` and `--map-file`. */
  mapping: ColumnMapping;
  /** The rule set's indicators: text columns are converted by their types, and column names matched to their labels. */
  indicators: readonly IndicatorInfo[];
  /** How messages name the mapping (default: as `--map`; `api` for `gradeFile`'s `options.map`). */
  naming?: OptionNaming;
  /** Other rule sets' indicators that read a field too (`qgrade compare`'s B): a unit a column name writes is checked against theirs as well. */
  alsoRead?: AlsoReadBy;
  /** Checks the columns' names and the fields they give, as a CSV header is checked; throws to refuse them. */
  checkHeader?: (headers: readonly string[], fields: readonly string[]) => void;
  /** Columns whose values each record also carries as the file holds them (`written`), those read as an indicator: every `--tally-by` column, or the `--group-by` one. */
  writtenColumns?: readonly string[];
  /** Told when the first row is read as the header's units, not as a record (all-text columns, a sheet saved as Parquet). */
  onUnitsRow?: (text: LocalizedText) => void;
}

/** A Parquet input being read, record by record. */
export interface ParquetSource {
  name: string;
  /** Size of the file in bytes (0 for a glob of several files). */
  size: number;
  /** Rows in the input, from the Parquet metadata. */
  records: number;
  /** Bytes "read" so far, for a progress bar: the share of rows handed out, scaled to the file's size. */
  bytesRead(): number;
  items: AsyncIterable<InputItem>;
  /** The field each column gives (`''` for none), as a CSV header's. */
  fields: readonly string[];
  /** The columns' names (made unique as DuckDB makes them), as a CSV header's cells. */
  headers: readonly string[];
}

/**
 * Reads a Parquet file (or a glob of them, `samples/*.parquet`) through
 * DuckDB, chunk by chunk (2,048 rows at a time, in flat memory): each row
 * a record, its columns the fields (through `--map`, then the indicators'
 * labels, as CSV headers), values as {@link duckdbRecord} converts them.
 * Rows are numbered from 1 in the file's order.
 *
 * Loads the optional package `@duckdb/node-api` on first use.
 *
 * @throws {@link UsageError} when the file does not exist (a glob matches none) or DuckDB is not installed; an
 * {@link InputError} (code `input`) when it is not Parquet (damaged, cut short, another format)
 */
export async function readParquet(path: string, options: ParquetReadOptions): Promise<ParquetSource> {
  if (path === '-') {
    throw new UsageError(
      localized(
        'Parquet 不能从标准输入读取（它的索引在文件末尾）：请给出文件，或改为用管道传入 NDJSON 或 CSV',
        'Parquet cannot be read from stdin (its index is at the end of the file): give the file, or pipe NDJSON or CSV instead',
      ),
    );
  }
  const glob = /[*?[]/.test(path);
  let size = 0;
  if (!glob) {
    size = (await inputFileSize(path)) ?? pipeRefused(path);
    await refuseUnreadable(path);
  }
  const duckdb = await loadDuckDB(localized(`读取 ${path}`, `reading ${path}`));
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  // Files of a glob may differ in their columns' types (DECIMAL(2,1) and (3,2)): by name, DuckDB widens them, where by position it would cast all to the first file's and round.
  const from = `read_parquet(${sqlText(path)}${glob ? ', union_by_name = true' : ''})`;
  let records: number;
  let result: Awaited<ReturnType<typeof connection.stream>>;
  try {
    const counted = await connection.runAndReadAll(`SELECT count(*) FROM ${from}`);
    records = Number(counted.getRows()[0]?.[0] ?? 0);
    result = await connection.stream(`SELECT * FROM ${from}`);
  } catch (error) {
    close();
    throw notParquet(path, error);
  }
  const headers = result.deduplicatedColumnNames();
  let columns: ReturnType<typeof duckdbColumns>;
  // A header refused (a unit, two columns for one indicator) leaves no DuckDB handle open behind the error.
  let unitsLine: ReturnType<typeof parquetUnitsRows>;
  try {
    columns = duckdbColumns(
      duckdb,
      headers,
      result.columnTypes(),
      options.mapping,
      options.indicators,
      options.naming,
      options.alsoRead,
      path,
    );
    options.checkHeader?.(
      headers,
      columns.map((c) => c.field),
    );
    // A sheet saved with every column as text keeps its units row and mid-table unit lines: checked as CSV's are;
    // a column named `单位：Btu/h` is checked here, before any row is read.
    unitsLine = parquetUnitsRows(
      path,
      headers.map(trimCell),
      columns.map((c) => c.indicator),
      options.indicators,
      options.alsoRead,
      options.onUnitsRow,
    );
  } catch (error) {
    close();
    throw error;
  }
  // DECIMAL as its exact numeral: a number column refuses one a double does not hold, as CSV does.
  const converter = duckdbValueConverter(duckdb);
  let handed = 0;
  // 1 when the file's first row is the header's units (see parquetUnitsRows).
  let unitsAbove = 0;
  const fields = columns.map((c) => c.field);
  const written = writtenColumnsAt(
    options.writtenColumns,
    headers,
    fields,
    (i) => !!columns[i]!.indicator && !columns[i]!.gathered,
  );

  const valued = valueFields(options.indicators, options.mapping);
  // Summary and note rows as CSV's (NoteRows): a 合计 / 平均 row, and a name ending in one (`甲厂平均`) over its run's
  // mean or sum, to the decimals a text cell shows (fix-input-29); a lot key or a 序号 before the word names no row.
  const notes = new NoteRows(valued, fields, options.indicators, options.writtenColumns);
  const textOf = (value: unknown) => (typeof value === 'string' ? trimCell(value) : '');
  // A chunk's rows are handed over as one batch: one item at a time, a worker pool got one message per row.
  async function* chunks(): AsyncGenerator<InputItem[]> {
    try {
      for (;;) {
        let chunk: Awaited<ReturnType<typeof result.fetchChunk>>;
        try {
          chunk = await result.fetchChunk();
        } catch (error) {
          throw notParquet(path, error);
        }
        if (!chunk || chunk.rowCount === 0) return;
        const values = chunk.convertColumns(converter);
        const row: unknown[] = new Array(columns.length);
        const batch: InputItem[] = [];
        for (let r = 0; r < chunk.rowCount; r++) {
          for (let c = 0; c < columns.length; c++) row[c] = values[c]![r];
          handed++;
          const units = unitsLine(row, handed);
          // The header's units row is told as such and is no record: the records are numbered from the row under it, as
          // CSV's are. A later one is a repeat of the header, skipped as one.
          if (units === 'header') unitsAbove = 1;
          if (units === 'line')
            batch.push({
              row: handed - unitsAbove,
              record: {},
              notesOnly: { fileRow: handed, header: true },
            });
          // A footnote stating the indicators' own unit: a row of notes, as CSV skips it.
          if (units === 'note')
            batch.push({ row: handed - unitsAbove, record: {}, notesOnly: { fileRow: handed } });
          if (units) continue;
          const built = duckdbRecord(columns, row);
          const record = built.record as Record<string, unknown>;
          const marked = notes.mark(built, Object.keys(record), { fileRow: handed }, false, row.map(textOf));
          const item: InputItem = { row: handed - unitsAbove, ...marked };
          const cells = writtenCells(written, fields, (c) => duckdbWrittenText(row[c], columns[c]!.float32));
          if (cells) item.written = cells;
          batch.push(item);
        }
        yield* inSlices(batch);
      }
    } finally {
      close();
    }
  }
  return {
    name: path,
    size,
    records,
    bytesRead: () => (records === 0 ? size : Math.round((size * handed) / records)),
    items: batched(chunks),
    fields,
    headers,
  };
}

/**
 * A file there that cannot be opened (no permission) is said as a CSV's reading says it, `cannot read x.parquet:
 * permission denied`, not in DuckDB's words (`IO Error: Cannot open file …`), quoted untranslated in Chinese
 * (contracts-43).
 */
async function refuseUnreadable(path: string): Promise<void> {
  try {
    await (await open(path, 'r')).close();
  } catch (error) {
    const why = fileReason(error);
    throw new UsageError(localized(`无法读取 ${path}：${why.zh}`, `cannot read ${path}: ${why.en}`));
  }
}

/** A SQL string literal. */
export function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * DuckDB's refusal of the input: a file it cannot find or open (`IO Error`, a glob that matches nothing) is the
 * call's, as a missing CSV file is; bytes that are not Parquet (damaged, cut short, another format) are the data's,
 * code `input`, as a damaged workbook is (scale-out-check-42).
 */
function notParquet(path: string, error: unknown): UsageError {
  const why = systemReason(error);
  const text = localized(
    `无法把 ${path} 读作 Parquet：${why.zh}`,
    `cannot read ${path} as Parquet: ${why.en}`,
  );
  return why.en.startsWith('IO Error') ? new UsageError(text) : new InputError(text);
}

/** A pipe or device given as a Parquet file: DuckDB reads the index at the file's end first, which a pipe cannot give. */
function pipeRefused(path: string): never {
  throw new UsageError(
    localized(
      `${path} 是管道或设备，不是普通文件：Parquet 的索引在文件末尾，只能从文件读取；请先存成文件，或改为用管道传入 NDJSON 或 CSV`,
      `${path} is a pipe or a device, not a regular file: Parquet's index is at the end of the file, so it is read only from a file; save it to a file first, or pipe NDJSON or CSV instead`,
    ),
  );
}
