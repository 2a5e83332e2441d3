import { UsageError } from '../errors/usage-error';
import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { type Batched, batched } from './batched';
import { checkMapSources } from './check-column-mapping';
import { type ColumnMapping, renameKeys, resolveColumns } from './column-mapping';
import { writtenCells, writtenColumnsAt } from './column-value';
import { type ConvertedCell, convertCell, trimCell } from './convert-value';
import { headerAgain } from './header-again';
import { HEADER_ROW_HINT_ROWS, headerRowHint, hintFirst } from './header-row-hint';
import { indicatorHeaders } from './header-unit';
import { headingSpans } from './heading-spans';
import {
  DEFAULT_MAX_RECORD_LENGTH,
  type InputItem,
  type TextInputFormat,
  type UnnamedCell,
} from './input-item';
import { duplicateKeys, duplicateKeyText } from './json-duplicate-keys';
import { jsonTextReason } from './json-fault';
import { jsonNumerals, withNumeralTexts } from './json-numerals';
import { fieldTexts, jsonRecordItem } from './json-record-item';
import { jsonUnitCheck } from './json-unit-keys';
import { nominalMeasuredError } from './nominal-measured';
import { isEndMark, isNoteText, NoteRows, valueFields } from './note-rows';
import { oneValueSpanCheck } from './one-value-spans';
import type { OptionNaming } from './option-naming';
import { otherHeader, otherHeaderError } from './other-header';
import { isPageTitle } from './page-title';
import { parseJsonRecords } from './read-json-records';
import { RecordFields } from './record-fields';
import { specimenSpans, specimenSpansNotice } from './specimen-spans';
import { type CsvProblem, type CsvRecord, splitCsvBatches } from './split-csv';
import { splitLineBatches } from './split-lines';
import { headerUnits, unitColumn, unitStatement, unitStatementLine, unitStatementPair } from './stated-unit';
import { isTitleLine, titleUnit } from './title-line';
import { checkTitleUnit } from './title-unit';
import { twoLineHeader } from './two-line-header';
import { unitBesideCheck } from './unit-beside';
import { type AlsoReadBy, unitMismatchError } from './unit-mismatch';
import { bareUnitsLine, loneCell, statedUnitLine, unitsRow, unitsRowNotice } from './units-row';

/** How the records of a text input are read. */
export interface ItemOptions {
  mapping: ColumnMapping;
  /** The rule set's indicators: CSV cells are converted by their types, and headers matched to their labels. */
  indicators: readonly IndicatorInfo[];
  /** Longest line or record read, in characters (default {@link DEFAULT_MAX_RECORD_LENGTH}); a longer one is an error row. */
  maxRecordLength?: number;
  /**
   * Called once a CSV/TSV header is read, with each column's field (its name after mapping; '' for none)
   * and the header's cells as written.
   */
  onHeader?: (fields: readonly string[], headers: readonly string[]) => void;
  /** Told when the line under a CSV/TSV header is read as its units, not as a record ({@link unitsRow}). */
  onUnitsRow?: (notice: LocalizedText) => void;
  /** Told what a CSV/TSV header's reading took for granted: empty header cells read as specimens ({@link specimenSpans}). */
  onHeaderNotice?: (notice: LocalizedText) => void;
  /**
   * How usage errors name the options: as the CLI's flags (default, `--map`) or as `gradeFile`'s
   * (`options.map`). An .xlsx or Parquet input's messages still name `--map`.
   */
  naming?: OptionNaming;
  /**
   * NDJSON: a blank line is an error row in its place (`answer`), or not a record (`skip`, the
   * default). stdin answers each line, as a co-process's caller waits for every answer.
   */
  blankLines?: 'skip' | 'answer';
  /**
   * Other rule sets' indicators that read a field too, in their own units (`qgrade compare`'s B): a unit
   * a header or units row writes is checked against theirs as well, as against the field's indicator.
   */
  alsoRead?: AlsoReadBy;
  /**
   * Columns (as the header writes them, or the fields they give) whose cells each record also carries as
   * written, trimmed (`written`), those read as an indicator: every `--tally-by` column, or the `--group-by` one.
   */
  writtenColumns?: readonly string[];
  /**
   * CSV/TSV: each record also carries, in `written`, the cell of every column read as one indicator, as written
   * (`0.80`), for an explanation to show a value with the decimals the lab wrote. Not key columns: rows are
   * told apart as without it.
   */
  writtenIndicators?: boolean;
}

