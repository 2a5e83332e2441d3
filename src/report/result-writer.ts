import type { GradeResult } from '../model/grade-result';
import type { RuleSet } from '../resolve/rule-set';
import { resultJsonWriter } from '../serialize/result-json';
import type { Language } from '../text/localized-text';
import { safeJson, safeText } from '../text/safe-text';
import { resultCsvHeader, resultCsvRow } from './format-csv';
import { resultMarkdownHeader, resultMarkdownRow } from './format-markdown';
import { createTableFormatter } from './format-table';

/** How a writer lays out text for people: language, and the terminal's width and colours (for `table`). */
export interface ResultWriterSettings {
  lang: Language;
  width: number;
  color: boolean;
  /** Kept input columns (sample ids), shown in `table`, `csv` and `markdown` after the row number. */
  kept?: readonly string[];
}

/** Output formats of `grade`. */
export const RESULT_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
/** A format from {@link RESULT_FORMATS}. */
export type ResultFormat = (typeof RESULT_FORMATS)[number];

/** Turns results into text, one at a time, for a stream. */
export interface ResultWriter {
  /** Text before the first result (a header). */
  start(): string;
  /** One result's text, its line break included. */
  write(result: GradeResult): string;
  /** Text after the last result. */
  end(): string;
}

/**
 * A writer for a format: `json` an array of `GradeResult` (indented, in
 * input order), `ndjson` one per line, `csv` and `markdown` a row each, and
 * `table` the terminal table. With `continues`, the text follows rows
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
  switch (format) {
    case 'json': {
      // A writer for a later part of the output (a worker's batch) continues the array.
      let count = options.continues ? 1 : 0;
      return {
        start: () => '',
        write: (r) =>
          `${count++ === 0 ? '[\n  ' : ',\n  '}${safeJson(JSON.stringify(r, null, 2)).replace(/\n/g, '\n  ')}`,
        end: () => (count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    case 'ndjson': {
      const toJson = resultJsonWriter();
      return { start: () => '', write: (r) => `${safeJson(toJson(r))}\n`, end: () => '' };
    }
    case 'csv':
      return {
        start: () => `${safeText(resultCsvHeader(kept))}\n`,
        write: (r) => `${safeText(resultCsvRow(r, lang, kept))}\n`,
        end: () => '',
      };
    case 'markdown':
      return {
        start: () => `${safeText(resultMarkdownHeader(lang, kept))}\n`,
        write: (r) => `${safeText(resultMarkdownRow(r, lang, kept))}\n`,
        end: () => '',
      };
    default: {
      // The table makes each cell safe itself, before colouring it.
      const table = createTableFormatter(ruleSet.grades, { lang, width: ctx.width, color: ctx.color, kept });
      return {
        start: () => `${table.header()}\n`,
        write: (r) => `${table.row({ row: r.row ?? 0, result: r })}\n`,
        end: () => '',
      };
    }
  }
}
