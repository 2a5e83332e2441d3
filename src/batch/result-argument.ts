import { UsageError } from '../errors/usage-error';
import type { GradeResult } from '../model/grade-result';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';

/**
 * Checks that an argument is a grading result — an object with `grade` and
 * a `criteria` list, as `grade`, `gradeSync` and `gradeMany` give — before
 * a function reads its fields. Anything else is a usage error that names
 * the function and what came, rather than "Cannot read properties of null".
 * Two property reads: cheap enough for a call per record.
 *
 * @param method - the function and argument, as the message names them, e.g. `summary.add`
 * @example
 * resultArgument(result, 'BatchSummary.add');
 */
export function resultArgument(value: unknown, method: string): asserts value is GradeResult {
  if (
    typeof value === 'object' &&
    value !== null &&
    'grade' in value &&
    Array.isArray((value as GradeResult).criteria)
  )
    return;
  const got = valueShown(value);
  throw new UsageError(
    localized(
      cjkJoin(`${method} 需要评级结果（grade、gradeSync 或 gradeMany 给出的 GradeResult），收到的是`, got.zh),
      `${method} takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got ${got.en}`,
    ),
  );
}