/** Largest JSON array read (in characters): it is read whole. */
const MAX_JSON_LENGTH = 256 * 1024 * 1024;

/**
 * The records of a text input, chunk by chunk, as input items: NDJSON line by
 * line and CSV record by record, in memory that does not grow with the
 * input; a JSON array is read whole. A row that cannot be read becomes an
 * `unreadable` item in its place, never a gap. Needs no file system: the
 * chunks may come from a file, stdin, a pasted text or a browser's file.
 * The items of one chunk can be taken as a batch (see `batchesOf`).
 *
 * @param name - what to call the input in messages
 */
export function recordItems(
  chunks: AsyncIterable<string>,
  format: TextInputFormat,
  name: string,
  options: ItemOptions,
): Batched<InputItem> {
  const byName = new Map(options.indicators.map((i) => [i.name, i]));
  if (format === 'json') return batched(() => jsonItems(chunks, name, options, byName));
  if (format === 'ndjson') return ndjsonItems(chunks, options, byName);
  return csvItems(chunks, name, format === 'tsv' ? '\t' : ',', options, byName);
}

/**
 * The format of a text input from its first characters: `[` a JSON array,
 * `{` NDJSON, unless the first line is `{` alone (an object spread over
 * lines, as `jq` and `JSON.stringify(…, null, 2)` write one: one JSON
 * record), a tab without a comma TSV, anything else CSV. A first line that
 * starts with `{` and is not valid JSON is an NDJSON line in error, an error
 * row like any other, not a reason to read the whole input as one document.
 */
export function sniffFormat(text: string): TextInputFormat {
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  // One record per line is NDJSON; an object spread over lines is one JSON record.
  if (start.startsWith('{')) return firstLine.trim() === '{' ? 'json' : 'ndjson';
  return firstLine.includes('\t') && !firstLine.includes(',') ? 'tsv' : 'csv';
}

async function* jsonItems(
  chunks: AsyncIterable<string>,
  name: string,
  options: ItemOptions,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): AsyncGenerator<InputItem[]> {
  const { mapping } = options;
  const parts: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > MAX_JSON_LENGTH) {
      throw new UsageError(
        localized(
          `${name} 是大于 256 MiB 的 JSON 数组，而 JSON 数组是整体读取的：请把记录改为 NDJSON（如 jq -c '.[]' ${name} > records.ndjson），它可以流式读取`,
          `${name} is a JSON array larger than 256 MiB, and JSON arrays are read whole: give the records as NDJSON (e.g. jq -c '.[]' ${name} > records.ndjson), which streams`,
        ),
      );
    }
    parts.push(chunk);
  }
  const text = parts.join('');
  const records = parseJsonRecords(text, name, options.naming);
  if (records.length > 0) checkMapSources(mapping, keysOf(records), name, options.naming);
  // JSON.parse rounds numerals and keeps the last of a repeated key without a word; the text says whether it did.
  // A sample id beyond 2^53 stays the text written, not the double it rounds to.
  const found = jsonNumerals(text, mapping, indicators);
  const numerals = found?.errors;
  const texts = found?.texts;
  const repeated = duplicateKeys(text, records);
  const unitKeys = jsonUnitCheck(indicators, options.indicators);
  // Batches of a few thousand, so a consumer writes as it goes.
  for (let start = 0; start < records.length; start += 2000) {
    const batch: InputItem[] = [];
    for (let i = start; i < Math.min(records.length, start + 2000); i++) {
      const key = repeated?.get(i);
      const record = renameKeys(records[i], mapping);
      withNumeralTexts(record, texts?.get(i));
      if (key !== undefined) {
        const where = localized(`第 ${i + 1} 条记录`, `record ${i + 1}`);
        // Its other fields as text: a kept column (a sample id) still names the record.
        const fields = fieldTexts(record, mapping.get(key) ?? key);
        batch.push({ row: i + 1, unreadable: duplicateKeyText(key, where), texts: fields });
        continue;
      }
      const unitError = unitKeys(record, localized(`第 ${i + 1} 条记录`, `record ${i + 1}`));
      const found = numerals?.get(i);
      const conversionErrors = unitError === undefined ? found : [...(found ?? []), unitError];
      batch.push(conversionErrors ? { row: i + 1, record, conversionErrors } : { row: i + 1, record });
    }
    yield batch;
  }
}

