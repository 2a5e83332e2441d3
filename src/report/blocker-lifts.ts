import { limitKeyIndicators } from '../compare/limit-keys';
import type { RecordSnapshot } from '../compile/record-snapshot';
import { limitDecimals, type RequirementLift, requirementLift } from '../explain/requirement-lift';
import { compileGrader } from '../grade/create-grader';
import type { GradeModel } from '../model/grade-model';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { operatorSymbol } from '../model/operators';
import type { RuleSetModel } from '../model/rule-set-model';
import type { RuleSet } from '../resolve/rule-set';
import { modelOf } from '../resolve/rule-set';
import { decimalsOf } from '../rounding/decimal';
import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { unitAfter } from '../text/unit-after';

/**
 * What would lift each of a result's next-grade blockers that is a number short of its limit, by the
 * blocker's id: see {@link blockerLifts}. `record` is the record graded (to solve for a derived value's
 * input), `written` its cells as written by field (for the input's decimals).
 */
export type BlockerLifts = (
  result: GradeResult,
  record?: unknown,
  written?: Readonly<Record<string, string>>,
) => ReadonlyMap<string, LocalizedText>;

const known = new WeakMap<RuleSet, BlockerLifts>();

/**
 * For the texts a person reads one record in — `qgrade explain`, the HTML report's explanations, the studio's
 * panel — the line under each blocker of the next grade that says how far its value is from the limit and
 * what would meet it, as a score's shortfall does (`差 11 分；例如 …`):
 * `差 1.9 个百分点；按 GB/T 8170 修约到 0.1 后比较，≥ 59.95 % 即满足；如 热水输出量 ≥ 35.97 L（其余不变）`
 * (newcomer-36 M9). The gap is from the value as graded (rounded, where the rule rounds); a derived value's
 * input is named only when the record is given and the value is monotone in it (see `requirementLift`).
 * Worked out when the text is made, from the result and the compiled rule set: results (JSON, NDJSON) carry
 * nothing more. A text, yes/no or enum requirement gets none: its sentence already names the value needed.
 *
 * @example
 * blockerLifts(ruleSet)(result, record).get('hot-water@qualified')?.en;
 * // '1.9 percentage points short; compared after rounding to 0.1 (GB/T 8170), ≥ 59.95 % meets it; e.g. …'
 */
export function blockerLifts(ruleSet: RuleSet): BlockerLifts {
  const made = known.get(ruleSet);
  if (made) return made;
  const { compiled, gradeFull } = compileGrader(ruleSet);
  const model = modelOf(ruleSet);
  const keysOf = limitKeyIndicators(model);
  const unitOf = new Map<string, string | undefined>([
    ...model.indicators.map((i) => [i.name, i.unit] as const),
    ...model.derived.map((d) => [d.name, d.unit] as const),
  ]);
  const lifts: BlockerLifts = (result, record, written) => {
    const out = new Map<string, LocalizedText>();
    const blockers = result.nextGrade?.blockers ?? [];
    if (blockers.length === 0 || result.errors !== undefined) return out;
    let snapshot: RecordSnapshot | undefined;
    if (record !== undefined && record !== null) {
      const read = compiled.reader.snapshot(record);
      if (Array.isArray(read)) snapshot = read;
    }
    // The lab's digits: 34.86 → a target to 0.01; a cell written 35.0 → to 0.1; and at least those of the
    // indicator's own limits, which it is reported to (Mn written 1.6, limit ≤ 1.60: to 0.01; standards-40 M2).
    const inputDecimals = (slot: number, value: number) => {
      const name = model.indicators[slot]?.name;
      const cell = name === undefined ? undefined : written?.[name];
      let most = Math.max(decimalsOf(String(value)), cell === undefined ? 0 : decimalsOf(cell));
      for (const c of result.criteria)
        if (c.indicator === name && c.limit) most = Math.max(most, limitDecimals(c.limit.text));
      return most;
    };
    const found = new Map<string, RequirementLift>();
    for (const b of blockers) {
      const fixed = new Set(keysOf(b.id).map((i) => i.name));
      const lift = requirementLift(compiled, b, snapshot, fixed, inputDecimals);
      if (!lift) continue;
      found.set(b.id, lift);
      out.set(b.id, liftText(lift, b.indicator === null ? undefined : unitOf.get(b.indicator)));
    }
    // The advice applied: where it reaches a grade above the one it promises, say so (standards-40 M4).
    const reached = snapshot && higherReached(result, snapshot, found, model, gradeFull);
    if (reached) {
      const last = blockers[blockers.length - 1]!;
      const one = blockers.length === 1;
      const said = out.get(last.id);
      const zh = cjkJoin(one ? '仅此一项即可达到' : '以上各项一并做到即可达到', reached.label.zh);
      const en = one ? `this alone reaches ${reached.label.en}` : `these together reach ${reached.label.en}`;
      out.set(last.id, said ? { zh: `${said.zh}；${zh}`, en: `${said.en}; ${en}` } : { zh, en });
    }
    return out;
  };
  known.set(ruleSet, lifts);
  return lifts;
}

