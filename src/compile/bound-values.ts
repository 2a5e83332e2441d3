import { type Band, bandContains } from '../model/band';
import { criterionNames } from '../model/criterion-names';
import { referencedNames } from '../model/expr';
import type { RecordError } from '../model/grade-result';
import type { ConditionModel, IndicatorModel, RuleSetModel, ScoringItemModel } from '../model/rule-set-model';
import { toFifteenDigits } from '../rounding/significant-digits';
import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { unitAfter } from '../text/unit-after';
import { boundText, type WrittenBound, writtenBound } from '../text/written-bound';
import type { CompiledCheck } from './compile-check';
import { type CompiledCondition, compileCondition } from './compile-condition';
import { conditionFacts } from './condition-facts';
import { limitOperands } from './limit-operands';
import type { RecordFacts } from './record-facts';
import type { RecordSnapshot } from './record-snapshot';
import { verdictAt } from './verdict-at';

/**
 * Reads a snapshot into facts; `written`: the values written as bounds, by slot, which a record refused shows as
 * written (`must be ≤ 1000, got ≥2000`), not as the number read for them.
 */
export type BoundRead = (
  snapshot: RecordSnapshot,
  written: ReadonlyMap<number, string>,
) => RecordFacts | RecordError[];

/** The values a bound leaves possible: the bound's half-line within the indicator's `range` and `plausible` band. */
interface Span {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
}

/** A record's value written as a bound, read. */
interface BoundValue {
  indicator: IndicatorModel;
  bound: WrittenBound;
  /** As results show it: `≥100`. */
  shown: string;
  span: Span;
}

/**
 * Reads a record's values written as bounds (`≥100` MΩ beyond a meter's range, `<0.01` % below a detection limit:
 * a single value of a number or integer indicator) and grades the record on them where they decide it. A requirement is decided
 * only where its verdict is the same over the whole half-line the bound leaves (within the indicator's `range` and
 * `plausible` band): checked at the bound, at each of the requirement's limits inside it (and, under the
 * rounded-value method, where the rounded value crosses one), just beside each, and past the last. `≥100` against
 * `≥ 2` passes; against `≥ 200` it is undecided, and the record is invalid, saying so. A scope item on the value is
 * one of its requirements. A `when` it is a fact of (a requirement's or a scope item's), a `requiredWhen` (where the
 * indicator it requires is left out) and a points band are followed along the span the same way: read where every
 * value decides them alike, refused where they differ or compare it with another value. An integer's span is its
 * whole numbers (`<4` is at most 3). A bound on a value that anything else reads — a derived value or a formula, a
 * table key, a requirement's condition, a score read as itself, a group statistic — is refused: a bound picks no row
 * and computes no number.
 *
 * @returns `undefined` when the snapshot holds no bound (the record is read as before)
 */
