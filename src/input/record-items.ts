import { InputError } from '../errors/input-error';
import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Batched, batched, batchesOf } from './batched';
import { resolveColumns } from './column-mapping';
import { trimCell } from './convert-value';
import { CsvBody, problemText } from './csv-body';
import { indicatorsNamed } from './header-coverage';
import { HEADER_ROW_HINT_ROWS, headerRowHint, hintFirst } from './header-row-hint';
import { linesFromHeader } from './header-search';
import { headingSpans } from './heading-spans';
import { DEFAULT_MAX_RECORD_LENGTH, type InputItem, type TextInputFormat } from './input-item';
import type { ItemOptions } from './item-options';
import { nominalMeasuredError } from './nominal-measured';
import { valueFields } from './note-rows';
import { numberedSpecimenHeaders } from './numbered-specimens';
import { separatorLine } from './separator-line';
import { specimenSpans, specimenSpansNotice } from './specimen-spans';
import { type CsvProblem, type CsvRecord, splitCsvBatches } from './split-csv';
import { headerUnits, unitStatement } from './stated-unit';
import { titleUnit } from './title-line';
import { checkTitleUnit } from './title-unit';
import { twoLineHeader } from './two-line-header';

export type { ItemOptions } from './item-options';

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
  // The JSON readers loaded only for JSON: a CSV's reading (the one-record grade's) starts without them.
  if (format === 'json' || format === 'ndjson')
    return batched(async function* () {
      const { jsonItems, ndjsonItems } = await import('./json-items');
      if (format === 'json') yield* jsonItems(chunks, name, options, byName);
      else yield* batchesOf(ndjsonItems(chunks, options, byName));
    });
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
    // The title lines above the header (linesFromHeader): the units they state are checked once it is read.
    const titles: CsvRecord[] = [];
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
    // `sep=;`, as Excel writes it: the cells are parted by the character it names.
    const excel = await separatorLine(chunks);
    const lines = linesFromHeader(
      splitCsvBatches(excel.chunks, {
        delimiter: excel.delimiter ?? delimiter,
        maxRecordLength,
        // The line linesFromHeader takes for the header sets the rows' width, a one-cell one too.
        isHeader: (cells) => indicatorsNamed(cells, options.mapping, options.indicators).length > 0,
      }),
      options.mapping,
      options.indicators,
      (title) => {
        titles.push(title);
        headerLines.push(title.cells.map(trimCell));
      },
    );
    for await (const records of lines) {
      const items: InputItem[] = [];
      for (const [at, record] of records.entries()) {
        if (first && !body) {
          const lower = 'problem' in record ? undefined : record;
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
          // Specimens numbered after the indicator's name (`透光率1(%),…,透光率5(%)`): read as it (newcomer-38 M5).
          const one = both
            ? first.cells
            : (numberedSpecimenHeaders(first.cells, options.mapping, options.indicators) ?? first.cells);
          // An indicator's heading over its specimens with empty header cells after it (hostile-30 W1).
          const spans = both ? undefined : specimenSpans(one, options.mapping, options.indicators, name);
          body = readHeader(both ?? spans?.cells ?? one, [first, ...records.slice(at)]);
          if (spans) options.onHeaderNotice?.(specimenSpansNotice(name, spans.spans));
          for (const title of titles.splice(0)) checkTitleLine(title, body, name, options.indicators);
          // Hostile-26 W1: a title line with the unit in a cell of its own (`2025年…抽检结果,,,单位：kW`) reads as a
          // group line over the header; the unit it states is the table's all the same.
          if (both) {
            checkTitleLine(first, body, name, options.indicators);
            continue;
          }
        }
        if (!body) {
          if ('problem' in record) {
            const why = problemText(record, maxRecordLength);
            throw new InputError(
              localized(
                `无法读取 ${name} 的表头行：${why.zh}`,
                `the header line of ${name} cannot be read: ${why.en}`,
              ),
            );
          }
          // Hostile-37 C1: a line of blank cells (spaces, `, , ,`) is no header: the header, or the first record
          // (refused by `recordAsHeaderError`), is looked for on the lines under it, never lost.
          if (record.cells.every((c) => trimCell(c) === '')) continue;
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

/**
 * The units a title line above the header states for the table, checked against the columns read, as the .xlsx
 * reader checks its rows above the header: a line with one cell by its whole text (`单位：kN`, `力学性能（MPa）`),
 * a line with more by each cell that states one (`2025年抽检结果,,,单位：kW`).
 */
function checkTitleLine(
  title: CsvRecord,
  body: CsvBody,
  name: string,
  indicators: readonly IndicatorInfo[],
): void {
  const where = localized(`${name}：第 ${title.line} 行`, `${name}: line ${title.line}`);
  const filled = title.cells.flatMap((c, column) => (trimCell(c) === '' ? [] : [column]));
  const stated =
    filled.length === 1
      ? [{ unit: titleUnit(title.cells), column: filled[0]! }]
      : filled.map((column) => ({ unit: unitStatement(title.cells[column]!), column }));
  for (const { unit, column } of stated)
    if (unit !== undefined) checkTitleUnit(unit, where, body.headers, body.columns, indicators, column);
}