/** A lift as one line in both languages. */
function liftText(lift: RequirementLift, unit: string | undefined): LocalizedText {
  // A gap in a percentage is in percentage points.
  const percent = unit === '%';
  const gapUnit = percent ? localized(' 个百分点', ' percentage points') : localized(unitAfter(unit));
  const after = unitAfter(unit);
  const { zh: zhGap, en: enGap } = lift.specimens
    ? specimensText(lift.specimens, !!lift.edge, lift.over, after)
    : gapText(lift, gapUnit);
  const zh = [zhGap];
  const en = [enGap];
  const edge = lift.edge;
  if (edge) {
    const at = `${operatorSymbol(edge.operator)} ${edge.value}${after}`;
    zh.push(`按 GB/T 8170 修约到 ${edge.interval} 后比较，${at} 即满足`);
    en.push(`compared after rounding to ${edge.interval} (GB/T 8170), ${at} meets it`);
  }
  const input = lift.input;
  if (input) {
    const { indicator, operator, target } = input;
    const value = `${target}${unitAfter(indicator.unit)}`;
    const zhAt = operator === '=' ? `为 ${value}` : `${operatorSymbol(operator)} ${value}`;
    const enAt = operator === '=' ? `at ${value}` : `${operatorSymbol(operator)} ${value}`;
    // Where a value between the target and one digit more meets it too, that value: C ≤ 0.23 (to C's 0.01), 0.235 exactly.
    const exact =
      input.exact === undefined
        ? undefined
        : `${operatorSymbol(operator)} ${input.exact}${unitAfter(indicator.unit)}`;
    zh.push(`如 ${indicator.label.zh} ${zhAt}（${exact ? `精确为 ${exact}；` : ''}其余不变）`);
    en.push(`e.g. ${indicator.label.en} ${enAt} (${exact ? `${exact} exactly; ` : ''}others as measured)`);
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}

/**
 * How far a lift's value is from what meets it: `差 0.01 MPa` / `0.01 MPa short`; for a value written with a
 * rounding mark the range the mark leaves (`5.00(−)`: `at most 0.005 short`; `4.99(+)`: `0.005 to 0.01 short`);
 * against a strict edge met only past the gap, `more than 0.005 short`.
 */
function gapText(lift: RequirementLift, unit: LocalizedText): LocalizedText {
  const { gap, least, over } = lift;
  if (least !== undefined) {
    if (Number(least) === 0)
      return over
        ? {
            zh: `按修约符号超出不超过 ${gap}${unit.zh}`,
            en: `at most ${gap}${unit.en} over, as the rounding mark reads`,
          }
        : {
            zh: `按修约符号差不超过 ${gap}${unit.zh}`,
            en: `at most ${gap}${unit.en} short, as the rounding mark reads`,
          };
    return over
      ? {
          zh: `按修约符号超出 ${least} 至 ${gap}${unit.zh}`,
          en: `${least} to ${gap}${unit.en} over, as the rounding mark reads`,
        }
      : {
          zh: `按修约符号差 ${least} 至 ${gap}${unit.zh}`,
          en: `${least} to ${gap}${unit.en} short, as the rounding mark reads`,
        };
  }
  if (lift.beyond) {
    if (Number(gap) === 0)
      // At a strict edge itself (1.245 against > 1.245): any move meets it.
      return over
        ? { zh: '恰在界限上，略减即满足', en: 'at the edge: any decrease meets it' }
        : { zh: '恰在界限上，略增即满足', en: 'at the edge: any increase meets it' };
    return over
      ? { zh: `超出多于 ${gap}${unit.zh}`, en: `more than ${gap}${unit.en} over` }
      : { zh: `差多于 ${gap}${unit.zh}`, en: `more than ${gap}${unit.en} short` };
  }
  // 1 percentage point, not "1 percentage points" (studio-author-43); "more than 1", "at most 1" stay plural.
  const en = gap === '1' ? unit.en.replace(/ percentage points$/, ' percentage point') : unit.en;
  return over
    ? { zh: `超出 ${gap}${unit.zh}`, en: `${gap}${en} over` }
    : { zh: `差 ${gap}${unit.zh}`, en: `${gap}${en} short` };
}

/**
 * Which specimens to move, for a count of specimens: `raise 1 specimen (#1 26 J)` / `将 1 个试样（第 1 个 26 J）提高`,
 * with `to ≥ 27 J` / `到 ≥ 27 J` where no rounded edge follows to say it.
 */
function specimensText(
  specimens: NonNullable<RequirementLift['specimens']>,
  edged: boolean,
  over: boolean,
  unit: string,
): LocalizedText {
  const { moved, operator, target } = specimens;
  const to = `${operatorSymbol(operator)} ${target}${unit}`;
  const zhList = moved.map((m) => `第 ${m.specimen} 个 ${m.value}${unit}`).join('、');
  const enList = moved.map((m) => `#${m.specimen} ${m.value}${unit}`).join(', ');
  const n = moved.length;
  return {
    zh: `将 ${n} 个试样（${zhList}）${over ? '降低' : '提高'}${edged ? '' : `到 ${to}`}`,
    en: `${over ? 'lower' : 'raise'} ${n} specimen${n === 1 ? '' : 's'} (${enList})${edged ? '' : ` to ${to}`}`,
  };
}

/**
 * The grade the record reaches with every blocker of its next grade met as advised, when that is above the next
 * grade (Q355N P 0.024: P ≤ 0.0205 for grade E also meets F's P ≤ 0.020, and the record lands F); `undefined`
 * where it is not, or where a blocker's advice is no value to set (a derived value with no input named, a text).
 * One grading of the record, when a text is made: never on the grading path.
 */
function higherReached(
  result: GradeResult,
  snapshot: RecordSnapshot,
  lifts: ReadonlyMap<string, RequirementLift>,
  model: RuleSetModel,
  gradeFull: (input: { snapshot: RecordSnapshot }) => GradeResult,
): GradeModel | undefined {
  const next = result.nextGrade;
  if (!next) return;
  const changed = snapshot.slice();
  for (const b of next.blockers) {
    const change = advisedValue(b, lifts.get(b.id), model, changed);
    if (!change) return;
    changed[change[0]] = change[1];
  }
  const regraded = gradeFull({ snapshot: changed });
  const rank = (id: string | null) => model.grades.find((g) => g.id === id)?.index ?? -1;
  if (regraded.grade === null || rank(regraded.grade) <= rank(next.grade)) return;
  return model.grades.find((g) => g.id === regraded.grade);
}

/** The slot and value that meet one blocker as its lift advises, or `undefined` where there is none to set. */
function advisedValue(
  b: CriterionResult,
  lift: RequirementLift | undefined,
  model: RuleSetModel,
  snapshot: RecordSnapshot,
): [number, unknown] | undefined {
  if (lift?.input) return [lift.input.indicator.slot, Number(lift.input.target)];
  const indicator = model.indicators.find((i) => i.name === b.indicator);
  if (!indicator) return;
  if (!lift) {
    // A yes/no requirement names the value it needs.
    const value = b.limit?.value;
    return typeof value === 'boolean' ? [indicator.slot, value] : undefined;
  }
  if (lift.specimens) {
    const { moved, operator, target } = lift.specimens;
    const now = snapshot[indicator.slot];
    const values = Array.isArray(now) ? now.slice() : [now];
    for (const m of moved) values[m.specimen - 1] = past(target, operator);
    return [indicator.slot, values];
  }
  if (lift.edge) return [indicator.slot, past(lift.edge.value, lift.edge.operator)];
  const limit = b.limit;
  if (!limit) return;
  if (limit.operator === 'between') {
    const [lower, upper] = limit.value as [number, number];
    return [indicator.slot, lift.over ? upper : lower];
  }
  if (typeof limit.value !== 'number') return;
  const op = limit.operator;
  return op === '>=' || op === '>' || op === '<=' || op === '<'
    ? [indicator.slot, past(String(limit.value), op)]
    : undefined;
}

/** The value that meets `operator target`: the target itself, or a thousandth of its last digit past it. */
function past(target: string, operator: '>=' | '>' | '<=' | '<'): number {
  const t = Number(target);
  const hair = 10 ** -(decimalsOf(target) + 3);
  return operator === '>' ? t + hair : operator === '<' ? t - hair : t;
}
