import type { CheckModel, TableModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import type { ModelContext } from './model-context';
import { zhGrade } from './zh-grade';

/**
 * `n/a` in the lowest grade's column of a grade table row, where a higher grade of the row has a limit: grades are
 * cumulative, so no record of that row can get any grade, and the row's higher limits never apply. Written for
 * "the standard asks nothing of 合格品 here" it makes every such record ungradable without a word (newcomer-32 W1):
 * `~` says that. A **warning** (`unreachable-grade`) at the cell; a row all `n/a` (a class the table leaves
 * ungraded on purpose) is not warned about.
 *
 * Looked at once the ladder is checked, and only for a requirement of the lowest grade read from its column.
 *
 * @example
 * checkLowestNa(ctx, criteria);
 * // 警告：表“absorptionMax”第 5 行（Ⅲ）合格品为 n/a：…若合格品对这一行没有要求，请写 ~
 */
export function checkLowestNa(ctx: ModelContext, checks: readonly CheckModel[]): void {
  const lowest = ctx.gradeList[0];
  if (!lowest) return;
  // A ladder listed best first is one error already: its "lowest" grade is the best (newcomer-30 M2).
  if (ctx.issues.some((i) => i.code === 'non-monotonic' && i.severity === 'error')) return;
  const tables = [...ctx.tables.values()];
  for (const c of checks) {
    if (c.grade?.id !== lowest.id || c.effect !== 'requirement' || c.test.kind !== 'compare') continue;
    const operand = c.test.operand;
    if (operand.kind !== 'cell' || operand.column !== lowest.id) continue;
    const table = tables.find((t) => t.index === operand.table);
    if (table) checkTable(ctx, table, c.label);
  }
}

function checkTable(ctx: ModelContext, table: TableModel, label: LocalizedText): void {
  const lowest = ctx.gradeList[0]!;
  // A grade table only: its other columns are the higher grades the row's limits are for.
  if (!table.columns.every((c) => ctx.grades.has(c))) return;
  const column = table.columns.indexOf(lowest.id);
  const what = localized(`“${safeLine(cutShort(label.zh))}”`, `"${safeLine(cutShort(label.en))}"`);
  const lz = zhGrade(ctx, lowest);
  table.rows.forEach((row, r) => {
    if (!row.cells.get(lowest.id)?.unavailable) return;
    const limited = table.columns.filter((c) => c !== lowest.id && row.cells.get(c)?.unavailable !== true);
    if (limited.length === 0) return;
    const key = row.match.map((m) => (Array.isArray(m) ? m.join('/') : m.text)).join('，');
    const keyEn = row.match.map((m) => (Array.isArray(m) ? m.join('/') : m.text)).join(', ');
    const higher = limited.map((c) => zhGrade(ctx, ctx.grades.get(c)!)).join('、');
    const higherEn = limited.map((c) => `"${c}"`).join(', ');
    const text = localized(
      `表“${table.name}”第 ${r + 1} 行（${key}）${lz}为 n/a：等级是累进的，这一行的记录因此在${what.zh}上任何等级都达不到（不分级），` +
        `本行${higher}的限值从不起作用；若${lz}对这一行没有要求，请写 ~`,
      `table "${table.name}" row ${r + 1} (${keyEn}): the lowest grade "${lowest.id}" is n/a: grades are cumulative, so no record ` +
        `of this row can get any grade on ${what.en} (not graded), and the row's limits for ${higherEn} never apply; ` +
        `if the standard asks nothing of "${lowest.id}" in this row, write ~`,
    );
    const path = [...row.path, table.keys.length + column];
    // Two criteria reading one table: said once, at its cell.
    const seen = `na-lowest ${path.join('\u0000')}`;
    if (ctx.warnedCells.has(seen)) return;
    ctx.warnedCells.add(seen);
    const issue = ctx.source.issue('unreachable-grade', text, path);
    ctx.issues.push({ ...issue, severity: 'warning' });
  });
}
