import type { GradeResult, RecordError } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { joinLocalized, localized } from '../text/localized-text';
import { ruleSetRef } from './rule-set-ref';

/** The result for a record that cannot be graded because its values are invalid. */
export function invalidRecord(model: RuleSetModel, errors: RecordError[]): GradeResult {
  return {
    ruleSet: ruleSetRef(model),
    grade: null,
    label: null,
    conforming: false,
    criteria: [],
    nextGrade: null,
    notGradedReason: {
      code: 'invalid-record',
      message: joinLocalized(
        [
          localized('记录无效：', 'the record is not valid: '),
          joinLocalized(
            errors.map((e) => e.message),
            localized('；', '; '),
          ),
        ],
        localized(''),
      ),
      criteria: [],
    },
    errors,
  };
}
