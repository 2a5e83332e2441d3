import type { DuckDBValueConverter } from '@duckdb/node-api';
import type { RecordError } from '../../model/grade-result';
import type { IndicatorInfo } from '../../resolve/rule-set';
import { localized } from '../../text/localized-text';
import { type ColumnMapping, resolveColumns } from '../column-mapping';
import { type ConvertedCell, convertCell, parseNumeral, refused, trimCell } from '../convert-value';
import type { OptionNaming } from '../option-naming';
import type { AlsoReadBy } from '../unit-mismatch';
import type { DuckDB } from './load-duckdb';

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
  /** One of several columns that give an indicator taking specimens: their values are gathered into one list. */
  gathered: boolean;
}

/** A DuckDB column type, as far as reading values needs it. */
interface ColumnType {
  typeId: number;
  valueType?: { typeId: number };
}

/**
 * The field, indicator and float width of each column (of a result, or
 * field of a struct): names through `--map`, then the indicators' labels,
 * as CSV headers are read.
 *
 * @param input - what to call the input in messages (the Parquet file), if anything
 */
export function duckdbColumns(
  duckdb: DuckDB,
  names: readonly string[],
  types: readonly unknown[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  naming?: OptionNaming,
  alsoRead?: AlsoReadBy,
  input?: string,
): DuckDBColumn[] {
  const fields = resolveColumns(names, mapping, indicators, input, naming, alsoRead);
  const byName = new Map(indicators.map((i) => [i.name, i]));
  const { FLOAT, LIST, ARRAY } = duckdb.DuckDBTypeId;
  return fields.map((field, i) => {
    const type = types[i] as ColumnType;
    const element = type.typeId === LIST || type.typeId === ARRAY ? type.valueType?.typeId : type.typeId;
    const indicator = byName.get(field);
    const gathered = field !== '' && fields.indexOf(field) !== fields.lastIndexOf(field);
    return { field, indicator, float32: element === FLOAT, gathered };
  });
}

/**
 * A DECIMAL value as its exact numeral (`4.99999999999999999999`), which a
 * double may not hold: {@link duckdbValueConverter} gives it in place of the
 * double DuckDB's converter rounds it to, so that a number indicator's
 * column refuses it as CSV refuses the same text.
 */
export class DecimalNumeral {
  constructor(
    /** The value as DuckDB writes it, without the zeros its scale adds at the end (`4.5` of a `DECIMAL(38,20)`, not `4.50000000000000000000`). */
    readonly text: string,
  ) {}
}

/**
 * DuckDB's converter of values to JS (`JSDuckDBValueConverter`), but giving a
 * DECIMAL, also inside a list or struct, as its {@link DecimalNumeral}, and a
 * BLOB that holds UTF-8 text as that text (other bytes stay a `Uint8Array`).
 * (BIGINT and HUGEINT come as exact bigints already.)
 */
export function duckdbValueConverter(duckdb: DuckDB): DuckDBValueConverter<unknown> {
  const { DECIMAL, BLOB, MAP } = duckdb.DuckDBTypeId;
  const js = duckdb.JSDuckDBValueConverter as DuckDBValueConverter<unknown>;
  return (value, type, converter) => {
    if (value === null) return js(value, type, converter);
    if (type.typeId === DECIMAL)
      return new DecimalNumeral(
        String(value)
          .replace(/(\.\d*?)0+$/, '$1')
          .replace(/\.$/, ''),
      );
    const converted = js(value, type, converter);
    // A MAP comes as a list of {key, value} entries: kept a map, so that a field holding one is told "got a map".
    if (type.typeId === MAP && Array.isArray(converted))
      return new Map((converted as { key: unknown; value: unknown }[]).map((e) => [e.key, e.value]));
    // A string column a legacy writer (Hive, Impala, old Spark) stored as BINARY without its UTF-8 mark reads as a
    // BLOB: its indicators would read as missing and its ids go unkept (scale-out-check-42), as DuckDB's own
    // binary_as_string option reads them as text.
    return type.typeId === BLOB && converted instanceof Uint8Array
      ? (utf8Text(converted) ?? converted)
      : converted;
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as text when they are UTF-8; `undefined` otherwise. */
function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
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
 * BIGINT and DECIMAL become numbers (in a column that is no indicator, one a
 * double does not hold stays its digits: a 64-bit id), a DATE or TIMESTAMP its ISO text; several
 * columns that give one indicator taking specimens are gathered into a list.
 * In a number indicator's column, a BIGINT or DECIMAL that a double does not
 * hold exactly is refused as CSV refuses its numeral ({@link parseNumeral}),
 * and so is a date.
 */
export function duckdbRecord(columns: readonly DuckDBColumn[], values: readonly unknown[]): DuckDBRecord {
  const record: Record<string, unknown> = {};
  let errors: RecordError[] | undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (column.field === '') continue;
    const raw = values[i];
    if (raw === null || raw === undefined) continue;
    let value: unknown;
    const indicator = column.indicator;
    // Bytes that are not UTF-8 text (a BLOB the converter left as bytes): refused, as a date is, not left out as if
    // the column were empty — the indicator then read as "missing", naming nothing of the file's column.
    if (indicator && raw instanceof Uint8Array) {
      if (!errors?.some((e) => e.field === column.field)) {
        errors ??= [];
        errors.push(refused(binaryText(raw), indicator, binaryWhy()).error!);
      }
      continue;
    }
    // A yes/no column stored as INTEGER or DOUBLE 1 and 0: read as CSV reads the cell `1` (and refuses `2`); an
    // enum's DOUBLE 42.5 (a strength class as pandas writes it) as the cell `42.5`, as an .xlsx number cell is.
    const text =
      (indicator?.type === 'boolean' || indicator?.type === 'enum') && isNumeric(raw)
        ? numeralOf(raw, column.float32)
        : raw;
    if (typeof text === 'string' || (indicator && isNumberType(indicator) && needsNumeralCheck(raw))) {
      if (!indicator) {
        if (trimCell(raw as string) !== '') setField(record, column.field, raw);
        continue;
      }
      const converted =
        typeof text === 'string' ? convertCell(text, indicator) : numberCell(raw, indicator, column.float32);
      if (!converted) continue;
      if (converted.error && !errors?.some((e) => e.field === column.field)) {
        errors ??= [];
        errors.push(converted.error);
      }
      value = converted.value;
    } else
      value = indicator
        ? raw instanceof Map
          ? raw
          : plainValue(raw, column.float32)
        : (idText(raw) ?? plainValue(raw, column.float32));
    if (value === undefined) continue;
    if (column.gathered) {
      const list = Object.hasOwn(record, column.field) ? (record[column.field] as unknown[]) : [];
      if (Array.isArray(value)) list.push(...value);
      else list.push(value);
      setField(record, column.field, list);
    } else setField(record, column.field, value);
  }
  return errors ? { record, conversionErrors: errors } : { record };
}

/** A number DuckDB gives as a CSV cell would write it: a DECIMAL's numeral as written, a FLOAT as its shortest decimal. */
function numeralOf(raw: unknown, float32: boolean): string {
  return raw instanceof DecimalNumeral ? raw.text : String(plainValue(raw, float32));
}

/** A number DuckDB gives: a double, a BIGINT's bigint, a DECIMAL's numeral. */
function isNumeric(raw: unknown): boolean {
  return typeof raw === 'number' || typeof raw === 'bigint' || raw instanceof DecimalNumeral;
}

function isNumberType(indicator: IndicatorInfo): boolean {
  return indicator.type === 'number' || indicator.type === 'integer';
}

/** Whether a value (or an item of a list) is one a double may not hold, or a date: a number column checks those. */
function needsNumeralCheck(raw: unknown): boolean {
  if (Array.isArray(raw)) return raw.some(needsNumeralCheck);
  return typeof raw === 'bigint' || raw instanceof DecimalNumeral || raw instanceof Date;
}

/**
 * A BIGINT, DECIMAL or date (or a list holding them) for a number indicator:
 * the number, or the value refused as its numeral would be in CSV
 * (`4.99999999999999999999` has more significant digits than a number holds; an integer beyond 2^53).
 */
function numberCell(raw: unknown, indicator: IndicatorInfo, float32: boolean): ConvertedCell {
  if (Array.isArray(raw)) {
    const values: unknown[] = [];
    let error: RecordError | undefined;
    for (const item of raw) {
      if (item === null || !needsNumeralCheck(item)) {
        values.push(item === null ? null : plainValue(item, float32));
        continue;
      }
      const converted = numberCell(item, indicator, float32);
      error ??= converted.error;
      values.push(converted.value);
    }
    return error ? { value: values, error } : { value: values };
  }
  if (raw instanceof Date) return refused(dateText(raw), indicator, dateWhy());
  const text = raw instanceof DecimalNumeral ? raw.text : String(raw);
  const n = parseNumeral(text, indicator.type === 'integer', true, indicator.unit);
  return typeof n === 'number' ? { value: n } : refused(text, indicator, n);
}

/**
 * A value of an indicator's column as the file holds it, for `--tally-by`
 * and `--group-by` (`written`): text trimmed (`是`, `合格`, which the
 * indicator reads alike), a number or boolean as its text (`1`, `true`), a
 * NULL `''`; `undefined` for a list, a struct or a date (the record's value
 * stands).
 *
 * @example
 * duckdbWrittenText(' 合格 ', false); // '合格'
 */
export function duckdbWrittenText(raw: unknown, float32: boolean): string | undefined {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return trimCell(raw);
  if (raw instanceof DecimalNumeral) return raw.text;
  if (typeof raw === 'bigint' || typeof raw === 'boolean') return String(raw);
  if (typeof raw === 'number') return String(float32 ? shortestFloat32(raw) : raw);
  return undefined;
}

/**
 * A BIGINT, HUGEINT or DECIMAL in a column that is no indicator (a sample id,
 * a lot number) that a double does not hold as written: its digits, so that
 * `--keep` and `--group-by` keep two 64-bit ids apart, as CSV does.
 */
function idText(raw: unknown): string | undefined {
  const text = typeof raw === 'bigint' ? String(raw) : raw instanceof DecimalNumeral ? raw.text : undefined;
  return text !== undefined && typeof parseNumeral(text, true) !== 'number' ? text : undefined;
}

/** Bytes in hexadecimal, cut short: `0xFFFE`, `0x0102…0F10…` (16 bytes at most). */
function binaryText(bytes: Uint8Array): string {
  const hex = [...bytes.subarray(0, 16)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
  return `0x${hex}${bytes.length > 16 ? '…' : ''}`;
}

function binaryWhy() {
  return localized(
    '是二进制数据（BLOB 类型，且不是 UTF-8 文本）：请在数值列或文本列中存放指标的值',
    'is binary data (a BLOB that is not UTF-8 text): store the value in a number column (DOUBLE, DECIMAL) or a text column',
  );
}

/** A date as written in SQL: `2024-01-01`, with the time only when it has one. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function dateWhy() {
  return localized(
    '是日期（DATE 或 TIMESTAMP 类型的值）：请在数值列（DOUBLE、DECIMAL）或文本列中存放指标的值本身，而不是日期',
    'is a date (a DATE or TIMESTAMP value): store the value itself, in a number column (DOUBLE, DECIMAL) or a text column, not a date',
  );
}

/** Sets a field as the record's own property: a column named "__proto__" stays data. */
function setField(record: Record<string, unknown>, field: string, value: unknown): void {
  if (field === '__proto__')
    Object.defineProperty(record, field, { value, enumerable: true, writable: true, configurable: true });
  else record[field] = value;
}

/**
 * A DuckDB value as plain JSON-like data: BIGINT (and HUGEINT) → number,
 * a {@link DecimalNumeral} → its number, DATE and TIMESTAMP → ISO text, lists and structs converted item by item
 * (a NULL inside a list stays `null`, so validation reports it); a BLOB that
 * is not UTF-8 text (see {@link duckdbValueConverter}) has no such form and is left out.
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
      if (value instanceof DecimalNumeral) return Number(value.text);
      if (value instanceof Uint8Array) return undefined;
      if (Array.isArray(value)) return value.map((v) => (v === null ? null : plainValue(v, float32)));
      // A MAP's entries, as DuckDB gives them (an indicator's column keeps the map itself, for its message).
      if (value instanceof Map)
        return [...value].map(([key, v]) => ({ key: plainValue(key), value: plainValue(v, float32) }));
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
