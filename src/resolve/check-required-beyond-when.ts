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
import { whenYaml } from '../text/when-yaml';
import { allowedSpans } from './allowed-spans';
import { itemPaths } from './check-divisors';
import { conditionNames } from './condition-names';
import type { ModelContext } from './model-context';
import { requiredWhenAdvice } from './required-when-advice';
import { someRecordOutside } from './whens-cover';

// The `when`s named in the message, at most; the rest are counted.
const MAX_NAMED = 3;

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
    const advice = requiredWhenAdvice(entries, indicators);
    // Value-by-value `when`s that forget a value draw `band-gap` at one of them too: the same records, seen from the
    // limit's side. Say so, so that one fix is seen to clear both.
    const readerWhens = new Set(
      readers.map((c) =>
        JSON.stringify([...(paths!.get(`${c.location.line}:${c.location.column}`) ?? []), 'when']),
      ),
    );
    const gap = ctx.issues.find((x) => x.code === 'band-gap' && readerWhens.has(JSON.stringify(x.path)));
    const gapZh = gap
      ? `这些记录也就是第 ${gap.line} 行第 ${gap.column} 列“band-gap”警告所说的记录：若标准对它们也有限值，为它们加上要求即可同时消除两条警告。`
      : '';
    const gapEn = gap
      ? `These are the records the band-gap warning at ${gap.line}:${gap.column} is about: if the standard sets a limit for them too, a requirement for them clears both warnings. `
      : '';
    const label = i.label;
    const issue = ctx.source.issue(
      'required-beyond-when',
      localized(
        `指标“${label.zh ?? i.name}”（“${i.name}”）必须给出，而读取它的要求都只在“when”成立时适用（${listZh}）：不满足这些条件的记录不检验它，缺少它却会无效。${gapZh}` +
          (advice
            ? `若只有满足条件的记录才检测它，请给它写“requiredWhen: ${advice}”（不写“required: true”）`
            : '若只有满足条件的记录才检测它，请给它写一个在这些“when”之一成立时成立的“requiredWhen”（不写“required: true”）'),
        `indicator "${label.en ?? i.name}" (${i.name}) is required, but every requirement reading it applies only under a "when" (${listEn}): a record that meets none of them is not tested on it, yet is invalid without it. ${gapEn}` +
          (advice
            ? `If only the records that meet ${entries.length > 1 ? 'one of them' : 'it'} are measured for it, write "requiredWhen: ${advice}" on it (and no "required: true")`
            : 'If only the records that meet one of them are measured for it, give it a "requiredWhen" that holds where one of them does (and no "required: true")'),
      ),
      ['indicators', i.name],
      { key: true },
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}
