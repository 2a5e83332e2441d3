import { notGradedColumns } from '../batch/not-graded-columns';
import type { MovesByColumn, ValueMoves } from '../compare/moves-by-column';
import { groupKeyText } from '../grade/group-key';
import { displayWidth } from '../text/display-width';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';
import { valueCell } from '../text/value-cell';

/** The words of the table of moves per value (`compare --tally-by`), in every format. */
export const MOVES_BY_COLUMN_TEXT = {
  /** The xlsx sheet's name and the HTML section's heading. */
  title: localized('按列统计等级变化', 'Moves by column'),
  /** With `--group-by`: the same of the groups (lots), each counted once. */
  groupsTitle: localized('按列统计组的等级变化', 'Group moves by column'),
  records: localized('记录数', 'Records'),
  /** With `--group-by`: the groups (lots) counted, not the records. */
  groups: localized('组数', 'Groups'),
  up: localized('升高', 'Up'),
  down: localized('降低', 'Down'),
  upOne: localized('升 1 级', 'Up 1'),
  upTwoOrMore: localized('升 2 级及以上', 'Up 2+'),
  upFromNotGraded: localized('由不分级升入', 'Up from not graded'),
  downOne: localized('降 1 级', 'Down 1'),
  downTwoOrMore: localized('降 2 级及以上', 'Down 2+'),
  downToNotGraded: localized('降为不分级', 'Down to not graded'),
  /** Below the one grade of a conformity rule set, named as the migration matrix names it (committee-34 M7). */
  downToNonconforming: localized('降为不合格', 'Down to nonconforming'),
  upFromNonconforming: localized('由不合格升入', 'Up from nonconforming'),
  sideways: localized('无高低之分', 'Neither'),
  unchanged: localized('不变', 'Unchanged'),
  invalid: localized('无效（A 或 B）', 'Invalid (A or B)'),
  /** A side's invalid records, in its outcome columns. */
  sideInvalid: localized('无效', 'Invalid'),
  /** Below the one grade of a conformity rule set, in a side's outcome columns, as the matrix names it. */
  nonconforming: localized('不合格', 'Nonconforming'),
  other: localized('（其他）', '(other)'),
  total: localized('合计', 'total'),
} as const satisfies Record<string, LocalizedText>;

/**
 * One row of the table of moves per value: its first cell (the value, or
 * "(other)", "(no value)", "total") and its counts, in the order of
 * {@link MovesTable.header}.
 */
export interface MovesRow {
  /** What the row counts: a value of the column, the values past the bound, the records with none, or all. */
  kind: 'value' | 'other' | 'none' | 'total';
  label: string;
  counts: number[];
}

/**
 * The table of moves per value as cells, for every format to lay out: the
 * column's name, then records, up (and, when some record moved up, up one
 * grade, two or more, from not graded), down (and likewise down one, two or
 * more, to not graded), neither up nor down (only when some record moved
 * so), unchanged and invalid; a row per value in order of first
 * appearance, the values past the bound as one row, the records with no
 * value, and a total row. In every row records = up + down + neither +
 * unchanged + invalid, and the parts after up and after down add up to them.
 *
 * @example
 * const { header, rows } = movesTable(moves.result(), 'zh');
 */
export interface MovesTable {
  header: string[];
  rows: MovesRow[];
  /** How many columns at the end are the sides' outcomes (`A: Conforming` … `B: Invalid`); 0 for an older result. */
  sides: number;
  /** How many of those are A's (the first ones). */
  sidesA: number;
}

/**
 * The two rule sets' ladders (lowest grade first), for the columns of records
 * moved to or from not graded to name "below the lowest grade" as the
 * migration matrix does: `不合格` / `nonconforming` under a ladder of one grade.
 */
export interface MovesLadders {
  a: readonly { id?: string; label?: LocalizedText }[];
  b: readonly { id?: string; label?: LocalizedText }[];
}

const NO_LADDERS: MovesLadders = { a: [], b: [] };

/**
 * Lays out {@link MovesByColumn} as a {@link MovesTable} in one language.
 *
 * @example
 * movesTable(result, 'en').header; // ['producer', 'Records', 'Up', 'Down', 'Unchanged', 'Invalid (A or B)']
 */