/** Every key of the records that are objects. */
function keysOf(records: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const r of records)
    if (r !== null && typeof r === 'object') for (const k of Object.keys(r)) keys.add(k);
  return keys;
}

function ndjsonItems(
  chunks: AsyncIterable<string>,
  options: ItemOptions,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): Batched<InputItem> {
  const { mapping } = options;
  const maxLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
  const answerBlank = options.blankLines === 'answer';
  const unitKeys = jsonUnitCheck(indicators, options.indicators);
  return batched(async function* () {
    let row = 0;
    for await (const lines of splitLineBatches(chunks, maxLength)) {
      const items: InputItem[] = [];
      for (const line of lines) {
        if ('tooLong' in line) {
          items.push({ row: ++row, unreadable: tooLong(line.line, maxLength) });
          continue;
        }
        if (/^[\s\u3000]*$/.test(line.text)) {
          if (answerBlank)
            items.push({
              row: ++row,
              unreadable: localized(
                `第 ${line.line} 行是空行，没有记录`,
                `line ${line.line} is blank: no record`,
              ),
            });
          continue;
        }
        row++;
        // A byte-order mark starting a later line is one of a file put after another (`cat a.ndjson b.ndjson`):
        // skipped as the first line's is.
        const text = line.text.charCodeAt(0) === 0xfeff ? line.text.slice(1) : line.text;
        try {
          const parsed: unknown = JSON.parse(text);
          // JSON.parse keeps the last of a repeated key and rounds numerals without a word; the line says whether it did.
          const item = jsonRecordItem(text, parsed, row, line.line, mapping, indicators);
          // A unit key is its own record's: that record is invalid, and the stream goes on (hostile-32 C1).
          const unitError =
            'record' in item
              ? unitKeys(item.record, localized(`第 ${line.line} 行`, `line ${line.line}`))
              : undefined;
          items.push(
            unitError === undefined || !('record' in item)
              ? item
              : { ...item, conversionErrors: [...(item.conversionErrors ?? []), unitError] },
          );
        } catch (error) {
          if (error instanceof UsageError) throw error;
          // The column where the line breaks, counted from 1 in both languages (V8's offset is from 0, or absent).
          const reason = jsonTextReason(text, error, false);
          items.push({
            row,
            unreadable: localized(
              `第 ${line.line} 行不是有效的 JSON：${reason.zh}`,
              `line ${line.line} is not valid JSON: ${reason.en.slice(0, 200)}`,
            ),
          });
        }
      }
      yield items;
    }
  });
}

