import { bandContains } from '../model/band';
import { type Expr, exprChildren } from '../model/expr';
import type { CompareOperator } from '../model/operators';
import { ownEntry } from '../model/own-entry';
import type { CheckModel, Operand, TableModel } from '../model/rule-set-model';
import { booleanText } from '../text/boolean-text';
import { localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { mayHold, type Value } from './condition-may-hold';
import type { ModelContext } from './model-context';

/**
 * Warns when a table keyed by an enum indicator has no row for one of its
 * declared `values`. A record with that value matches no row, so every
 * requirement read from the table is not applicable to it: the standard
 * silently stops holding that class back (a strength class left out of a
 * grade table reaches the top grade on any strength). A value is not
 * missing when no requirement reading the table applies to it (each has a
 * `when` that rules the value out), or when a scope requirement (`in` /
 * `not in`, `=`, `≠`, and for numbers an interval or `≤` / `≥`) keeps it out of the standard. A boolean key counts as
 * an enum of `true` and `false` (shown 是/否 in Chinese). In a table keyed by
 * several enum or boolean indicators, a combination of their values with no
 * row (an alloy in a temper no row gives) is reported as well, the first five named; numeric
 * keys are not combined (their bands are checked for gaps where the table is
 * read, and for values left out by check-band-coverage.ts), and a value in no row at all is reported only as a value. Tables
 * read only through derived values are not looked at.
 */
export function checkKeyRows(
  ctx: ModelContext,
  tables: readonly TableModel[],
  scope: readonly CheckModel[],
  criteria: readonly CheckModel[],
): void {
  for (const table of tables) {
    // A row refused for an error in it is not missing: the error says what to fix.
    if (table.rows.length !== ownEntry(ctx.doc.tables, table.name)?.rows.length) continue;
    const readers = criteria.filter((c) => reads(c, table.index));
    // The enum keys and, for each, the values a record reading the table may have that some row gives.
    const enumKeys: { k: number; indicator: string; values: Value[] }[] = [];
    for (const [k, key] of table.keys.entries()) {
      if (key.match !== 'category') continue;
      const info = ctx.values.get(key.indicator);
      // A boolean is an enum of two: a row for `true` alone leaves `false` records matching none.
      const values: Value[] | undefined =
        info?.values ?? (info?.kind === 'boolean' ? [true, false] : undefined);
      if (!values) continue;
      const inRows = new Set(table.rows.flatMap((r) => r.match[k] as Value[]));
      const relevant = values.filter(
        (v) =>
          inScope(scope, key.indicator, v) &&
          readers.some((c) => !c.when || mayHold(c.when, new Map([[key.indicator, v]]))),
      );
      enumKeys.push({ k, indicator: key.indicator, values: relevant.filter((v) => inRows.has(v)) });
      const missing = relevant.filter((v) => !inRows.has(v));
      // No row read at all (every row refused): the errors about the rows say enough.
      if (missing.length === 0 || table.rows.length === 0) continue;
      const list = missing.map(String);
      const [en, zh] = [list.join(', '), zhNames(missing.map(zhValue))];
      const one = missing.length === 1;
      const them = one ? list[0]! : 'them';
      // What it costs, in plain words: the requirements graded as if their limit did not exist (newcomer-30 M1).
      const ids = [...new Set(readers.map((c) => c.sourceId))];
      const idsZh = ids.map((i) => `“${i}”`).join('、');
      const idsEn = ids.map((i) => `"${i}"`).join(', ');
      const issue = ctx.source.issue(
        'band-gap',
        localized(
          `表“${table.name}”没有“${key.indicator}”为${zh}的行：这样的记录不匹配任何行，分级时不检验要求${idsZh}，如同没有这个限值，其等级不受它限制；` +
            `请为${zh}${one ? '' : '各'}加一行（没有的等级写 n/a），或把${one ? '它' : '它们'}从“${key.indicator}”的“values”中删去，或用“scope”把${one ? '它' : '它们'}排除在标准之外`,
          `table "${table.name}" has no row for ${key.indicator} ${en}: a record with ${one ? 'that value' : 'one of them'} matches no row, ` +
            `so it is graded WITHOUT requirement${ids.length === 1 ? '' : 's'} ${idsEn}, as if the limit did not exist, and it never holds its grade back; ` +
            `add a row for ${them} (n/a in the columns of grades it cannot have), or take ${them} out of the "values" of "${key.indicator}" or out of "scope"`,
        ),
        ['tables', table.name, 'rows'],
        { key: true },
      );
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
    if (enumKeys.length > 1 && table.rows.length > 0) checkCombinations(ctx, table, enumKeys, readers);
  }
}

/** How many combinations of enum values a table is checked for at most: beyond, it is not checked. */
const MAX_COMBINATIONS = 20_000;

/** How many missing combinations a warning names; the rest are counted. */
const NAMED = 5;

/**
 * Warns about the combinations of the enum keys' values that no row gives
 * and that some requirement reading the table may apply to. Each row's lists
 * count for every combination they make; the combinations are then walked in
 * the order of the keys and values as declared.
 */
function checkCombinations(
  ctx: ModelContext,
  table: TableModel,
  keys: readonly { k: number; indicator: string; values: Value[] }[],
  readers: readonly CheckModel[],
): void {
  const total = keys.reduce((n, key) => n * key.values.length, 1);
  if (total <= 1 || total > MAX_COMBINATIONS) return;
  const covered = new Set<string>();
  for (const row of table.rows) {
    let partial: Value[][] = [[]];
    for (const key of keys) {
      const cell = row.match[key.k] as Value[];
      partial = partial.flatMap((p) => cell.map((v) => [...p, v]));
    }
    for (const combination of partial) covered.add(JSON.stringify(combination));
  }
  const named: Value[][] = [];
  let count = 0;
  const at = keys.map(() => 0);
  for (let n = 0; n < total; n++) {
    const combination = keys.map((key, i) => key.values[at[i]!]!);
    if (!covered.has(JSON.stringify(combination))) {
      const given = new Map(keys.map((key, i) => [key.indicator, combination[i]!]));
      if (readers.some((c) => !c.when || mayHold(c.when, given))) {
        count++;
        if (named.length < NAMED) named.push(combination);
      }
    }
    // The next combination: the last key's value first, as an odometer turns.
    for (let i = keys.length - 1; i >= 0; i--) {
      at[i] = (at[i]! + 1) % keys[i]!.values.length;
      if (at[i] !== 0) break;
    }
  }
  if (count === 0) return;
  const en = named.map((c) => c.map((v, i) => `${keys[i]!.indicator} ${String(v)}`).join(' with '));
  const zh = named.map((c) => c.map((v, i) => `“${keys[i]!.indicator}”为“${zhValue(v)}”`).join('且'));
  const more = count - named.length;
  const one = count === 1;
  const issue = ctx.source.issue(
    'band-gap',
    localized(
      `表“${table.name}”没有${zh.join('、')}${more > 0 ? `等 ${count} 个组合` : ''}的行：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；` +
        `请为${one ? '这个组合' : '每个组合'}加一行（没有的等级写 n/a），或用“scope”或读取此表的要求的“when”把这样的记录排除`,
      `table "${table.name}" has no row for ${en.join(', ')}${more > 0 ? `, and ${more} more combination${more === 1 ? '' : 's'}` : ''}: ` +
        `a record with ${one ? 'that combination' : 'one of them'} matches no row, so the table's requirements are not applicable to it and never hold its grade back; ` +
        `add a row for ${one ? 'it' : 'each'} (n/a in the columns of grades it cannot have), or keep such records out with "scope" or the "when" of the requirements reading the table`,
    ),
    ['tables', table.name, 'rows'],
    { key: true },
  );
  ctx.issues.push({ ...issue, severity: 'warning' });
}

/**
 * A key's value in Chinese prose: a boolean as 是/否, as results show it.
 *
 * @example
 * zhValue(true) // "是"
 */
export function zhValue(v: Value): string {
  return typeof v === 'boolean' ? booleanText(v, 'zh') : String(v);
}

/**
 * Whether the scope lets a record with `value` of `indicator` in, as far as
 * its `in` / `not in` / `=` / `≠` requirements say, and for a number (an
 * enum of numbers: thickness 2 … 19) its intervals and `≤` / `≥` limits (a
 * scope item with a `when` is not looked at). newcomer-30 M6: scope
 * `"[2, 12]"` kept 15 and 19 out, yet the key-rows warning asked for rows for
 * them "or exclude them with scope".
 *
 * @example
 * inScope(scope, 'airCooled', false) // false for a scope item airCooled "= true"
 * inScope(scope, 'thickness', 15) // false for a scope item thickness "[2, 12]"
 */
export function inScope(scope: readonly CheckModel[], indicator: string, value: Value): boolean {
  for (const s of scope) {
    if (s.subject !== indicator || s.when) continue;
    const t = s.test;
    if (t.kind === 'member') {
      const listed = t.values.some((l) => l.value === value);
      if (listed === t.negate) return false;
    } else if (t.kind === 'range') {
      if (typeof value === 'number' && !bandContains(t.band, value)) return false;
    } else if (t.kind === 'compare' && t.operand.kind === 'literal') {
      const limit = t.operand.literal.value;
      // `= true` keeps `false` out; `≠ "mobile"` keeps "mobile" out.
      const equal = limit === value;
      if ((t.operator === '=' && !equal) || (t.operator === '!=' && equal)) return false;
      if (typeof value === 'number' && typeof limit === 'number' && !compares(value, t.operator, limit))
        return false;
    }
  }
  return true;
}

/** Whether `value` meets `operator limit` for an order operator (`=` and `≠` are taken care of above). */
function compares(value: number, operator: CompareOperator, limit: number): boolean {
  switch (operator) {
    case '>=':
      return value >= limit;
    case '>':
      return value > limit;
    case '<=':
      return value <= limit;
    case '<':
      return value < limit;
    default:
      return true;
  }
}

/**
 * Whether a requirement reads a cell of table `index`, in its limit.
 *
 * @example
 * criteria.filter((c) => reads(c, table.index)) // the requirements a table's rows hold back
 */
export function reads(c: CheckModel, index: number): boolean {
  const t = c.test;
  const operands: Operand[] =
    t.kind === 'compare' ? [t.operand] : t.kind === 'tolerance' ? [t.nominal, t.plus, t.minus] : [];
  return operands.some((o) =>
    o.kind === 'cell' ? o.table === index : o.kind === 'expr' && exprReads(o.expr, index),
  );
}

function exprReads(e: Expr, index: number): boolean {
  return e.k === 'cell' ? e.table === index : exprChildren(e).some((child) => exprReads(child, index));
}