export function movesTable(
  moves: MovesByColumn,
  lang: Language,
  ladders: MovesLadders = NO_LADDERS,
): MovesTable {
  const T = MOVES_BY_COLUMN_TEXT;
  const sideways = moves.whole.sideways > 0;
  type Counted = Omit<ValueMoves, 'key'>;
  type Figure = Exclude<keyof Counted, 'upFromNotGradedBy' | 'downToNotGradedBy' | 'a' | 'b'>;
  const plain = (k: Figure) => ({
    heading: k === 'total' ? (moves.groupBy === undefined ? T.records : T.groups)[lang] : T[k][lang],
    count: (c: Counted) => c[k],
  });
  // From or to not graded, one column per reason met in the whole run, as grade's tally splits 不分级 (committee-24 F9).
  const byReason = (k: 'upFromNotGraded' | 'downToNotGraded') => {
    const by = k === 'upFromNotGraded' ? 'upFromNotGradedBy' : 'downToNotGradedBy';
    const reasons = moves.whole[by];
    if (!reasons) return [plain(k)];
    // The side without a grade: A's for up from, B's for down to.
    const grades = k === 'upFromNotGraded' ? ladders.a : ladders.b;
    // Named here for a ladder of one grade; the others' words do not depend on the ladder.
    return notGradedColumns(reasons, []).map((col) => ({
      heading:
        col.code === 'below-lowest-grade' && grades.length === 1
          ? T[k === 'upFromNotGraded' ? 'upFromNonconforming' : 'downToNonconforming'][lang]
          : lang === 'zh'
            ? `${T[k][lang]}（${col.label.zh}）`
            : `${T[k][lang]} (${col.label.en.toLowerCase()})`,
      count: (c: Counted) => c[by]?.[col.code] ?? 0,
    }));
  };
  // How the records came out on each side, adding up to the row's records: per grade (highest first), not graded by
  // reason, invalid (committee-40 M6: a conformity rule set's lots showed no nonconforming or invalid count per side).
  function sideColumns(side: 'a' | 'b'): { heading: string; count: (c: Counted) => number }[] {
    const whole = moves.whole[side];
    // A result made before 0.2.0 has no side counts.
    if (!whole) return [];
    const ladder = ladders[side];
    const key = side.toUpperCase();
    const head = (label: string) => (lang === 'zh' ? `${key} 下${label}` : `${key}: ${label}`);
    // Highest first by the ladder, not by the keys' order: an object lists integer-like ids ascending, so GB 21455's
    // grades "5" … "1" (1 the highest) came lowest first (committee-44 M3). Without a ladder, the keys reversed.
    const byLadder = [...ladder]
      .reverse()
      .flatMap((g) => (g.id !== undefined && Object.hasOwn(whole.graded, g.id) ? [g.id] : []));
    const grades = [
      ...byLadder,
      ...Object.keys(whole.graded)
        .reverse()
        .filter((id) => !byLadder.includes(id)),
    ];
    const labelOf = (id: string) => ladder.find((g) => g.id === id)?.label?.[lang] ?? id;
    const oneGrade = grades.length === 1;
    // Below the lowest grade always (a conformity set's nonconforming, 0 included); other reasons where met.
    // Right after the grades, as the matrix places it: the verdict first, then why others were not judged.
    const reasons = notGradedColumns({ ...whole.notGraded, 'below-lowest-grade': 1 }, []).sort(
      (x, y) => Number(y.code === 'below-lowest-grade') - Number(x.code === 'below-lowest-grade'),
    );
    return [
      ...grades.map((id) => ({
        heading: head(labelOf(id)),
        count: (c: Counted) => c[side]?.graded[id] ?? 0,
      })),
      ...reasons.map((r) => ({
        heading: head(
          r.code === 'below-lowest-grade' && oneGrade
            ? T.nonconforming[lang]
            : lang === 'zh'
              ? r.label.zh
              : r.label.en,
        ),
        count: (c: Counted) => c[side]?.notGraded[r.code] ?? 0,
      })),
      { heading: head(T.sideInvalid[lang]), count: (c: Counted) => c[side]?.invalid ?? 0 },
    ];
  }
  // How far records moved, after up and after down, when some moved so: parts that add up to the column before them.
  // Between two ladders of one grade (conformity) no record moves from grade to grade: no "1" and "2+" columns,
  // which were always 0 there (committee-lots-42).
  const steps = !(ladders.a.length === 1 && ladders.b.length === 1);
  const columns = [
    plain('total'),
    plain('up'),
    ...(moves.whole.up > 0
      ? [...(steps ? [plain('upOne'), plain('upTwoOrMore')] : []), ...byReason('upFromNotGraded')]
      : []),
    plain('down'),
    ...(moves.whole.down > 0
      ? [...(steps ? [plain('downOne'), plain('downTwoOrMore')] : []), ...byReason('downToNotGraded')]
      : []),
    ...(sideways ? [plain('sideways')] : []),
    plain('unchanged'),
    plain('invalid'),
    ...sideColumns('a'),
    ...sideColumns('b'),
  ];
  const sidesA = sideColumns('a').length;
  const sides = sidesA + sideColumns('b').length;
  const header = [moves.column, ...columns.map((c) => c.heading)];
  const counts = (c: Counted) => columns.map((col) => col.count(c));
  const valued = moves.groups.filter((g) => g.key !== '');
  const none = moves.groups.find((g) => g.key === '');
  const rows: MovesRow[] = [
    ...valued.map((g) => ({ kind: 'value' as const, label: g.key, counts: counts(g) })),
    ...(moves.otherGroups
      ? [{ kind: 'other' as const, label: T.other[lang], counts: counts(moves.otherGroups) }]
      : []),
    ...(none ? [{ kind: 'none' as const, label: groupKeyText('')[lang], counts: counts(none) }] : []),
    { kind: 'total', label: T.total[lang], counts: counts(moves.whole) },
  ];
  return { header, rows, sides, sidesA };
}