export function compileBoundValues(
  model: RuleSetModel,
  checks: () => readonly CompiledCheck[],
): (snapshot: RecordSnapshot, read: BoundRead) => RecordFacts | RecordError[] | undefined {
  const numbers = model.indicators.filter(
    (i) => (i.type === 'number' || i.type === 'integer') && i.specimens === 0,
  );
  if (numbers.length === 0) return () => undefined;
  let uses: Map<string, Use[]> | undefined;
  let subjectOf: Map<number, CompiledCheck[]> | undefined;
  // Requirements named as the pass-rate tables name them (`吸水率（一等品）`), not by id (newcomer-40 M6).
  let names: Map<string, LocalizedText> | undefined;
  const nameOf = (id: string): LocalizedText => {
    names ??= criterionNames(model);
    // A `when` use is told by the id as written, which a table or grades expand (`impact-mean@B`): its label.
    const found = names.get(id) ?? model.criteria.find((c) => c.id.startsWith(`${id}@`))?.label;
    return found ?? { zh: id, en: id };
  };
  return (snapshot, read) => {
    let bounds: BoundValue[] | undefined;
    for (const indicator of numbers) {
      const v = snapshot[indicator.slot];
      if (typeof v !== 'string') continue;
      const bound = writtenBound(v.trim());
      if (bound === undefined) continue;
      bounds ??= [];
      bounds.push({ indicator, bound, shown: boundText(bound), span: spanOf(indicator, bound) });
    }
    if (bounds === undefined) return undefined;
    uses ??= otherUses(model);
    const refused = bounds.filter((b) => uses!.get(b.indicator.name)?.some((u) => u.kind === 'fixed'));
    if (refused.length > 0) return refused.map((b) => readElsewhere(b, uses!.get(b.indicator.name)!, nameOf));
    const copy = [...snapshot];
    for (const b of bounds) copy[b.indicator.slot] = firstValue(b);
    // A `requiredWhen` it is a fact of, where the indicator it requires is left out: decided on the record as read,
    // before reading it, so a span across the condition is not told "missing" (fix-bound40).
    for (const b of bounds) {
      const apart = (uses.get(b.indicator.name) ?? []).filter(
        (u) => u.kind === 'required' && copy[u.indicator.slot] === undefined && !decidedAcross(u, b, copy),
      );
      if (apart.length > 0) return [readElsewhere(b, apart, nameOf, true)];
    }
    const written = new Map(bounds.map((b) => [b.indicator.slot, b.shown]));
    const facts = read(copy, written);
    if (Array.isArray(facts)) return facts;
    // A `when` it is a fact of (a requirement's, the scope's), a points band it is scored by: read where every value
    // the bound leaves decides them alike (standards-39 F5: `≤0.025` on a Q355, whose F-test `when` is false
    // whatever P is; `≤40` in band `≤ 40`).
    for (const b of bounds) {
      const apart = (uses.get(b.indicator.name) ?? []).filter(
        (u) => u.kind !== 'required' && !decidedAcross(u, b, facts.values),
      );
      if (apart.length > 0) return [readElsewhere(b, apart, nameOf, true)];
    }
    subjectOf ??= subjectChecks(model, checks());
    for (const b of bounds)
      for (const check of subjectOf.get(b.indicator.slot) ?? []) {
        const apart = undecidedLimit(check, facts, b);
        if (apart !== undefined) return [undecided(b, check, nameOf(check.model.id), apart)];
      }
    // `>100` decided alike at 100: graded with the numeral, as written, not with 100.0000001.
    for (const b of bounds) {
      const slot = b.indicator.slot;
      const x = b.bound.value;
      // Not where a `when` or a points band reads it: `>80` under `when: > 80` is wholly inside, 80 is not.
      // An integer's span ends are whole numbers already: `<4` is read at 3.
      if (
        b.bound.closed ||
        b.indicator.type === 'integer' ||
        !allows(b.indicator, x) ||
        uses.has(b.indicator.name)
      )
        continue;
      const same = (subjectOf.get(slot) ?? []).every(
        (c) => verdictAt(c, facts, slot, x) === c.verdict(facts),
      );
      if (same) facts.values[slot] = x;
    }
    const shown = new Map(facts.written ?? []);
    for (const [slot, text] of written) shown.set(slot, text);
    facts.written = shown;
    return facts;
  };
}

/** The half-line a bound leaves, within the indicator's `range` and `plausible` band (each may cut it). */
function spanOf(indicator: IndicatorModel, b: WrittenBound): Span {
  let span: Span = b.above
    ? { lo: b.value, loIn: b.closed, hi: Number.POSITIVE_INFINITY, hiIn: false }
    : { lo: Number.NEGATIVE_INFINITY, loIn: false, hi: b.value, hiIn: b.closed };
  if (indicator.range) span = within(span, indicator.range);
  if (indicator.plausible) span = within(span, indicator.plausible);
  return indicator.type === 'integer' ? wholeNumbers(span) : span;
}

/** The whole numbers of a span, as a closed span: `<4` is `≤3`, `>2.5` is `≥3` (an integer indicator's bound). */
function wholeNumbers(s: Span): Span {
  const lo = Number.isFinite(s.lo) ? (Number.isInteger(s.lo) && !s.loIn ? s.lo + 1 : Math.ceil(s.lo)) : s.lo;
  const hi = Number.isFinite(s.hi) ? (Number.isInteger(s.hi) && !s.hiIn ? s.hi - 1 : Math.floor(s.hi)) : s.hi;
  return { lo, loIn: Number.isFinite(lo), hi, hiIn: Number.isFinite(hi) };
}

function within(s: Span, band: Band): Span {
  const out = { ...s };
  if (band.lower > out.lo || (band.lower === out.lo && !band.lowerInclusive)) {
    out.lo = band.lower;
    out.loIn = band.lowerInclusive;
  }
  if (band.upper < out.hi || (band.upper === out.hi && !band.upperInclusive)) {
    out.hi = band.upper;
    out.hiIn = band.upperInclusive;
  }
  return out;
}

function isEmpty(s: Span): boolean {
  return s.lo > s.hi || (s.lo === s.hi && !(s.loIn && s.hiIn));
}

