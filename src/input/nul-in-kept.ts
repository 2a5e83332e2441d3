import { codePointText } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import type { RowPlace } from './input-item';

/**
 * Why a record's kept value (its sample id, a `--keep` column) cannot be written as the file gives it: it holds
 * U+0000 (NUL), which no text cell holds — a damaged file, or bytes of another encoding — and which CSV output
 * wrote as U+FFFD without a word (hostile-37 M4). Its row becomes an error row, naming the row and the column;
 * a NUL under an indicator is that field's error already.
 *
 * @param place - where the record is in its file (a CSV/TSV or NDJSON line, a sheet row), when the reader knows it
 * @param row - the record's position, for a reader that gives no place
 * @example
 * nulInKept({ sampleId: 'S3\u0000' }, { line: 4 }, 3)?.en;
 * // 'line 4, column "sampleId" holds the character U+0000 (NUL), which no text holds: the file may be damaged or …'
 */
export function nulInKept(
  kept: Readonly<Record<string, string>>,
  place: RowPlace | undefined,
  row: number,
): LocalizedText | undefined {
  const column = Object.keys(kept).find((c) => kept[c]!.includes('\u0000'));
  if (column === undefined) return undefined;
  // A JSON record has fields, not columns, and no line once parsed.
  const where =
    place === undefined
      ? localized(`第 ${row} 条记录的字段“${column}”`, `record ${row}, field "${column}"`)
      : 'line' in place
        ? localized(`第 ${place.line} 行“${column}”列`, `line ${place.line}, column "${column}"`)
        : localized(
            `工作表第 ${place.sheetRow} 行“${column}”列`,
            `sheet row ${place.sheetRow}, column "${column}"`,
          );
  const nul = codePointText('\u0000');
  return localized(
    `${where.zh}含字符 ${nul}（NUL），文本中不会有它：文件可能已损坏或不是该编码的文本；请去掉它再评定`,
    `${where.en} holds the character ${nul} (NUL), which no text holds: the file may be damaged or not text in its encoding; remove it and grade again`,
  );
}
