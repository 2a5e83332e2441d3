import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { indicatorsNamed } from './header-coverage';
import { indicatorHeaders } from './header-unit';

/** A column of a header again that gives another indicator, or another unit, than the first header's. */
export interface OtherHeaderColumn {
  /** 0-based. */
  column: number;
  /** The cell of the header again, trimmed. */
  cell: string;
  /** The first header's cell in that column, trimmed. */
  first: string;
}

/**
 * Hostile-26 W6: whether a line under the header is a header again whose columns differ from the first's
 * (a page 2 with two columns swapped, or `额定制冷量 CC/kW` under `额定制冷量 CC/W`): the rows under it would
 * be read by the first header, wrongly. Gives the columns that differ, or `undefined` for a line that names
 * fewer than two indicators or names them as the first header does. CSV and .xlsx readers ask it of every
 * line, so a line with a number under an indicator (a record) is out after one scan.
 *
 * @example
 * const other = otherHeader(indicators, new Map());
 * other(['型号', '机组类型', '全年能源消耗效率 APF', '额定制冷量 CC'], fields, headers, columns);
 * // [{ column: 2, cell: '全年能源消耗效率 APF', first: '额定制冷量 CC' }, { column: 3, … }]
 */
export function otherHeader(
  indicators: readonly IndicatorInfo[],
  mapping: ColumnMapping,
): (
  cells: readonly string[],
  fields: readonly string[],
  headers: readonly string[],
  columns: readonly (IndicatorInfo | undefined)[],
) => OtherHeaderColumn[] | undefined {
  const named = indicatorHeaders(indicators);
  // Whether the first header gives any indicator, found once per header (the same array every line).
  let header: readonly unknown[] | undefined;
  let givesAny = false;
  return (cells, fields, headers, columns) => {
    if (columns !== header) {
      header = columns;
      givesAny = columns.some((c) => c !== undefined);
    }
    // A first header that gives no indicator (a title read as it) has no columns to differ from: the late
    // header is told by the header-place hint instead.
    if (!givesAny) return undefined;
    // A record has a number under an indicator: out at once, as nearly every line is.
    for (let i = 0; i < cells.length; i++)
      if (columns[i] && NUMBER_START.test(trimCell(cells[i] ?? ''))) return undefined;
    const differ: OtherHeaderColumn[] = [];
    let count = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = trimCell(cells[i] ?? '');
      // A plain number names no indicator unless mapped: a wide sheet's thousands of number cells under no
      // indicator were each looked up, most of its reading (developer-36 S1).
      if (cell === '' || (NUMERAL.test(cell) && !mapping.has(cell))) continue;
      const [ind] = indicatorsNamed([cell], mapping, indicators);
      if (ind === undefined) continue;
      count++;
      const unit = named.withUnit(cell);
      if (ind !== fields[i] || (unit !== undefined && !unit.same && unit.indicator.unit !== undefined))
        differ.push({ column: i, cell, first: headers[i] ?? '' });
    }
    return count < 2 || differ.length === 0 ? undefined : differ;
  };
}

/**
 * The usage error for a header again whose columns differ ({@link otherHeader}): nothing is graded, and
 * it names the line and up to three columns.
 *
 * @param where - the line (`line 3`, `sheet "数据" row 3`)
 * @param column - how a column is named (default `column 3`; an .xlsx sheet's letters, `column C`)
 *
 * @example
 * throw otherHeaderError('a.csv', localized('第 3 行', 'line 3'), differ);
 */
export function otherHeaderError(
  name: string,
  where: LocalizedText,
  differ: readonly OtherHeaderColumn[],
  column: (i: number) => LocalizedText = (i) => localized(`第 ${i + 1} 列`, `column ${i + 1}`),
): UsageError {
  const list = differ.slice(0, 3).map((d) => ({ ...d, at: column(d.column) }));
  return new UsageError(
    localized(
      `${name}：${where.zh}是又一个表头，但它的列与第一个表头不同（${list.map((d) => `${d.at.zh}“${d.cell}”，第一个表头为“${d.first}”`).join('；')}）：按第一个表头读取其下各行会判错，因此不作判定；请让各页的列与第一个表头的顺序和单位相同，或分别判定各页`,
      `${name}: ${where.en} is a header again, but its columns differ from the first header's (${list.map((d) => `${d.at.en} "${d.cell}", "${d.first}" in the first header`).join('; ')}): the rows under it would be read by the first header and graded wrongly, so nothing is graded; give each page the first header's columns, in its order and units, or grade the pages separately`,
    ),
  );
}

/** A cell that starts as a number does (`5000`, `-4.6`, `.5`): a value, never a header. */
const NUMBER_START = /^[+-]?\.?\d/u;
/** A plain decimal number (`5000`, `4.62`): no indicator's name, label or symbol. */
const NUMERAL = /^[+-]?\d*\.?\d+$/u;
