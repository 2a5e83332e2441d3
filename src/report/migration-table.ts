import { matrixOrder } from '../compare/migration-matrix';
import { displayWidth, pad } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';
import { countText } from '../text/number-text';
import { compareGradeText } from './compare-summary';

type Ladder = readonly { id: string; label?: LocalizedText }[];

/**
 * A migration matrix as aligned text lines: grade under A down, grade under
 * B across, highest grade first, by grade label, then "not graded" and
 * "invalid" when the matrix has it (see `matrixWithInvalid`); a grade
 * the matrix holds that A's ladder does not list goes before "not graded".
 */
export function migrationTableLines(
  matrix: Record<string, Record<string, number>>,
  a: Ladder,
  b: Ladder,
  lang: Language,
): string[] {
  const { rows: rowsKeys, columns: colKeys } = matrixOrder(matrix, { grades: a }, { grades: b });
  const table = [
    ['A ↓  B →', ...colKeys.map((k) => compareGradeText(k, b, lang))],
    ...rowsKeys.map((from) => [
      compareGradeText(from, a, lang),
      ...colKeys.map((to) => countText(matrix[from]?.[to] ?? 0)),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]!))));
  return table.map((r) =>
    r
      .map((c, i) => (i === 0 ? pad(c, widths[i]!) : ' '.repeat(widths[i]! - displayWidth(c)) + c))
      .join('  ')
      .trimEnd(),
  );
}
