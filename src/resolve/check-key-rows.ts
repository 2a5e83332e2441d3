import type { Expr } from '../model/expr';
import { JRE_OPERATORS } from '../model/operators';
import type { CheckModel, ConditionModel, Operand, TableModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import type { ModelContext } from './model-context';

/**
 * Warns when a table keyed by an enum indicator has no row for one of its
 * declared `values`. A record with that value matches no row, so every
 * requirement read from the table is not applicable to it: the standard
 * silently stops holding that class back (a strength class left out of a
 * grade table reaches the top grade on any strength). A value is not
 * missing when no requirement reading the table applies to it (each has a
 * `when` that rules the value out), or when a scope requirement (`in` /
 * `not in`) keeps it out of the standard. A value in no row at all is
 * reported, not a combination of keys missing in a table with several keys:
 * such tables often leave some out. Tables read only through derived values
 * are not looked at.
 */
export function checkKeyRows(
  ctx: ModelContext,
  tables: readonly TableModel[],
  scope: readonly CheckModel[],
  criteria: readonly CheckModel[],
): void {
  for (const table of tables) {
    // A row refused for an error in it is not missing: the error says what to fix.
    if (table.rows.length !== ctx.doc.tables?.[table.name]?.rows.length) continue;
    const readers = criteria.filter((c) => reads(c, table.index));
    for (const [k, key] of table.keys.entries()) {
      if (key.match !== 'category') continue;
      const values = ctx.values.get(key.indicator)?.values;
      if (!values) continue;
      const inRows = new Set(table.rows.flatMap((r) => r.match[k] as (string | number | boolean)[]));
      const missing = values.filter(
        (v) =>
          !inRows.has(v) &&
          inScope(scope, key.indicator, v) &&
          readers.some((c) => !c.when || mayHold(c.when, key.indicator, v)),
      );
      // No row read at all (every row refused): the errors about the rows say enough.
      if (missing.length === 0 || table.rows.length === 0) continue;
      const list = missing.map(String);
      const [en, zh] = [list.join(', '), zhNames(list)];
      const one = missing.length === 1;
      const them = one ? list[0]! : 'them';
      const issue = ctx.source.issue(
        'band-gap',
        localized(
          `表“${table.name}”没有“${key.indicator}”为${zh}的行：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；` +
            `请为${zh}${one ? '' : '各'}加一行（没有的等级写 n/a），或把${one ? '它' : '它们'}从“${key.indicator}”的“values”中删去，或用“scope”把${one ? '它' : '它们'}排除在标准之外`,
          `table "${table.name}" has no row for ${key.indicator} ${en}: a record with ${one ? 'that value' : 'one of them'} matches no row, ` +
            `so the table's requirements are not applicable to it and never hold its grade back; ` +
            `add a row for ${them} (n/a in the columns of grades it cannot have), or take ${them} out of the "values" of "${key.indicator}" or out of "scope"`,
        ),
        ['tables', table.name, 'rows'],
        { key: true },
      );
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
  }
}

/** Whether the scope lets a record with `value` of `indicator` in (as far as its `in` / `not in` requirements say). */
function inScope(scope: readonly CheckModel[], indicator: string, value: string | number | boolean): boolean {
  for (const s of scope) {
    if (s.subject !== indicator || s.when || s.test.kind !== 'member') continue;
    const listed = s.test.values.some((l) => l.value === value);
    if (listed === s.test.negate) return false;
  }
  return true;
}

/** Whether a requirement reads a cell of table `index`, in its limit. */
function reads(c: CheckModel, index: number): boolean {
  const t = c.test;
  const operands: Operand[] =
    t.kind === 'compare' ? [t.operand] : t.kind === 'tolerance' ? [t.nominal, t.plus, t.minus] : [];
  return operands.some((o) =>
    o.kind === 'cell' ? o.table === index : o.kind === 'expr' && exprReads(o.expr, index),
  );
}

function exprReads(e: Expr, index: number): boolean {
  switch (e.k) {
    case 'cell':
      return e.table === index;
    case 'unary':
    case 'points':
      return exprReads(e.arg, index);
    case 'binary':
    case 'logical':
      return exprReads(e.left, index) || exprReads(e.right, index);
    case 'cond':
      return exprReads(e.test, index) || exprReads(e.yes, index) || exprReads(e.no, index);
    case 'call':
      return e.args.some((a) => exprReads(a, index));
    default:
      return false;
  }
}

/**
 * Whether a `when` may hold for a record with `value` of `indicator`: false only
 * when the conditions on that indicator rule it out; a condition on anything
 * else may hold.
 */
function mayHold(c: ConditionModel, indicator: string, value: string | number | boolean): boolean {
  if ('all' in c) return c.all.every((x) => mayHold(x, indicator, value));
  if ('any' in c) return c.any.some((x) => mayHold(x, indicator, value));
  if ('not' in c) {
    const inner = c.not;
    // "not" of a condition on this indicator alone is known; of anything else it may hold.
    return 'fact' in inner && inner.fact === indicator ? !mayHold(inner, indicator, value) : true;
  }
  if (c.fact !== indicator) return true;
  return JRE_OPERATORS[c.operator].holds(value, c.value);
}
