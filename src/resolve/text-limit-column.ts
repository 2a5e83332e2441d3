import type { TableModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { quotedNumberAdvice } from '../text/quoted-number';
import { safeLine } from '../text/safe-text';
import { cellNumber } from './resolve-tables';

/**
 * A number's limit taken from a table column whose cells are all text (`≥ limits.min` where each cell is `abc`, or
 * `"7"`): the column, its first cell and line, and what to write there. It was told "a number in quotes ("5.00") is
 * text", quoting neither the column nor a cell the file holds (hostile-45). `undefined` when no cell is text.
 *
 * @param name - the indicator compared
 * @example
 * // '"x" is a number, but column "min" of table "limits" holds text: line 20 has "abc"; a limit cell holds the number alone, e.g. 5.00'
 * textLimitColumn('x', limits, 'min')?.en;
 */
export function textLimitColumn(name: string, table: TableModel, column: string): LocalizedText | undefined {
  for (const row of table.rows) {
    const value = row.cells.get(column)?.value;
    if (typeof value !== 'string') continue;
    const shown = safeLine(cutShort(value));
    const line = row.location.line;
    const unquote = quotedNumberAdvice(value, undefined);
    const why = unquote
      ? localized(
          `第 ${line} 行的“${shown}”${unquote.zh}`,
          `line ${line} has "${shown}", which ${unquote.en}`,
        )
      : localized(
          `第 ${line} 行是“${shown}”；限值单元格只写数值${cellNumber(value).zh}`,
          `line ${line} has "${shown}"; a limit cell holds the number alone${cellNumber(value).en}`,
        );
    return localized(
      `“${name}”是数值，但表“${table.name}”的列“${column}”是文本：${why.zh}`,
      `"${name}" is a number, but column "${column}" of table "${table.name}" holds text: ${why.en}`,
    );
  }
  return undefined;
}
