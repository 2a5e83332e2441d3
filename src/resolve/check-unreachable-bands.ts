import { type Band, bandWithin as within } from '../model/band';
import type { CheckModel, IndicatorModel, TableModel, TableRowModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Allowed, allowedSpans, type Interval, isEmpty, meet } from './allowed-spans';
import { itemPaths } from './check-divisors';
import { inScope } from './check-key-rows';
import { holdsIn } from './condition-holds-in';
import type { Value } from './condition-may-hold';
import { EarlierRows } from './earlier-rows-index';
import { intervalText } from './interval-text';
import type { ModelContext } from './model-context';

/** How many combinations of a row's listed key values are tried when looking for an earlier row covering it. */
const MAX_COMBINATIONS = 1_000;

/**
 * Warns (`unreachable-band`) where part of a rule set can never apply to a
 * record that is graded (hostile-26 F1: an indicator turned to kW with its
 * scope `≤ 14`, the table's bands left at `(4500, 7100]` in W, passed with
 * 0 problems while rows 2–3 were never read):
 *
 * - a table row whose band on a numeric key lies wholly outside what a
 *   graded record can have there: the key's declared `range` and `plausible`
 *   band, and the scope items on it with a plain limit and no `when` (a
 *   record outside them is invalid or out of scope); at the band's cell;
 * - a table row every record of which matches earlier rows first (tables
 *   are read top to bottom, the first matching row is used): its band, as
 *   clipped to what a graded record can have, lies within an earlier row's,
 *   for each combination of its listed values that the scope lets in (rows
 *   that overlap in one group of the other keys are an error already and are
 *   not looked at); at the row;
 * - a requirement's `when` whose conditions on a numeric value leave nothing
 *   inside what a graded record can have: the requirement never applies; at
 *   the `when`.
 *
 * A `not` in a `when` is taken as holding anywhere, so nothing is reported
 * that a record could reach.
 *
 * @example
 * checkUnreachableBands(ctx, tables, scope, criteria, indicators);
 * ctx.issues.filter((i) => i.code === 'unreachable-band'); // row 2 of table "apfLimits" is never matched: …
 */
export function checkUnreachableBands(
  ctx: ModelContext,
  tables: readonly TableModel[],
  scope: readonly CheckModel[],
  criteria: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
): void {
  const allowed = allowedSpans(scope, indicators);
  for (const table of tables) {
    const outside = checkRowsOutside(ctx, table, allowed);
    checkRowsShadowed(ctx, table, allowed, scope, outside);
  }
  checkWhens(ctx, criteria, allowed);
}

/** Why `band` (wholly outside `allowed`) is outside: the reason of the end it lies beyond. */
function whyOutside(band: Interval, allowed: Allowed): LocalizedText | undefined {
  const above =
    band.lower > allowed.upper ||
    (band.lower === allowed.upper && !(band.lowerInclusive && allowed.upperInclusive));
  return above ? allowed.upperWhy : allowed.lowerWhy;
}

/** Advice on units, for a value that has one: the usual cause is a band written in another unit. */
function unitAdvice(ctx: ModelContext, name: string, what: LocalizedText): LocalizedText {
  const unit = ctx.values.get(name)?.unit;
  return unit
    ? localized(
        `请核对${what.zh}是否按指标的单位（${unit}）书写`,
        `check that ${what.en} written in the indicator's unit (${unit})`,
      )
    : localized(`请核对${what.zh}`, `check ${what.en}`);
}

