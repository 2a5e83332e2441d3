import { type LocalizedText, localized } from '../text/localized-text';
import type { InputItem } from './input-item';
import { keepOption, type OptionNaming } from './option-naming';

/** A sheet's own 序号 column that is not the records' numbers: the first record whose 序号 differs. */
export interface OwnSequence {
  column: string;
  /** The first record whose cell differs from its number: that number and the cell. */
  row: number;
  value: string;
}

/**
 * The sheet's own sequence column (`序号`, as `isSequence` tells), not kept, whose numbers are not the
 * records' (101, 102 … where qgrade counts 1, 2 …), among the rows looked at; none when it numbers them
 * as qgrade does. A table, a summary and a report name each record by its number under the heading 序号
 * (newcomer-29 M1): a reader looks up 序号 7 in a sheet whose 序号 7 is another enterprise, or none.
 *
 * @example
 * ownSequence(['序号', '企业名称'], items, '企业名称', (c) => c === '序号', text)
 * // { column: '序号', row: 1, value: '101' }
 */
export function ownSequence(
  seen: readonly string[],
  looked: readonly InputItem[],
  kept: string | undefined,
  isSequence: (column: string) => boolean,
  valueText: (record: unknown, column: string) => string | undefined,
): OwnSequence | undefined {
  const column = seen.find((c) => c !== kept && isSequence(c));
  if (column === undefined) return undefined;
  for (const item of looked) {
    if (!('record' in item) || item.notesOnly) continue;
    const value = valueText(item.record, column);
    if (value !== undefined && /^\d+$/u.test(value) && Number(value) !== item.row)
      return { column, row: item.row, value };
  }
  return undefined;
}

/**
 * The notice for {@link ownSequence}: the sheet's numbers are not the results' 序号, with the first that
 * differs, and the option that lists the sheet's own beside the id kept.
 *
 * @example
 * ownSequenceNotice({ column: '序号', row: 1, value: '101' }, '企业名称').zh
 * // '表中“序号”列的编号不是结果中的序号：表中序号 101 的是第 1 条记录。…'
 */
export function ownSequenceNotice(
  own: OwnSequence,
  kept: string | undefined,
  naming?: OptionNaming,
): LocalizedText {
  const said = localized(
    `表中“${own.column}”列的编号不是结果中的序号：表中${own.column} ${own.value} 的是第 ${own.row} 条记录。` +
      `结果、汇总和报告中的“序号”是按输入顺序数的第几条记录（从 1 起）`,
    `the sheet's column "${own.column}" does not number the records as the results do: its ${own.value} is record ${own.row}. ` +
      `The results, summary and report number records in input order from 1 ("row")`,
  );
  // The studio has no option to keep a column (committee-37 M4: it was told to add --keep 序号): the fact alone.
  if (naming === 'studio') return localized(`${said.zh}。`, `${said.en}.`);
  const keep = [own.column, ...(kept === undefined ? [] : [kept])]
    .map((c) => keepOption(naming, c))
    .join(' ');
  return localized(
    `${said.zh}；要同时列出表中的编号，请加上 ${keep}`,
    `${said.en}; to list the sheet's own numbers too, add ${keep}`,
  );
}
