import { matrixOrder } from '../compare/migration-matrix';
import { displayWidth, pad } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';
import { countText } from '../text/number-text';
import { compareGradeText } from './compare-summary';
import { DISTRIBUTION_TEXT } from './grade-distribution-table';

type Ladder = readonly { id: string; label?: LocalizedText }[];

/**
 * A migration matrix as aligned text lines: grade under A down, grade under
 * B across, highest grade first, by grade label, then "not graded" and
 * "invalid" when the matrix has it (see `matrixWithInvalid`); a grade
 * the matrix holds that A's ladder does not list goes before "not graded".
 * A last column and row give the totals: records per grade under A and under B.
 */
export function migrationTableLines(
  matrix: Record<string, Record<string, number>>,
  a: Ladder,
  b: Ladder,
  lang: Language,
): string[] {
  const table = migrationTableCells(matrix, a, b, lang);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]!))));
  return table.map((r) =>
    r
      .map((c, i) => (i === 0 ? pad(c, widths[i]!) : ' '.repeat(widths[i]! - displayWidth(c)) + c))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * The cells of {@link migrationTableLines}, heading row first, for a format that lays them out itself (Markdown).
 *
 * @example
 * migrationTableCells(shownMatrix(comparison), a.grades, b.grades, 'en')[0]![0]; // 'A ↓  B →'
 */
export function migrationTableCells(
  matrix: Record<string, Record<string, number>>,
  a: Ladder,
  b: Ladder,
  lang: Language,
): string[][] {
  const { rows: rowsKeys, columns: colKeys } = matrixOrder(matrix, { grades: a }, { grades: b });
  const cell = (from: string, to: string) => matrix[from]?.[to] ?? 0;
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  // Row totals are the records per grade under A, column totals under B (committee-27 F1).
  const total = DISTRIBUTION_TEXT.total[lang];
  return [
    ['A ↓  B →', ...colKeys.map((k) => compareGradeText(k, b, lang)), total],
    ...rowsKeys.map((from) => [
      compareGradeText(from, a, lang),
      ...colKeys.map((to) => countText(cell(from, to))),
      countText(sum(colKeys.map((to) => cell(from, to)))),
    ]),
    [
      total,
      ...colKeys.map((to) => countText(sum(rowsKeys.map((from) => cell(from, to))))),
      countText(sum(rowsKeys.flatMap((from) => colKeys.map((to) => cell(from, to))))),
    ],
  ];
}
