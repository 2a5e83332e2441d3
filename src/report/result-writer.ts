import type { GradeResult } from '../model/grade-result';
import type { RuleSet } from '../resolve/rule-set';
import type { ByteBuffer } from '../serialize/byte-buffer';
import { resultJsonBytesWriter } from '../serialize/result-json-bytes';
import type { Language } from '../text/localized-text';
import { safeJson, safeText } from '../text/safe-text';
import { resultCsvHeader, writeResultCsvRow } from './format-csv';
import { resultMarkdownFooter, resultMarkdownHeader, resultMarkdownRow } from './format-markdown';
import { createTableFormatter } from './format-table';
import { type ResultDetail, resultAtDetail } from './result-detail';

/** How a writer lays out text for people: language, and the terminal's width and colours (for `table`). */
export interface ResultWriterSettings {
  lang: Language;
  width: number;
  color: boolean;
  /** Kept input columns (sample ids), shown in `table`, `csv` and `markdown` after the row number. */
  kept?: readonly string[];
  /** How much of each result `json` and `ndjson` write (default `full`); see {@link ResultDetail}. */
  detail?: ResultDetail;
  /** Name requirements by id rather than by label in `table`, `csv` and `markdown` (`--ids`). */
  ids?: boolean;
}

/** Output formats of `grade`. */
export const RESULT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
/** A format from {@link RESULT_FORMATS}. */
export type ResultFormat = (typeof RESULT_FORMATS)[number];

/** Turns results into text, one at a time, for a stream. */
export interface ResultWriter {
  /** Text before the first result (a header). */
  start(): string;
  /** Writes one result's text, its line break included, as UTF-8 into `out`. */
  write(result: GradeResult, out: ByteBuffer): void;
  /** Text after the last result. */
  end(): string;
}

/**
 * A writer for a format: `json` an array of `GradeResult` (indented, in
 * input order), `ndjson` one per line, `csv` and `markdown` a row each (and
 * `markdown` the rule set's provenance after the table), and `table` the
 * terminal table. With `continues`, the text follows rows
 * written by another writer (a batch graded on a worker thread).
 */
export function createResultWriter(
  format: ResultFormat,
  ruleSet: RuleSet,
  ctx: ResultWriterSettings,
  options: { continues?: boolean } = {},
): ResultWriter {
  const { lang } = ctx;
  const kept = ctx.kept ?? [];
  const detail = ctx.detail ?? 'full';
  const ids = ctx.ids === true;
  switch (format) {
    case 'json': {
      // A writer for a later part of the output (a worker's batch) continues the array.
      let count = options.continues ? 1 : 0;
      return {
        start: () => '',
        write: (r, out) =>
          out.text(
            `${count++ === 0 ? '[\n  ' : ',\n  '}${safeJson(JSON.stringify(resultAtDetail(r, detail), null, 2)).replace(/\n/g, '\n  ')}`,
          ),
        end: () => (count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    case 'ndjson': {
      const toJson = resultJsonBytesWriter();
      const write =
        detail === 'full'
          ? (r: GradeResult, out: ByteBuffer) => toJson(r, out)
          : (r: GradeResult, out: ByteBuffer) => toJson(resultAtDetail(r, detail), out);
      return {
        start: () => '',
        write(r, out) {
          write(r, out);
          out.reserve(1);
          out.bytes[out.length++] = 10;
        },
        end: () => '',
      };
    }
    case 'csv':
      return {
        start: () => `${safeText(resultCsvHeader(kept))}\n`,
        // Written as bytes (writeResultCsvRow): the same as `${safeText(resultCsvRow(…))}\n` encoded.
        write: (r, out) => writeResultCsvRow(r, lang, kept, ids, out),
        end: () => '',
      };
    case 'markdown':
      return {
        start: () => `${safeText(resultMarkdownHeader(lang, kept, ids))}\n`,
        write: (r, out) => out.text(`${safeText(resultMarkdownRow(r, lang, kept, ids, ruleSet.grades))}\n`),
        end: () => safeText(resultMarkdownFooter(ruleSet.provenance, lang)),
      };
    default: {
      // The table makes each cell safe itself, before colouring it.
      const table = createTableFormatter(ruleSet.grades, {
        lang,
        width: ctx.width,
        color: ctx.color,
        kept,
        ids,
      });
      return {
        start: () => `${table.header()}\n`,
        write: (r, out) => out.text(`${table.row({ row: r.row ?? 0, result: r })}\n`),
        end: () => '',
      };
    }
  }
}
