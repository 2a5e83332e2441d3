import { BatchSummary, type SummaryEntry } from '../../batch/batch-summary';
import { type FinishedItem, finishItem } from '../../batch/finish-item';
import type { GraderInput, SplitGrader } from '../../grade/create-grader';
import type { GradeResult } from '../../model/grade-result';
import type { RuleSetModel } from '../../model/rule-set-model';
import type { ResultDetail } from '../../report/result-detail';
import type { ResultFormat } from '../../report/result-writer';

/**
 * How much of each record `qgrade grade` explains, from what its output
 * shows: `brief` (JSON at `--detail grade`) no explanation for a graded
 * record; `failing` (CSV, Markdown, the table, JSON at `--detail failing`)
 * only the requirements that hold the record back; `full` everything.
 * The rows written are the same whichever is used.
 */
export type RowMode = 'brief' | 'failing' | 'full';

/** The {@link RowMode} of an output format and detail level. */
export function rowMode(format: ResultFormat, detail: ResultDetail | undefined): RowMode {
  if (format !== 'json' && format !== 'ndjson') return 'failing';
  return detail === 'grade' ? 'brief' : detail === 'failing' ? 'failing' : 'full';
}

/**
 * Grades one input row for output: the result to write (row and kept
 * columns set, input problems turned into its error row) and what the
 * summary counts of it. In this thread `input` is the record; on a worker,
 * the snapshot of its values taken in the reading thread.
 */
export function gradeRow(
  item: FinishedItem,
  input: GraderInput,
  split: SplitGrader,
  model: RuleSetModel,
  mode: RowMode,
): { result: GradeResult; entry: SummaryEntry } {
  let graded: GradeResult;
  if (mode === 'brief' && item.unreadable === undefined && item.conversionErrors === undefined) {
    const brief = split.gradeBrief(input);
    if (!('criteria' in brief)) {
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
    graded = brief;
  } else graded = mode === 'full' ? split.gradeFull(input) : split.gradeFailing(input);
  const result = finishItem(item, graded, model);
  return { result, entry: BatchSummary.entry(result) };
}
