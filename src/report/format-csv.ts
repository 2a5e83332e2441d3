import type { GradeResult } from '../model/grade-result';
import type { Language } from '../text/localized-text';
import { holdsDown } from './summarize-result';

/** The columns of {@link resultCsvRow}, named as the fields of `GradeResult` where they are one. */
export const RESULT_CSV_COLUMNS = [
  'row',
  'grade',
  'label',
  'conforming',
  'nextGrade',
  'blockers',
  'notGradedReason',
  'failing',
  'invalidFields',
  'explanation',
] as const;

/** The header line of {@link resultCsvRow}: `row`, the kept columns, then {@link RESULT_CSV_COLUMNS}. */
export function resultCsvHeader(kept: readonly string[] = []): string {
  return [RESULT_CSV_COLUMNS[0], ...kept, ...RESULT_CSV_COLUMNS.slice(1)].map(csvCell).join(',');
}

/**
 * One result as a CSV line (RFC 4180, no line break at the end): the grade
 * and its label in `lang`, the next grade and its blockers, why it is not
 * graded, the ids of every failing requirement (`;`-separated), the invalid
 * fields (`(record)` for a row that cannot be read), and a one-line
 * explanation (what holds the record down, or what is wrong with it).
 */
export function resultCsvRow(
  result: GradeResult,
  lang: Language,
  kept: readonly string[] = [],
  ids = false,
): string {
  return [
    result.row === undefined ? '' : String(result.row),
    ...kept.map((column) => result.kept?.[column] ?? ''),
    result.grade ?? '',
    result.label?.[lang] ?? '',
    String(result.conforming),
    result.nextGrade?.grade ?? '',
    result.nextGrade?.blockers.map((b) => b.id).join(';') ?? '',
    result.notGradedReason?.code ?? '',
    result.criteria
      .filter((c) => c.passed === false)
      .map((c) => c.id)
      .join(';'),
    [...new Set((result.errors ?? []).map((e) => e.field || '(record)'))].join(';'),
    holdsDown(result, lang, ids),
  ]
    .map(csvCell)
    .join(',');
}

/** A CSV cell, quoted when it holds a comma, a quote, a line break or surrounding spaces. */
export function csvCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