function csvItems(
  chunks: AsyncIterable<string>,
  name: string,
  delimiter: string,
  options: ItemOptions,
  byName: ReadonlyMap<string, IndicatorInfo>,
): Batched<InputItem> {
  return batched(async function* () {
    let fields: string[] | undefined;
    let headers: readonly string[] = [];
    let columns: (IndicatorInfo | undefined)[] = [];
    // The line right under the header, until it comes: it may be the header's units (see unitsRow).
    let unitsPending = false;
    let multiColumn = new Set<string>();
    // The columns whose cells are carried as written (--tally-by, --group-by), those that are an indicator's.
    let writtenAt: number[] = [];
    // The column headed `单位` that gives no indicator, if any (see unitColumn).
    let unitAt = -1;
    // The columns beside an indicator column that may hold its unit, whatever their header (see unitBesideCheck).
    let beside: ReturnType<typeof unitBesideCheck>;
    // The columns with an empty header after a one-value indicator's heading (see oneValueSpanCheck).
    let oneValue: ReturnType<typeof oneValueSpanCheck>;
    // The columns of an empty header, if any: their cells are carried as `unnamed`.
    let unnamedAt: number[] | undefined;
    let row = 0;
    const values = valueFields(options.indicators, options.mapping);
    let notes = new NoteRows(values, []);
    // The header again in other words (its English labels after a page break): a repeat of it, not a record.
    const again = headerAgain(options.indicators, options.mapping);
    const repeatsHeader = (cells: readonly string[]) =>
      repeatsLine(cells, headerLines) || (fields !== undefined && again(cells, fields, values));
    // The lines read as the header (a title, a group heading, the header, its units), trimmed: a line under it
    // that repeats one is a page break.
    const headerLines: (readonly string[])[] = [];
    // The first line, held until the second comes: the two may be one header (see twoLineHeader).
    let first: CsvRecord | undefined;
    let titleChecked = false;
    let stated: { unit: string; line: number; from: number } | undefined;
    const maxRecordLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
    const readHeader = (cells: readonly string[], hintFrom: readonly (CsvRecord | CsvProblem)[]) => {
      try {
        fields = resolveColumns(
          cells,
          options.mapping,
          options.indicators,
          name,
          options.naming,
          options.alsoRead,
        );
      } catch (error) {
        // Two columns give one field (a group line filled across its columns): where the header is comes first.
        const hint = error instanceof UsageError && laterLineHint(hintFrom, name, options);
        throw hint ? new UsageError(hintFirst(hint, (error as UsageError).text, hintFrom[0]?.line)) : error;
      }
      columns = fields.map((f) => byName.get(f));
      multiColumn = repeatedFields(fields);
      headers = cells.map(trimCell);
      const empty = headers.flatMap((h, i) => (h === '' && fields![i] === '' ? [i] : []));
      unnamedAt = empty.length > 0 ? empty : undefined;
      unitAt = unitColumn(headers, columns);
      beside = unitBesideCheck(headers, columns, unitAt, options.indicators, name);
      oneValue = oneValueSpanCheck(headers, columns, name);
      // Hostile-27 W4: a header cell `单位：Btu/h` over a column of its own states the table's unit.
      for (const { unit, column } of headerUnits(headers, columns))
        checkTitleUnit(
          unit,
          localized(`${name}：表头`, `${name}: the header`),
          headers,
          columns,
          options.indicators,
          column,
          localized(`表头单元格“${headers[column]}”`, `the header cell "${headers[column]}"`),
        );
      const single = (i: number) => columns[i] !== undefined && !multiColumn.has(fields![i]!);
      writtenAt = writtenColumnsAt(options.writtenColumns, headers, fields, single);
      if (options.writtenIndicators)
        for (let i = 0; i < fields.length; i++) if (single(i) && !writtenAt.includes(i)) writtenAt.push(i);
      unitsPending = true;
      notes = new NoteRows(values, fields, options.indicators, options.writtenColumns);
      headerLines.push(headers);
      options.onHeader?.(fields, cells);
    };
    /** Whether a line is the header's units row (a unit that is not its indicator's is a usage error). */
    const isUnits = (record: CsvRecord, tell = true): boolean => {
      const units = unitsRow(
        record.cells,
        headers,
        columns,
        indicatorHeaders(options.indicators).units,
        options.alsoRead,
      );
      if (!units) return false;
      const where = localized(`第 ${record.line} 行`, `line ${record.line}`);
      if (units.mismatches.length > 0) throw unitMismatchError(name, units.mismatches, where);
      if (tell) options.onUnitsRow?.(unitsRowNotice(name, where, units));
      return true;
    };
    /** Whether a line in mid-table states the unit of the rows under it (`单位：kW`); another unit is a usage error. */
    const midTableUnit = (cells: readonly string[], line: number): boolean => {
      // A record row has more than one cell with text: out after one scan, not one per kind of units line.
      if (loneCell(cells) < 0) {
        // Hostile-27 W4: a page's title with the unit in a cell of its own (`2025年抽检（续）,,,单位：Btu/h`).
        const pair = unitStatementPair(cells);
        if (pair === undefined) return false;
        checkTitleUnit(
          pair.unit,
          localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
          headers,
          columns,
          options.indicators,
          pair.column,
          localized('表中的单位行', 'a units line in the table'),
        );
        return true;
      }
      const unit = statedUnitLine(cells);
      if (unit === undefined) {
        // Hostile-26 W1: a unit stated otherwise (`（制冷量单位：kW）`, `表1（续）（单位：kW）`) is checked too; the line
        // is then read as before (a page's title, a note).
        const other = unitStatementLine(cells);
        if (other)
          checkTitleUnit(
            other.unit,
            localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
            headers,
            columns,
            options.indicators,
            other.column,
            localized('表中的单位行', 'a units line in the table'),
          );
        return false;
      }
      checkTitleUnit(
        unit,
        localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
        headers,
        columns,
        options.indicators,
        cells.findIndex((c) => trimCell(c) !== ''),
        localized('表中的单位行', 'a units line in the table'),
      );
      return true;
    };
    // Hostile-26 W1: a column headed `单位` that gives no indicator states each row's unit; each unit it holds is
    // checked once, as a title's is.
    const unitsChecked = new Set<string>();
    const checkUnitCell = (cell: string, line: number) => {
      const unit = trimCell(cell);
      if (unit === '' || unitsChecked.has(unit)) return;
      unitsChecked.add(unit);
      checkTitleUnit(
        unit,
        localized(`${name}：第 ${line} 行`, `${name}: line ${line}`),
        headers,
        columns,
        options.indicators,
        unitAt,
        localized(`“${headers[unitAt]}”列`, `the column "${headers[unitAt]}"`),
      );
    };
    // Hostile-26 W6: a header again whose columns differ from the first's (swapped, `额定制冷量 CC/kW`) stops the
    // reading, naming the line; a repeat that names the same indicators in the same columns and units reads as before.
    const other = otherHeader(options.indicators, options.mapping);
    const checkOtherHeader = (cells: readonly string[], line: number) => {
      const differ = other(cells, fields!, headers, columns);
      if (differ) throw otherHeaderError(name, localized(`第 ${line} 行`, `line ${line}`), differ);
    };
    // The header's last line, trimmed: the line under a repeat of it may be a page's units row.
    let headerBottom: readonly string[] = [];
    // A one-cell line held until the next comes: right above a repeated header, it is a page's title.
    let held: CsvRecord | undefined;
    // Whether the line before repeated the header's last line.
    let underRepeat = false;
    /** Reads one line under the header into `items`: a record, a row of notes, or a line that cannot be read. */
    const readLine = (
      record: CsvRecord | CsvProblem,
      items: InputItem[],
      fields: readonly string[],
    ): void => {
      row++;
      if ('problem' in record) {
        items.push({ row, unreadable: problemText(record, maxRecordLength) });
        return;
      }
      const { cells } = record;
      // A summary line typed without the commas after it (`合计,2`): read as if padded to the header's width.
      if (cells.length < fields.length && notes.isShortSummary(cells)) {
        const padded = [...cells, ...Array.from({ length: fields.length - cells.length }, () => '')];
        const built = buildRecord(padded, fields, columns, multiColumn, record.line);
        const marked = notes.mark(built, Object.keys(built.record), { line: record.line });
        if (marked.notesOnly) {
          items.push({ row, ...marked });
          return;
        }
        // A lot's subtotal (`L1,合计,2`): notes if 合计 is under the kept sample ids (see keepColumns).
        if (marked.summaryUnder) {
          items.push({ row, place: { line: record.line }, ...marked });
          return;
        }
      }
      // A closing line typed as one cell (`以下空白`, `第 1 页 共 3 页`, no commas after): notes, not a short row.
      if (cells.length !== fields.length && loneNote(cells)) {
        const text = cells.map(trimCell).find((c) => c !== '')!;
        const end = isEndMark(text) ? { end: text } : {};
        items.push({ row, record: {}, notesOnly: { line: record.line, ...end } });
        return;
      }
      // A title line or group heading repeated after a page break, without the commas after it.
      if (cells.length !== fields.length && repeatsLine(cells, headerLines)) {
        items.push({ row, record: {}, notesOnly: { line: record.line, header: true } });
        return;
      }
      if (cells.length !== fields.length) {
        items.push({
          row,
          unreadable: localized(
            `第 ${record.line} 行有 ${cells.length} 个单元格，表头有 ${fields.length} 个`,
            `line ${record.line} has ${cells.length} cell${cells.length === 1 ? '' : 's'}; the header has ${fields.length}`,
          ),
          texts: textCells(cells, fields, columns),
        });
        return;
      }
      if (unitAt >= 0) checkUnitCell(cells[unitAt] ?? '', record.line);
      beside?.((i) => cells[i], localized(`第 ${record.line} 行`, `line ${record.line}`));
      oneValue?.((i) => cells[i], localized(`第 ${record.line} 行`, `line ${record.line}`));
      checkOtherHeader(cells, record.line);
      const built = buildRecord(cells, fields, columns, multiColumn, record.line);
      const place = { line: record.line };
      const item: InputItem = {
        row,
        place,
        ...notes.mark(built, Object.keys(built.record), place, repeatsHeader(cells), cells),
      };
      const written = writtenCells(writtenAt, fields!, (i) => trimCell(cells[i] ?? ''));
      if (written) item.written = written;
      // Cells under an empty header: not read, but looked at by value (a remark merged over two columns).
      if (unnamedAt && 'record' in item) {
        const unnamed = unnamedCells(cells, unnamedAt);
        if (unnamed) item.unnamed = unnamed;
      }
      items.push(item);
    };
    for await (const records of splitCsvBatches(chunks, { delimiter, maxRecordLength })) {
      const items: InputItem[] = [];
      for (const [at, record] of records.entries()) {
        if (first && !fields) {
          const lower = 'problem' in record ? undefined : record;
          // A title on the first line (a sheet saved as CSV): skipped, as a workbook's rows above its header are.
          if (
            lower &&
            !titleChecked &&
            isTitleLine(first.cells, lower.cells, options.mapping, options.indicators)
          ) {
            titleChecked = true;
            // A unit the title states (`单位：kN`) is the table's: checked once the header is read.
            const unit = titleUnit(first.cells);
            if (unit !== undefined)
              stated = { unit, line: first.line, from: first.cells.findIndex((c) => trimCell(c) !== '') };
            headerLines.push(first.cells.map(trimCell));
            first = lower;
            continue;
          }
          titleChecked = true;
          // Hostile-30 W3: an indicator's heading over a nominal and a measured column: which to grade is not guessed.
          if (lower) {
            const heads = first.cells.map(trimCell);
            const spans = headingSpans(heads, Math.max(heads.length, lower.cells.length));
            const lows = lower.cells.map(trimCell);
            const { mapping, indicators, naming } = options;
            const error = nominalMeasuredError(heads, lows, spans, mapping, indicators, name, naming);
            if (error) throw error;
          }
          const both = lower && twoLineHeader(first.cells, lower.cells, options.mapping, options.indicators);
          if (both) headerLines.push(first.cells.map(trimCell), lower.cells.map(trimCell));
          headerBottom = (both ? lower! : first).cells.map(trimCell);
          // An indicator's heading over its specimens with empty header cells after it (hostile-30 W1).
          const spans = both
            ? undefined
            : specimenSpans(first.cells, options.mapping, options.indicators, name);
          readHeader(both ?? spans?.cells ?? first.cells, [first, ...records.slice(at)]);
          if (spans) options.onHeaderNotice?.(specimenSpansNotice(name, spans.spans));
          if (stated)
            checkTitleUnit(
              stated.unit,
              localized(`${name}：第 ${stated.line} 行`, `${name}: line ${stated.line}`),
              headers,
              columns,
              options.indicators,
              stated.from,
            );
          // Hostile-26 W1: a title line with the unit in a cell of its own (`2025年…抽检结果,,,单位：kW`) reads as a
          // group line over the header; the unit it states is the table's all the same.
          if (both)
            for (const [column, cell] of first.cells.entries()) {
              const unit = unitStatement(cell);
              if (unit !== undefined)
                checkTitleUnit(
                  unit,
                  localized(`${name}：第 ${first.line} 行`, `${name}: line ${first.line}`),
                  headers,
                  columns,
                  options.indicators,
                  column,
                );
            }
          if (both) continue;
        }
        if (!fields) {
          if ('problem' in record) {
            const why = problemText(record, maxRecordLength);
            throw new UsageError(
              localized(
                `无法读取 ${name} 的表头行：${why.zh}`,
                `the header line of ${name} cannot be read: ${why.en}`,
              ),
            );
          }
          first = record;
          continue;
        }
        if (unitsPending) {
          unitsPending = false;
          if (!('problem' in record) && isUnits(record)) {
            headerLines.push(record.cells.map(trimCell));
            continue;
          }
        }
        // A page's units row right under a repeated header, spelled another way (`Wh/Wh`): read as the first was.
        const under = underRepeat;
        underRepeat = !('problem' in record) && sameCells(record.cells, headerBottom);
        if (under && !('problem' in record) && isUnits(record, false)) {
          row++;
          items.push({ row, record: {}, notesOnly: { line: record.line, header: true } });
          continue;
        }
        // A units row in mid-table with no header repeated above it (hostile-24 W12): checked as the first one was;
        // a line `单位：kW` there is checked as a title's unit is (hostile-25 W9).
        if (!('problem' in record) && midTableUnit(record.cells, record.line)) {
          row++;
          items.push({ row, record: {}, notesOnly: { line: record.line, header: true, units: true } });
          continue;
        }
        if (!('problem' in record) && bareUnitsLine(record.cells, columns) && isUnits(record, false)) {
          row++;
          items.push({ row, record: {}, notesOnly: { line: record.line, header: true, units: true } });
          continue;
        }
        if (held) {
          const title = held;
          held = undefined;
          // Right above a repeated header: a page's title, changed or not (`…（续）`, "continued"), if it reads as
          // one; a one-cell record there (`S3`) stays a record (hostile-24 W1). A page mark (`第2页`) stays a note.
          if (
            !('problem' in record) &&
            !loneNote(title.cells) &&
            titleLike(title.cells, headerLines) &&
            (repeatsLine(record.cells, headerLines.filter(isTableLine)) ||
              again(record.cells, fields, values))
          ) {
            row++;
            items.push({ row, record: {}, notesOnly: { line: title.line, header: true } });
          } else readLine(title, items, fields);
        }
        if (!('problem' in record) && oneCell(record.cells, fields, values)) {
          const next = records[at + 1];
          // The next line is in this batch: looked at now. Else the line waits for the next batch only when it
          // reads as the sheet's title changed (`…（续）`): a co-process's one-cell row is answered at once.
          if (next !== undefined || titleLike(record.cells, headerLines)) {
            held = record;
            continue;
          }
        }
        readLine(record, items, fields);
      }
      yield items;
    }
    // A header line and nothing under it.
    if (first && !fields) readHeader(first.cells, [first]);
    // A one-cell last line: no header comes after it.
    if (held) {
      const items: InputItem[] = [];
      readLine(held, items, fields!);
      yield items;
    }
  });
}