function inSpan(s: Span, v: number): boolean {
  return (s.loIn ? v >= s.lo : v > s.lo) && (s.hiIn ? v <= s.hi : v < s.hi);
}

/** Whether a value passes an indicator's `range` and `plausible` band. */
function allows(ind: IndicatorModel, v: number): boolean {
  return (!ind.range || bandContains(ind.range, v)) && (!ind.plausible || bandContains(ind.plausible, v));
}

/** A step well below any limit's digits and well above a double's noise, beside `x`. */
function step(x: number): number {
  return x === 0 ? 1e-12 : Math.abs(x) * 1e-9;
}

/**
 * The value a record with a bound is read at: the end of its span at the bound (just inside an open one). Where the
 * range leaves nothing, the bound's own end, so the record is refused as the range says (`got ≥2000`).
 */
function firstValue(b: BoundValue): number {
  const s = b.span;
  if (isEmpty(s)) {
    const x = b.bound.value;
    if (b.bound.closed && (b.indicator.type !== 'integer' || Number.isInteger(x))) return x;
    if (b.indicator.type === 'integer') return b.bound.above ? Math.floor(x) + 1 : Math.ceil(x) - 1;
    return b.bound.above ? x + step(x) : x - step(x);
  }
  if (b.bound.above || s.hi === Number.POSITIVE_INFINITY) return s.loIn ? s.lo : s.lo + step(s.lo);
  return s.hiIn ? s.hi : s.hi - step(s.hi);
}

/**
 * Where a requirement's verdict may change across a span: each limit it compares with (a range's ends, a set's
 * numbers), and under the rounded-value method the values where the rounded value crosses one.
 */
function breaksOf(check: CompiledCheck, facts: RecordFacts): number[] {
  const limit = check.evaluate(facts).limit;
  if (limit === undefined) return [];
  const value = limit.value;
  const limits = (Array.isArray(value) ? value : [value]).filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
  const comparison = check.model.comparison;
  if (comparison.method !== 'rounded') return limits;
  const at = comparison.interval;
  const r = at ? at.unit * 10 ** at.exponent : 10 ** -limit.decimals;
  const out = [...limits];
  // A rounded value jumps at each half interval, (k + ½) r: the ones about a limit are where it crosses it.
  for (const l of limits) {
    const k = Math.floor(l / r);
    for (const j of [k - 1.5, k - 0.5, k + 0.5, k + 1.5]) out.push(toFifteenDigits(j * r));
  }
  return out;
}

/**
 * The limit text of a requirement whose verdict is not the same over a bound's span, or `undefined` when it is:
 * compared at the span's ends, at each place the verdict may change and just beside it, and past the last.
 */
function undecidedLimit(check: CompiledCheck, facts: RecordFacts, b: BoundValue): string | undefined {
  const s = b.span;
  const slot = b.indicator.slot;
  const points = samplePoints(b, breaksOf(check, facts));
  const here = check.verdict(facts);
  for (const p of points)
    if (inSpan(s, p) && verdictAt(check, facts, slot, p) !== here)
      return check.limitOf(check.evaluate(facts).limit)?.text ?? '';
  return undefined;
}

/** The requirements on each number indicator read as one value, by slot. */
function subjectChecks(model: RuleSetModel, checks: readonly CompiledCheck[]): Map<number, CompiledCheck[]> {
  const out = new Map<number, CompiledCheck[]>();
  for (const c of checks) {
    const slot = model.slots.get(c.model.subject ?? '');
    if (slot === undefined) continue;
    const list = out.get(slot);
    if (list) list.push(c);
    else out.set(slot, [c]);
  }
  return out;
}

/**
 * Something other than a requirement on it that reads a value written as a bound: `fixed`, one a bound can never
 * serve (it computes a number or picks a row); `when`, a requirement's `when` the value is a fact of, and `bands`, a
 * points-banded scoring item: these a record's bound serves where every value it leaves decides them alike.
 */
type Use =
  | { kind: 'fixed'; text: LocalizedText }
  | {
      kind: 'when';
      id: string;
      /** A scope item's `when` or condition: whether the record is in scope, not whether a requirement applies. */
      scope: boolean;
      when: CompiledCondition;
      points: number[] | undefined;
    }
  | { kind: 'required'; indicator: IndicatorModel; when: CompiledCondition; points: number[] | undefined }
  | { kind: 'bands'; item: ScoringItemModel };

