import type { GradeResult } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import type { LocalizedText } from '../text/localized-text';
import type { CaseExpectation } from './deciding-case';

/**
 * The outcome of one case.
 *
 * @example
 * for (const c of suite.cases) if (!c.passed) console.log(`${suite.file}:${c.line}: ${c.name}`, c.problems);
 */
export interface CaseResult {
  /** The case's name. */
  name: string;
  /** Its line in the suite file. */
  line: number;
  /** Whether the result matched every expectation. */
  passed: boolean;
  /** What differed, one line each: "grade: expected 2, got 3". */
  problems: string[];
  /** The same lines in both languages. */
  problemTexts?: LocalizedText[];
  /** The case's input record. */
  input: Record<string, unknown>;
  /** What the record was graded; for a group case, the group's requirements as criteria (see `groupAsResult` in run-group-case). */
  result: GradeResult;
  /** For a group case: what the group was graded. */
  group?: GroupResult;
  /**
   * What the case states: its grade (or why it is not graded), its failing list, its blockers. Coverage counts
   * a case at a threshold only where a turn of the requirement would show in one of these.
   */
  expects?: CaseExpectation[];
}
