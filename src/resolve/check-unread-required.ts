import { referencedNames } from '../model/expr';
import type { CheckModel, DerivedModel, IndicatorModel, Operand, TableModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { conditionNames } from './condition-names';
import type { ModelContext } from './model-context';

/**
 * Warns (`unread-indicator`) about a required yes/no indicator nothing reads: no
 * requirement, scope item, derived value, table key, `requiredWhen`, scoring
 * or group. It can only make a record invalid (when left out) and never
 * changes a grade: what is left when a requirement is removed and its
 * indicator kept (committee-40 M1). Its verdict words (合格/不合格) are then
 * no longer read, as they are read only where a requirement asks `= true`
 * or the label ends in 合格 or 通过, so every such cell makes the record
 * invalid; a boolean whose label ends so, and other types, are let be.
 */
export function checkUnreadRequired(
  ctx: ModelContext,
  indicators: readonly IndicatorModel[],
  derived: readonly DerivedModel[],
  tables: readonly TableModel[],
  checks: readonly CheckModel[],
): void {
  const read = new Set<string>();
  const operand = (o: Operand) => {
    if (o.kind === 'expr') referencedNames(o.expr, read);
    if (o.kind === 'cell') for (const k of tables[o.table]?.keys ?? []) read.add(k.indicator);
  };
  for (const c of checks) {
    if (c.subject) read.add(c.subject);
    if (c.when) for (const n of conditionNames(c.when)) read.add(n);
    const t = c.test;
    if (t.kind === 'compare') operand(t.operand);
    if (t.kind === 'tolerance') for (const o of [t.nominal, t.plus, t.minus]) operand(o);
    if (t.kind === 'condition') for (const n of conditionNames(t.condition)) read.add(n);
  }
  for (const d of derived) referencedNames(d.expr, read);
  for (const t of tables) for (const k of t.keys) read.add(k.indicator);
  for (const i of indicators) if (i.requiredWhen) for (const n of conditionNames(i.requiredWhen)) read.add(n);
  // Scoring and a lot's statistics name indicators in their own places: any mention counts.
  const elsewhere = JSON.stringify([ctx.doc.scoring ?? null, ctx.doc.group ?? null]);
  for (const i of indicators) {
    if (!i.required || i.requiredWhen || i.default !== undefined || read.has(i.name)) continue;
    if (elsewhere.includes(JSON.stringify(i.name))) continue;
    const label = i.label;
    // Only where it costs records: a yes/no indicator whose 合格/不合格 cells are no longer read. A spare number
    // or text indicator only asks for a column (many rule files keep one for the record's own sake).
    const verdict = i.type === 'boolean' && !/(合格|通过)$/u.test(label.zh ?? '');
    if (!verdict) continue;
    const issue = ctx.source.issue(
      'unread-indicator',
      localized(
        `指标“${label.zh ?? i.name}”（“${i.name}”）必须给出，却没有任何要求、适用范围、派生值或表读取它：缺少它的记录无效，而它的值从不影响等级` +
          (verdict
            ? '；而且没有要求写“= true”，它的“合格”“不合格”这类判定词不会被读取，写着它们的单元格会使记录无效'
            : '') +
          '。若删去了读取它的要求，请把它也删去，或设“required: false”',
        `indicator "${label.en ?? i.name}" (${i.name}) is required, but no requirement, scope item, derived value or table reads it: a record without it is invalid, and its value never changes a grade` +
          (verdict
            ? '; and with no requirement asking "= true", its pass/fail words are not read, so a cell holding one makes the record invalid'
            : '') +
          '. If the requirement reading it was removed, remove it too, or make it "required: false"',
      ),
      ['indicators', i.name],
      { key: true },
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}