/**
 * What reads each indicator other than a criterion it is the subject of, by name: a bound there would have to
 * compute a number or pick a row, which it cannot, unless (`when`, `bands`) the values it leaves all pick alike.
 */
function otherUses(model: RuleSetModel): Map<string, Use[]> {
  const out = new Map<string, Use[]>();
  const add = (name: string, use: Use) => {
    const list = out.get(name);
    const same = (u: Use) =>
      use.kind === 'fixed' ? u.kind === 'fixed' && u.text.en === use.text.en : u === use;
    if (list === undefined) out.set(name, [use]);
    else if (!list.some(same)) list.push(use);
  };
  const fixed = (name: string, text: LocalizedText) => add(name, { kind: 'fixed', text });
  // A dimension's score reads its items' values through their points: told as the items are, below.
  const dimensions = new Set((model.scoring?.dimensions ?? []).map((d) => d.slot));
  for (const d of model.derived)
    if (!dimensions.has(d.slot))
      for (const name of referencedNames(d.expr))
        fixed(
          name,
          localized(`用于计算${d.label.zh}（${d.name}）`, `is used to compute ${d.name} (${d.label.en})`),
        );
  for (const t of model.tables)
    for (const k of t.keys)
      fixed(k.indicator, localized(`选择表 ${t.name} 的行`, `selects the row of table ${t.name}`));
  // Whether another indicator must be given, the scope: read where the span decides them alike (fix-bound40). A
  // scope item on the indicator itself is one of its requirements (`subjectChecks`).
  for (const ind of model.indicators)
    if (ind.requiredWhen) {
      const condition = ind.requiredWhen;
      const when = compileCondition(condition, model.slots);
      for (const f of new Set(conditionFacts(condition)))
        add(f, { kind: 'required', indicator: ind, when, points: literalsOf(condition, f) });
    }
  for (const check of model.scope)
    for (const condition of [
      check.when,
      check.test.kind === 'condition' ? check.test.condition : undefined,
    ]) {
      if (condition === undefined) continue;
      const when = compileCondition(condition, model.slots);
      for (const f of new Set(conditionFacts(condition)))
        add(f, { kind: 'when', id: check.sourceId, scope: true, when, points: literalsOf(condition, f) });
    }
  for (const check of model.criteria) {
    const id = check.sourceId;
    if (check.when) {
      const when = compileCondition(check.when, model.slots);
      for (const f of new Set(conditionFacts(check.when)))
        add(f, { kind: 'when', id, scope: false, when, points: literalsOf(check.when, f) });
    }
    if (check.test.kind === 'condition')
      for (const f of conditionFacts(check.test.condition))
        fixed(f, localized(`用于要求“${id}”的条件`, `is read by the condition of requirement "${id}"`));
    for (const operand of limitOperands(check))
      if (operand.kind === 'expr')
        for (const name of referencedNames(operand.expr))
          fixed(
            name,
            localized(`用于计算要求“${id}”的限值`, `is used to compute the limit of requirement "${id}"`),
          );
  }
  for (const d of model.scoring?.dimensions ?? [])
    for (const item of d.items)
      if (item.bands) add(item.indicator, { kind: 'bands', item });
      else fixed(item.indicator, localized('计入评分', 'is scored'));
  for (const s of model.group?.statistics ?? [])
    fixed(
      s.of,
      localized(`用于计算组的统计量${s.label.zh}`, `is used to compute the group statistic "${s.label.en}"`),
    );
  return out;
}

/**
 * The numbers a condition compares a fact with, where its truth may change as the fact moves; `undefined` when it
 * compares the fact with anything else (another fact), which no sampling can follow.
 */
function literalsOf(c: ConditionModel, fact: string): number[] | undefined {
  if ('all' in c || 'any' in c) {
    const out: number[] = [];
    for (const part of 'all' in c ? c.all : c.any) {
      const found = literalsOf(part, fact);
      if (found === undefined) return undefined;
      out.push(...found);
    }
    return out;
  }
  if ('not' in c) return literalsOf(c.not, fact);
  const ref = (c.value as { fact?: unknown } | null)?.fact;
  // Another fact compared with this one (`{ fact: a, value: { fact: this } }`): the limit moves with the record.
  if (c.fact !== fact) return ref === fact ? undefined : [];
  const values = Array.isArray(c.value) ? c.value : [c.value];
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) return values as number[];
  // A text or a yes/no compared with a number never holds whatever the number: nothing changes across the span.
  return values.every((v) => typeof v === 'string' || typeof v === 'boolean') ? [] : undefined;
}

