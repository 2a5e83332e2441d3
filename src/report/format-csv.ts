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
  return [RESULT_CSV_COLUMNS[0], ...kept, ...RESULT_CSV_COLUMNS.slice(1)].map(csvTextCell).join(',');
}

/**
 * One result as a CSV line (RFC 4180, no line break at the end): the grade
 * and its label in `lang`, the next grade and its blockers, why it is not
 * graded, the ids of every failing requirement (`;`-separated), the invalid
 * fields (`(record)` for a row that cannot be read), and a one-line
 * explanation (what holds the record down, or what is wrong with it).
 * Text cells go through {@link csvTextCell}, so a spreadsheet never reads
 * one as a formula; `row` and `conforming` are written as they are.
 */
export function resultCsvRow(
  result: GradeResult,
  lang: Language,
  kept: readonly string[] = [],
  ids = false,
): string {
  // Built by concatenation, not arrays joined: this runs once per row of a large file.
  let line = result.row === undefined ? '' : String(result.row);
  for (const column of kept) line += `,${csvTextCell(keptValue(result.kept, column) ?? '')}`;
  line += `,${csvTextCell(result.grade ?? '')},${csvTextCell(result.label?.[lang] ?? '')},${result.conforming}`;
  const next = result.nextGrade;
  let blockers = '';
  if (next)
    for (let i = 0; i < next.blockers.length; i++)
      blockers += i === 0 ? next.blockers[i]!.id : `;${next.blockers[i]!.id}`;
  line += `,${csvTextCell(next?.grade ?? '')},${csvTextCell(blockers)},${csvTextCell(result.notGradedReason?.code ?? '')}`;
  let failing = '';
  for (const c of result.criteria) if (c.passed === false) failing += failing === '' ? c.id : `;${c.id}`;
  const invalid = result.errors
    ? [...new Set(result.errors.map((e) => e.field || '(record)'))].join(';')
    : '';
  return `${line},${csvTextCell(failing)},${csvTextCell(invalid)},${csvTextCell(holdsDown(result, lang, ids))}`;
}

/**
 * A CSV cell holding text (an id, a label, a message), never a number: text
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'`, as OWASP advises against CSV injection, so Excel and WPS show
 * it as text instead of running it as a formula. Then quoted as
 * {@link csvCell} quotes. `-3` kept as an id is text too and gets the `'`.
 *
 * @example
 * csvTextCell('=HYPERLINK("http://x")') // `"'=HYPERLINK(""http://x"")"`
 * csvTextCell('KFR-35GW') // `KFR-35GW`
 */
export function csvTextCell(text: string): string {
  const c = text.charCodeAt(0);
  // = + - @ tab CR
  return csvCell(c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? `'${text}` : text);
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
