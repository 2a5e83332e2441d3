import type { CheckModel, TableModel, TableRowModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';
import { cellReaders } from './cell-readers';
import { THING } from './diff-messages';
import type { Edition } from './edition';

/**
 * Whether `column` of table `table` is a column only `side` has, dropped (or added) together with every
 * requirement reading it: grade column `4` of `seerLimits` removed with `seer@4`. Such a column is one
 * change, the requirement's, not one per row (committee-38 F2: "3.90 → empty (no requirement)" three times
 * beside "criterion seer@4 removed" read as four changes, none of which moved a record by itself).
 *
 * @example
 * droppedColumn(A, B, 'seerLimits', '4'); // true when B has no column 4 and no seer@4
 */
export function droppedColumn(side: Edition, other: Edition, table: string, column: string): boolean {
  const there = other.table(table);
  if (!there || there.columns.includes(column) || !side.table(table)?.columns.includes(column)) return false;
  const readers = cellReaders(side, table, column);
  return readers.length > 0 && readers.every((r) => other.check(r.id) === undefined);
}

/**
 * For a requirement only `side` has, the columns it reads that go with it ({@link droppedColumn}), with
 * their cells row by row, as the note of its `criterion-removed` (or `-added`) entry; `undefined` when none.
 *
 * @example
 * droppedColumnNote(A, B, seer4, false)?.en;
 * // 'with it, column Grade 4 of table "…" (seerLimits) removed: ≤ 4500: 3.90; (4500, 7100]: 3.80; (7100, 14000]: 3.70'
 */
export function droppedColumnNote(
  side: Edition,
  other: Edition,
  check: CheckModel,
  added: boolean,
): LocalizedText | undefined {
  const notes: LocalizedText[] = [];
  for (const table of side.model.tables) {
    for (const column of table.columns) {
      if (!droppedColumn(side, other, table.name, column)) continue;
      if (!cellReaders(side, table.name, column).some((r) => r.id === check.id)) continue;
      notes.push(columnNote(side, table, column, added));
    }
  }
  if (notes.length === 0) return undefined;
  return { zh: notes.map((n) => n.zh).join('；'), en: notes.map((n) => n.en).join('; ') };
}

function columnNote(side: Edition, table: TableModel, column: string, added: boolean): LocalizedText {
  const grade = side.model.grades.find((g) => g.id === column);
  const col = grade ? { zh: grade.label.zh, en: grade.label.en } : { zh: column, en: column };
  const title = THING.table(table.title, table.name);
  const cells = table.rows
    .map((row) => ({ row: rowText(row), cell: row.cells.get(column) ?? null }))
    .map(({ row, cell }) => ({ row, text: cell === null ? '~' : cell.text }));
  const list = {
    zh: cells.map((c) => `“${c.row}”为 ${c.text}`).join('，'),
    en: cells.map((c) => `${c.row}: ${c.text}`).join('; '),
  };
  return added
    ? {
        zh: `随之新增${title.zh}的“${col.zh}”列：${list.zh}`,
        en: `with it, column ${col.en} of ${title.en} added: ${list.en}`,
      }
    : {
        zh: `随之删去${title.zh}的“${col.zh}”列：${list.zh}`,
        en: `with it, column ${col.en} of ${title.en} removed: ${list.en}`,
      };
}

/** A row's key cells as written: `(4500, 7100]`, `HRB400E`, `[HRB400, HRBF400]`. */
function rowText(row: TableRowModel): string {
  return row.match
    .map((m) =>
      Array.isArray(m) ? (m.length === 1 ? String(m[0]) : `[${m.map(String).join(', ')}]`) : m.text,
    )
    .join(' / ');
}
