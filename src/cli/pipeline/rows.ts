import type { SummaryEntry } from '../../batch/batch-summary';
import type { FinishedItem } from '../../batch/finish-item';
import type { RecordSnapshot, UnreadableRecord } from '../../compile/record-snapshot';
import type { ResultFormat, ResultWriterSettings } from '../../report/result-writer';

/** What every worker of `qgrade grade --workers` starts with: the rule set's text and the output's settings. */
export interface RowsWorkerData extends ResultWriterSettings {
  text: string;
  filename: string;
  format: ResultFormat;
}

/** An input row on its way to a worker: its row and input problems, and its values read in the reading thread. */
export interface RowItem extends FinishedItem {
  snapshot?: RecordSnapshot | UnreadableRecord;
}

/** Rows graded and written: their UTF-8 bytes (unless written where the caller asked) and what the summary counts of each. */
export interface WrittenRows {
  bytes?: Uint8Array;
  entries: SummaryEntry[];
}
