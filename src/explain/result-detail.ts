import { UsageError } from '../errors/usage-error';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { resultArgument } from '../model/result-argument';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';

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
 * full result has them (so `full` and the others agree on field order): what
 * `qgrade grade --detail` writes and a grader pool's `gradeMany(records, { detail })`
 * gives, for a result graded on the caller's own thread (`gradeSync`, `gradeSample`).
 * `full` gives the result itself; `failing` a copy without the criteria that passed or
 * do not apply; `grade` a {@link GradeOnlyResult}.
 *
 * @throws {@link QgradeError} (code `usage`) for a `detail` other than `full`, `failing` or `grade`
 * @example
 * const failing = resultAtDetail(grader.gradeSync(record), 'failing');
 * failing.criteria.every((c) => c.passed !== true); // true
 * @example
 * // The same shape as a pool's gradeMany(records, { detail: 'grade' }) gives, from one thread.
 * const { grade, label } = resultAtDetail(grader.gradeSync(record), 'grade');
 */
export function resultAtDetail(result: GradeResult, detail: 'full' | 'failing'): GradeResult;
export function resultAtDetail(result: GradeResult, detail: 'grade'): GradeOnlyResult;
export function resultAtDetail(result: GradeResult, detail: ResultDetail): GradeResult | GradeOnlyResult;
export function resultAtDetail(result: GradeResult, detail: ResultDetail): GradeResult | GradeOnlyResult {
  if (detail === 'full') return result;
  if (detail === 'failing') {
    resultArgument(result, 'resultAtDetail');
    return { ...result, criteria: failingCriteria(result.criteria) };
  }
  // Checked here, past the two common levels: a row of a batch pays nothing for it.
  if (detail !== 'grade') throw badDetail(detail);
  // A brief result (no criteria) is one too at this level: only what has no fields at all is refused.
  if (result === null || typeof result !== 'object') resultArgument(result, 'resultAtDetail');
  // Built in a full result's field order: row and kept first.
  const brief = {} as GradeOnlyResult;
  if (result.row !== undefined) brief.row = result.row;
  if (result.kept !== undefined) brief.kept = result.kept;
  brief.grade = result.grade;
  brief.label = result.label;
  if (result.notGradedReason !== undefined) brief.notGradedReason = result.notGradedReason;
  return brief;
}

/**
 * The usage error for a `detail` that is none of {@link RESULT_DETAILS} (`resultAtDetail`, a pool's `gradeMany`).
 *
 * @example
 * throw badDetail('short'); // detail must be "full", "failing" or "grade", got "short"
 */
export function badDetail(detail: unknown): UsageError {
  const got = valueShown(detail);
  return new UsageError(
    localized(
      `detail 应为 "full"、"failing" 或 "grade"，收到 ${got.zh}`,
      `detail must be "full", "failing" or "grade", got ${got.en}`,
    ),
  );
}

// A requirement not checked for want of a table row stays, as explainFailing keeps it (the summary counts it).
function failingCriteria(criteria: CriterionResult[]): CriterionResult[] {
  const kept: CriterionResult[] = [];
  for (const c of criteria)
    if (c.status === 'failed' || c.status === 'missing' || c.notChecked !== undefined) kept.push(c);
  return kept;
}
