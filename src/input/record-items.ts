import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Batched, batched } from './batched';
import { checkMapSources } from './check-column-mapping';
import { renameKeys, resolveColumns } from './column-mapping';
import { trimCell } from './convert-value';
import { CsvBody, problemText, tooLong } from './csv-body';
import { HEADER_ROW_HINT_ROWS, headerRowHint, hintFirst } from './header-row-hint';
import { headingSpans } from './heading-spans';
import { DEFAULT_MAX_RECORD_LENGTH, type InputItem, type TextInputFormat } from './input-item';
import type { ItemOptions } from './item-options';
import { duplicateKeys, duplicateKeyText } from './json-duplicate-keys';
import { jsonTextReason } from './json-fault';
import { jsonNumerals, withNumeralTexts } from './json-numerals';
import { fieldTexts, jsonRecordItem } from './json-record-item';
import { jsonUnitCheck } from './json-unit-keys';
import { nominalMeasuredError } from './nominal-measured';
import { valueFields } from './note-rows';
import { parseJsonRecords } from './read-json-records';
import { specimenSpans, specimenSpansNotice } from './specimen-spans';
import { type CsvProblem, type CsvRecord, splitCsvBatches } from './split-csv';
import { splitLineBatches } from './split-lines';
import { headerUnits, unitStatement } from './stated-unit';
import { isTitleLine, titleUnit } from './title-line';
import { checkTitleUnit } from './title-unit';
import { twoLineHeader } from './two-line-header';

export type { ItemOptions } from './item-options';

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
    // The lines under the header, once it is read (see CsvBody).
    let body: CsvBody | undefined;
    const values = valueFields(options.indicators, options.mapping);
    // The lines read as the header (a title, a group heading, the header, its units), trimmed: a line under it
    // that repeats one is a page break.
    const headerLines: (readonly string[])[] = [];
    // The header's last line, trimmed: the line under a repeat of it may be a page's units row.
    let headerBottom: readonly string[] = [];
    // The first line, held until the second comes: the two may be one header (see twoLineHeader).
    let first: CsvRecord | undefined;
    let titleChecked = false;
    let stated: { unit: string; line: number; from: number } | undefined;
    const maxRecordLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
    const readHeader = (cells: readonly string[], hintFrom: readonly (CsvRecord | CsvProblem)[]): CsvBody => {
      let fields: string[];
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
      const read = new CsvBody(cells, fields, headerLines, headerBottom, name, options, byName, values);
      const { headers, columns } = read;
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
      headerLines.push(headers);
      options.onHeader?.(fields, cells);
      return read;
    };
    for await (const records of splitCsvBatches(chunks, { delimiter, maxRecordLength })) {
      const items: InputItem[] = [];
      for (const [at, record] of records.entries()) {
        if (first && !body) {
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
          body = readHeader(both ?? spans?.cells ?? first.cells, [first, ...records.slice(at)]);
          if (spans) options.onHeaderNotice?.(specimenSpansNotice(name, spans.spans));
          if (stated)
            checkTitleUnit(
              stated.unit,
              localized(`${name}：第 ${stated.line} 行`, `${name}: line ${stated.line}`),
              body.headers,
              body.columns,
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
                  body.headers,
                  body.columns,
                  options.indicators,
                  column,
                );
            }
          if (both) continue;
        }
        if (!body) {
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
        body.read(record, records[at + 1], items);
      }
      yield items;
    }
    // A header line and nothing under it.
    if (first && !body) readHeader(first.cells, [first]);
    // A one-cell last line: no header comes after it.
    if (body?.held) {
      const items: InputItem[] = [];
      body.finish(items);
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
