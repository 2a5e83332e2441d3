import type { DocumentPath, DocumentSource } from '../load/source-document';
import { commaNumberFix } from '../text/comma-number';
import { type LocalizedText, localized } from '../text/localized-text';

/** Cells of a table row that one number written with a comma became: `1,70` in `[…, 1,70, …]`. */
export interface CommaSplitCells {
  /** The first of those cells, where the message goes. */
  index: number;
  /** The message: how YAML read the number, and what to write. */
  text: LocalizedText;
}

const FIRST = /^[+-]?\d+$/;
const DIGITS = /^\d+$/;

/**
 * A row in brackets with cells too many because numbers were written
 * with a comma and no space: YAML reads `[…, 1,70, 0.8]` as the cells 1 and 70,
 * since a comma separates the items in `[ ]`. Each such number is told at its
 * first cell, with what to write: `1,70` has a decimal comma (write 1.70);
 * `1,700` has a decimal comma or a thousands separator (write 1.700 or 1700);
 * `1,234,567` has thousands separators (write 1234567). Returns `undefined`
 * unless the numbers found account for exactly the cells too many, so a row
 * written `[A,1,2,3]` with one cell too many is told as a row of the wrong
 * length, not guessed at.
 *
 * @param row - the row's cells as YAML read them
 * @param columns - how many columns the table has
 * @param rowName - the row as the message names it: `第 1 行` / `row 1`
 * @example
 * // rows: - ["≤ 4500", 5,00, 4.50, 4.00, 3.50, 3.30] under 6 columns:
 * commaSplitCells(source, row, ['tables', 'apf', 'rows', 0], 6, localized('第 1 行', 'row 1'))?.[0]?.text.en
 * // 'row 1: "5,00" is read as the two cells 5 and 00, as a comma separates the cells in [ ] (the row has 7 cells;
 * //  the table has 6 columns): if it is one number with a decimal comma, write 5.00 (a decimal point)'
 */
export function commaSplitCells(
  source: Pick<DocumentSource, 'literal' | 'followsBareComma'>,
  row: readonly unknown[],
  path: DocumentPath,
  columns: number,
  rowName: LocalizedText,
): CommaSplitCells[] | undefined {
  const extra = row.length - columns;
  if (extra < 1) return undefined;
  // Runs of whole numbers joined by a comma with no space: [first, last] cell indexes.
  const runs: { first: number; digits: string[] }[] = [];
  for (let i = 1; i < row.length; i++) {
    if (!source.followsBareComma([...path, i])) continue;
    const before = typeof row[i - 1] === 'number' ? source.literal([...path, i - 1]) : undefined;
    const after = typeof row[i] === 'number' ? source.literal([...path, i]) : undefined;
    if (before === undefined || after === undefined || !DIGITS.test(after)) continue;
    const last = runs.at(-1);
    if (last && last.first + last.digits.length === i) last.digits.push(after);
    else if (FIRST.test(before)) runs.push({ first: i - 1, digits: [before, after] });
  }
  const found = runs.reduce((n, r) => n + r.digits.length - 1, 0);
  // More numbers split than cells too many (`["> 0", 0,85, 0,90]` under 4 columns, hostile-29 M2): told only where
  // the row also separates cells by ", " (so a bare comma is inside a number) and each run is one decimal comma
  // (`0,85`); the row is then a cell short as well, which is said. `[A,1,2,3]` stays a row of the wrong length.
  const short = found > extra;
  if (
    found < extra ||
    (short && !(spacedSeparator(source, row, path) && runs.every((r) => r.digits.length === 2)))
  )
    return undefined;
  const cells = row.length - found;
  const out: CommaSplitCells[] = [];
  for (const run of runs) {
    const text = splitText(run.digits, rowName, { cells: row.length, columns });
    if (!text) return undefined;
    out.push({ index: run.first, text });
  }
  if (short) {
    const last = out.at(-1)!;
    last.text = localized(
      `${last.text.zh}；这样改正后该行有 ${cells} 个单元格，表有 ${columns} 列：还缺 ${columns - cells} 个`,
      `${last.text.en}; so corrected, the row has ${cells} ${cells === 1 ? 'cell' : 'cells'} and the table ${columns} columns: ${columns - cells} missing`,
    );
  }
  return out;
}

/** Whether some cell of the row after the first follows a comma with a space (`, `): the row's own separator. */
function spacedSeparator(
  source: Pick<DocumentSource, 'followsBareComma'>,
  row: readonly unknown[],
  path: DocumentPath,
): boolean {
  for (let i = 1; i < row.length; i++) if (!source.followsBareComma([...path, i])) return true;
  return false;
}

/** What a number split at its commas is told: how it was read, and the number to write for each reading it may have. */
function splitText(
  digits: readonly string[],
  rowName: LocalizedText,
  counts: { cells: number; columns: number },
): LocalizedText | undefined {
  const fix = commaNumberFix(digits);
  if (fix === undefined) return undefined;
  const written = digits.join(',');
  const cells = digits.length;
  const numbers = ['', '', '两', '三'];
  const shown = localized(digits.join('、'), `${digits.slice(0, -1).join(', ')} and ${digits.at(-1)}`);
  return localized(
    `${rowName.zh}：方括号 [ ] 中的逗号分隔单元格，“${written}”被读作 ${shown.zh} ${numbers[cells] || `${cells} `}个单元格（该行有 ${counts.cells} 个单元格，表有 ${counts.columns} 列）；${fix.zh}`,
    `${rowName.en}: "${written}" is read as the ${cells === 2 ? 'two' : cells} cells ${shown.en}, as a comma separates the cells in [ ] (the row has ${counts.cells} cells; the table has ${counts.columns} columns): ${fix.en}`,
  );
}
