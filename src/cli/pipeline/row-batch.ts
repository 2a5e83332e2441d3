import type { RuleSetSource } from '../../grade/grader-pool';
import type { InputItem } from '../../input/read-records';
import type { SummaryEntry } from '../../report/batch-summary';
import type { ResultFormat } from '../../report/result-writer';
import type { Language } from '../../text/localized-text';

/** A batch of input rows for a worker thread: grade, finish and write them as `format` text. */
export interface RowBatch {
  source: RuleSetSource;
  items: InputItem[];
  format: ResultFormat;
  lang: Language;
  width: number;
  color: boolean;
  /** Whether rows were written before this batch (a JSON array continues). */
  continues: boolean;
}

/** What a worker sends back: the batch's output, UTF-8 encoded, and what the summary counts of each row. */
export interface WrittenBatch {
  bytes: Uint8Array;
  entries: SummaryEntry[];
}
