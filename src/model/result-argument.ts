import { takesError } from '../errors/argument-kind';
import { localized } from '../text/localized-text';
import type { GradeResult } from './grade-result';
import type { GroupResult } from './group-result';

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
  throw takesError(
    method,
    localized(
      '评级结果（grade、gradeSync 或 gradeMany 给出的 GradeResult）',
      'a grading result (a GradeResult from grade, gradeSync or gradeMany)',
    ),
    value,
  );
}

/**
 * {@link resultArgument} for a group's result — an object with `grade` and
 * `criteria` and `statistics` lists, as `gradeGroup` gives.
 *
 * @example
 * groupResultArgument(groupA, 'groupComparison.add');
 */
export function groupResultArgument(value: unknown, method: string): asserts value is GroupResult {
  if (
    typeof value === 'object' &&
    value !== null &&
    'grade' in value &&
    Array.isArray((value as GroupResult).criteria) &&
    Array.isArray((value as GroupResult).statistics)
  )
    return;
  throw takesError(
    method,
    localized(
      '分组评级结果（gradeGroup 给出的 GroupResult）',
      "a group's result (a GroupResult from gradeGroup)",
    ),
    value,
  );
}
