/**
 * A streaming CSV reader (RFC 4180: quoted cells, `""` for a quote, line
 * breaks inside quotes, CRLF or LF) that never loses the rows after a bad
 * one. csv-parse, which qgrade used first, cannot resume after an unclosed
 * quote or a stray character after a closing quote: with
 * `skip_records_with_error` it swallows the rest of the file as one record.
 * Here a bad record becomes a problem for its first line and reading resumes
 * on the next line:
 *
 * - a quote inside an unquoted cell (`5"`) is kept as text;
 * - text after a closing quote (`"a"b`) makes the line a problem;
 * - a quoted cell still open at the end of the input, or longer than
 *   `maxRecordLength`, makes its first line a problem, and reading resumes
 *   on the line after it;
 * - a record that runs over several lines (a quoted cell with line breaks)
 *   but does not have as many cells as the header (the first record, or the second under a one-cell title) is
 *   taken for a stray quote: its first line is the problem, and reading
 *   resumes on the next line. A record on one line with the wrong number of
 *   cells is returned as it is, for the reader to report.
 */

import { MAX_BATCH } from './batched';
import { HEADER_SEARCH_ROWS } from './header-search-rows';

/** A record: its cells and the line it starts on (1-based). */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** A record that cannot be read, with the line it starts on. */
export interface CsvProblem {
  problem: 'text-after-quote' | 'unclosed-quote' | 'too-long';
  line: number;
  /**
   * The cells of its first line before the cell that cannot be read (`L4,a4,"heat-pump…`: `L4`, `a4`), where there
   * are any: a reader names the row by them (a lot's key, a kept id), as it does a row with a cell too many.
   */
  cells?: string[];
}

