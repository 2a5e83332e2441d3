import { type Expr, exprChildren } from '../model/expr';
import type {
  CheckModel,
  ConditionModel,
  DerivedModel,
  IndicatorModel,
  Operand,
  TableModel,
} from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { whenYaml } from '../text/when-yaml';
import { itemPaths } from './check-divisors';
import { parts } from './check-untested';
import { holdsIn } from './condition-holds-in';
import { mayHold, type Value } from './condition-may-hold';
import { conditionNames } from './condition-names';
import { complement, union } from './interval-sets';
import type { ModelContext } from './model-context';
import { requiredWhenAdvice, withoutDoubleNot } from './required-when-advice';
import { mayBeAbsent, whenNeeds } from './when-needs';
import { zhGrade } from './zh-grade';

// Values of an enum listed in the `when` to suggest, at most; more, and the advice says it in words.
const MAX_LISTED = 6;

/**
 * Warns (`unmet-when-absent`) where an optional indicator F (`required:
 * false`, no `default`) is tested by a requirement that applies to a record
 * whether or not it gives F: no `when`, or one that holds without F and has
 * no part of F's `requiredWhen` (`when: { unitType: cooling-only }` beside
 * `requiredWhen: { all: [{ unitType: cooling-only }, *inScope] }` is meant:
 * where it applies, F is required), and limits written as numbers or read
 * from a table column with no `~` cell in any row (a `~` says where the
 * requirement does not apply: P·O's insoluble residue, and a table that has
 * one is taken as meaning it; newcomer-26 F4: a transmittance table with
 * no `~` left every record without transmittance 不分级, unwarned; a formula
 * may say "not applicable" anywhere and is not looked at). A record without F is then `missing` that
 * requirement and never reaches its grade (newcomer-22 finding 6: `bow`
 * optional, `≤ 0.3 %` for every grade, 38 of 120 samples 不分级). Once per
 * indicator, at the requirement of the lowest grade, naming the `when` that
 * makes it "judged when given". A requirement on a derived value that cannot
 * be computed without F (`apfScaled = apf * 1`) tests F alike (hostile-30 M3).
 *
 * @example
 * checkUnmetWhenAbsent(ctx, criteria, indicators, derived) // pushes a warning per such indicator
 */
