import { finishItem, itemRecord } from '../batch/finish-item';
import { ruleSetRef } from '../explain/rule-set-ref';
import type { SplitGrader } from '../grade/create-grader';
import type { InputItem } from '../input/input-item';
import type { GradeResult, RuleSetRef } from '../model/grade-result';
import { modelOf } from '../resolve/rule-set';
import { type FieldTwin, labelTwins, type SideUnread, sideItems } from './field-twins';

/**
 * The same input row graded by two rule sets. A record graded the same under
 * both carries only its row, kept columns, grade and label in `a` and `b`
 * (its `criteria` empty): nothing compares its requirements, and explaining
 * every requirement of two large rule sets for it was most of compare's time.
 * Every other record (changed, not graded, invalid) is explained in full.
 */
export interface GradedPair {
  row: number;
  a: GradeResult;
  b: GradeResult;
}

/**
 * Grades each input item with two graders, in input order, each result
 * finished for its item as every batch tool finishes it (error rows,
 * conversion messages). A value with a twin (an indicator renamed between
 * the two; by default those renamed with the same label, see
 * {@link labelTwins}) is given to each rule set under its own name; a field
 * in `unread` for a side (a column that rule set alone does not read) is
 * not given to it. See
 * {@link GradedPair} for what a record graded the same under both carries.
 */
export async function* gradePairs(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  graderA: SplitGrader,
  graderB: SplitGrader,
  twins: readonly FieldTwin[] = labelTwins(
    graderA.grader.ruleSet.indicators,
    graderB.grader.ruleSet.indicators,
  ),
  unread?: SideUnread,
  /** Grade every record in full, the same grade under both too (`compare --near-limits` reads every value and limit). */
  full = false,
): AsyncGenerator<GradedPair> {
  const modelA = modelOf(graderA.grader.ruleSet);
  const modelB = modelOf(graderB.grader.ruleSet);
  const side = sideItems(twins, graderA.grader.ruleSet.indicators, graderB.grader.ruleSet.indicators, unread);
  for await (const both of items as AsyncIterable<InputItem>) {
    const itemA = side.a(both);
    const itemB = side.b(both);
    const inputA = { record: itemRecord(itemA) };
    const inputB = { record: itemRecord(itemB) };
    const clean =
      'record' in itemA &&
      itemA.conversionErrors === undefined &&
      'record' in itemB &&
      itemB.conversionErrors === undefined;
    if (clean) {
      // The grade first, without the explanation (the checks' outcomes only).
      const a = graderA.gradeBrief(inputA);
      const b = graderB.gradeBrief(inputB);
      const briefA = !('criteria' in a);
      const briefB = !('criteria' in b);
      if (briefA && briefB && a.grade.id === b.grade.id && !full) {
        yield {
          row: both.row,
          a: sameGrade(itemA, ruleSetRef(modelA), a.grade),
          b: sameGrade(itemB, ruleSetRef(modelB), b.grade),
        };
        continue;
      }
      // Not graded (or invalid) under both: the results say why, which is all that is counted of them.
      if (!briefA && !briefB) {
        yield { row: both.row, a: finishItem(itemA, a, modelA), b: finishItem(itemB, b, modelB) };
        continue;
      }
    }
    yield {
      row: both.row,
      a: finishItem(itemA, graderA.gradeFull(inputA), modelA),
      b: finishItem(itemB, graderB.gradeFull(inputB), modelB),
    };
  }
}

/** A record's result when its grade is the same under both: its grade, nothing explained. */
function sameGrade(
  item: InputItem,
  ruleSet: RuleSetRef,
  grade: { id: string; label: NonNullable<GradeResult['label']> },
): GradeResult {
  const result: GradeResult = {
    row: item.row,
    ruleSet,
    grade: grade.id,
    label: grade.label,
    conforming: true,
    criteria: [],
    nextGrade: null,
  };
  if (item.kept) result.kept = item.kept;
  return result;
}

/** Records numbered from 1 as input items, for the tools that take items. */
export async function* numbered(
  records: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<InputItem> {
  let row = 0;
  for await (const record of records as AsyncIterable<unknown>) yield { row: ++row, record };
}