/** Options for {@link splitCsv}. */
export interface SplitCsvOptions {
  /** The cell separator (default `,`). */
  delimiter?: string;
  /** Longest record, in characters (default 1,048,576): a longer one is a `too-long` problem. */
  maxRecordLength?: number;
  /**
   * Whether the reader takes a record for the header. A record with one cell of text is otherwise taken for a
   * title that may stand above it, so the width of the rows waits for a wider one; a one-column table's header
   * (`x`) sets it at once, and a ragged row under it (`1,5`) does not (hostile-40 C2).
   */
  isHeader?: (cells: string[]) => boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

type Parsed =
  | { kind: 'record'; cells: string[]; end: number }
  | { kind: 'bad'; end: number }
  | { kind: 'incomplete' };

const INCOMPLETE: Parsed = { kind: 'incomplete' };

/**
 * Splits decoded text chunks into CSV records, in order. Blank lines (no
 * cells, or only white space) are not records and are skipped.
 */
export async function* splitCsv(
  chunks: AsyncIterable<string>,
  options: SplitCsvOptions = {},
): AsyncGenerator<CsvRecord | CsvProblem> {
  for await (const batch of splitCsvBatches(chunks, options)) yield* batch;
}

/** {@link splitCsv}, the records of each chunk as batches (possibly empty) of at most `MAX_BATCH`. */
export async function* splitCsvBatches(
  chunks: AsyncIterable<string>,
  options: SplitCsvOptions = {},
): AsyncGenerator<(CsvRecord | CsvProblem)[]> {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  const maxLength = options.maxRecordLength ?? 1 << 20;
  let buffer = '';
  let line = 1;
  // After giving up on a record whose line has not ended yet: drop text up to the next line break.
  let skipping = false;
  // Cells of the header: the first record's with two cells with text or more, or the last searched for the header
  // (HEADER_SEARCH_ROWS): one with one may be a title above it (linesFromHeader; hostile-31 C1: its width is not
  // the rows').
  let expected: number | undefined;
  let records = 0;
  // The text so far was read up to a CR at its end.
  let afterCr = false;
  const take = (eof: boolean): (CsvRecord | CsvProblem)[] => {
    const out: (CsvRecord | CsvProblem)[] = [];
    let pos = 0;
    if (skipping) {
      const end = lineEnd(buffer, 0);
      if (end < 0 && !eof) {
        buffer = '';
        return out;
      }
      skipping = false;
      pos = end < 0 ? buffer.length : end;
    }
    while (pos < buffer.length && out.length < MAX_BATCH) {
      const parsed = parseRecord(buffer, pos, eof, delimiter);
      let problem: CsvProblem['problem'] | undefined;
      if (parsed.kind === 'incomplete') {
        const runaway = buffer.length - pos > maxLength;
        if (!eof && !runaway) break;
        problem = runaway ? 'too-long' : 'unclosed-quote';
      } else if (parsed.kind === 'bad') {
        // Text after a quote that closed on a later line: the quote that opened the cell was the stray one.
        problem = spansLines(buffer, pos, parsed.end) ? 'unclosed-quote' : 'text-after-quote';
      } else if (
        expected !== undefined &&
        parsed.cells.length !== expected &&
        spansLines(buffer, pos, parsed.end)
      ) {
        // A quote opened a cell that ran over lines and did not end as a row of this file does.
        problem = 'unclosed-quote';
      }
      if (problem) {
        // The record's first line is the problem; reading resumes on the line after it.
        const before = problem === 'too-long' ? [] : cellsBefore(buffer, pos, delimiter);
        out.push(before.length > 0 ? { problem, line, cells: before } : { problem, line });
        line += 1;
        const end = lineEnd(buffer, pos);
        if (end < 0) {
          skipping = !eof;
          pos = buffer.length;
        } else pos = end;
        continue;
      }
      const { cells, end } = parsed as { cells: string[]; end: number };
      if (end - pos > maxLength) {
        // Complete but over the limit: an error row, and reading goes on after the whole record.
        out.push({ problem: 'too-long', line });
        line += countLines(buffer, pos, end);
        pos = end;
        continue;
      }
      if (!isBlank(cells)) {
        if (
          expected === undefined &&
          (records >= HEADER_SEARCH_ROWS - 1 || !oneWithText(cells) || options.isHeader?.(cells))
        )
          expected = cells.length;
        records++;
        out.push({ cells, line });
      }
      line += countLines(buffer, pos, end);
      pos = end;
    }
    // Read up to a CR that ends the text so far: the next chunk may start with its LF (CRLF split).
    afterCr = !eof && pos > 0 && pos === buffer.length && buffer.charCodeAt(pos - 1) === CR;
    buffer = buffer.slice(pos);
    return out;
  };
  // A chunk can hold far more records than a batch should (a stray quote swallowed a megabyte of lines).
  function* takeAll(eof: boolean): Generator<(CsvRecord | CsvProblem)[]> {
    for (;;) {
      const out = take(eof);
      yield out;
      if (out.length < MAX_BATCH) return;
    }
  }
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    // A CR-only file's row is answered as soon as its CR is read, not when the next chunk comes.
    buffer += afterCr && buffer.length === 0 && chunk.charCodeAt(0) === LF ? chunk.slice(1) : chunk;
    afterCr = false;
    yield* takeAll(false);
  }
  yield* takeAll(true);
}

/**
 * The first records of a text held whole, blank lines skipped, for a look
 * at the lines under a header (once, for a hint; not the reader's path). A
 * record that cannot be read is passed over.
 *
 * @param max - records returned at most
 * @example
 * firstCsvRecords('2025 年抽检结果\n型号,apf\nA1,5.2\n', ',', 10); // [{ cells: ['2025 年抽检结果'], line: 1 }, …]
 */
export function firstCsvRecords(text: string, delimiter: string, max: number): CsvRecord[] {
  const d = delimiter.charCodeAt(0);
  const out: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < text.length && out.length < max) {
    const parsed = parseRecord(text, pos, true, d);
    if (parsed.kind !== 'record') {
      const end = lineEnd(text, pos);
      if (end < 0) break;
      line++;
      pos = end;
      continue;
    }
    if (!isBlank(parsed.cells)) out.push({ cells: parsed.cells, line });
    line += countLines(text, pos, parsed.end);
    pos = parsed.end;
  }
  return out;
}

