import type { GradeResult } from '../model/grade-result';
import { keptValue } from '../model/kept-values';
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
  // Built by concatenation, not arrays joined: this runs once per row of a large file.
  let line = result.row === undefined ? '' : String(result.row);
  for (const column of kept) line += `,${csvCell(keptValue(result.kept, column) ?? '')}`;
  line += `,${csvCell(result.grade ?? '')},${csvCell(result.label?.[lang] ?? '')},${result.conforming}`;
  const next = result.nextGrade;
  let blockers = '';
  if (next)
    for (let i = 0; i < next.blockers.length; i++)
      blockers += i === 0 ? next.blockers[i]!.id : `;${next.blockers[i]!.id}`;
  line += `,${csvCell(next?.grade ?? '')},${csvCell(blockers)},${csvCell(result.notGradedReason?.code ?? '')}`;
  let failing = '';
  for (const c of result.criteria) if (c.passed === false) failing += failing === '' ? c.id : `;${c.id}`;
  const invalid = result.errors
    ? [...new Set(result.errors.map((e) => e.field || '(record)'))].join(';')
    : '';
  return `${line},${csvCell(failing)},${csvCell(invalid)},${csvCell(holdsDown(result, lang, ids))}`;
}

/** A CSV cell, quoted when it holds a comma, a quote, a line break or surrounding spaces. */
export function csvCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  // A loop, not a regular expression: several cells of every row of a large file go through here.
  let quoted = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1));
  for (let i = 0; !quoted && i < n; i++) {
    const c = text.charCodeAt(i);
    quoted = c === 34 || c === 44 || c === 10 || c === 13; // " , \n \r
  }
  return quoted ? `"${text.replace(/"/g, '""')}"` : text;
}

/** White space as a regular expression's `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}
