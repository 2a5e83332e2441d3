import type { CriterionResult, GradeResult } from '../model/grade-result';

/**
 * How much of each result to give (`qgrade grade --detail`, a grader pool's
 * `gradeMany(records, { detail })`): `full` the whole `GradeResult`;
 * `failing` the result without the criteria that passed or do not apply
 * (failed and missing ones stay); `grade` only the row, kept columns,
 * grade, label and, for a record not graded, the reason.
 *
 * @example
 * const detail: ResultDetail = 'grade';
 */
export type ResultDetail = 'full' | 'failing' | 'grade';

/** How much of each result `grade -f json|ndjson` writes, and a grader pool's `gradeMany` gives. */
export const RESULT_DETAILS = ['full', 'failing', 'grade'] as const satisfies readonly ResultDetail[];

/**
 * `grade --detail grade`: what a row says when only its grade is wanted.
 *
 * @example
 * { row: 7, grade: '2', label: { zh: '2级', en: 'Grade 2' } }
 */
export interface GradeOnlyResult {
  /** The record's row in the input (the CLI's output; a pool's `gradeMany` gives none, as for full results). */
  row?: number;
  /** The kept columns (`--keep`), as in a full result. */
  kept?: Record<string, string>;
  /** The grade reached, or `null` when the record is not graded. */
  grade: string | null;
  /** The grade's label, or `null` when not graded. */
  label: GradeResult['label'];
  /** Why the record is not graded (out of scope, below the lowest grade, invalid); absent when graded. */
  notGradedReason?: GradeResult['notGradedReason'];
}

/**
 * The part of a result a detail level keeps, with its fields in the order a
 * full result has them (so `full` and the others agree on field order).
 *
 * @example
 * resultAtDetail(result, 'failing').criteria.every((c) => c.passed !== true); // true
 */
export function resultAtDetail(result: GradeResult, detail: ResultDetail): GradeResult | GradeOnlyResult {
  if (detail === 'full') return result;
  if (detail === 'failing') return { ...result, criteria: failingCriteria(result.criteria) };
  // Built in a full result's field order: row and kept first.
  const brief = {} as GradeOnlyResult;
  if (result.row !== undefined) brief.row = result.row;
  if (result.kept !== undefined) brief.kept = result.kept;
  brief.grade = result.grade;
  brief.label = result.label;
  if (result.notGradedReason !== undefined) brief.notGradedReason = result.notGradedReason;
  return brief;
}

// A requirement not checked for want of a table row stays, as explainFailing keeps it (the summary counts it).
function failingCriteria(criteria: CriterionResult[]): CriterionResult[] {
  const kept: CriterionResult[] = [];
  for (const c of criteria)
    if (c.status === 'failed' || c.status === 'missing' || c.notChecked !== undefined) kept.push(c);
  return kept;
}
