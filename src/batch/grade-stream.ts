import type { InputItem } from '../input/input-item';
import type { GradeResult } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { finishItem, itemRecord } from './finish-item';
import { recordsOf } from './records-of';

/** Grades one record: a grader's `gradeSync`, or its `grade` (json-rules-engine). */
export type GradeRecord = (record: unknown) => GradeResult | Promise<GradeResult>;

/**
 * Grades records in this thread, one result per record, in input order.
 * The stream is pulled one record at a time, so a slow input is graded as it
 * comes and memory does not grow with it.
 */
export async function* gradeRecords(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  grade: GradeRecord,
): AsyncGenerator<GradeResult> {
  yield* recordsOf(records, grade);
}

/**
 * Grades the items of an input in this thread, one result per item, in input
 * order, each finished for its item ({@link finishItem}: its row, an error
 * row for a row that could not be read, the input's conversion messages).
 */
export async function* gradeItems(
  items: Iterable<InputItem> | AsyncIterable<InputItem>,
  grade: GradeRecord,
  model: RuleSetModel,
): AsyncGenerator<GradeResult> {
  for await (const item of items as AsyncIterable<InputItem>) {
    yield finishItem(item, await grade(itemRecord(item)), model);
  }
}