/** {@link headerRowHint} for a header line and the lines under it that its batch holds. */
function laterLineHint(
  records: readonly (CsvRecord | CsvProblem)[],
  name: string,
  options: ItemOptions,
): LocalizedText | undefined {
  const rows: { row: number; cells: string[] }[] = [];
  for (const r of records.slice(0, HEADER_ROW_HINT_ROWS + 1))
    if (!('problem' in r)) rows.push({ row: r.line, cells: r.cells });
  const { mapping, indicators } = options;
  return headerRowHint({ name: localized(name, name), rows, header: 0, mapping, indicators, unit: 'line' });
}

/** The cells, not blank, at the columns of an empty header (`at`), or `undefined` when there are none. */
function unnamedCells(cells: readonly string[], at: readonly number[]): UnnamedCell[] | undefined {
  let unnamed: UnnamedCell[] | undefined;
  for (const column of at) {
    const text = cells[column];
    if (text === undefined || trimCell(text) === '') continue;
    unnamed ??= [];
    unnamed.push({ column, text });
  }
  return unnamed;
}

function buildRecord(
  cells: readonly string[],
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  multiColumn: ReadonlySet<string>,
  line?: number,
): { record: Record<string, unknown>; conversionErrors?: RecordError[] } {
  const record = new RecordFields();
  for (let i = 0; i < cells.length; i++) {
    const field = fields[i]!;
    if (field === '') continue;
    const indicator = columns[i];
    if (!indicator) {
      if (trimCell(cells[i]!) !== '') record.text(field, cells[i]!);
      continue;
    }
    const converted = convertCell(cells[i]!, indicator);
    if (converted)
      record.value(
        field,
        line === undefined ? converted : withPlace(converted, line, i),
        multiColumn.has(field),
      );
  }
  return record.finish();
}

