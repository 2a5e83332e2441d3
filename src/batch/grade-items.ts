import { invalidRecord } from '../explain/invalid-record';
import type { InputItem } from '../input/read-records';
import type { GradeResult, RecordError } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import type { GradeStage } from './grade-stage';

/**
 * Grades the items of an input through a stage and yields one result per
 * item, in input order, each with its `row`. A row that could not be read
 * becomes an error row (`grade: null`, `notGradedReason.code:
 * "invalid-record"`, one error with code `unreadable`); cells that could not
 * be converted to their indicator's type keep the conversion's message.
 */
export async function* gradeItems(
  items: AsyncIterable<InputItem>,
  stage: GradeStage,
  ruleSet: RuleSet,
): AsyncGenerator<GradeResult> {
  const model = modelOf(ruleSet);
  // Items on their way through the stage, oldest first; as many as the stage holds at once.
  const pending: InputItem[] = [];
  let head = 0;
  async function* records(): AsyncGenerator<unknown> {
    for await (const item of items) {
      pending.push(item);
      yield 'unreadable' in item ? null : item.record;
    }
  }
  for await (const result of stage(records())) {
    const item = pending[head++];
    if (!item) throw new Error('the grading stage returned more results than it was given records');
    if (head > 1024) {
      pending.splice(0, head);
      head = 0;
    }
    yield finish(item, result, model);
  }
  if (head < pending.length)
    throw new Error('the grading stage returned fewer results than it was given records');
}

/**
 * The result for one item, given what the grader made of its record: the
 * row set, an unreadable row turned into its error row, conversion messages
 * in place of the grader's for the cells concerned.
 */
export function finishItem(item: InputItem, result: GradeResult, ruleSet: RuleSet): GradeResult {
  return finish(item, result, modelOf(ruleSet));
}

function finish(item: InputItem, result: GradeResult, model: RuleSetModel): GradeResult {
  if ('unreadable' in item) {
    return withRow(
      item.row,
      invalidRecord(model, [{ field: '', code: 'unreadable', message: item.unreadable }]),
    );
  }
  const conversion = item.conversionErrors;
  if (!conversion) return withRow(item.row, result);
  // The grader saw the text of a cell that is not of its type; say what was wrong with the text instead.
  const ours = new Map(conversion.map((e) => [e.field, e]));
  const used = new Set<string>();
  const errors: RecordError[] = [];
  for (const e of result.errors ?? []) {
    const replacement = ours.get(e.field);
    if (!replacement) errors.push(e);
    else if (!used.has(e.field)) {
      errors.push(replacement);
      used.add(e.field);
    }
  }
  for (const e of conversion) if (!used.has(e.field)) errors.push(e);
  return withRow(item.row, invalidRecord(model, errors));
}

function withRow(row: number, result: GradeResult): GradeResult {
  const { row: _row, ...rest } = result;
  return { row, ...rest };
}
