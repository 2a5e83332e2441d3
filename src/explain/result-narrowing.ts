import type { GradeResult, NotGradedReason, RecordError } from '../model/grade-result';
import type { LocalizedText } from '../text/localized-text';
import type { GradeOnlyResult } from './result-detail';

/**
 * What {@link isGraded} tells of a result (a full {@link GradeResult} or a {@link GradeOnlyResult}): a grade and its
 * label, no reason; a full result is also `conforming`.
 *
 * @example
 * const graded: Graded<GradeResult>[] = results.filter(isGraded);
 */
export type Graded<R extends GradeResult | GradeOnlyResult = GradeResult> = R & {
  /** The grade reached. */
  grade: string;
  /** Its label. */
  label: LocalizedText;
  /** None: the record is graded. */
  notGradedReason?: undefined;
} & (R extends GradeResult
    ? {
        /** Always: a graded record conforms. */
        conforming: true;
      }
    : unknown);

/**
 * What {@link isNotGraded} tells of a result: no grade, no label, and the reason; a full result is not `conforming`.
 *
 * @example
 * for (const r of results) if (isNotGraded(r)) console.log(r.notGradedReason.code);
 */
export type NotGraded<R extends GradeResult | GradeOnlyResult = GradeResult> = R & {
  /** No grade. */
  grade: null;
  /** No label. */
  label: null;
  /** Why the record has no grade. */
  notGradedReason: NotGradedReason;
} & (R extends GradeResult
    ? {
        /** Never: the record has no grade. */
        conforming: false;
      }
    : unknown);

/**
 * What {@link isInvalid} tells of a result: not graded for an `invalid-record` reason; a full result (any detail but
 * `grade`) has its `errors`, one or more, each naming its field.
 *
 * @example
 * const fields = results.filter(isInvalid).flatMap((r) => r.errors.map((e) => e.field));
 */
export type Invalid<R extends GradeResult | GradeOnlyResult = GradeResult> = NotGraded<R> & {
  /** The reason, `invalid-record`. */
  notGradedReason: NotGradedReason & {
    /** `invalid-record`. */
    code: 'invalid-record';
  };
} & (R extends GradeResult
    ? {
        /** Each problem with the record, naming its field; one or more. */
        errors: RecordError[];
      }
    : unknown);

/**
 * Whether a result reached a grade (`grade` is not `null`), narrowing its type: `grade` a string, `label` set,
 * `conforming` true, no `notGradedReason` — no `?.` or `!` needed after it. For a full result as for a pool's
 * `detail: 'grade'` one.
 *
 * @example
 * const result = grader.gradeSync(record);
 * if (isGraded(result)) console.log(result.grade, result.label.zh); // '2' '2级'
 * else console.log(result.notGradedReason?.message.en);
 */
export function isGraded<R extends GradeResult | GradeOnlyResult>(result: R): result is Graded<R> {
  return typeof result === 'object' && result !== null && result.grade !== null;
}

/**
 * Whether a result has no grade — invalid, out of scope, a veto failed, below the lowest grade — narrowing its type:
 * `grade` and `label` `null`, `notGradedReason` set.
 *
 * @example
 * if (isNotGraded(result)) console.log(result.notGradedReason.code, result.notGradedReason.message.zh);
 */
export function isNotGraded<R extends GradeResult | GradeOnlyResult>(result: R): result is NotGraded<R> {
  return typeof result === 'object' && result !== null && result.grade === null;
}

/**
 * Whether a result is an invalid record (`notGradedReason.code` `invalid-record`: a value missing, of the wrong
 * type, out of range, a row that could not be read), narrowing its type: a full result's `errors` are set.
 *
 * @example
 * // A service's 400 body: each bad row with its fields' problems, in zh and en.
 * const rejected = results.filter(isInvalid).map((r) => ({ row: r.row, errors: r.errors.map((e) => e.message) }));
 */
export function isInvalid<R extends GradeResult | GradeOnlyResult>(result: R): result is Invalid<R> {
  return typeof result === 'object' && result !== null && result.notGradedReason?.code === 'invalid-record';
}