/** Warns at each band of a row outside what a graded record can have; returns the rows warned about. */
function checkRowsOutside(ctx: ModelContext, table: TableModel, allowed: Map<string, Allowed>): Set<number> {
  const warned = new Set<number>();
  for (const [r, row] of table.rows.entries()) {
    for (const [k, key] of table.keys.entries()) {
      const span = allowed.get(key.indicator);
      if (key.match !== 'band' || !span) continue;
      const band = row.match[k] as Band;
      if (!isEmpty(meet(band, span))) continue;
      const why = whyOutside(band, span);
      if (!why) continue;
      const advice = unitAdvice(
        ctx,
        key.indicator,
        localized('区间和限制它的范围', 'the band and what limits it are'),
      );
      const text = localized(
        `表“${table.name}”第 ${r + 1} 行永远匹配不到：其“${key.indicator}”的区间 ${band.text} 不在可分级的记录可取的值之中（${why.zh}），此行的限值从不适用。${advice.zh}，或删去此行`,
        `row ${r + 1} of table "${table.name}" is never matched: its ${key.indicator} band ${band.text} lies outside what a graded record can have (${why.en}), so the row's limits never apply. ${capitalized(advice.en)}, or delete the row`,
      );
      ctx.issues.push({
        ...ctx.source.issue('unreachable-band', text, [...row.path, k]),
        severity: 'warning',
      });
      warned.add(r);
      break;
    }
  }
  return warned;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Warns at each row whose every graded record matches earlier rows first.
 * Not looked at in a table with rows that overlap or repeat a value (an
 * error already), nor for rows already warned about as out of reach.
 */
function checkRowsShadowed(
  ctx: ModelContext,
  table: TableModel,
  allowed: Map<string, Allowed>,
  scope: readonly CheckModel[],
  skip: Set<number>,
): void {
  if (table.rows.length < 2) return;
  const prefix = JSON.stringify(['tables', table.name]).slice(0, -1);
  const clash = ctx.issues.some(
    (i) =>
      (i.code === 'band-overlap' || i.code === 'duplicate-row') && JSON.stringify(i.path).startsWith(prefix),
  );
  if (clash) return;
  const listed = table.keys.map((key) => key.match !== 'band');
  const earlier = new EarlierRows(table.rows, listed, MAX_COMBINATIONS);
  earlier.add(0);
  for (let r = 1; r < table.rows.length; r++, earlier.add(r - 1)) {
    if (skip.has(r)) continue;
    const row = table.rows[r]!;
    // The row as a graded record can match it: bands clipped, values the scope lets in.
    const clipped: (Interval | Value[])[] = table.keys.map((key, k) => {
      const m = row.match[k]!;
      if (Array.isArray(m)) return m.filter((v) => inScope(scope, key.indicator, v));
      const span = allowed.get(key.indicator);
      return span ? meet(m, span) : m;
    });
    const combinations = clipped.reduce((n, m) => n * (Array.isArray(m) ? m.length : 1), 1);
    // A row the scope keeps every value of out is not matched at all: not this warning's to say.
    if (combinations === 0 || combinations > MAX_COMBINATIONS) continue;
    if (clipped.some((m) => !Array.isArray(m) && isEmpty(m))) continue;
    const covering = coveringRows(table.rows, r, clipped, earlier);
    if (!covering) continue;
    const rows = covering.map((i) => i + 1);
    const [zh, en] = [rows.join('、'), rows.join(rows.length === 2 ? ' and ' : ', ')];
    const text = localized(
      `表“${table.name}”第 ${r + 1} 行永远匹配不到：它能匹配的记录都先匹配第 ${zh} 行（表从上往下读，用第一个匹配的行），此行的限值从不适用；请缩小第 ${zh} 行的键，或删去第 ${r + 1} 行`,
      `row ${r + 1} of table "${table.name}" is never matched: every record it matches matches row${rows.length === 1 ? '' : 's'} ${en} first (a table is read top to bottom and the first matching row is used), so the row's limits never apply; narrow the keys of row${rows.length === 1 ? '' : 's'} ${en}, or delete row ${r + 1}`,
    );
    ctx.issues.push({ ...ctx.source.issue('unreachable-band', text, row.path), severity: 'warning' });
  }
}

/**
 * The rows before `before` (0-based, in order) that together take every
 * combination of `clipped`'s listed values before the row does, each with
 * its bands holding the row's; undefined when some combination reaches it. The rows are looked at only when the
 * index of earlier rows says some may hold each combination ({@link EarlierRows}).
 */
function coveringRows(
  rows: readonly TableRowModel[],
  before: number,
  clipped: readonly (Interval | Value[])[],
  index: EarlierRows,
): number[] | undefined {
  let combinations: Value[][] = [[]];
  for (const m of clipped)
    if (Array.isArray(m)) combinations = combinations.flatMap((c) => m.map((v) => [...c, v]));
  // Most rows no earlier row reaches: the index says so without looking at them (hostile-32 S1).
  const band = clipped.find((m): m is Interval => !Array.isArray(m));
  if (combinations.some((c) => !index.mayCover(c, band))) return undefined;
  const used = new Set<number>();
  for (const combination of combinations) {
    let i = 0;
    for (; i < before; i++) {
      let listed = 0;
      const row = rows[i]!;
      const holds = clipped.every((m, k) => {
        const theirs = row.match[k]!;
        if (Array.isArray(m)) return (theirs as Value[]).includes(combination[listed++]!);
        return within(m, theirs as Band);
      });
      if (holds) break;
    }
    if (i === before) return undefined;
    used.add(i);
  }
  return [...used].sort((a, b) => a - b);
}

/**
 * Warns at each requirement's `when` whose conditions on a numeric value
 * leave nothing a graded record can have. A grade table's requirements
 * share their `when`: warned once.
 */
function checkWhens(ctx: ModelContext, criteria: readonly CheckModel[], allowed: Map<string, Allowed>): void {
  const seen = new Set<string>();
  let paths: ReturnType<typeof itemPaths> | undefined;
  for (const c of criteria) {
    if (!c.when) continue;
    for (const [name, span] of allowed) {
      if (ctx.values.get(name)?.perSpecimen) continue;
      const asks = holdsIn(c.when, name);
      // A `when` that holds for no value at all is another mistake: this one is about the scope.
      if (asks.length === 0 || asks.some((x) => !isEmpty(meet(x, span)))) continue;
      const id = `${c.location.line}:${c.location.column}:${name}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const whys = [...new Set(asks.map((x) => whyOutside(x, span)))];
      if (whys.some((why) => !why)) continue;
      const why = localized(whys.map((w) => w!.zh).join('；'), whys.map((w) => w!.en).join('; '));
      paths ??= itemPaths(ctx);
      const item = paths.get(`${c.location.line}:${c.location.column}`);
      const written = item ? whenOf(ctx, item) : undefined;
      // At the condition on the value in a `when` map, else at the `when`.
      const path = item
        ? written && typeof written === 'object' && Object.hasOwn(written, name)
          ? [...item, 'when', name]
          : [...item, 'when']
        : [];
      const advice = unitAdvice(ctx, name, localized('条件', 'the condition is'));
      const [zh, en] = [asks.map(intervalText).join(' 或 '), asks.map(intervalText).join(' or ')];
      const text = localized(
        `要求“${c.sourceId}”的“when”永远不成立：它对“${name}”的条件是 ${zh}，不在可分级的记录可取的值之中（${why.zh}），这项要求从不适用。${advice.zh}`,
        `the "when" of requirement "${c.sourceId}" never holds: it asks ${name} ${en}, outside what a graded record can have (${why.en}), so the requirement never applies. ${capitalized(advice.en)}`,
      );
      const issue = ctx.source.issue('unreachable-band', text, path, { key: path.length > 0 });
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
  }
}

function whenOf(ctx: ModelContext, item: readonly (string | number)[]): unknown {
  const [list, i] = item as ['scope' | 'criteria', number];
  return (ctx.doc[list]?.[i] as { when?: unknown } | undefined)?.when;
}
