import type { CheckModel, ConditionModel, DerivedModel, IndicatorModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { itemPaths } from './check-divisors';
import type { ModelContext } from './model-context';
import { mayBeAbsent, whenNeeds } from './when-needs';
import { zhGrade } from './zh-grade';

/**
 * Warns (`untested-when-absent`) where a record that leaves out an optional
 * indicator F (no `default`) has an indicator X tested by no requirement:
 * every requirement on X has a `when` that needs F (`when: { autoclavePassed:
 * false }` and `when: { autoclavePassed: true }`), so such a record passes on
 * any X (a cement with MgO 9.9 % graded 合格). Where X is still tested at
 * some grades, the grades whose own requirements on X are all switched off
 * are named. A `when` on X itself ("judged when given") is deliberate, and a
 * `when` that repeats F's `requiredWhen` is off for such records anyway.
 */
export function checkUntested(
  ctx: ModelContext,
  checks: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
  derived: readonly DerivedModel[],
): void {
  const optional = indicators.filter(mayBeAbsent);
  if (optional.length === 0) return;
  const bySubject = new Map<string, CheckModel[]>();
  for (const c of checks) {
    if (!c.subject) continue;
    const list = bySubject.get(c.subject);
    if (list) list.push(c);
    else bySubject.set(c.subject, [c]);
  }
  const labels = new Map([...indicators, ...derived].map((v) => [v.name, v.label] as const));
  let paths: ReturnType<typeof itemPaths> | undefined;
  for (const f of optional) {
    for (const [subject, list] of bySubject) {
      if (subject === f.name) continue;
      // Off for a record without F: its `when` needs F, or repeats what makes F required (so it is off anyway).
      const needsF = (c: CheckModel) => c.when !== undefined && whenNeeds(c.when, [f]).length > 0;
      const offAnyway = (c: CheckModel) =>
        f.requiredWhen !== undefined && c.when !== undefined && implies(c.when, f.requiredWhen);
      const off = (c: CheckModel) => offAnyway(c) || needsF(c);
      const byF = list.filter((c) => needsF(c) && !offAnyway(c));
      if (byF.length === 0) continue;
      let grades: CheckModel['grade'][] = [];
      if (!list.every(off)) {
        // Still tested somewhere: the grades whose own requirements on X are all off.
        const own = [...new Set(list.map((c) => c.grade))];
        grades = own.filter((g) => g !== null && list.every((c) => c.grade !== g || off(c)));
        grades = grades.filter((g) => byF.some((c) => c.grade === g));
        if (grades.length === 0) continue;
      }
      const first = byF.find((c) => grades.length === 0 || grades.includes(c.grade))!;
      const ids = [
        ...new Set(byF.filter((c) => grades.length === 0 || grades.includes(c.grade)).map((c) => c.sourceId)),
      ];
      const x = labels.get(subject) ?? localized(subject);
      const fl = f.label;
      paths ??= itemPaths(ctx);
      const path = paths.get(`${first.location.line}:${first.location.column}`);
      const atZh = grades.length ? `在等级${grades.map((g) => zhGrade(ctx, g!)).join('、')}` : '';
      const atEn = grades.length
        ? ` at grade${grades.length > 1 ? 's' : ''} ${grades.map((g) => `"${g!.id}"`).join(', ')}`
        : '';
      const idsZh = ids.map((i) => `“${i}”`).join('、');
      const idsEn = ids.map((i) => `"${i}"`).join(', ');
      const example =
        f.type === 'boolean' ? 'default: false' : f.values?.length ? `default: ${f.values[0]}` : undefined;
      const issue = ctx.source.issue(
        'untested-when-absent',
        localized(
          `未给出“${fl.zh}”（“${f.name}”）的记录${atZh}不检验“${x.zh}”：${idsZh} 的“when”${ids.length > 1 ? '都' : ''}要求给出“${f.name}”。请为“${f.name}”设“default”${example ? `（如“${example}”）` : ''}，或设为必填（“required: true”），或增加一条不依赖它的要求`,
          `a record that does not give "${fl.en}" (${f.name}) has "${x.en}" tested by no requirement${atEn}: the "when" of ${idsEn} ${ids.length > 1 ? 'each needs' : 'needs'} ${f.name}. Give ${f.name} a "default"${example ? ` (e.g. "${example}")` : ''}, make it required ("required: true"), or add a requirement that does not depend on it`,
        ),
        path ? [...path, 'when'] : [],
      );
      ctx.issues.push({ ...issue, severity: 'warning' });
    }
  }
}

/** Whether `when` holds only where `cond` does: each of `cond`'s parts is one of `when`'s (written alike). */
export function implies(when: ConditionModel, cond: ConditionModel): boolean {
  const have = new Set(parts(when).map((p) => JSON.stringify(p)));
  return parts(cond).every((p) => have.has(JSON.stringify(p)));
}

/** The parts a condition needs all of: an `all`'s, flattened; otherwise the condition itself. */
export function parts(c: ConditionModel): ConditionModel[] {
  return 'all' in c ? c.all.flatMap(parts) : [c];
}
