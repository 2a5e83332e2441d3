import type { GradeModel } from '../model/grade-model';
import type { CheckModel, IndicatorModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { ALL, allowedSpans, type Interval, isEmpty, meet } from './allowed-spans';
import { itemPaths } from './check-divisors';
import { inScope } from './check-key-rows';
import { holdsIn } from './condition-holds-in';
import { mayHold, type Value } from './condition-may-hold';
import { conditionNames } from './condition-names';
import { isIntegerIndicator } from './integers-between';
import { complement, holdsInteger, union } from './interval-sets';
import { intervalText, numericZh } from './interval-text';
import type { ModelContext } from './model-context';
import { zhGrade } from './zh-grade';

/**
 * Warns (`band-gap`, as a table with no row for a key value) where the
 * requirements on an indicator at some grade are all limited by `when` to
 * values of an enum and together leave some of its values out: one
 * requirement per 类别 (`when: { category: 瓷质砖 }`, …) that forgets 陶质砖
 * grades a 陶质砖 of 吸水率 99 % 优等品 (newcomer-40 W1). A value the scope or a
 * veto item (`gate`) keeps out, or for which the indicator's `requiredWhen`
 * does not ask for it, is not missing. Booleans are not looked at: a limit
 * only `when: { glazed: true }` is the usual way to say "only glazed tiles".
 * Only an enum the requirements are written value by value for is looked
 * at (two or more requirements, each for other values): one requirement
 * `when: { designation: [Q355, Q390] }` says "only these" on purpose.
 * A requirement of a lower grade holds at the higher ones too, so the grades
 * named are those at which such a record has no requirement on the indicator
 * while other records have one.
 */
export function checkWhenCoverage(
  ctx: ModelContext,
  indicators: readonly IndicatorModel[],
  scope: readonly CheckModel[],
  criteria: readonly CheckModel[],
): void {
  const grades = ctx.gradeList;
  if (grades.length === 0) return;
  const bySubject = new Map<string, CheckModel[]>();
  for (const c of criteria) {
    if (!c.subject || c.effect === 'scope') continue;
    const list = bySubject.get(c.subject);
    if (list) list.push(c);
    else bySubject.set(c.subject, [c]);
  }
  const vetoes = criteria.filter((c) => c.effect === 'gate');
  const byName = new Map(indicators.map((i) => [i.name, i]));
  let paths: ReturnType<typeof itemPaths> | undefined;
  // What a graded record can have on a number: range, plausible, scope; a veto item's limit too (it is not graded past it).
  let allowed: { scope: Map<string, Interval>; vetoes: Map<string, Interval> } | undefined;
  const spans = () =>
    (allowed ??= { scope: allowedSpans(scope, indicators), vetoes: allowedSpans(vetoes, []) });
  for (const [subject, list] of bySubject) {
    if (list.every((c) => !c.when)) continue;
    const enums = new Set(list.flatMap((c) => (c.when ? conditionNames(c.when) : [])));
    for (const e of enums) {
      const info = ctx.values.get(e);
      if (e !== subject && info?.kind === 'number' && !info.values && !info.perSpecimen) {
        paths ??= itemPaths(ctx);
        checkNumericBands(ctx, subject, e, list, spans(), paths, byName.get(subject));
        continue;
      }
      if (e === subject || !info?.values || info.kind === 'boolean') continue;
      const requiredWhen = byName.get(subject)?.requiredWhen;
      const kept = info.values.filter(
        (v) =>
          inScope(scope, e, v) &&
          inScope(vetoes, e, v) &&
          (!requiredWhen || mayHold(requiredWhen, new Map([[e, v]]))),
      );
      // One requirement limited to some values is "applies only to these" (`when: { designation: [Q355, Q390] }`);
      // two or more, each for other values, are the limit written value by value, where one left out is a slip.
      const coverages = new Set(
        list.map((c) => kept.filter((v) => !c.when || mayHold(c.when, new Map([[e, v]]))).join('\n')),
      );
      coverages.delete(kept.join('\n'));
      if (coverages.size < 2) continue;
      // The grades each value goes unchecked at, where some other value is checked.
      const missing = new Map<string, Value[]>();
      // A requirement holds from its level up: a value is unchecked from the lowest level any requirement holds at
      // to below the lowest that one checking the value holds at. Once per value, not per value and grade (2,000
      // values at 80 grades took 78 s to validate).
      const levels = list.map(level);
      const lowest = levels.reduce((m, l) => Math.min(m, l), Infinity);
      for (const v of kept) {
        const given = new Map<string, Value>([[e, v]]);
        let checked = Infinity;
        list.forEach((c, k) => {
          if (levels[k]! < checked && (!c.when || mayHold(c.when, given))) checked = levels[k]!;
        });
        const at = grades.filter((g) => lowest <= g.index && g.index < checked);
        if (at.length === 0) continue;
        const key = at.map((g) => g.id).join('\n');
        const values = missing.get(key);
        if (values) values.push(v);
        else missing.set(key, [v]);
      }
      for (const [key, values] of missing) {
        const at = key.split('\n').map((id) => ctx.grades.get(id)!);
        const first = list.find((c) => c.when)!;
        paths ??= itemPaths(ctx);
        const path = paths.get(`${first.location.line}:${first.location.column}`);
        const label = byName.get(subject)?.label ?? localized(subject);
        const one = values.length === 1;
        const [zh, en] = [zhNames(values.map(String)), values.map(String).join(', ')];
        const everyGrade = at.length === grades.length;
        const atZh = everyGrade ? '任何等级' : `等级${at.map((g) => zhGrade(ctx, g)).join('、')}`;
        const atEn = everyGrade
          ? 'at any grade'
          : `at grade${at.length > 1 ? 's' : ''} ${at.map((g) => `"${g.id}"`).join(', ')}`;
        const issue = ctx.source.issue(
          'band-gap',
          localized(
            `“${label.zh ?? subject}”（“${subject}”）的要求都用“when”限定了“${e}”，“${e}”为${zh}的记录在${atZh}没有“${label.zh ?? subject}”的要求：分级时不检验它，如同没有这个限值，其等级不受它限制；` +
              `请为${zh}${one ? '' : '各'}加一条要求，或把${one ? '它' : '它们'}从“${e}”的“values”中删去，或用“scope”把${one ? '它' : '它们'}排除在标准之外`,
            `every requirement on "${label.en ?? subject}" (${subject}) is limited by "when" to values of ${e}, and none applies to a record with ${e} ${en} ${atEn}: ` +
              `such a record is graded as if the limit did not exist, and it never holds its grade back; ` +
              `add a requirement for ${one ? 'it' : 'each'}, or take ${one ? 'it' : 'them'} out of the "values" of "${e}" or out of "scope"`,
          ),
          path ? [...path, 'when'] : [],
        );
        ctx.issues.push({ ...issue, severity: 'warning' });
      }
    }
  }
}

/**
 * Warns (`band-gap`) where the requirements on `subject` are limited by `when`
 * to bands of the number `fact`, written band by band (two or more
 * requirements, each for another part), and together leave part of what a
 * graded record can have on it out at some grade: `when: { thickness: "≤ 6" }`
 * and `when: { thickness: "≥ 8" }` leave (6, 8), so a 7 mm pane of 弯曲度 5 %
 * was 优质加工级, while the same gap between two rows of a table is an error
 * (newcomer-41 F1). Where the indicator's `requiredWhen` does not ask for it,
 * a part is not missing; for an integer, a part holding no whole number.
 */
function checkNumericBands(
  ctx: ModelContext,
  subject: string,
  fact: string,
  list: readonly CheckModel[],
  allowed: { scope: Map<string, Interval>; vetoes: Map<string, Interval> },
  paths: ReturnType<typeof itemPaths>,
  indicator: IndicatorModel | undefined,
): void {
  const span = meet(allowed.scope.get(fact) ?? ALL, allowed.vetoes.get(fact) ?? ALL);
  if (isEmpty(span)) return;
  const integer = isIntegerIndicator(ctx.doc, fact);
  const asked = indicator?.requiredWhen ? holdsIn(indicator.requiredWhen, fact) : [ALL];
  // Each requirement's part once: the grades below ask for it again, thousands of times in a large rule set.
  const parts = new Map<CheckModel, Interval[]>();
  const where = (c: CheckModel): Interval[] => {
    let part = parts.get(c);
    if (part === undefined) {
      part = union(
        (c.when ? holdsIn(c.when, fact) : [ALL]).map((w) => meet(w, span)).filter((w) => !isEmpty(w)),
      );
      parts.set(c, part);
    }
    return part;
  };
  // Two or more requirements, each for another part of the number, are the limit written band by band; one requirement
  // `when: { ratedCoolingCapacity: "≤ 4500" }` says "only these" on purpose.
  const whole = JSON.stringify([span]);
  const distinct = new Set(list.map((c) => JSON.stringify(where(c))));
  distinct.delete(whole);
  if (distinct.size < 2) return;
  const missing = new Map<string, { pieces: Interval[]; grades: GradeModel[] }>();
  const levels = list.map(level);
  for (const g of ctx.gradeList) {
    const inForce = list.filter((_, k) => levels[k]! <= g.index);
    if (inForce.length === 0) continue;
    const pieces = complement(span, union(inForce.flatMap(where)))
      .flatMap((p) => asked.map((a) => meet(p, a)))
      .filter((p) => !isEmpty(p) && (!integer || holdsInteger(p)));
    if (pieces.length === 0) continue;
    const key = JSON.stringify(pieces);
    const entry = missing.get(key);
    if (entry) entry.grades.push(g);
    else missing.set(key, { pieces, grades: [g] });
  }
  const first =
    list.find((c) => c.when && where(c).length > 0 && JSON.stringify(where(c)) !== whole) ?? list[0]!;
  const path = paths.get(`${first.location.line}:${first.location.column}`);
  const label = indicator?.label ?? localized(subject);
  const name = label.zh ?? subject;
  for (const { pieces, grades } of missing.values()) {
    const everyGrade = grades.length === ctx.gradeList.length;
    const atZh = everyGrade ? '任何等级' : `等级${grades.map((g) => zhGrade(ctx, g)).join('、')}`;
    const atEn = everyGrade
      ? 'at any grade'
      : `at grade${grades.length > 1 ? 's' : ''} ${grades.map((g) => `"${g.id}"`).join(', ')}`;
    const zh = pieces.map((p) => numericZh(fact, p)).join('或');
    const en = pieces.map((p) => `${fact} ${intervalText(p)}`).join(' or ');
    // A gap between two bands: the example makes them meet at its upper end, (6, 8) → "< 8" and "≥ 8".
    const gap = pieces.find((p) => p.lower !== -Infinity && p.upper !== Infinity);
    const meetAt = gap
      ? gap.upperInclusive
        ? [`≤ ${gap.upper}`, `> ${gap.upper}`]
        : [`< ${gap.upper}`, `≥ ${gap.upper}`]
      : undefined;
    const issue = ctx.source.issue(
      'band-gap',
      localized(
        `“${name}”（“${subject}”）的要求都用“when”按“${fact}”分档，${zh}的记录在${atZh}没有“${name}”的要求：分级时不检验它，如同没有这个限值，其等级不受它限制；` +
          `${meetAt ? `若两档之间本不该有空缺，请让“when”的区间首尾相接（如“${meetAt[0]}”与“${meetAt[1]}”）；否则` : '请'}为这些值加一条要求，或用“scope”把它们排除在标准之外`,
        `every requirement on "${label.en ?? subject}" (${subject}) is limited by "when" to bands of ${fact}, and none applies to a record with ${en} ${atEn}: ` +
          `such a record is graded as if the limit did not exist, and it never holds its grade back; ` +
          `${meetAt ? `if the bands are meant to meet, make the "when" ranges meet (e.g. "${meetAt[0]}" and "${meetAt[1]}"); otherwise ` : ''}add a requirement for these values, or keep them out with "scope"`,
      ),
      path ? [...path, 'when'] : [],
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}

/** The lowest grade a requirement holds at: its own; a veto item at every grade; a `cap` above the grade it caps at. */
function level(c: CheckModel): number {
  if (c.effect === 'gate') return 0;
  if (c.effect === 'cap') return (c.capAt?.index ?? -1) + 1;
  return c.grade?.index ?? 0;
}
