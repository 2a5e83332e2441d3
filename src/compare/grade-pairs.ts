import { finishItem, itemRecord } from '../batch/finish-item';
import type { Grader } from '../grade/create-grader';
import type { InputItem } from '../input/input-item';
import type { GradeResult } from '../model/grade-result';
import { modelOf } from '../resolve/rule-set';

/** The same input row graded by two rule sets. */
export interface GradedPair {
  row: number;
  a: GradeResult;
  b: GradeResult;
}

/**
 * Grades each input item with two graders, in input order, each result
 * finished for its item as every batch tool finishes it (error rows,
 * conversion messages).
 */
export async function* gradePairs(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  graderA: Grader,
  graderB: Grader,
): AsyncGenerator<GradedPair> {
  const modelA = modelOf(graderA.ruleSet);
  const modelB = modelOf(graderB.ruleSet);
  for await (const item of items as AsyncIterable<InputItem>) {
    const record = itemRecord(item);
    yield {
      row: item.row,
      a: finishItem(item, await graderA.grade(record), modelA),
      b: finishItem(item, await graderB.grade(record), modelB),
    };
  }
}

/** Records numbered from 1 as input items, for the tools that take items. */
export async function* numbered(
  records: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<InputItem> {
  let row = 0;
  for await (const record of records as AsyncIterable<unknown>) yield { row: ++row, record };
}
