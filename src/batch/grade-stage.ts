import type { Grader } from '../grade/create-grader';
import type { GradeResult } from '../model/grade-result';

/**
 * The grading step of a batch: records in, one result per record out, in
 * the same order. It is a stage of its own so that where grading happens can
 * change — in this thread ({@link inProcessGradeStage}), or on a pool of
 * worker threads — without touching reading, writing or counting. A record
 * may be `null` (a row that could not be read); the stage grades it like any
 * other value (it is invalid) and the pipeline replaces the result.
 */
export type GradeStage = (records: AsyncIterable<unknown>) => AsyncIterable<GradeResult>;

/** Grades in this thread with the compiled engine's synchronous `gradeSync`. */
export function inProcessGradeStage(grader: Grader): GradeStage {
  return async function* grade(records) {
    for await (const record of records) yield grader.gradeSync(record);
  };
}
