/**
 * The detail levels of `grade -f json|ndjson` (`--detail`): defined beside
 * the explanation, which a grader pool's `gradeMany` also cuts to them.
 *
 * @module
 */
export {
  type GradeOnlyResult,
  RESULT_DETAILS,
  type ResultDetail,
  resultAtDetail,
} from '../explain/result-detail';