export function checkUnmetWhenAbsent(
  ctx: ModelContext,
  checks: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
  derived: readonly DerivedModel[] = [],
): void {
  let paths: ReturnType<typeof itemPaths> | undefined;
  const tables = [...ctx.tables.values()];
  for (const f of indicators.filter(mayBeAbsent)) {
    const through = derivedNeeding(f.name, derived);
    const always = checks.filter(
      (c) =>
        c.grade !== null &&
        c.effect !== 'scope' &&
        (c.subject === f.name || (c.subject !== undefined && through.has(c.subject))) &&
        fixedLimits(c, tables) &&
        (c.when === undefined ||
          (whenNeeds(c.when, [f]).length === 0 &&
            !(f.requiredWhen && sharesPart(c.when, f.requiredWhen, valuesOf(ctx))))),
    );
    if (always.length === 0) continue;
    const c = always.reduce((a, b) => (b.grade!.index < a.grade!.index ? b : a));
    const grade = c.grade!;
    const higher = ctx.gradeList.some((g) => g.index > grade.index);
    const lowest = !ctx.gradeList.some((g) => g.index < grade.index);
    const neverZh = lowest
      ? `都不分级（达不到最低的${zhGrade(ctx, grade)}）`
      : `都达不到${zhGrade(ctx, grade)}${higher ? '及以上等级' : ''}`;
    const neverEn = lowest
      ? `is never graded (it cannot reach "${grade.id}", the lowest grade)`
      : `never reaches grade "${grade.id}"${higher ? ' or above' : ''}`;
    paths ??= itemPaths(ctx);
    const path = paths.get(`${c.location.line}:${c.location.column}`);
    const given = givenCondition(f);
    const fl = f.label;
    // Under a `when`, "required: true" would draw required-beyond-when, and a second `when:` key is a YAML error:
    // advise the `requiredWhen` that is where it is tested, and the `when` with the value added.
    const measured = c.when ? requiredWhere(ctx, f, checks, through, indicators) : undefined;
    const written = path
      ? (ctx.doc[path[0] as 'criteria']?.[path[1] as number] as { when?: unknown })?.when
      : undefined;
    const mapWhen =
      c.when && given && isMapForm(written)
        ? `${whenYaml(written).slice(0, -2)}, ${f.name}: ${given} }`
        : undefined;
    const whenToGive = mapWhen ?? (given ? `{ ${f.name}: ${given} }` : undefined);
    const inWhenZh = c.when ? '在其“when”成立时' : '';
    const inWhenEn = c.when ? ' wherever its "when" holds' : '';
    // Tested through a derived value: name it, since the requirement's own indicator is not F.
    const viaZh = c.subject !== f.name ? `（通过派生值“${c.subject}”）` : '';
    const viaEn = c.subject !== f.name ? ` (through the derived value ${c.subject})` : '';
    const cell = firstCell(c);
    const table = cell && tables.find((t) => t.index === cell.table);
    // A limit read from a table: say that no row of its column leaves the requirement out.
    const fromZh = table ? `（限值取自表“${table.name}”的“${cell.column}”列，该列没有 ~ 单元格）` : '';
    const fromEn = table
      ? ` (its limit, column "${cell.column}" of table "${table.name}", has no ~ cell)`
      : '';
    // Only a higher grade tests it (对角线差 for 优质加工级): holding an unmeasured record below is often what the
    // standard means, and the `when` would let it through (newcomer-43 F1: the docs had to say "do not follow this").
    const intendedZh = lowest
      ? ''
      : `若标准只对${zhGrade(ctx, grade)}${higher ? '及以上等级' : ''}要求检测它，这正是标准的意思：未检测的记录停在下一等级，不必改动（没有关闭这条警告的键）。`;
    const intendedEn = lowest
      ? ''
      : `If the standard asks for it only at grade "${grade.id}"${higher ? ' and above' : ''}, that is what it means: a record not measured stays at the grade below; change nothing (no key silences this warning). `;
    const letsThroughZh = lowest ? '' : `（那样未检测的记录也能达到${zhGrade(ctx, grade)}）`;
    const letsThroughEn = lowest ? '' : ` (then a record not measured reaches "${grade.id}" too)`;
    const issue = ctx.source.issue(
      'unmet-when-absent',
      localized(
        `可选指标“${fl.zh}”（“${f.name}”）没有默认值，而要求“${c.sourceId}”${inWhenZh}总是检验它${viaZh}${fromZh}：未给出“${f.name}”的记录${neverZh}。` +
          `${intendedZh}若未检测时不判定，请${mapWhen ? `把这条要求的“when”改为“when: ${mapWhen}”` : `给这条要求加${whenToGive ? `“when: ${whenToGive}”` : `在给出“${f.name}”时才成立的“when”`}`}${letsThroughZh}；若必须检测，${measured ? `请给它写“requiredWhen: ${measured}”` : '请设为必填（“required: true”）'}`,
        `the optional indicator "${fl.en}" (${f.name}) has no default, yet requirement "${c.sourceId}" tests it${viaEn}${inWhenEn}${fromEn}: a record that does not give ${f.name} ${neverEn}. ` +
          `${intendedEn}If it is not judged when not measured, ${mapWhen ? `make the requirement's when: ${mapWhen}` : `give the requirement ${whenToGive ? `when: ${whenToGive}` : `a "when" that holds only when ${f.name} is given`}`}${letsThroughEn}; if it must be measured, ${measured ? `give it "requiredWhen: ${measured}"` : 'make it required ("required: true")'}`,
      ),
      path ?? [],
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}

/**
 * The `requiredWhen` to advise where every requirement on `f` has a `when`
 * and nothing else reads it: "required: true" would draw required-beyond-when.
 */
function requiredWhere(
  ctx: ModelContext,
  f: IndicatorModel,
  checks: readonly CheckModel[],
  through: ReadonlySet<string>,
  indicators: readonly IndicatorModel[],
): string | undefined {
  if (
    through.size > 0 ||
    JSON.stringify([ctx.doc.scope ?? null, ctx.doc.scoring ?? null, ctx.doc.group ?? null]).includes(
      JSON.stringify(f.name),
    )
  )
    return undefined;
  const readers = checks.filter((x) => x.subject === f.name);
  if (readers.some((x) => !x.when) || checks.some((x) => x.when && conditionNames(x.when).includes(f.name)))
    return undefined;
  const paths = itemPaths(ctx);
  const byWhen = new Map<string, { when: ConditionModel; written: unknown }>();
  for (const x of readers) {
    const path = paths.get(`${x.location.line}:${x.location.column}`);
    const item = path
      ? (ctx.doc[path[0] as 'criteria']?.[path[1] as number] as { when?: unknown })
      : undefined;
    byWhen.set(JSON.stringify(x.when), { when: x.when!, written: item?.when ?? x.when });
  }
  return requiredWhenAdvice([...byWhen.values()], indicators);
}

/** Whether a written `when` is the short form (`{ thickness: "≥ 8" }`), to which an entry can be added. */
function isMapForm(when: unknown): when is Record<string, unknown> {
  return (
    !!when &&
    typeof when === 'object' &&
    !Array.isArray(when) &&
    !['all', 'any', 'not', 'fact'].some((k) => Object.hasOwn(when, k))
  );
}

/** The operands a check's limit is made of. */
function limitOperands(c: CheckModel): Operand[] {
  const t = c.test;
  return t.kind === 'compare' ? [t.operand] : t.kind === 'tolerance' ? [t.nominal, t.plus, t.minus] : [];
}

/**
 * Whether a check's limits hold for every record: written as numbers, or
 * read from a table column no row of which is `~` (no requirement). A
 * formula may come out "not applicable", and is not looked at; `n/a` (no
 * such grade) holds the record back too, so it is not a `~`.
 */
function fixedLimits(c: CheckModel, tables: readonly TableModel[]): boolean {
  const t = c.test;
  if (t.kind === 'range' || t.kind === 'member') return true;
  if (t.kind !== 'compare' && t.kind !== 'tolerance') return false;
  return limitOperands(c).every((o) => {
    if (o.kind === 'literal') return true;
    if (o.kind !== 'cell') return false;
    const table = tables.find((x) => x.index === o.table);
    return table?.rows.every((row) => row.cells.get(o.column) !== null) === true;
  });
}

/** The first table cell a check's limit reads, if any. */
function firstCell(c: CheckModel): Extract<Operand, { kind: 'cell' }> | undefined {
  return limitOperands(c).find((o): o is Extract<Operand, { kind: 'cell' }> => o.kind === 'cell');
}

/**
 * Whether a part of `when` (of an `all`, flattened) holds only where a part of
 * `required` does: written alike, or both on the same value list with the
 * `when`'s values among the other's (`unitType: heat-pump` and `operator: in,
 * value: [heat-pump]` say the same; hostile-30 M3 was warned for the second).
 */
function sharesPart(when: ConditionModel, required: ConditionModel, values: ValuesOf): boolean {
  const have = partsOf(required);
  return partsOf(when).some((p) => have.some((q) => implies(p, q, values)));
}

/** The values an enum or boolean may take, by name; `undefined` for another kind. */
type ValuesOf = (name: string) => readonly Value[] | undefined;

function valuesOf(ctx: ModelContext): ValuesOf {
  return (name) => {
    const info = ctx.values.get(name);
    return info?.kind === 'boolean' ? [true, false] : info?.values;
  };
}

/** An `all`'s parts, a `not` of an opposite read as the comparison (the `requiredWhen` required-beyond-when advises). */
function partsOf(c: ConditionModel): ConditionModel[] {
  return parts(c).map(withoutDoubleNot);
}

/**
 * Whether `p` holds only where `q` does, seeing through `any`: `thickness ≥ 16`
 * beside `requiredWhen: { any: [thickness ≥ 8, quality = D] }` (the advice for
 * `when`s on two values) is meant. On one enum or boolean, tried value by
 * value: `quality: [B, C]` beside `not: { quality in [D] }` (the advice where
 * quality has a default) is meant.
 */
function implies(p: ConditionModel, q: ConditionModel, values: ValuesOf): boolean {
  const names = new Set([...conditionNames(p), ...conditionNames(q)]);
  const [fact] = names;
  const all = names.size === 1 ? values(fact!) : undefined;
  if (all) return all.every((v) => !mayHold(p, new Map([[fact!, v]])) || mayHold(q, new Map([[fact!, v]])));
  if ('any' in q) return q.any.some((branch) => partsOf(branch).some((r) => implies(p, r, values)));
  if ('any' in p) return p.any.every((branch) => partsOf(branch).some((r) => implies(r, q, values)));
  return partImplies(p, q);
}

function partImplies(p: ConditionModel, q: ConditionModel): boolean {
  if (JSON.stringify(p) === JSON.stringify(q)) return true;
  // A band within the other's (`thickness ≥ 16` beside `requiredWhen: { thickness: "≥ 8" }`): the union of several
  // `when`s that required-beyond-when advises.
  if ('fact' in p && 'fact' in q && p.fact === q.fact && bound(p) && bound(q)) {
    const outer = union(holdsIn(q, q.fact));
    return holdsIn(p, p.fact).every((piece) => complement(piece, outer).length === 0);
  }
  const a = valueList(p);
  const b = valueList(q);
  return !!a && !!b && a.fact === b.fact && a.values.every((v) => b.values.includes(v));
}

/** Whether a condition compares its value with a number: `holdsIn` then gives exactly where it holds. */
function bound(c: Extract<ConditionModel, { fact: string }>): boolean {
  return (
    ['greaterThan', 'greaterThanInclusive', 'lessThan', 'lessThanInclusive', 'equal'].includes(c.operator) &&
    typeof c.value === 'number'
  );
}

/** The values an `equal` or `in` condition holds for, if it is one. */
function valueList(c: ConditionModel): { fact: string; values: unknown[] } | undefined {
  if (!('fact' in c)) return undefined;
  if (c.operator === 'equal') return { fact: c.fact, values: [c.value] };
  if (c.operator === 'in' && Array.isArray(c.value)) return { fact: c.fact, values: c.value };
  return undefined;
}

/**
 * The derived values that cannot be computed without `name`: their formula
 * reads it (or such a derived value) wherever the result depends on it
 * whatever else is given (arithmetic, functions, a condition's test; not one
 * branch of `?:` or the right side of `&&`/`||`, which may go unread).
 */
function derivedNeeding(name: string, derived: readonly DerivedModel[]): Set<string> {
  const needing = new Set<string>();
  const needs = (e: Expr): boolean => {
    switch (e.k) {
      case 'ref':
        return e.name === name || needing.has(e.name);
      case 'cond':
        return needs(e.test) || (needs(e.yes) && needs(e.no));
      case 'logical':
        return needs(e.left);
      default:
        return exprChildren(e).some(needs);
    }
  };
  // Derived values may read each other in any order: repeat until nothing is added.
  for (let added = true; added; ) {
    added = false;
    for (const d of derived)
      if (!needing.has(d.name) && needs(d.expr)) {
        needing.add(d.name);
        added = true;
      }
  }
  return needing;
}

/** A `when` value that holds for every value the indicator may take, so only where it is given. */
function givenCondition(f: IndicatorModel): string | undefined {
  if (f.type === 'enum' && f.values && f.values.length <= MAX_LISTED)
    return `[${f.values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ')}]`;
  if (f.type !== 'number' && f.type !== 'integer') return undefined;
  const lower = f.range?.lower ?? 0;
  if (!Number.isFinite(lower)) return undefined;
  // No range: a measured quantity is taken as ≥ 0, as docs/rule-format.md writes the idiom.
  if (!f.range || f.range.lowerInclusive) return `"≥ ${lower}"`;
  return `"> ${lower}"`;
}
