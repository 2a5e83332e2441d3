import { invalidRecord } from '../explain/invalid-record';
import type { InputItem } from '../input/input-item';
import type { GradeResult, RecordError } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';

/** What {@link finishItem} reads of an item: an {@link InputItem}, or the same facts of one sent to a worker. */
export interface FinishedItem {
  row: number;
  kept?: Record<string, string>;
  unreadable?: LocalizedText;
  conversionErrors?: RecordError[];
}

/**
 * The result for one input item, given what the grader made of its record:
 * the row set, an unreadable row turned into its error row (`grade: null`,
 * `notGradedReason.code: "invalid-record"`, one error with code
 * `unreadable`), and the input's own conversion messages in place of the
 * grader's for the cells concerned.
 */
export function finishItem(item: FinishedItem, result: GradeResult, model: RuleSetModel): GradeResult {
  if (item.unreadable !== undefined) {
    return withRow(item, invalidRecord(model, [{ field: '', code: 'unreadable', message: item.unreadable }]));
  }
  const conversion = item.conversionErrors;
  if (!conversion) return withRow(item, result);
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
  return withRow(item, invalidRecord(model, errors));
}

/** The record an item hands the grader: `null` for a row that could not be read (it grades as invalid). */
export function itemRecord(item: InputItem): unknown {
  return 'unreadable' in item ? null : item.record;
}

function withRow(item: FinishedItem, result: GradeResult): GradeResult {
  // A grader's result has neither: a plain spread after them (cheap for an object of a known shape) keeps them first.
  if (!('row' in result) && !('kept' in result)) {
    return item.kept ? { row: item.row, kept: item.kept, ...result } : { row: item.row, ...result };
  }
  const { row: _row, kept: _kept, ...rest } = result;
  return item.kept ? { row: item.row, kept: item.kept, ...rest } : { row: item.row, ...rest };
}
