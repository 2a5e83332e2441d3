import type { IndicatorInfo } from '../../resolve/rule-set';
import { type LocalizedText, localized } from '../../text/localized-text';
import { shellWord } from '../../text/shell-word';
import type { ColumnMapping } from '../column-mapping';
import { indicatorsNamed } from '../header-coverage';
import type { Workbook, WorkbookSheet } from './open-workbook';
import { parseSheet } from './parse-sheet';
import { cellText, hasValue } from './xlsx-cell';

/** Rows that are not blank looked at in each other sheet, as many as the reader looks at for a header. */
const ROWS = 10;

/**
 * The sheet {@link otherSheetHint} names, and what to say.
 *
 * @example
 * const other = otherSheetHint(workbook, chosen, 0, mapping, indicators, 100_000);
 * if (other?.withRows) throw new UsageError(other.text);
 */
export interface OtherSheet {
  /** The hint: the sheet read, the sheet named, and the `--sheet` to add. */
  text: LocalizedText;
  /** The sheet named has rows under the header that gives indicators: data, not another template. */
  withRows: boolean;
}

/**
 * A hint for a workbook whose first sheet is not the data (a notes or cover
 * sheet before it): when another worksheet has a row, among its first ten
 * that are not blank, giving more of the rule set's indicators than the
 * header read, it names that sheet and the `--sheet` to add. Reads the other
 * sheets, so it is called only when the header read falls short
 * ({@link headerFallsShort}) and no `--sheet` was given; a sheet that cannot
 * be read is passed over.
 *
 * Also when the sheet read has a header and no record under it (a template, hostile-30 M4): then another sheet
 * with a header giving any of the indicators and a row under it is named.
 *
 * @param given - how many indicators the header read gives
 * @param limits - the reader's row and cell limits for a sheet (a sheet over them is not named)
 * @param empty - the sheet read has no record: a sheet with data under its header is worth naming
 * @param blank - the sheet read has no cell at all: said so, rather than "no column the rule set reads"
 */
export function otherSheetHint(
  workbook: Workbook,
  chosen: WorkbookSheet,
  given: number,
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  limits: { maxRows: number; maxCells: number },
  empty = false,
  blank = false,
): OtherSheet | undefined {
  let best: { sheet: WorkbookSheet; count: number; under: number } | undefined;
  for (const sheet of workbook.sheets) {
    if (sheet === chosen || !sheet.worksheet) continue;
    let count = 0;
    // Rows with a value under the row giving the most indicators: data, not another template.
    let under = 0;
    try {
      const { rows } = parseSheet(workbook.sheetXml(sheet), workbook, limits.maxRows, limits.maxCells);
      let seen = 0;
      for (const row of rows) {
        if (seen >= ROWS) break;
        if (!row.cells.some(hasValue)) continue;
        seen++;
        const cells = row.cells.map(cellText);
        const named = indicatorsNamed(cells, mapping, indicators).length;
        if (named > count) {
          count = named;
          under = 0;
        } else if (count > 0) under++;
      }
    } catch {
      continue;
    }
    // The sheet read is a template: any sheet whose header gives an indicator and has rows under it.
    if (empty) {
      if (count > 0 && under > 0 && (!best || (best.sheet.hidden && !sheet.hidden)))
        best = { sheet, count, under };
      continue;
    }
    // A visible sheet before a hidden one with as many.
    if (
      count > (best?.count ?? given) ||
      (best && count === best.count && best.sheet.hidden && !sheet.hidden)
    )
      best = { sheet, count, under };
  }
  if (!best) return undefined;
  const visible = workbook.sheets.filter((s) => !s.hidden);
  const which = (s: WorkbookSheet) => {
    const at = visible.indexOf(s) + 1;
    return s.hidden
      ? localized(`隐藏的工作表“${s.name}”`, `the hidden sheet "${s.name}"`)
      : localized(`工作表 ${at}“${s.name}”`, `sheet ${at} "${s.name}"`);
  };
  const [read, other] = [which(chosen), which(best.sheet)];
  const has = empty
    ? localized('有表头，但其下没有记录', 'has a header and no record under it')
    : blank
      ? localized('是空的', 'is empty')
      : given === 0
        ? localized('中没有规则集读取的列', 'has no column the rule set reads')
        : localized(
            `中只有 ${given} 个规则集读取的列`,
            `has only ${given} of the columns the rule set reads`,
          );
  const option = `--sheet ${shellWord(best.sheet.name)}`;
  const text = localized(
    empty
      ? `${workbook.name}：读取的${read.zh}${has.zh}；${other.zh}中有 ${best.count} 个规则集读取的列，其下有数据行：请加上 ${option}`
      : blank
        ? `${workbook.name}：读取的${read.zh}${has.zh}；${other.zh}中有 ${best.count} 个规则集读取的列：请加上 ${option}`
        : `${workbook.name}：读取的${read.zh}${has.zh}；${other.zh}中有 ${best.count} 个：请加上 ${option}`,
    empty
      ? `${workbook.name}: ${read.en} ${has.en}; ${other.en} has ${best.count} of the columns the rule set reads, with rows under them: add ${option}`
      : `${workbook.name}: ${read.en} ${has.en}; ${other.en} has ${best.count}${blank ? ' of the columns the rule set reads' : given === 0 ? ' of them' : ''}: add ${option}`,
  );
  return { text, withRows: best.under > 0 };
}
