import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ColumnMapping } from './column-mapping';
import { indicatorsNamed } from './header-coverage';

/** What {@link headerRowHint} looks at: the first rows of a table, the header among them. */
export interface HeaderRowInput {
  /** What to call the table in messages: the file, or the file and its sheet. */
  name: LocalizedText;
  /** The first rows that are not blank, each with its number as the user sees it (a CSV line, a sheet row) and its cells. */
  rows: readonly { row: number; cells: readonly string[] }[];
  /** The index, in `rows`, of the row read as the header. */
  header: number;
  mapping: ColumnMapping;
  indicators: readonly IndicatorInfo[];
  /** What a row is called in English: a CSV `line`, a sheet `row`. */
  unit: 'line' | 'row';
}

/** How many rows under the header are looked at. */
export const HEADER_ROW_HINT_ROWS = 20;

/**
 * A hint for a header that is not on the row read as one: a title such as
 * `2025 年抽检结果汇总` above it, or a group heading (`性能指标`: in a CSV
 * line, or a sheet's heading not merged across the columns under it — a
 * merged one is read as a two-row header) above the row that names the
 * columns. When a row under the header,
 * among the next {@link HEADER_ROW_HINT_ROWS}, gives more of the rule set's
 * indicators than the header does, the hint names it and says to delete the
 * rows above it: qgrade has no option to skip rows. Called once, and only
 * for a header that falls short ({@link headerFallsShort}).
 *
 * @returns the hint, or `undefined` when no later row does better
 */
export function headerRowHint(input: HeaderRowInput): LocalizedText | undefined {
  const { name, rows, header, mapping, indicators, unit } = input;
  const read = rows[header];
  if (!read) return undefined;
  const given = indicatorsNamed(read.cells, mapping, indicators);
  let best: { row: number; names: string[] } | undefined;
  for (const r of rows.slice(header + 1, header + 1 + HEADER_ROW_HINT_ROWS)) {
    const names = indicatorsNamed(r.cells, mapping, indicators);
    if (names.length > (best?.names.length ?? given.length)) best = { row: r.row, names };
  }
  if (!best) return undefined;
  // A Chinese message names the columns by their Chinese labels, as the sheet heads them; English, by name.
  const labels = new Map(indicators.map((i) => [i.name, i.label.zh]));
  const zhLabel = (name: string) => labels.get(name) ?? name;
  const [h, b, m] = [read.row, best.row, best.names.length];
  const list = best.names.join(', ');
  const gives =
    given.length === 0
      ? localized('没有规则集读取的列', 'gives no column the rule set reads')
      : localized(
          `只给出 ${given.length} 个规则集读取的列（${given.map(zhLabel).join('、')}）`,
          `gives only ${given.length} of the columns the rule set reads (${given.join(', ')})`,
        );
  // A sheet's group headings merged across columns are read (a two-row header); a CSV line has none.
  const reads =
    unit === 'row'
      ? localized(
          `qgrade 只读一行表头（上方是跨列合并的分组标题时读两行），请删除第 ${b} 行以上的行（标题，或未合并的分组标题）`,
          `qgrade reads one header row (two under group headings merged across columns), so delete the rows above row ${b} (a title, or group headings that are not merged)`,
        )
      : localized(
          `qgrade 只读一行表头，请删除第 ${b} 行以上的行（标题，或合并单元格的分组标题）`,
          `qgrade reads one header line, so delete the lines above line ${b} (a title, or a group heading over merged cells)`,
        );
  return localized(
    `${name.zh}：作为表头读取的第 ${h} 行${gives.zh}；第 ${b} 行给出 ${m} 个（${best.names.map(zhLabel).join('、')}），看来才是表头：${reads.zh}，并让第 ${b} 行写有每一列的列名`,
    `${name.en}: ${unit} ${h}, read as the header, ${gives.en}; ${unit} ${b} gives ${m} (${list}) and seems to be the header: ${reads.en} and give every column its name in ${unit} ${b}`,
  );
}

/**
 * The message for a header that cannot be read (two columns give one
 * field, a `--map` column it lacks) when a later row seems to be the header
 * ({@link headerRowHint}): the hint first, as it is the fix, then what is
 * wrong with the row read, which `row` names (`把第 1 行作为表头读取时`: the
 * column said missing may well be on the row the hint names).
 *
 * @param row - the line or row read as the header, as the user counts it
 * @example
 * throw new UsageError(hintFirst(hint, error.text, 1));
 */
export function hintFirst(hint: LocalizedText, error: LocalizedText, row?: number): LocalizedText {
  const as = row === undefined ? '作为表头读取时' : `把第 ${row} 行作为表头读取时`;
  const zh = withoutName(error.zh, hint.zh, '：');
  return localized(
    `${hint.zh}（${as}：${zh}）`,
    `${hint.en} (as read: ${withoutName(error.en, hint.en, ': ')})`,
  );
}

/** An error without the input's name it starts with when the hint starts with it too: said once. */
function withoutName(error: string, hint: string, separator: string): string {
  let rest = error;
  for (let at = error.indexOf(separator); at > 0; at = error.indexOf(separator, at + 1))
    if (hint.startsWith(error.slice(0, at + separator.length))) rest = error.slice(at + separator.length);
  return rest;
}