function parseRecord(s: string, start: number, eof: boolean, delimiter: number): Parsed {
  const cells: string[] = [];
  const n = s.length;
  let i = start;
  for (;;) {
    if (i < n && s.charCodeAt(i) === QUOTE) {
      const quoted = quotedCell(s, i, n, eof);
      if (quoted === undefined) return INCOMPLETE;
      cells.push(quoted.value);
      i = quoted.next;
      if (i >= n) return { kind: 'record', cells, end: n };
      const c = s.charCodeAt(i);
      if (c === delimiter) {
        i++;
        continue;
      }
      if (c === LF) return { kind: 'record', cells, end: i + 1 };
      // A CR that ends the text read so far ends the record: an LF starting the next chunk is dropped.
      if (c === CR) return { kind: 'record', cells, end: i + (s.charCodeAt(i + 1) === LF ? 2 : 1) };
      const end = lineEnd(s, i);
      if (end < 0) return eof ? { kind: 'bad', end: n } : INCOMPLETE;
      return { kind: 'bad', end };
    }
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === delimiter || c === LF || c === CR) break;
      j++;
    }
    if (j >= n && !eof) return INCOMPLETE;
    cells.push(s.slice(i, j));
    if (j >= n) return { kind: 'record', cells, end: n };
    const c = s.charCodeAt(j);
    if (c === delimiter) {
      i = j + 1;
      continue;
    }
    if (c === CR) return { kind: 'record', cells, end: j + (s.charCodeAt(j + 1) === LF ? 2 : 1) };
    return { kind: 'record', cells, end: j + 1 };
  }
}

/**
 * The cells of the line at `start` before the first one that cannot be read on that line: a quoted cell not closed
 * on it, or with text after its closing quote (`L4,a4,"heat-pump,3500` → `L4`, `a4`). A quote inside an unquoted cell
 * is text, as {@link parseRecord} reads it. Only the problem's path pays for it.
 */
function cellsBefore(s: string, start: number, delimiter: number): string[] {
  const end = lineEnd(s, start);
  let n = end < 0 ? s.length : end;
  while (n > start && (s.charCodeAt(n - 1) === LF || s.charCodeAt(n - 1) === CR)) n--;
  const cells: string[] = [];
  let i = start;
  for (;;) {
    if (i < n && s.charCodeAt(i) === QUOTE) {
      const quoted = quotedCell(s, i, n, true);
      if (quoted === undefined) return cells;
      i = quoted.next;
      if (i < n && s.charCodeAt(i) !== delimiter) return cells;
      cells.push(quoted.value);
      if (i >= n) return cells;
      i++;
      continue;
    }
    let j = i;
    while (j < n && s.charCodeAt(j) !== delimiter) j++;
    cells.push(s.slice(i, j));
    if (j >= n) return cells;
    i = j + 1;
  }
}

/**
 * The quoted cell whose opening quote is at `at`: its value (`""` read as `"`) and the position after its closing
 * quote; `undefined` when that quote is not found before `limit`, or, short of the end of the input (`eof` false),
 * it ends the text so far (a doubled quote may follow in the next chunk).
 */
function quotedCell(
  s: string,
  at: number,
  limit: number,
  eof: boolean,
): { value: string; next: number } | undefined {
  let value = '';
  let from = at + 1;
  for (;;) {
    const q = s.indexOf('"', from);
    if (q < 0 || q >= limit || (q + 1 >= s.length && !eof)) return undefined;
    if (s.charCodeAt(q + 1) !== QUOTE) return { value: value + s.slice(from, q), next: q + 1 };
    value += s.slice(from, q + 1);
    from = q + 2;
  }
}

/** The position after the end of the line holding `from`; -1 when the line has not ended in `s`. */
function lineEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return s.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return -1;
}

function spansLines(s: string, from: number, to: number): boolean {
  const end = lineEnd(s, from);
  return end >= 0 && end < to;
}

function countLines(s: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) lines++;
  }
  return lines;
}

/** Whether exactly one cell has text (a title line's shape). */
function oneWithText(cells: string[]): boolean {
  let filled = 0;
  for (const c of cells) if (!/^[\s\u3000]*$/.test(c) && ++filled > 1) return false;
  return filled === 1;
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => /^[\s\u3000]*$/.test(c));
}