/**
 * A conversion's error with its line and column named (`（第 9 行第 4 列）`), as an .xlsx one names its cell
 * (`（单元格 D9）`): the sheet's own 序号 need not be the record's number, so the line finds it (newcomer-29 M1).
 */
function withPlace(converted: ConvertedCell, line: number, index: number): ConvertedCell {
  if (!converted.error) return converted;
  const { message } = converted.error;
  const column = index + 1;
  return {
    value: converted.value,
    error: {
      ...converted.error,
      message: localized(
        `${message.zh}（第 ${line} 行第 ${column} 列）`,
        `${message.en} (line ${line}, column ${column})`,
      ),
    },
  };
}

/** The text cells (not under an indicator) of a row whose cell count is not the header's, up to the shorter. */
function textCells(
  cells: readonly string[],
  fields: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
): Record<string, string> {
  const texts: Record<string, string> = Object.create(null);
  for (let i = 0; i < Math.min(cells.length, fields.length); i++) {
    const field = fields[i]!;
    if (field !== '' && !columns[i] && !Object.hasOwn(texts, field)) texts[field] = cells[i]!;
  }
  return texts;
}

function problemText(p: CsvProblem, maxLength: number): LocalizedText {
  switch (p.problem) {
    case 'text-after-quote':
      return localized(
        `第 ${p.line} 行无法读取：引号括起的单元格在结束引号后还有文字`,
        `line ${p.line} cannot be read: text follows the closing quote of a quoted cell`,
      );
    case 'unclosed-quote':
      return localized(
        `第 ${p.line} 行无法读取：引号括起的单元格没有结束引号`,
        `line ${p.line} cannot be read: a quoted cell is never closed`,
      );
    default:
      return tooLong(p.line, maxLength);
  }
}

