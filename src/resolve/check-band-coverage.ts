import type { Band } from '../model/band';
import { ownEntry } from '../model/own-entry';
import type { CheckModel, IndicatorModel, TableModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { ALL, allowedSpans, type Interval, isEmpty, meet } from './allowed-spans';
import { inScope, reads, zhValue } from './check-key-rows';
import { holdsIn } from './condition-holds-in';
import { mayHold, type Value } from './condition-may-hold';
import { isIntegerIndicator } from './integers-between';
import { holdsInteger, minus, union } from './interval-sets';
import { intervalText, numericZh } from './interval-text';
import type { ModelContext } from './model-context';

/** The indicators of the scope items refused with an error. */
function refusedScopeIndicators(ctx: ModelContext): Set<string> {
  const refused = new Set<string>();
  for (const [i, item] of (ctx.doc.scope ?? []).entries())
    if (
      typeof item?.indicator === 'string' &&
      ctx.issues.some(
        (issue) => issue.severity === 'error' && issue.path[0] === 'scope' && issue.path[1] === i,
      )
    )
      refused.add(item.indicator);
  return refused;
}

/** How many combinations of enum values a table is checked for at most: beyond, it is not checked. */
const MAX_COMBINATIONS = 20_000;

/** How many combinations a warning names; the rest are counted. */
const NAMED = 5;

/**
 * Warns (`band-gap`) where a graded record can have a value of a table's
 * numeric key that no row's band holds (docs-tutorial-28 W1, W2): such a
 * record matches no row, every requirement read from the table is not
 * applicable to it, and the table never holds its grade back. Two cases:
 *
 * - beyond the bands: what a graded record can have on the key (its
 *   `range` ∩ `plausible` ∩ the scope items on it, as `unreachable-band`
 *   computes it) reaches past the union of all rows' bands (range `> 0`, no
 *   scope, last band `(8, 16]`: 17 matches no row);
 * - one combination of the enum keys' values covering less of the key than
 *   the others: its rows' bands leave out a part that other rows give
 *   (built-in with `(8, 16]` only, free-standing with `≤ 8` too).
 *
 * A value, combination or part is not missing when the scope rules it out,
 * or when no requirement reading the table applies there (their `when`s);
 * for an integer key, a part holding no whole number is not missing.
 * A combination with no row at all is left to {@link checkKeyRows}, gaps
 * between the bands of rows sharing their other keys to the `band-gap`
 * error. Tables with a refused row, an overlap or such a gap are not
 * looked at.
 *
 * @example
 * checkBandCoverage(ctx, tables, scope, criteria, indicators);
 * ctx.issues.filter((i) => i.code === 'band-gap'); // table "energyLimits" has no row for placeSettings > 16, …
 */
export function checkBandCoverage(
  ctx: ModelContext,
  tables: readonly TableModel[],
  scope: readonly CheckModel[],
  criteria: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
): void {
  const allowed = allowedSpans(scope, indicators);
  // A scope item refused on a key (`"2~25 mm"`): what it meant to leave out is unknown, and its error says what to
  // write; a warning per table about the values it would have left out is noise on top (newcomer-34 F3).
  const refusedScope = refusedScopeIndicators(ctx);
  for (const table of tables) {
    if (!table.keys.some((key) => key.match === 'band') || table.rows.length === 0) continue;
    // A refused row may be the one that covers: the error about it says what to fix.
    if (table.rows.length !== ownEntry(ctx.doc.tables, table.name)?.rows.length) continue;
    const prefix = JSON.stringify(['tables', table.name]).slice(0, -1);
    const clash = ctx.issues.some(
      (i) =>
        (i.code === 'band-overlap' || i.code === 'band-gap') &&
        i.severity === 'error' &&
        JSON.stringify(i.path).startsWith(prefix),
    );
    if (clash) continue;
    const readers = criteria.filter((c) => reads(c, table.index));
    if (readers.length === 0) continue;
    const enumKeys = enumKeysOf(ctx, table, scope, readers);
    for (const [k, key] of table.keys.entries()) {
      if (
        key.match !== 'band' ||
        ctx.values.get(key.indicator)?.perSpecimen ||
        refusedScope.has(key.indicator)
      )
        continue;
      const numeric: NumericKey = {
        k,
        name: key.indicator,
        span: allowed.get(key.indicator) ?? ALL,
        integer: isIntegerIndicator(ctx.doc, key.indicator),
      };
      checkBeyond(ctx, table, numeric, readers);
      if (enumKeys.length > 0) checkCombinations(ctx, table, numeric, enumKeys, readers);
    }
  }
}

/** A table's numeric key, with what a graded record can have on it. */
interface NumericKey {
  k: number;
  name: string;
  span: Interval;
  integer: boolean;
}

/** An enum or boolean key, with the values a record reading the table may have. */
interface EnumKey {
  k: number;
  name: string;
  values: Value[];
}

/**
 * The table's enum and boolean keys, each with the values the scope lets in
 * and some requirement reading the table applies to; a key with no declared
 * values takes those its rows give.
 */
function enumKeysOf(
  ctx: ModelContext,
  table: TableModel,
  scope: readonly CheckModel[],
  readers: readonly CheckModel[],
): EnumKey[] {
  const out: EnumKey[] = [];
  for (const [k, key] of table.keys.entries()) {
    if (key.match !== 'category') continue;
    const info = ctx.values.get(key.indicator);
    const declared: Value[] | undefined =
      info?.values ?? (info?.kind === 'boolean' ? [true, false] : undefined);
    const values = declared ?? [...new Set(table.rows.flatMap((r) => r.match[k] as Value[]))];
    const relevant = values.filter(
      (v) =>
        inScope(scope, key.indicator, v) &&
        readers.some((c) => !c.when || mayHold(c.when, new Map([[key.indicator, v]]))),
    );
    out.push({ k, name: key.indicator, values: relevant });
  }
  return out;
}

/**
 * The scope item that keeps out what lies beyond the rows' bands, when that is all that is missing (nothing between
 * two rows): `- { id: thickness-in-table, indicator: thickness, require: "[2, 12]", reason: { zh: …, en: … } }`.
 */
function scopeItem(name: string, bands: readonly Band[], missing: readonly Interval[]): string | undefined {
  const low = bands.reduce((a, b) =>
    b.lower < a.lower || (b.lower === a.lower && b.lowerInclusive) ? b : a,
  );
  const high = bands.reduce((a, b) =>
    b.upper > a.upper || (b.upper === a.upper && b.upperInclusive) ? b : a,
  );
  const covered: Interval = {
    lower: low.lower,
    lowerInclusive: low.lowerInclusive,
    upper: high.upper,
    upperInclusive: high.upperInclusive,
  };
  if (missing.some((p) => p.upper > covered.lower && p.lower < covered.upper)) return undefined;
  return `- { id: ${name}-in-table, indicator: ${name}, require: "${intervalText(covered)}", reason: { zh: …, en: … } }`;
}

/** Warns about what a graded record can have on the key beyond the union of every row's band. */
function checkBeyond(
  ctx: ModelContext,
  table: TableModel,
  key: NumericKey,
  readers: readonly CheckModel[],
): void {
  const bands = table.rows.map((r) => r.match[key.k] as Band);
  const whens = whereApplies(readers, key.name);
  const missing = bands
    .reduce<Interval[]>((left, band) => minus(left, band), [key.span])
    .filter((piece) => reachable(piece, key, whens));
  if (missing.length === 0) return;
  const en = missing.map((p) => `${key.name} ${intervalText(p)}`).join(' or ');
  const zh = missing.map((p) => numericZh(key.name, p)).join('或');
  const open = missing.some((p) => p.lower === -Infinity || p.upper === Infinity);
  const nothing = open
    ? localized(
        '（“range”“plausible”和“scope”都没有把它排除）',
        ' (nothing in "range", "plausible" or "scope" keeps it out)',
      )
    : localized('', '');
  const item = scopeItem(key.name, bands, missing);
  const issue = ctx.source.issue(
    'band-gap',
    localized(
      `表“${table.name}”没有${zh}的行，而可分级的记录可以取这样的值${nothing.zh}：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；` +
        `请加一行（没有的等级写 n/a），或用“scope”把这样的记录排除在标准之外（指标不可能取的值用“range”排除）${item ? `，如在“scope:”下写 ${item}` : ''}`,
      `table "${table.name}" has no row for ${en}, which a graded record can have${nothing.en}: ` +
        `such a record matches no row, so the table's requirements are not applicable to it and never hold its grade back; ` +
        `add a row for it (n/a in the columns of grades it cannot have), or keep such records out with "scope" ("range" for values the indicator cannot take)${item ? `, e.g. under "scope:" ${item}` : ''}`,
    ),
    ['tables', table.name, 'rows'],
    { key: true },
  );
  ctx.issues.push({ ...issue, severity: 'warning' });
}

/**
 * Warns about the combinations of the enum keys' values whose rows' bands
 * leave out part of what other rows' bands hold, naming the first five.
 */
function checkCombinations(
  ctx: ModelContext,
  table: TableModel,
  key: NumericKey,
  enumKeys: readonly EnumKey[],
  readers: readonly CheckModel[],
): void {
  const total = enumKeys.reduce((n, e) => n * e.values.length, 1);
  if (total === 0 || total > MAX_COMBINATIONS) return;
  const holds = (row: TableModel['rows'][number], combination: readonly Value[]) =>
    enumKeys.every((e, i) => (row.match[e.k] as Value[]).includes(combination[i]!));
  // The rows a record reading the table can match: their bands are what the table covers.
  const rows = table.rows.filter((row) =>
    enumKeys.every((e) => (row.match[e.k] as Value[]).some((v) => e.values.includes(v))),
  );
  const all = rows.map((r) => r.match[key.k] as Band);
  const named: { combination: Value[]; missing: Interval[] }[] = [];
  let count = 0;
  const at = enumKeys.map(() => 0);
  for (let n = 0; n < total; n++) {
    const combination = enumKeys.map((e, i) => e.values[at[i]!]!);
    const own = rows.filter((r) => holds(r, combination)).map((r) => r.match[key.k] as Band);
    // A combination with no row at all is warned about as such (check-key-rows.ts).
    const given = new Map(enumKeys.map((e, i) => [e.name, combination[i]!]));
    const applying = readers.filter((c) => !c.when || mayHold(c.when, given));
    if (own.length > 0 && applying.length > 0) {
      const whens = whereApplies(applying, key.name);
      const missing = union(all.flatMap((band) => own.reduce<Interval[]>(minus, [band]))).filter((piece) =>
        reachable(piece, key, whens),
      );
      if (missing.length > 0) {
        count++;
        if (named.length < NAMED) named.push({ combination, missing });
      }
    }
    // The next combination: the last key's value first, as an odometer turns.
    for (let i = enumKeys.length - 1; i >= 0; i--) {
      at[i] = (at[i]! + 1) % enumKeys[i]!.values.length;
      if (at[i] !== 0) break;
    }
  }
  if (count === 0) return;
  const en = named.map(
    ({ combination, missing }) =>
      `${combination.map((v, i) => `${enumKeys[i]!.name} ${String(v)}`).join(' with ')} with ${missing
        .map((p) => `${key.name} ${intervalText(p)}`)
        .join(' or ')}`,
  );
  const zh = named.map(
    ({ combination, missing }) =>
      `${combination.map((v, i) => `“${enumKeys[i]!.name}”为“${zhValue(v)}”`).join('且')}且${missing
        .map((p) => numericZh(key.name, p))
        .join('或')}`,
  );
  const more = count - named.length;
  const one = count === 1;
  const issue = ctx.source.issue(
    'band-gap',
    localized(
      `表“${table.name}”没有${zh.join('、')}${more > 0 ? `等 ${count} 个组合` : ''}的行，而其他行的区间有这样的值：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；` +
        `请为${one ? '它' : '每个组合'}加一行（没有的等级写 n/a），或用“scope”或读取此表的要求的“when”把这样的记录排除`,
      `table "${table.name}" has no row for ${en.join(', ')}${more > 0 ? `, and ${more} more combination${more === 1 ? '' : 's'}` : ''}, ` +
        `which other rows' bands hold: a record with ${one ? 'that combination' : 'one of them'} matches no row, so the table's requirements are not applicable to it and never hold its grade back; ` +
        `add a row for ${one ? 'it' : 'each'} (n/a in the columns of grades it cannot have), or keep such records out with "scope" or the "when" of the requirements reading the table`,
    ),
    ['tables', table.name, 'rows'],
    { key: true },
  );
  ctx.issues.push({ ...issue, severity: 'warning' });
}

/** Where on `name` one of the requirements applies: a requirement without a `when` applies anywhere. */
function whereApplies(readers: readonly CheckModel[], name: string): Interval[] {
  return readers.flatMap((c) => (c.when ? holdsIn(c.when, name) : [ALL]));
}

/** Whether a graded record to which a requirement applies can have a value in `piece`. */
function reachable(piece: Interval, key: NumericKey, whens: readonly Interval[]): boolean {
  return whens.some((w) => {
    const x = meet(meet(piece, key.span), w);
    return !isEmpty(x) && (!key.integer || holdsInteger(x));
  });
}