/**
 * Whether a `when`, a `requiredWhen` or a points band decides alike over every value a bound leaves: tried at the
 * span's ends, at each number it compares with (a band's edges) and just beside it, and past the last.
 *
 * @param record - the record's values by slot, the bound's at the value it is read at (facts' values; for a
 *   `requiredWhen`, the snapshot the reader checks it on)
 */
function decidedAcross(use: Use, b: BoundValue, record: readonly unknown[]): boolean {
  if (use.kind === 'fixed') return false;
  const breaks =
    use.kind === 'bands'
      ? use.item.bands!.flatMap((band) => [band.band.lower, band.band.upper].filter(Number.isFinite))
      : use.points;
  if (breaks === undefined) return false;
  const slot = b.indicator.slot;
  // One copy of the values for every point tried, the bound's slot moved along the span.
  let values: unknown[] | undefined;
  const at =
    use.kind === 'bands'
      ? (x: number) => use.item.bands!.find((band) => bandContains(band.band, x))?.points
      : (x: number) => {
          values ??= [...record];
          values[slot] = x;
          return use.when(values);
        };
  const here = at(record[slot] as number);
  return samplePoints(b, breaks).every((p) => !inSpan(b.span, p) || at(p) === here);
}

/**
 * The values a bound's span is tried at: its ends (just inside an open one), each break and just beside it, past the
 * last; for an integer indicator, the whole numbers either side of each (`< 4` is tried at 3 and 4, not 3.999).
 */
function samplePoints(b: BoundValue, breaks: readonly number[]): number[] {
  const points = spanPoints(b.span, breaks);
  return b.indicator.type === 'integer' ? points.flatMap((p) => [Math.floor(p), Math.ceil(p)]) : points;
}

function spanPoints(s: Span, breaks: readonly number[]): number[] {
  const points: number[] = [];
  for (const x of breaks) points.push(x - step(x), x, x + step(x));
  if (Number.isFinite(s.lo)) points.push(s.loIn ? s.lo : s.lo + step(s.lo));
  if (Number.isFinite(s.hi)) points.push(s.hiIn ? s.hi : s.hi - step(s.hi));
  const finite = [...breaks, s.lo, s.hi].filter(Number.isFinite);
  if (finite.length === 0) return [0];
  if (!Number.isFinite(s.hi)) {
    const last = Math.max(...finite);
    points.push(last + Math.max(1, Math.abs(last)));
  }
  if (!Number.isFinite(s.lo)) {
    const first = Math.min(...finite);
    points.push(first - Math.max(1, Math.abs(first)));
  }
  return points;
}

/** A span as messages write it: `[100, +∞)`, `(−∞, 0.01)`. */
function spanText(s: Span): string {
  const shown = (n: number) =>
    n === Number.POSITIVE_INFINITY
      ? '+∞'
      : n === Number.NEGATIVE_INFINITY
        ? '−∞'
        : String(Number(n.toPrecision(12)));
  return `${s.loIn ? '[' : '('}${shown(s.lo)}, ${shown(s.hi)}${s.hiIn ? ']' : ')'}`;
}

/**
 * The record refused: a bound across whose span a requirement's limit lies; a scope item on the indicator itself
 * (`≤ 14000 W`) said as one, the span deciding neither in nor out of scope. `name`: the requirement's, for people.
 */
function undecided(b: BoundValue, check: CompiledCheck, name: LocalizedText, limit: string): RecordError {
  const ind = b.indicator;
  const span = spanText(b.span);
  limit = `${limit}${unitAfter(ind.unit)}`;
  const scope = check.model.effect === 'scope';
  return {
    field: ind.name,
    code: 'not-computable',
    message: localized(
      cjkJoin(
        ind.label.zh,
        `写作 ${b.shown}（界限：实测值在 ${span} 内），不能判定${scope ? '适用范围项' : '要求'}“${name.zh}”（限值 ${limit}）：区间内有的值满足、有的值不满足${scope ? '，无法确定记录是否在适用范围内' : ''}：请填写实测值`,
      ),
      `${ind.name} (${ind.label.en}) is written ${b.shown} (a bound: the measured value lies in ${span}), which cannot decide ${scope ? 'scope item' : 'requirement'} "${name.en}" (limit ${limit}): some values in it meet the limit and some do not${scope ? ", so whether the record is in the rule set's scope is not known" : ''}; write the measured value`,
    ),
  };
}

