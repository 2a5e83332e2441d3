import { type LocalizedText, localized } from '../text/localized-text';

// The headings of a results sheet qgrade writes (report/xlsx's workbook texts, and the same in its CSV): a sheet
// with both is qgrade's output, not an input. Written here too: input does not import from report.
const GRADED_HEADINGS = [
  ['不分级原因', '制约要求'],
  ['Not graded because', 'Held down by'],
] as const;

/**
 * Why two columns of a sheet give one field when the sheet is a results sheet
 * qgrade wrote (`grade -f xlsx`) being read back as input (newcomer-29 F5): the
 * dimension score columns are headed with the dimensions' labels, and a
 * one-item dimension's label is often its indicator's, which a kept input
 * column heads too. Said so, with what to do; `undefined` for any other sheet.
 *
 * @param headers - the header's cells, trimmed
 * @param later - the 0-based column of the second of the two
 * @example
 * gradedOutputClash(['企业名称', '质量', '序号', '等级', '不分级原因', '制约要求', '总分', '质量'], 7)?.zh
 * // '这张表是 qgrade 写出的分级结果（有“不分级原因”“制约要求”列）：…'
 */
export function gradedOutputClash(headers: readonly string[], later: number): LocalizedText | undefined {
  const found = GRADED_HEADINGS.find((pair) => pair.every((h) => headers.includes(h)));
  if (!found) return undefined;
  const start = headers.indexOf(found[0]);
  if (later < start) return undefined;
  const [a, b] = found;
  // The columns qgrade writes start at its record number, three before: 序号, 等级, 名称, 不分级原因 ….
  const first = Math.max(0, start - 3);
  const from = headers[first] ?? a;
  return localized(
    `这张表是 qgrade 写出的分级结果（有“${a}”“${b}”列）：第 ${later + 1} 列是它写出的得分，与同名的输入列读回时无法区分。` +
      `结果表不是输入表：请用原来的输入文件重新分级；若一定要读这张表，请先删去 qgrade 写出的列（第 ${first + 1} 列“${from}”起的各列）`,
    `this sheet is graded output qgrade wrote (it has the columns "${a}" and "${b}"): column ${later + 1} is a score it wrote, ` +
      `which cannot be told apart from the input column of the same name when read back. Graded output is not input: ` +
      `grade the original input file again; to read this sheet anyway, first delete the columns qgrade wrote (column ${first + 1}, "${from}", and those after it)`,
  );
}
