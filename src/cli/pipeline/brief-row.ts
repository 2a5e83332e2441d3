import { BatchSummary, type SummaryEntry } from '../../batch/batch-summary';
import { type FinishedItem, finishItem } from '../../batch/finish-item';
import type { BriefResult } from '../../explain/brief-record';
import type { GradeResult } from '../../model/grade-result';
import type { RuleSetModel } from '../../model/rule-set-model';

/**
 * A row of `grade --detail grade` (JSON, NDJSON) and what the summary counts
 * of it. A graded record's row is its row, kept columns, grade and label,
 * which need no explanation; any other record's row comes from its full
 * result, as at every other detail level.
 */
export function briefRow(
  item: FinishedItem,
  brief: BriefResult | GradeResult,
  model: RuleSetModel,
): { result: GradeResult; entry: SummaryEntry } {
  if ('criteria' in brief) {
    const result = finishItem(item, brief, model);
    return { result, entry: BatchSummary.entry(result) };
  }
  const { id, label } = brief.grade;
  const row = item.kept
    ? { row: item.row, kept: item.kept, grade: id, label }
    : { row: item.row, grade: id, label };
  // At detail `grade` a writer reads only these fields of a result.
  return {
    result: row as unknown as GradeResult,
    entry: { grade: id, invalid: false, failing: brief.failing, row: item.row },
  };
}

/** Whether the brief path gives the same rows: JSON output at detail `grade`, for an item read without problems. */
export function briefApplies(format: string, detail: string | undefined, item: FinishedItem): boolean {
  return (
    detail === 'grade' &&
    (format === 'ndjson' || format === 'json') &&
    item.unreadable === undefined &&
    item.conversionErrors === undefined
  );
}
