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
  alone: localized('其中仅因此项', 'Of them, by it alone'),
  /** Under the table: a record moved by several requirements counts under each. */
  note: localized(
    '一条记录若因多项要求变化，在每项下各计一次，各项之和可多于变化的记录数；“其中仅因此项”是只因这一项要求而变化的记录数',
    'A record moved by several criteria counts under each, so the counts may add up to more than the records moved; "Of them, by it alone" counts the records this criterion alone moved',
  ),
} as const satisfies Record<string, LocalizedText>;

/** How many requirements the list shows. */
export const MOVED_MOST_LIMIT = 10;

/** One requirement of {@link movedMost}: its id, name, how many changed records it moved, and how many it moved alone. */
export interface MovedMostRow {
  id: string;
  name: string;
  count: number;
  /** Of `count`, the records this requirement alone moved (their only cause). */
  alone: number;
  /** Its rule-file note when too long for the name column (see `tableNames`): said under the table. */
  note?: string;
}

/**
 * The requirements that moved the most changed records, most first (ties by
 * id), at most `limit`: the counts of `CompareTally.causeCounts()` (only
 * causes count, not a limit that moved without changing the outcome). One
 * computation for the HTML section, the table's block and the xlsx sheet.
 * `alone` (`CompareTally.aloneCounts()`) gives each the records it moved alone.
 *
 * @example
 * movedMost(tally.causeCounts(), (id) => names.get(id)?.zh ?? id, tally.aloneCounts())[0];
 * // { id: 'gb175-2023-chromium6', name: '水溶性六价铬（否决项）', count: 10, alone: 8 }
 */
export function movedMost(
  causeCounts: ReadonlyMap<string, number>,
  name: (id: string) => string,
  alone: ReadonlyMap<string, number> = new Map(),
  limit = MOVED_MOST_LIMIT,
  note: (id: string) => string | undefined = () => undefined,
): MovedMostRow[] {
  return [...causeCounts]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([id, count]) => {
      const row: MovedMostRow = { id, name: name(id), count, alone: alone.get(id) ?? 0 };
      const text = note(id);
      if (text !== undefined) row.note = text;
      return row;
    });
}

/**
 * A row's note said under the table, by the requirement's id: `Note (max-force-elongation): Rounded to …`.
 *
 * @example
 * movedMostNote({ id: 'agt', name: 'Agt', count: 9, alone: 9, note: 'Rounded to 0.5 %' }, 'zh'); // '注（agt）：Rounded to 0.5 %'
 */
export function movedMostNote(row: MovedMostRow, lang: Language): string | undefined {
  if (row.note === undefined) return undefined;
  return lang === 'zh' ? `注（${row.id}）：${row.note}` : `Note (${row.id}): ${row.note}`;
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
    [T.criterion[lang], T.id[lang], T.records[lang], T.alone[lang]],
    ...rows.map((r) => [safeLine(r.name), safeLine(r.id), countText(r.count), countText(r.alone)]),
  ];
  const widths = [0, 0, 0, 0];
  for (const r of cells)
    for (const [i, cell] of r.entries()) widths[i] = Math.max(widths[i]!, displayWidth(cell));
  const pad = (text: string, i: number) => ' '.repeat(widths[i]! - displayWidth(text));
  const lines = cells.map((r) =>
    `  ${r.map((cell, i) => (i >= 2 ? pad(cell, i) + cell : cell + pad(cell, i))).join('  ')}`.trimEnd(),
  );
  const notes = rows.flatMap((r) => movedMostNote(r, lang) ?? []).map((n) => `  ${safeLine(n)}`);
  return [lang === 'zh' ? `${T.title.zh}：` : `${T.title.en}:`, ...lines, `  ${T.note[lang]}`, ...notes];
}

/**
 * The counts `compare -f json` gives as `causeCounts`: every requirement that
 * moved a changed record, most first (ties by id), with the records it moved
 * (`records`; a record moved by several counts under each) and those it
 * moved alone (`alone`).
 *
 * @example
 * causeCountsJson(tally.causeCounts(), tally.aloneCounts())[0]; // { id: 'apf@1', records: 13, alone: 7 }
 */
export function causeCountsJson(
  causeCounts: ReadonlyMap<string, number>,
  alone: ReadonlyMap<string, number>,
): { id: string; records: number; alone: number }[] {
  return movedMost(causeCounts, (id) => id, alone, Number.POSITIVE_INFINITY).map((r) => ({
    id: r.id,
    records: r.count,
    alone: r.alone,
  }));
}