/**
 * The record refused: a bound on a value something other than its own requirements reads, each use said once (the
 * requirements whose `when` it is a fact of in one clause, the scope items in one, the indicators it makes required
 * in one). `apart`: the uses are those the values it leaves decide differently — a `when`, a `requiredWhen`, a points
 * band — or that compare it with another value, which no span can be followed through.
 */
function readElsewhere(
  b: BoundValue,
  uses: readonly Use[],
  nameOf: (id: string) => LocalizedText,
  apart = false,
): RecordError {
  const ind = b.indicator;
  // The indicator's label (zh) or name and label (en), then what is said of the bound.
  const refusal = (zh: string, en: string): RecordError => ({
    field: ind.name,
    code: 'wrong-type',
    message: localized(cjkJoin(ind.label.zh, zh), `${ind.name} (${ind.label.en}) ${en}`),
  });
  if (!apart) {
    const { zh, en } = usesText(uses, nameOf);
    return refusal(
      `应为数值：“${b.shown}”是界限而非测得值；qgrade 只在它能判定该指标自身的要求时按界限评定，而该指标还${zh}，界限给不出所需的数值：请填写实测值`,
      `must be a number: "${b.shown}" is a bound, not a measured value; qgrade grades a bound only against the requirements on the indicator itself, and it ${en}, for which a bound gives no number: write the measured value`,
    );
  }
  const unfollowed = uses.filter(
    (u) => (u.kind === 'when' || u.kind === 'required') && u.points === undefined,
  );
  const differ = uses.filter((u) => !unfollowed.includes(u));
  const parts: LocalizedText[] = [];
  if (differ.length > 0) {
    const { zh, en } = usesText(differ, nameOf);
    parts.push(
      localized(
        `该指标还${zh}，区间内的值对此判定不同`,
        `it ${en}, which values in that span decide differently`,
      ),
    );
  }
  if (unfollowed.length > 0) {
    const { zh, en } = usesText(unfollowed, nameOf);
    parts.push(
      localized(
        `该指标还${zh}，且是与另一个值比较，界限无法沿区间判定`,
        `it ${en} by comparing it with another value, which cannot be followed across the span`,
      ),
    );
  }
  const span = spanText(b.span);
  return refusal(
    `应为数值：“${b.shown}”是界限而非测得值，实测值在 ${span} 内；${parts.map((p) => p.zh).join('；')}：请填写实测值`,
    `must be a number: "${b.shown}" is a bound, not a measured value (it lies in ${span}); ${parts.map((p) => p.en).join('; ')}: write the measured value`,
  );
}

/** What uses of a value do, each kind said once: zh clauses joined by `，`, en by `; it ` (after a first "it"). */
function usesText(uses: readonly Use[], nameOf: (id: string) => LocalizedText): LocalizedText {
  const texts = uses.flatMap((u) => (u.kind === 'fixed' ? [u.text] : []));
  const requirements = [...new Set(uses.flatMap((u) => (u.kind === 'when' && !u.scope ? [u.id] : [])))];
  if (requirements.length > 0)
    texts.push(
      localized(
        `决定要求${requirements.map((id) => `“${nameOf(id).zh}”`).join('、')}是否适用`,
        requirements.length === 1
          ? `decides whether requirement "${nameOf(requirements[0]!).en}" applies`
          : `decides whether requirements ${enList(requirements.map((id) => `"${nameOf(id).en}"`))} apply`,
      ),
    );
  const scope = [...new Set(uses.flatMap((u) => (u.kind === 'when' && u.scope ? [u.id] : [])))];
  if (scope.length > 0)
    texts.push(
      localized(
        `决定记录是否在适用范围内（范围项${scope.map((id) => `“${nameOf(id).zh}”`).join('、')}）`,
        `decides whether the record is in the rule set's scope (scope item${scope.length === 1 ? '' : 's'} ${enList(scope.map((id) => `"${nameOf(id).en}"`))})`,
      ),
    );
  const required = [...new Set(uses.flatMap((u) => (u.kind === 'required' ? [u.indicator] : [])))];
  if (required.length > 0)
    texts.push(
      localized(
        `决定${required.map((i) => `${i.label.zh}（${i.name}）`).join('、')}是否须给出`,
        `decides whether ${enList(required.map((i) => `${i.name} (${i.label.en})`))} must be given`,
      ),
    );
  if (uses.some((u) => u.kind === 'bands')) texts.push(localized('按分档计分', 'is scored by points bands'));
  return localized(texts.map((u) => u.zh).join('，'), texts.map((u) => u.en).join('; it '));
}

/** `a`, `a and b`, `a, b and c`. */
function enList(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
