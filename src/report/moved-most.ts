import { displayWidth } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';
import { localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';

/** The words of the list of requirements that moved the most records, in every format. */
export const MOVED_MOST_TEXT = {
  /** The HTML section's heading and the table's. */
  title: localized('最常引起等级变化的要求', 'Criteria that moved records most often'),
  /** The xlsx sheet's name (at most 31 characters). */
  sheet: localized('最常引起等级变化的要求', 'Criteria moving most records'),
  criterion: localized('要求', 'Criterion'),
  id: localized('编号', 'id'),
  records: localized('引起变化的记录数', 'Records moved'),
} as const satisfies Record<string, LocalizedText>;

/** How many requirements the list shows. */
export const MOVED_MOST_LIMIT = 10;

/** One requirement of {@link movedMost}: its id, name and how many changed records it moved. */
export interface MovedMostRow {
  id: string;
  name: string;
  count: number;
}

/**
 * The requirements that moved the most changed records, most first (ties by
 * id), at most `limit`: the counts of `CompareTally.causeCounts()` (only
 * causes count, not a limit that moved without changing the outcome). One
 * computation for the HTML section, the table's block and the xlsx sheet.
 *
 * @example
 * movedMost(tally.causeCounts(), (id) => names.get(id)?.zh ?? id)[0]; // { id: 'gb175-2023-chromium6', name: '水溶性六价铬（否决项）', count: 10 }
 */
export function movedMost(
  causeCounts: ReadonlyMap<string, number>,
  name: (id: string) => string,
  limit = MOVED_MOST_LIMIT,
): MovedMostRow[] {
  return [...causeCounts]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([id, count]) => ({ id, name: name(id), count }));
}

/**
 * {@link movedMost}'s rows as lines for the terminal: a heading, then the
 * name, the id and the count of each, aligned; none when no record moved.
 *
 * @example
 * console.log(movedMostLines(movedMost(tally.causeCounts(), name), 'zh').join('\n'));
 */
export function movedMostLines(rows: readonly MovedMostRow[], lang: Language): string[] {
  if (rows.length === 0) return [];
  const T = MOVED_MOST_TEXT;
  const cells = [
    [T.criterion[lang], T.id[lang], T.records[lang]],
    ...rows.map((r) => [safeLine(r.name), safeLine(r.id), countText(r.count)]),
  ];
  const widths = [0, 0, 0];
  for (const r of cells)
    for (const [i, cell] of r.entries()) widths[i] = Math.max(widths[i]!, displayWidth(cell));
  const pad = (text: string, i: number) => ' '.repeat(widths[i]! - displayWidth(text));
  const lines = cells.map((r) =>
    `  ${r.map((cell, i) => (i === 2 ? pad(cell, i) + cell : cell + pad(cell, i))).join('  ')}`.trimEnd(),
  );
  return [lang === 'zh' ? `${T.title.zh}：` : `${T.title.en}:`, ...lines];
}
