import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { convertCell, trimCell } from './convert-value';
import { headingSpans } from './heading-spans';
import { isKnownUnit } from './units';

/**
 * The check of the columns with an empty header after the heading of an indicator that takes one value (not
 * specimens): `全年能源消耗效率 APF,` over `5.10,4.62`, `重量偏差,,` over `-2.3,-7.1`, `安定性,` over `合格,不合格`. The
 * first column was graded and the other dropped without a word (hostile-31 W2); which of them is the value to
 * grade (a nominal and a measured figure, two results) is not guessed. A cell there that reads as a value of the
 * indicator stops the reading; columns empty in every row (a trailing comma) stay harmless, a unit (`W`, `Btu/h`)
 * is left to `unitBesideCheck`, and other text (`移动式`) to the check of cells under an empty header. Indicators that take specimens are read as specimens before this (`specimenSpans`).
 * `undefined` when no such column (the usual table: no cost per row).
 *
 * @param headers - the header's cells, trimmed
 * @param columns - the indicator each column gives
 * @param name - the input's name, as messages open
 * @returns a function to call with each row's cell text by column and the row's place in messages
 * @example
 * const check = oneValueSpanCheck(['型号', '全年能源消耗效率 APF', ''], [undefined, apf, undefined], 'ac.csv');
 * check?.((col) => row[col], localized('第 2 行', 'line 2')); // throws for `4.62` in column 3
 */
export function oneValueSpanCheck(
  headers: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
  name: string,
): ((cell: (column: number) => unknown, where: LocalizedText) => void) | undefined {
  const extra: { column: number; from: number; indicator: IndicatorInfo }[] = [];
  for (const { from, to } of headingSpans(headers, headers.length)) {
    const indicator = columns[from];
    if (!indicator || (indicator.specimens ?? 0) > 0) continue;
    for (let column = from + 1; column <= to; column++)
      if (columns[column] === undefined) extra.push({ column, from, indicator });
  }
  if (extra.length === 0) return undefined;
  return (cell, where) => {
    for (const { column, from, indicator } of extra) {
      const value = cell(column);
      const text = typeof value === 'string' ? trimCell(value) : '';
      // Only a value of the indicator itself (a number, 不合格): another text (`移动式`, `复检`) is looked at by
      // value as any cell under an empty header is (unread-value-columns), a unit by unitBesideCheck.
      if (text === '' || isKnownUnit(text)) continue;
      const read = convertCell(text, indicator);
      if (read === undefined || read.error) continue;
      throw oneValueError(name, where, headers[from]!, from, column, text, indicator);
    }
  };
}

function oneValueError(
  name: string,
  where: LocalizedText,
  heading: string,
  from: number,
  column: number,
  text: string,
  indicator: IndicatorInfo,
): UsageError {
  const head = `${column + 1}`;
  const shown = cutShort(text, 40);
  return new UsageError(
    localized(
      `${name}：${where.zh}第 ${head} 列表头为空，位于“${heading}”（第 ${from + 1} 列）之后，却有值“${shown}”；${indicator.name}（${indicator.label.zh}）只取一个值，两列中哪一列是要分级的（如实测值）无法确定：请给第 ${head} 列写上表头，说明它是什么；若它是要分级的值，用 --map '<该列表头>=${indicator.name}' 指定它，并给第 ${from + 1} 列另起一个名字（如“标称值”）；不用的列可以删除`,
      `${name}: ${where.en}, column ${head} has an empty header after "${heading}" (column ${from + 1}) and holds "${shown}"; ${indicator.name} (${indicator.label.en}) takes one value, so which of the two columns is the one to grade (the measured figure, say) would be a guess: give column ${head} a header saying what it holds; if it is the value to grade, name it with --map '<its header>=${indicator.name}' and give column ${from + 1} another name (such as "nominal"); a column not used can be deleted`,
    ),
  );
}
