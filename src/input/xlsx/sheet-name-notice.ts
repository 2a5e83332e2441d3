import { type LocalizedText, localized } from '../../text/localized-text';
import type { OptionNaming } from '../option-naming';
import type { WorkbookSheet } from './open-workbook';

/**
 * The notice for a whole number `--sheet` (`sheet` for the library) that names a sheet which is not the tab at
 * that position: a name wins (documented, and kept), but Chinese workbooks name their tabs 1, 2, 3 (months,
 * batches), and `--sheet 1` read the third tab named "1" without a word when tab 1 was meant (hostile-39 M1).
 * `undefined` when the value is no whole number, the sheet read is that tab, or there is no tab at that position.
 *
 * @param name - the workbook, for the message
 * @param sheets - the workbook's sheets, in tab order (hidden ones too: positions count the visible tabs)
 * @param wanted - the value as given
 * @param read - the sheet chosen for it
 * @example
 * sheetNameNotice('a.xlsx', sheets, '1', sheets[3], 'cli')?.en
 * // 'a.xlsx: --sheet 1 is the sheet named "1" (tab 3); tab 1 is "2": a name wins over a position, so to read tab 1 give its name'
 */
export function sheetNameNotice(
  name: string,
  sheets: readonly WorkbookSheet[],
  wanted: string,
  read: WorkbookSheet,
  naming: OptionNaming | undefined,
): LocalizedText | undefined {
  const w = wanted.trim();
  if (!/^\d+$/.test(w)) return undefined;
  const visible = sheets.filter((s) => !s.hidden);
  const n = Number(w);
  const tab = visible[n - 1];
  if (!tab || tab === read) return undefined;
  const option = naming === 'api' ? `options.sheet "${wanted}"` : `--sheet ${wanted}`;
  const at = visible.indexOf(read) + 1;
  const where = read.hidden ? localized('隐藏', 'hidden') : localized(`第 ${at} 个标签`, `tab ${at}`);
  return localized(
    `${name}：${option} 读取的是名为“${read.name}”的工作表（${where.zh}）；第 ${n} 个标签是“${tab.name}”：名称优先于位置，要读取第 ${n} 个标签请给出其名称`,
    `${name}: ${option} is the sheet named "${read.name}" (${where.en}); tab ${n} is "${tab.name}": a name wins over a position, so to read tab ${n} give its name`,
  );
}
