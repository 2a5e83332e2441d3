import { referencedNames } from '../model/expr';
import type {
  CheckModel,
  ConditionModel,
  DerivedModel,
  IndicatorModel,
  Operand,
  TableModel,
} from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { allowedSpans } from './allowed-spans';
import { itemPaths } from './check-divisors';
import { holdsIn } from './condition-holds-in';
import { conditionNames } from './condition-names';
import { union } from './interval-sets';
import { intervalText } from './interval-text';
import type { ModelContext } from './model-context';
import { whenYaml } from './when-yaml';
import { someRecordOutside } from './whens-cover';

// The `when`s named in the message, at most; the rest are counted.
const MAX_NAMED = 3;
const NUMERIC = new Set([
  'equal',
  'greaterThan',
  'greaterThanInclusive',
  'lessThan',
  'lessThanInclusive',
  'in',
]);

/**
 * Warns (`required-beyond-when`) about a required indicator (no
 * `requiredWhen`, no `default`) that only requirements under a `when` read:
 * no scope item, derived value, table key, `when`, `requiredWhen`, scoring,
 * group or requirement without a `when` reads it. A record that meets none
 * of those `when`s is not tested on it, yet is invalid without it: 冲击吸收能量
 * tested only `when: { thickness: "≥ 8" }` made every 6 mm plate without an
 * impact test invalid (studio-author-43). Not where the `when`s together
 * cover every in-scope record ({@link someRecordOutside}). The advice is a
 * `requiredWhen` that is their union where it is one condition (the same
 * `when` for all, or bands or values of one indicator that join), else
 * `required: false`.
 */