function tooLong(line: number, maxLength: number): LocalizedText {
  const n = countText(maxLength);
  return localized(
    `第 ${line} 行超过 ${n} 个字符的上限，无法读取`,
    `line ${line} cannot be read: it is longer than the limit of ${n} characters`,
  );
}

/** Whether a line's only cell with text is a note's ({@link isNoteText}: an end or page mark, a sign-off). */
function loneNote(cells: readonly string[]): boolean {
  const filled = cells.map(trimCell).filter((c) => c !== '');
  return filled.length === 1 && isNoteText(filled[0]!);
}

/** A line of the header with two or more cells with text (not a title): a repeat of one starts a page. */
function isTableLine(line: readonly string[]): boolean {
  return line.filter((c) => c !== '').length >= 2;
}

/** Whether a one-cell line reads as the sheet's title or a continued one ({@link isPageTitle}). */
function titleLike(cells: readonly string[], lines: readonly (readonly string[])[]): boolean {
  return isPageTitle(cells.map(trimCell).find((c) => c !== '') ?? '', lines);
}

/** Whether a line has one cell with text, and that not under an indicator or mapped column (a title, not a value). */
function oneCell(cells: readonly string[], fields: readonly string[], values: ReadonlySet<string>): boolean {
  let at = -1;
  for (let i = 0; i < cells.length; i++) {
    if (trimCell(cells[i]!) === '') continue;
    if (at >= 0) return false;
    at = i;
  }
  return at >= 0 && !values.has(fields[at] ?? '');
}

/** Whether a row repeats a line of the header as read (a page break in a sheet printed to CSV). */
function repeatsLine(cells: readonly string[], lines: readonly (readonly string[])[]): boolean {
  for (const line of lines) if (sameCells(cells, line)) return true;
  return false;
}

/** Whether a row's cells, trimmed, are a header line's (one with text), ignoring empty cells past either's end. */
function sameCells(cells: readonly string[], line: readonly string[]): boolean {
  const n = Math.max(cells.length, line.length);
  for (let i = 0; i < n; i++) if (trimCell(cells[i] ?? '') !== (line[i] ?? '')) return false;
  return line.some((h) => h !== '');
}

/** Fields named by more than one column (one column per specimen), in one pass over a header of any width. */
function repeatedFields(fields: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const f of fields) {
    if (f === '') continue;
    if (seen.has(f)) repeated.add(f);
    else seen.add(f);
  }
  return repeated;
}
