import type { GradeResult } from '../model/grade-result';

// The fields every grader result starts with, in its order.
const LEADING = ['ruleSet', 'grade', 'label', 'conforming', 'criteria', 'nextGrade'] as const;

/**
 * `{ row, kept, ...result }` (`kept` only when given): a batch's result with its row, and the input's kept
 * columns, as its first fields, then the result's own in their order. Built per record (a file's rows, a pool's
 * NDJSON lines): a spread after a field is copied field by field in the runtime, 7.6 % of `grade -f csv`'s
 * profile; a literal of a grader result's leading fields, then the rest, costs a fifth of it. A result of another
 * shape (a detail level's, a group's) takes the spread.
 *
 * @example
 * rowFirst(3, { 型号: 'KFR-35GW/B3' }, grader.gradeSync(record)); // { row: 3, kept: { 型号: … }, ruleSet: …, … }
 */
export function rowFirst<R extends object>(
  row: number,
  kept: Record<string, string> | undefined,
  result: R,
): { row: number; kept?: Record<string, string> } & R {
  const from = result as unknown as GradeResult & Record<string, unknown>;
  // Two literals, not one with `kept` set afterwards: each is one object shape from the start.
  const out: Record<string, unknown> = kept
    ? {
        row,
        kept,
        ruleSet: from.ruleSet,
        grade: from.grade,
        label: from.label,
        conforming: from.conforming,
        criteria: from.criteria,
        nextGrade: from.nextGrade,
      }
    : {
        row,
        ruleSet: from.ruleSet,
        grade: from.grade,
        label: from.label,
        conforming: from.conforming,
        criteria: from.criteria,
        nextGrade: from.nextGrade,
      };
  let i = 0;
  for (const key in from) {
    if (i < LEADING.length) {
      if (key !== LEADING[i++]) return spread(row, kept, result);
      continue;
    }
    out[key] = from[key];
  }
  return i === LEADING.length ? (out as { row: number } & R) : spread(row, kept, result);
}

function spread<R extends object>(
  row: number,
  kept: Record<string, string> | undefined,
  result: R,
): { row: number; kept?: Record<string, string> } & R {
  return kept ? { row, kept, ...result } : { row, ...result };
}