/**
 * The table of moves per value as lines for the terminal: a heading naming
 * the column and how many groups (and the bound, when the column has more
 * values), the values left-aligned and the counts right-aligned under their
 * headings; none when no record was compared.
 *
 * @example
 * console.log(movesByColumnLines(moves.result(), 'zh').join('\n'));
 */
export function movesByColumnLines(
  moves: MovesByColumn,
  lang: Language,
  ladders: MovesLadders = NO_LADDERS,
): string[] {
  if (moves.whole.total === 0) return [];
  const zh = lang === 'zh';
  const { header, rows, sides } = movesTable(moves, lang, ladders);
  // Moves, then each side's outcomes as a table of its own below (the value and its records again): side by side
  // they made a line too wide for a terminal.
  const split = header.length - sides;
  const block = (keep: (i: number) => boolean) =>
    laidOut([
      header.filter((_, i) => keep(i)).map((h, i) => (i === 0 ? valueCell(h) : h)),
      ...rows.map((r) =>
        [r.kind === 'value' ? valueCell(r.label) : r.label, ...r.counts.map(countText)].filter((_, i) =>
          keep(i),
        ),
      ),
    ]);
  const count = rows.length - 1;
  const after = moves.otherGroups ? countText(moves.otherGroups.after) : undefined;
  const other = MOVES_BY_COLUMN_TEXT.other[lang];
  const bound =
    after === undefined
      ? ''
      : zh
        ? `；取值超过 ${after} 个，其余合为“${other}”`
        : `; more than ${after} values, the rest as "${other}"`;
  const heading = movesHeading(moves, lang, count, bound);
  const lines = [heading, ...block((i) => i < split)];
  if (sides === 0) return lines;
  return [...lines, '', outcomesHeading(moves, lang), ...block((i) => i <= 1 || i >= split)];
}

/**
 * The heading of the sides' outcomes per value, the table that follows the moves (its columns would make the
 * moves too wide for a terminal or a page): `按“lot”统计 A、B 下的结果（…）：`.
 */
export function outcomesHeading(moves: MovesByColumn, lang: Language): string {
  const column = safeLine(moves.column);
  const counted = MOVES_BY_COLUMN_TEXT[moves.groupBy === undefined ? 'records' : 'groups'];
  return lang === 'zh'
    ? `按“${column}”统计 A、B 下的结果（每${moves.groupBy === undefined ? '条记录' : '组'}在每边计一次，各边合计等于${counted.zh}）：`
    : `Outcomes by ${column} under A and under B (each ${moves.groupBy === undefined ? 'record' : 'group'} once a side; each side adds up to ${counted.en}):`;
}

/** Cells as aligned lines: the first column left-aligned, the counts right-aligned under their headings. */
function laidOut(cells: string[][]): string[] {
  // A loop, not Math.max(...): a column of many values is more arguments than a call takes.
  const widths = cells[0]!.map(() => 0);
  for (const r of cells)
    for (const [i, cell] of r.entries()) widths[i] = Math.max(widths[i]!, displayWidth(cell));
  const pad = (text: string, i: number) => ' '.repeat(widths[i]! - displayWidth(text));
  return cells.map((r) =>
    `  ${r.map((cell, i) => (i === 0 ? cell + pad(cell, i) : pad(cell, i) + cell)).join('  ')}`.trimEnd(),
  );
}

/**
 * The heading of a table of moves per value: `按“生产企业”统计等级变化（3 组）：`; counting the groups of
 * `--group-by` (lots), it says so: `按“生产企业”统计各“批号”组的等级变化（每组计一次，3 个取值）：`.
 *
 * @param count - how many rows (values) the table has
 * @param bound - what it says of the values past the bound (`；取值超过 1,000 个，…`), or `""`
 */
export function movesHeading(moves: MovesByColumn, lang: Language, count: number, bound: string): string {
  const column = safeLine(moves.column);
  const n = countText(count);
  if (moves.groupBy === undefined)
    return lang === 'zh'
      ? `按“${column}”统计等级变化（${n} 组${bound}）：`
      : `Moves by ${column} (${n} group${count === 1 ? '' : 's'}${bound}):`;
  const by = safeLine(moves.groupBy);
  return lang === 'zh'
    ? `按“${column}”统计各“${by}”组的等级变化（每组计一次，${n} 个取值${bound}）：`
    : `Moves of the ${by} groups by ${column} (each group once; ${n} value${count === 1 ? '' : 's'}${bound}):`;
}