export function checkRequiredBeyondWhen(
  ctx: ModelContext,
  indicators: readonly IndicatorModel[],
  derived: readonly DerivedModel[],
  tables: readonly TableModel[],
  scope: readonly CheckModel[],
  criteria: readonly CheckModel[],
): void {
  const always = new Set<string>();
  const under = new Map<string, CheckModel[]>();
  const testedBy = (c: CheckModel): Set<string> => {
    const read = new Set<string>();
    const operand = (o: Operand) => {
      if (o.kind === 'expr') referencedNames(o.expr, read);
      if (o.kind === 'cell') for (const k of tables[o.table]?.keys ?? []) read.add(k.indicator);
    };
    if (c.subject) read.add(c.subject);
    const t = c.test;
    if (t.kind === 'compare') operand(t.operand);
    if (t.kind === 'tolerance') for (const o of [t.nominal, t.plus, t.minus]) operand(o);
    if (t.kind === 'condition') for (const n of conditionNames(t.condition)) read.add(n);
    return read;
  };
  for (const c of scope) {
    for (const n of testedBy(c)) always.add(n);
    if (c.when) for (const n of conditionNames(c.when)) always.add(n);
  }
  for (const c of criteria) {
    for (const n of testedBy(c)) {
      if (!c.when) always.add(n);
      else under.set(n, [...(under.get(n) ?? []), c]);
    }
    if (c.when) for (const n of conditionNames(c.when)) always.add(n);
  }
  for (const d of derived) referencedNames(d.expr, always);
  for (const t of tables) for (const k of t.keys) always.add(k.indicator);
  for (const i of indicators)
    if (i.requiredWhen) for (const n of conditionNames(i.requiredWhen)) always.add(n);
  // Scoring and a lot's statistics name indicators in their own places: any mention counts.
  const elsewhere = JSON.stringify([ctx.doc.scoring ?? null, ctx.doc.group ?? null]);
  let spans: ReturnType<typeof allowedSpans> | undefined;
  let paths: ReturnType<typeof itemPaths> | undefined;
  for (const i of indicators) {
    const readers = under.get(i.name);
    if (!readers || !i.required || i.requiredWhen || i.default !== undefined || always.has(i.name)) continue;
    if (elsewhere.includes(JSON.stringify(i.name))) continue;
    // One entry per `when` (grade-table rows share theirs), with the requirements under it.
    const byWhen = new Map<string, { when: ConditionModel; written: unknown; ids: string[] }>();
    paths ??= itemPaths(ctx);
    for (const c of readers) {
      const key = JSON.stringify(c.when);
      const entry = byWhen.get(key);
      if (entry) {
        if (!entry.ids.includes(c.sourceId)) entry.ids.push(c.sourceId);
        continue;
      }
      const path = paths.get(`${c.location.line}:${c.location.column}`);
      const item = path
        ? (ctx.doc[path[0] as 'criteria']?.[path[1] as number] as { when?: unknown })
        : undefined;
      byWhen.set(key, { when: c.when!, written: item?.when ?? c.when, ids: [c.sourceId] });
    }
    const entries = [...byWhen.values()];
    const whens = entries.map((e) => e.when);
    spans ??= allowedSpans(scope, indicators);
    if (!someRecordOutside(whens, scope, indicators, spans)) continue;
    const listed = entries.slice(0, MAX_NAMED);
    const more = entries.length - listed.length;
    const listZh =
      listed
        .map((e) => `要求${e.ids.map((id) => `“${id}”`).join('、')}：“when: ${whenYaml(e.written)}”`)
        .join('；') + (more > 0 ? `；另有 ${more} 处` : '');
    const listEn =
      listed
        .map(
          (e) =>
            `requirement${e.ids.length > 1 ? 's' : ''} ${e.ids.join(', ')}: when: ${whenYaml(e.written)}`,
        )
        .join('; ') + (more > 0 ? `; and ${more} more` : '');
    const advice = unionWhen(entries, indicators);
    const label = i.label;
    const issue = ctx.source.issue(
      'required-beyond-when',
      localized(
        `指标“${label.zh ?? i.name}”（“${i.name}”）必须给出，而读取它的要求都只在“when”成立时适用（${listZh}）：不满足这些条件的记录不检验它，缺少它却会无效。` +
          (advice
            ? `若只有满足条件的记录才检测它，请给它写“requiredWhen: ${advice}”（不写“required: true”）`
            : '若只有部分记录检测它，请设“required: false”'),
        `indicator "${label.en ?? i.name}" (${i.name}) is required, but every requirement reading it applies only under a "when" (${listEn}): a record that meets none of them is not tested on it, yet is invalid without it. ` +
          (advice
            ? `If only the records that meet it are measured for it, write "requiredWhen: ${advice}" on it (and no "required: true")`
            : 'If only some records are measured for it, make it "required: false"'),
      ),
      ['indicators', i.name],
      { key: true },
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}

/**
 * The union of the `when`s as one condition to write, or `undefined`: the
 * `when` itself when there is one; `{ thickness: "≥ 8" }` for bands of one
 * number that join (`≥ 8` and `≥ 16`); `{ designation: [Q355, Q390] }` for
 * values of one enum. Not where a value they read has a `default`:
 * `requiredWhen` reads the record as given, before defaults, and `when` after.
 */
function unionWhen(
  entries: readonly { when: ConditionModel; written: unknown }[],
  indicators: readonly IndicatorModel[],
): string | undefined {
  const facts = [...new Set(entries.flatMap((e) => conditionNames(e.when)))];
  const found = facts.map((f) => indicators.find((i) => i.name === f));
  if (found.some((i) => !i || i.default !== undefined)) return undefined;
  if (entries.length === 1) return whenYaml(entries[0]!.written);
  if (facts.length !== 1) return undefined;
  const [fact, indicator] = [facts[0]!, found[0]!];
  const leaves = entries.flatMap((e) => leavesOf(e.when));
  if (!leaves || leaves.some((l) => l === undefined || l.fact !== fact)) return undefined;
  if (indicator.type === 'number' || indicator.type === 'integer') {
    const number = (v: unknown) =>
      typeof v === 'number' || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
    if (!leaves.every((l) => NUMERIC.has(l!.operator) && number(l!.value))) return undefined;
    const joined = union(entries.flatMap((e) => holdsIn(e.when, fact)));
    return joined.length === 1 ? whenYaml({ [fact]: intervalText(joined[0]!) }) : undefined;
  }
  // Values of an enum or a boolean: only where each `when` is a value or a list of them.
  if (entries.some((e) => !('fact' in e.when))) return undefined;
  const values: unknown[] = [];
  for (const l of leaves) {
    if (l!.operator === 'equal') values.push(l!.value);
    else if (l!.operator === 'in' && Array.isArray(l!.value)) values.push(...l!.value);
    else return undefined;
  }
  const distinct = [...new Set(values)];
  return whenYaml({ [fact]: distinct.length === 1 ? distinct[0] : distinct });
}

/** The comparisons an `all` or `any` of them is made of; `undefined` in a place of a `not`. */
function leavesOf(c: ConditionModel): (Extract<ConditionModel, { fact: string }> | undefined)[] {
  if ('all' in c) return c.all.flatMap(leavesOf);
  if ('any' in c) return c.any.flatMap(leavesOf);
  if ('not' in c) return [undefined];
  return [c];
}
