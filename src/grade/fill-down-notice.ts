import type { BlankBelowValues } from '../input/blank-below-values';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';

/**
 * What `--tally-by` and `--group-by` say once (stderr, and the HTML report
 * that has the tally) when their column is blank below a value in many rows
 * ({@link BlankBelowValues.looksFilledDown}): merged cells saved to CSV, or
 * names written once per block, put most records under "(no value)". The
 * records' grades are not touched (with `--group-by`, the groups' are); the user fills the names down and runs again.
 * Rows that could not be read at all are not blank cells: they are left out of that test and said apart. A
 * workbook's merged cells are read on every row they cover, so a merged
 * block of an .xlsx never gets here; a block whose cells only look merged does.
 *
 * @param option - `--tally-by` or `--group-by`
 * @param column - the column as given
 * @returns `undefined` when the column does not look so
 * @example
 * const notice = fillDownNotice('--tally-by', '生产企业', watch);
 * if (notice) ctx.err(notice[ctx.lang]);
 */
export function fillDownNotice(
  option: '--tally-by' | '--group-by',
  column: string,
  watch: BlankBelowValues,
): LocalizedText | undefined {
  const name = safeLine(column);
  const unread = unreadRowsText(option, name, watch.unread);
  if (!watch.looksFilledDown())
    return unread && localized(`${option} ${name}：${unread.zh}`, `${option} ${name}: ${unread.en}`);
  const n = countText(watch.blanks);
  const tally = option === '--tally-by';
  const group = tally ? '“（无值）”' : '无值的一组，作为一组评级';
  const groupEn = tally ? '"(no value)"' : 'the group with no value, graded as one group';
  const after = tally ? '各记录的等级不受影响' : '否则各组的等级按错误的分组给出';
  const afterEn = tally
    ? "each record's grade is not affected"
    : 'until then the groups are graded as wrongly grouped';
  return localized(
    `${option} ${name}：有 ${n} 条记录的“${name}”为空，而其上方的行有值，这些记录都计入${group}。该列似乎是合并单元格另存为 CSV 后只在首行留值，或名称只在每组首行填写：请先向下填充（WPS/Excel：选中该列，定位→空值，输入 =上一格 后按 Ctrl+Enter），再评级；${after}${unread ? `。另外，${unread.zh}` : ''}`,
    `${option} ${name}: ${n} record${watch.blanks === 1 ? ' has' : 's have'} no "${name}" although the row above has one, so they count under ${groupEn}. The column looks like merged cells saved to CSV (the value kept in the first row only) or names written once per block: fill the names down (Excel/WPS: select the column, Go To Special → Blanks, type = and the cell above, Ctrl+Enter) before grading; ${afterEn}${unread ? `. Besides, ${unread.en}` : ''}`,
  );
}

/**
 * Rows none of whose cells could be read (an unclosed quote), said apart from blank cells: they are the
 * input's fault, not merged cells, and each is an invalid record whose error says why (hostile-39 M2).
 */
function unreadRowsText(
  option: '--tally-by' | '--group-by',
  name: string,
  count: number,
): LocalizedText | undefined {
  if (count === 0) return undefined;
  const n = countText(count);
  const one = count === 1;
  const where = option === '--tally-by' ? '“（无值）”' : '无值的一组';
  const whereEn = option === '--tally-by' ? '"(no value)"' : 'the group with no value';
  return localized(
    `有 ${n} 行无法读取（如引号括起的单元格没有结束引号），读不出“${name}”，计入${where}；${one ? '该行' : '这些行'}是无效记录，原因随记录给出`,
    `${n} row${one ? '' : 's'} could not be read (a quoted cell never closed, say), so ${one ? 'it has' : 'they have'} no "${name}" and count${one ? 's' : ''} under ${whereEn}; ${one ? 'it is an invalid record' : 'each is an invalid record'}, with its reason`,
  );
}
