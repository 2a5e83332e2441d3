import type { MovesByColumn } from '../../compare/moves-by-column';
import type { Language } from '../../text/localized-text';
import {
  MOVES_BY_COLUMN_TEXT,
  type MovesLadders,
  movesTable,
  outcomesHeading,
} from '../moves-by-column-table';
import { escapeHtml } from './escape-html';
import { formatCount as n, HTML_TEXTS as T } from './html-texts';

/**
 * The section of the compare page (`compare --tally-by`) with the records'
 * moves per value of a column: a note on the order (and the bound, when the
 * column has more values), and the table of {@link movesTable}, a row per
 * value, "(other)", "(no value)", and the total in the footer; empty when no
 * record was compared.
 *
 * @example
 * body.push(movesSection(moves.result(), 'zh', { a: a.grades, b: b.grades }));
 */
export function movesSection(
  moves: MovesByColumn,
  lang: Language,
  ladders: MovesLadders,
  id = 'moves-by-column',
): string {
  if (moves.whole.total === 0) return '';
  const { header, rows, sides, sidesA } = movesTable(moves, lang, ladders);
  const cells = (counts: readonly number[]) =>
    counts.map((v) => `<td class="n${v === 0 ? ' z' : ''}">${n(v)}</td>`).join('');
  const note = (
    moves.groupBy === undefined
      ? T.tallyNote(rows.length - 1)
      : T.lotTallyNote(rows.length - 1, moves.groupBy)
  )[lang];
  const other = moves.otherGroups;
  const body = rows.filter((r) => r.kind !== 'total');
  const total = rows.find((r) => r.kind === 'total')!;
  const mark = (kind: string, label: string) =>
    kind === 'value'
      ? ` data-group="${escapeHtml(label)}"`
      : kind === 'none'
        ? ' data-group=""'
        : ' data-other-groups';
  // The moves, then A's outcomes and B's, each in a table of its own (the value and its count again): in one
  // table the columns ran off a 700-pixel page, and so did both sides' in one (a ladder of five grades: 18).
  const split = header.length - sides;
  const table = (cls: string, keep: (i: number) => boolean) => {
    const kept = (counts: readonly number[]) => counts.filter((_, i) => keep(i + 1));
    return [
      `<table class="${cls}"><thead><tr><th>${escapeHtml(header[0]!)}</th>${header
        .slice(1)
        .filter((_, i) => keep(i + 1))
        .map((h) => `<th class="n">${escapeHtml(h)}</th>`)
        .join('')}</tr></thead><tbody>`,
      ...body.map(
        (r) => `<tr${mark(r.kind, r.label)}><td>${escapeHtml(r.label)}</td>${cells(kept(r.counts))}</tr>`,
      ),
      `</tbody><tfoot><tr><th>${escapeHtml(total.label)}</th>${cells(kept(total.counts))}</tr></tfoot></table>`,
    ];
  };
  return [
    `<h2 id="${id}">${escapeHtml(`${MOVES_BY_COLUMN_TEXT[moves.groupBy === undefined ? 'title' : 'groupsTitle'][lang]}${lang === 'zh' ? '：' : ': '}${moves.column}`)}</h2>`,
    `<p class="meta">${escapeHtml(other ? `${note} ${T.tallyOther(other.after)[lang]}` : note)}</p>`,
    ...table('tally moves', (i) => i < split),
    ...(sides === 0
      ? []
      : [
          `<p class="meta">${escapeHtml(outcomesHeading(moves, lang))}</p>`,
          ...table('tally outcomes', (i) => i <= 1 || (i >= split && i < split + sidesA)),
          ...table('tally outcomes', (i) => i <= 1 || i >= split + sidesA),
        ]),
  ].join('\n');
}
