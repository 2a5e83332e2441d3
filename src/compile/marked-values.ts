import { bandContains } from '../model/band';
import { referencedNames } from '../model/expr';
import type { RecordError } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel, ScoringItemModel } from '../model/rule-set-model';
import { intervalText, type MarkInterval, markInterval, markIntervalText } from '../rounding/mark-interval';
import { markedText, type RoundingMark, roundingMarkInUnit } from '../rounding/rounding-mark';
import { cjkJoin } from '../text/cjk-space';
import type { LocalizedText } from '../text/localized-text';
import { localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import type { CompiledCheck } from './compile-check';
import { compileCondition } from './compile-condition';
import { conditionFacts } from './condition-facts';
import {
  compileDerivedIntervals,
  compileExprIntervals,
  type DerivedInterval,
  type DerivedReach,
  type ExprIntervals,
  shownIntervalText,
  TEST_ACROSS,
} from './derived-intervals';
import { indicatorsReader } from './indicators-read';
import { limitOperands } from './limit-operands';
import { type LimitReading, limitAcross, limitIntervalText, limitReadings } from './marked-limits';
import type { RecordFacts } from './record-facts';
import type { RecordSnapshot } from './record-snapshot';
import { verdictAt } from './verdict-at';

/** A record's value written with a GB/T 8170 rounding mark, read ({@link MarkInterval}). */
export interface MarkedValue extends MarkInterval {
  slot: number;
  indicator: IndicatorModel;
  marked: RoundingMark;
}

/**
 * Reads a snapshot into facts; `marks`, when given, are the record's marked values, which the messages of a record
 * refused show as written (`-0.0(+)`, `initialSetting = 230(+)`), not as the numbers read for them.
 */
export type MarkedRead = (
  snapshot: RecordSnapshot,
  marks?: readonly MarkedValue[],
) => RecordFacts | RecordError[];

/**
 * Reads a record's marked values (`23.8(+)`, `23.8（−）`: a single value of a number indicator) and grades it on them
 * where they decide it: each requirement compared by the full-value method is checked at both ends of each marked
 * value's interval, and where the two disagree the record is invalid, saying the marked value cannot decide it and
 * to report the value unrounded. Where every such verdict agrees, the record is graded with the numerals (which a
 * rounded-value comparison at the numeral's digits reads as the rounded value), or, where a limit lies at a numeral
 * or a coarser rounding interval re-rounds it (8.75(−) at 0.5 → 8.5) and the numeral's verdict would differ, with the
 * value just inside the interval (standards.md, GB/T 8170-2008).
 *
 * @returns `undefined` when the snapshot holds no marked value (the record is read as before)
 */
export function compileMarkedValues(
  model: RuleSetModel,
  checks: () => readonly CompiledCheck[],
): (snapshot: RecordSnapshot, read: MarkedRead) => RecordFacts | RecordError[] | undefined {
  const numbers = model.indicators.filter((i) => i.type === 'number' && i.specimens === 0);
  if (numbers.length === 0) return () => undefined;
  const selectors = selectorsOf(model, checks);
  const banded = bandedItems(model);
  let methods: { full: CompiledCheck[]; rounded: CompiledCheck[] } | undefined;
  let derivedReads: Map<number, number[]> | undefined;
  let subjectOf: Map<number, CompiledCheck[]> | undefined;
  let limited: LimitReading[] | undefined;
  let limitIntervals: ExprIntervals | undefined;
  // Derived values from marked ones are intervals too (fix-marks6-36): worked out only for a rule set that has one.
  const derivedIntervals = model.derived.length > 0 ? compileDerivedIntervals(model) : undefined;
  const deciding = derivedIntervals && decidingDerived(model, checks);
  const byMethod = () =>
    (methods ??= {
      full: checks().filter((c) => c.model.comparison.method === 'full'),
      rounded: checks().filter((c) => c.model.comparison.method === 'rounded'),
    });
  return (snapshot, read) => {
    let marks: MarkedValue[] | undefined;
    for (const ind of numbers) {
      const v = snapshot[ind.slot];
      if (typeof v !== 'string') continue;
      const found = markedValue(ind, v.trim());
      if (!found) continue;
      marks ??= [];
      marks.push(found);
    }
    if (marks === undefined) return undefined;
    const withValues = (pick: (m: MarkedValue) => number): RecordSnapshot => {
      const copy = [...snapshot] as unknown as RecordSnapshot;
      for (const m of marks!) (copy as unknown as unknown[])[m.slot] = pick(m);
      return copy;
    };
    // The values just inside: a record refused there is told with the values as written.
    const inside = read(
      withValues((m) => m.inside),
      marks,
    );
    // Marked values read only by the requirements they are the subject of (most are): each end's verdicts come from
    // the facts just inside with the value put at that end (`atEnd`), with no read of their own.
    subjectOf ??= subjectChecks(model, checks);
    const alone =
      !Array.isArray(inside) &&
      marks.every((m) => subjectOf!.has(m.slot)) &&
      !selectors.some((s) => marks!.some((m) => s.reads.has(m.indicator.name)));
    const far: End = alone ? atEnd(marks, 'far') : read(withValues((m) => m.far));
    if (Array.isArray(inside)) {
      // One end refused, the other read: the interval straddles a record check (initialSetting 230(−), final 229.8:
      // settingInterval in (−0.2, 0.3] against its plausibility > 0), not an implausible value (hostile-34 M2).
      if (Array.isArray(far)) return inside;
      const field = inside[0]?.field ?? '';
      const subject = marks.find((m) => m.indicator.name === field);
      return (subject ? [subject] : marks).map((m) => undecided(m, field, 'check'));
    }
    // A key, the scope or a `when` picks one row or branch: read where both ends of each interval pick the same.
    const picking = selectors.filter((s) => marks!.some((m) => s.reads.has(m.indicator.name)));
    if (picking.length > 0) {
      const ends = [far as RecordFacts | RecordError[]];
      // Several marked values picking: each alone at its far end too, as each end of one may pick with the other's.
      const pickers = marks.filter((m) => picking.some((s) => s.reads.has(m.indicator.name)));
      if (pickers.length > 1)
        for (const one of pickers) ends.push(read(withValues((m) => (m === one ? m.far : m.inside))));
      for (const end of ends) {
        if (Array.isArray(end)) continue;
        const apart = picking.find((s) => s.pick(inside) !== s.pick(end));
        if (apart)
          return pickers
            .filter((m) => apart.reads.has(m.indicator.name))
            .map((m) => markOnSelector(m, apart.use));
      }
    }
    // A derived value read from a marked one lies in an interval too: 500 ÷ 400(+) in [1.24843, 1.25). One whose
    // formula interval arithmetic does not bound, and that decides something, is not graded on a guess.
    let derived: Map<number, DerivedReach> | undefined;
    if (derivedIntervals) {
      derived = derivedIntervals(inside, marks, 'far');
      for (const [slot, reach] of derived)
        if (!('shown' in reach) && deciding!.has(slot)) return unbounded(model, slot, reach, marks);
      if (derived.size === 0) derived = undefined;
    }
    // A limit computed from a marked value (`≥ 0.5 * y`, `y ± 1.0`, y 20(+)) lies in an interval too: decided where
    // every value of the intervals it and its subject read decides alike.
    limited ??= limitReadings(model, checks());
    let limits: Map<number, string> | undefined;
    for (const reading of limited) {
      if (!marks.some((m) => reading.limitReads.has(m.slot))) continue;
      const apart = limitAcross(reading, inside, marks, (pick) => read(withValues(pick)));
      limitIntervals ??= compileExprIntervals(model);
      const text = limitIntervalText(reading, inside, marks, limitIntervals);
      if (apart !== undefined) return apart.map((m) => undecidedLimit(m, reading.check.model.id, text));
      if (text === undefined) continue;
      limits ??= new Map();
      limits.set(reading.check.index, text);
    }
    const { full, rounded } = byMethod();
    const across = (check: CompiledCheck, other: End, ends: Map<number, DerivedReach> | undefined) => {
      const slot = ends && model.slots.get(check.model.subject ?? '');
      const reach = slot === undefined ? undefined : ends!.get(slot);
      if (reach !== undefined && 'shown' in reach) {
        // Both ends of the derived value's interval, not both ends of each mark: 30.0(+) + 30.0(−) is (59.95, 60.05).
        if (verdictAt(check, inside, slot!, reach.low) === verdictAt(check, inside, slot!, reach.high))
          return undefined;
        return readBy(model, slot!, marks!).map((m) =>
          undecidedDerived(model, m, slot!, reach, check.model.id),
        );
      }
      if (Array.isArray(other)) return undefined;
      if ('at' in other) {
        // The check reads its subject alone: at the marked value's end, if it is one, else as just inside.
        const m = marks!.find((x) => x.indicator.name === check.model.subject);
        if (m === undefined || check.verdict(inside) === verdictAt(check, inside, m.slot, m[other.at]))
          return undefined;
        return [undecided(m, check.model.id)];
      }
      if (check.verdict(inside) === check.verdict(other)) return undefined;
      const subject = marks!.find((m) => m.indicator.name === check.model.subject);
      return (subject ? [subject] : marks!).map((m) => undecided(m, check.model.id));
    };
    for (const check of full) {
      const errors = across(check, far, derived);
      if (errors) return errors;
    }
    // A rounded-value comparison rounds the interval's values to its own interval: where that is finer than the
    // numeral's last digit (6(+), (6, 6.5], at 0.1 against ≤ 6.0) they round to either side of the limit
    // (hostile-34 W1). Read just inside the far end, as a value there rounds with the mark (344.5(+) → 345).
    if (rounded.length > 0) {
      const nearFar: End = alone ? atEnd(marks, 'nearFar') : read(withValues((m) => m.nearFar));
      const nearEnds = derived && derivedIntervals!(inside, marks, 'nearFar');
      for (const check of rounded) {
        const errors = across(check, nearFar, nearEnds);
        if (errors) return errors;
      }
    }
    // A points band scores the interval, not the numeral: 45(+) is (45, 45.5], which band (45, 50] scores 70 where
    // 45 would score 85 (hostile-34 W4); a band edge inside the interval leaves the score undecided.
    let scored = false;
    for (const m of marks) {
      const items = banded.get(m.slot);
      if (items === undefined) continue;
      scored = true;
      for (const item of items)
        if (bandPoints(item, m.inside) !== bandPoints(item, m.nearFar)) return [undecidedPoints(m)];
    }
    for (const [slot, reach] of derived ?? []) {
      const items = banded.get(slot);
      if (items === undefined || !('shown' in reach)) continue;
      scored = true;
      for (const item of items)
        if (bandPoints(item, reach.low) !== bandPoints(item, reach.high))
          return readBy(model, slot, marks).map(undecidedPoints);
    }
    // The numerals where they grade as the values inside do (a rounded-value comparison at the numeral's own
    // digits, a limit away from them); else the values inside: 8.75(−) rounds to 8.5 at 0.5 %, not 9.0.
    // A points band already takes the values inside: the numerals need no read (a marked record reads 2–4 times).
    // A marked value read only by the requirements it is the subject of (most are): the numerals' verdicts come
    // from the facts just inside, each value put at its numeral in turn, with no read of their own (which cost a
    // marked record a fifth of its time); where they agree, those facts with the numerals are the numerals' facts.
    const numeral = scored
      ? undefined
      : marks.every((m) => subjectOf!.has(m.slot) && inRange(m.indicator, m.numeral))
        ? numeralsInside(inside, marks, subjectOf)
        : read(withValues((m) => m.numeral));
    const graded =
      numeral === undefined ||
      Array.isArray(numeral) ||
      (numeral !== inside && !checks().every((c) => c.verdict(numeral) === c.verdict(inside))) ||
      // 4500(+) picks the row (4500, 7100], where the numeral 4500 picks ≤ 4500: the explanation shows the row graded.
      !picking.every((s) => s.pick(numeral) === s.pick(inside))
        ? inside
        : numeral;
    // The explanation shows each value as written, mark included, not the number graded (42.4999999), and a score
    // computed from one as the interval it lies in (89.99999975 as [89.875, 90)).
    const written = new Map(marks.map((m) => [m.slot, markedText(m.marked)]));
    // A value the marks leave where it is (`y > 10 ? z : 2 * z`, y 20(+) wholly above 10) is shown as computed.
    for (const [slot, reach] of derived ?? [])
      if ('shown' in reach && reach.shown.lo !== reach.shown.hi) written.set(slot, derivedText(reach));
    if (model.scoring) {
      derivedReads ??= readsOfDerivedItems(model);
      scoreIntervals(model.scoring, marks, graded.values, written, derivedReads, derived);
    }
    graded.written = written;
    graded.limits = limits;
    return graded;
  };
}

function markedValue(indicator: IndicatorModel, text: string): MarkedValue | undefined {
  // `42.5(−) MPa` under MPa: the indicator's own unit after the mark, read as `42.5(−)` (fix-cells40).
  const marked = roundingMarkInUnit(text, indicator.unit);
  if (marked === undefined) return undefined;
  const at = markInterval(marked);
  if (at === undefined) return undefined;
  return {
    slot: indicator.slot,
    indicator,
    marked,
    numeral: at.numeral,
    inside: at.inside,
    far: at.far,
    nearFar: at.nearFar,
  };
}

/**
 * A record error for a marked value: the indicator, how it is written and the interval it stands for, then why
 * that is not read here (`why`, each language's clause after the interval). `value`: what the interval holds, the
 * measured value or, for a value that picks something, any value.
 */
function markError(
  m: MarkedValue,
  code: RecordError['code'],
  why: LocalizedText,
  value: 'measured' | 'any' = 'measured',
): RecordError {
  const shown = markedText(m.marked);
  const text = markIntervalText(m.marked);
  return {
    field: m.indicator.name,
    code,
    message: localized(
      cjkJoin(m.indicator.label.zh, `写作 ${shown}（GB/T 8170 修约符号：实测值在 ${text} 内），${why.zh}`),
      `${m.indicator.name} (${m.indicator.label.en}) is written ${shown} (a GB/T 8170 rounding mark: the ${value === 'measured' ? 'measured value' : 'value'} lies in ${text}), ${why.en}`,
    ),
  };
}

function undecided(
  m: MarkedValue,
  requirement: string,
  kind: 'requirement' | 'check' = 'requirement',
): RecordError {
  return markError(
    m,
    'not-computable',
    kind === 'check'
      ? localized(
          `区间一端通过对 ${requirement} 的核对而另一端不通过，修约后的数值无法判定：请写未经修约的实测值`,
          `an interval one end of which passes the check of ${requirement} and the other does not, so the rounded value cannot decide it: write the measured value unrounded`,
        )
      : localized(
          `该区间跨越要求“${requirement}”的限值，修约后的数值无法判定：请写未经修约的实测值`,
          `an interval across the limit of requirement "${requirement}", so the rounded value cannot decide it: write the measured value unrounded`,
        ),
  );
}

/** A marked value a requirement's computed limit reads (or its subject, beside such a limit), the two undecided. */
function undecidedLimit(m: MarkedValue, requirement: string, limit: string | undefined): RecordError {
  return markError(
    m,
    'not-computable',
    localized(
      `要求“${requirement}”的限值由带修约符号的数值计算${limit === undefined ? '' : `，在 ${limit} 内`}，区间内的值对该要求判定不同，修约后的数值无法判定：请写未经修约的实测值`,
      `and the limit of requirement "${requirement}" is computed from a value with a rounding mark${limit === undefined ? '' : `, lying in ${limit}`}: values across the intervals decide it differently, so the rounded value cannot decide it: write the measured value unrounded`,
    ),
  );
}

/** Something a value picks rather than meets a limit with, and what it picks in a record. */
interface Selector {
  /** The indicators it reads, by name (also through a derived value). */
  reads: ReadonlySet<string>;
  /** What it picks, for the message. */
  use: LocalizedText;
  /** What it picks in a record: a table's row, whether a `when` holds, a scope check's verdict. */
  pick(facts: RecordFacts): unknown;
}

/**
 * What picks something rather than meets a limit — a table's key (its row), a scope check's subject, a fact of a
 * `when` (whether a requirement applies), also through a derived value. A marked value there is read only where both
 * ends of its interval pick the same: `14(−)` is [13.5, 14), which picks rebar's row [6, 14) where the nominal 14
 * picks the next (hostile-34 W3), but `3.0(+)` under `when: ≥ 0` is wholly ≥ 0 (hostile-35 W1).
 */
function selectorsOf(model: RuleSetModel, checks: () => readonly CompiledCheck[]): Selector[] {
  const read = indicatorsReader(model);
  const reading = (names: readonly string[]) => new Set(names.flatMap((n) => read(n).map((i) => i.name)));
  const out: Selector[] = [];
  model.tables.forEach((table, t) => {
    out.push({
      reads: reading(table.keys.map((k) => k.indicator)),
      use: localized(`选择表 ${table.name} 的行`, `selects the row of table ${table.name}`),
      pick: (facts) => facts.row(t),
    });
  });
  for (const check of model.scope)
    if (check.subject) {
      let compiled: CompiledCheck | undefined;
      out.push({
        reads: reading([check.subject]),
        use: localized('决定记录是否在适用范围内', "decides whether the record is in the rule set's scope"),
        pick: (facts) => {
          compiled ??= checks().find((c) => c.model === check)!;
          return compiled.verdict(facts);
        },
      });
    }
  for (const check of [...model.scope, ...model.criteria])
    if (check.when) {
      const when = compileCondition(check.when, model.slots);
      out.push({
        reads: reading(conditionFacts(check.when)),
        use: localized(
          `决定要求“${check.sourceId}”是否适用`,
          `decides whether requirement "${check.sourceId}" applies`,
        ),
        pick: (facts) => when(facts.values),
      });
    }
  return out.filter((s) => s.reads.size > 0);
}

function markOnSelector(m: MarkedValue, use: LocalizedText): RecordError {
  return markError(
    m,
    'wrong-type',
    localized(
      `但该指标${use.zh}，区间两端选出不同的结果，修约后的数值无法判定：请写不带符号的数值（标称值照写，实测值写未经修约的数值）`,
      `but it ${use.en}, and the two ends of the interval pick differently, so the rounded value cannot decide it: write the value without a mark (a nominal value as it is, a measured value unrounded)`,
    ),
    'any',
  );
}

/**
 * For group grading: the errors of a record whose marked value a group statistic reads (a mean, a CV, a min…,
 * also through a derived value). A statistic is computed from values, not intervals, and a CV over 50, 51, 52,
 * 49.5 and 53(+) runs from 2.80 % to 3.13 % across the mark's interval, across a ≤ 3.0 limit (hostile-34 W2): such
 * a record is refused, so its group is not graded, and the message asks for the value unrounded. A pass rate over
 * a record requirement and a count read no value, only the record's verdict or presence.
 *
 * @returns `undefined` when the rule set has no statistic that reads a value
 */
export function compileMarkedStatistics(
  model: RuleSetModel,
): ((facts: RecordFacts) => RecordError[] | undefined) | undefined {
  const statistics = (model.group?.statistics ?? []).filter(
    (s) => s.statistic !== 'count' && !(s.statistic === 'passRate' && s.criterion !== undefined),
  );
  if (statistics.length === 0) return undefined;
  const inputs = indicatorsReader(model);
  // The statistics that read each value, those a group requirement tests first: a mean with no limit decides
  // nothing, the CV beside it does (hostile-35 M2).
  const tested = new Set(model.group!.criteria.map((c) => c.statistic.name));
  const ordered = [
    ...statistics.filter((s) => tested.has(s.name)),
    ...statistics.filter((s) => !tested.has(s.name)),
  ];
  const reading = new Map<number, typeof statistics>();
  for (const s of ordered)
    for (const ind of inputs(s.of)) {
      const list = reading.get(ind.slot);
      if (list === undefined) reading.set(ind.slot, [s]);
      else if (!list.includes(s)) list.push(s);
    }
  // Those with a limit where any has one, else every one that reads it.
  const read = new Map<number, LocalizedText[]>();
  for (const [slot, list] of reading) {
    const limited = list.filter((s) => tested.has(s.name));
    read.set(
      slot,
      (limited.length > 0 ? limited : list).map((s) => s.label),
    );
  }
  const bySlot = new Map(model.indicators.map((i) => [i.slot, i]));
  return (facts) => {
    const written = facts.written;
    if (written === undefined) return undefined;
    let errors: RecordError[] | undefined;
    for (const [slot, text] of written) {
      const statistic = read.get(slot);
      const ind = bySlot.get(slot);
      const m = statistic && ind ? markedValue(ind, text) : undefined;
      if (!m || !statistic) continue;
      errors ??= [];
      errors.push(markReadByStatistic(m, statistic));
    }
    return errors;
  };
}

function markReadByStatistic(m: MarkedValue, statistics: readonly LocalizedText[]): RecordError {
  const zh = zhNames(statistics.map((s) => s.zh));
  const en = statistics.map((s) => `"${s.en}"`).join(' and ');
  const one = statistics.length === 1;
  return markError(
    m,
    'not-computable',
    localized(
      `组的统计量${zh}由它计算：统计量由数值计算，区间内不同的值可能使其跨越限值，本组不予分级：请写未经修约的实测值`,
      `and the group ${one ? 'statistic' : 'statistics'} ${en} ${one ? 'is' : 'are'} computed from it: a statistic is computed from values, and values across the interval may move it across a limit, so the group is not graded: write the measured value unrounded`,
    ),
  );
}

/** The scoring items that score by band, by their indicator's slot. */
function bandedItems(model: RuleSetModel): Map<number, ScoringItemModel[]> {
  const out = new Map<number, ScoringItemModel[]>();
  for (const d of model.scoring?.dimensions ?? [])
    for (const item of d.items) {
      if (!item.bands) continue;
      const list = out.get(item.slot);
      if (list) list.push(item);
      else out.set(item.slot, [item]);
    }
  return out;
}

function bandPoints(item: ScoringItemModel, v: number): number | undefined {
  return item.bands!.find((b) => bandContains(b.band, v))?.points;
}

function undecidedPoints(m: MarkedValue): RecordError {
  return markError(
    m,
    'not-computable',
    localized(
      '该区间跨越评分分档的界限，得分无法判定：请写未经修约的实测值',
      "an interval across a points band's edge, so its points cannot be decided: write the measured value unrounded",
    ),
  );
}

/** A score's interval: its ends and whether each is in it. */
interface ScoreInterval {
  low: number;
  lowIn: boolean;
  high: number;
  highIn: boolean;
}

/**
 * Adds to `written` the interval each score lies in (a dimension's, the total) when it is computed from marked
 * values: a score is its items' weighted mean, so it moves with each item scored as itself by its share of the
 * item's move across the mark's interval (leadership 90(−), [89.5, 90), one of four equal items: [89.875, 90)). An
 * item scored by `points` scores alike across the interval (checked before), so moves nothing. A dimension that
 * scores a value computed from a marked one, and the total over it, get none (their interval is not worked out).
 */
function scoreIntervals(
  scoring: NonNullable<RuleSetModel['scoring']>,
  marks: readonly MarkedValue[],
  values: readonly unknown[],
  written: Map<number, string>,
  derivedReads: ReadonlyMap<number, number[]>,
  derived: ReadonlyMap<number, DerivedReach> | undefined,
): void {
  const bySlot = new Map(marks.map((m) => [m.slot, m]));
  let total: ScoreInterval | undefined = { low: 0, lowIn: true, high: 0, highIn: true };
  let moved = false;
  for (const d of scoring.dimensions) {
    const score = values[d.slot];
    const sum = d.items.reduce((t, i) => t + i.weight, 0);
    let at: ScoreInterval | undefined = { low: 0, lowIn: true, high: 0, highIn: true };
    for (const item of d.items) {
      const v = values[item.slot];
      if (item.map || item.bands || typeof v !== 'number') continue;
      const share = item.weight / sum;
      // A scored formula over a marked value (`skill * 20`, skill 4.5(−)): the interval worked out for it.
      const reach = derived?.get(item.slot);
      if (reach !== undefined && 'shown' in reach) {
        at.low += share * (reach.shown.lo - v);
        at.high += share * (reach.shown.hi - v);
        at.lowIn &&= reach.shown.loIn;
        at.highIn &&= reach.shown.hiIn;
        continue;
      }
      if (derivedReads.get(item.slot)?.some((slot) => bySlot.has(slot))) {
        at = undefined;
        break;
      }
      const m = bySlot.get(item.slot);
      if (!m) continue;
      // Below the numeral ((−) on a positive value): [far, numeral); above it: (numeral, far].
      const below = m.far < m.numeral;
      at.low += share * ((below ? m.far : m.numeral) - v);
      at.high += share * ((below ? m.numeral : m.far) - v);
      if (below) at.highIn = false;
      else at.lowIn = false;
    }
    if (at === undefined || total === undefined || d.items.length === 0 || typeof score !== 'number') {
      total = undefined;
      continue;
    }
    if (at.lowIn && at.highIn) continue;
    moved = true;
    written.set(d.slot, intervalText(score + at.low, at.lowIn, score + at.high, at.highIn));
    const share = d.weight / scoring.weightSum;
    total.low += share * at.low;
    total.high += share * at.high;
    total.lowIn &&= at.lowIn;
    total.highIn &&= at.highIn;
  }
  const sum = values[scoring.totalSlot];
  if (moved && total && typeof sum === 'number')
    written.set(
      scoring.totalSlot,
      intervalText(sum + total.low, total.lowIn, sum + total.high, total.highIn),
    );
}

/** The slots of the indicators each scored derived value reads (`staffTraining * 20`), by the item's slot. */
function readsOfDerivedItems(model: RuleSetModel): Map<number, number[]> {
  const read = indicatorsReader(model);
  const out = new Map<number, number[]>();
  for (const d of model.scoring?.dimensions ?? [])
    for (const item of d.items)
      if (model.derived.some((v) => v.slot === item.slot))
        out.set(
          item.slot,
          read(item.indicator).map((i) => i.slot),
        );
  return out;
}

/** The derived values that decide something — a requirement's subject, a scored item — by slot. */
function decidingDerived(model: RuleSetModel, checks: () => readonly CompiledCheck[]): Set<number> {
  const derived = new Set(model.derived.map((d) => d.slot));
  const out = new Set<number>();
  for (const c of checks()) {
    const slot = model.slots.get(c.model.subject ?? '');
    if (slot !== undefined && derived.has(slot)) out.add(slot);
  }
  for (const d of model.scoring?.dimensions ?? [])
    for (const item of d.items) if (derived.has(item.slot)) out.add(item.slot);
  return out;
}

/** The record's marked values a derived value reads (through other derived values too). */
function readBy(model: RuleSetModel, slot: number, marks: readonly MarkedValue[]): MarkedValue[] {
  const name = model.derived.find((d) => d.slot === slot)?.name ?? '';
  const read = new Set(indicatorsReader(model)(name).map((i) => i.slot));
  return marks.filter((m) => read.has(m.slot));
}

/** A derived value's interval as messages write it: its ends rounded outward to six significant digits. */
function derivedText(reach: DerivedInterval): string {
  return shownIntervalText(reach.shown);
}

function derivedLabel(model: RuleSetModel, slot: number): { name: string; label: LocalizedText } {
  const d = model.derived.find((x) => x.slot === slot)!;
  return { name: d.name, label: d.label };
}

/** A marked value a derived value reads across whose interval a requirement's limit lies. */
function undecidedDerived(
  model: RuleSetModel,
  m: MarkedValue,
  slot: number,
  reach: DerivedInterval,
  requirement: string,
): RecordError {
  const { name, label } = derivedLabel(model, slot);
  const at = derivedText(reach);
  return markError(
    m,
    'not-computable',
    localized(
      `由它计算的${label.zh}在 ${at} 内，该区间跨越要求“${requirement}”的限值，修约后的数值无法判定：请写未经修约的实测值`,
      `and ${name} (${label.en}) computed from it lies in ${at}, an interval across the limit of requirement "${requirement}", so the rounded value cannot decide it: write the measured value unrounded`,
    ),
  );
}

/** The record refused: a derived value that decides something reads a marked value by a formula not bounded. */
function unbounded(
  model: RuleSetModel,
  slot: number,
  reach: { operator: string } | { twice: string },
  marks: readonly MarkedValue[],
): RecordError[] {
  const { name, label } = derivedLabel(model, slot);
  const why =
    'twice' in reach
      ? localized(
          `其公式两次读取 ${reach.twice}，按区间计算会把范围算宽`,
          `its formula reads ${reach.twice} twice, over which interval arithmetic would widen the interval`,
        )
      : reach.operator === TEST_ACROSS
        ? localized(
            '其公式中“? :”的条件在该区间内有的值成立、有的值不成立',
            'the test of its "? :" holds for some values of the interval and not for others',
          )
        : localized(
            `其公式含“${reach.operator}”，qgrade 不按区间计算它`,
            `its formula has "${reach.operator}", over which qgrade does not work out an interval`,
          );
  return readBy(model, slot, marks).map((m) =>
    markError(
      m,
      'not-computable',
      localized(
        `由它计算的${label.zh}（${name}）无法得出所在区间：${why.zh}，修约后的数值无法判定：请写未经修约的实测值`,
        `and the interval of ${name} (${label.en}) computed from it is not known: ${why.en}, so the rounded value cannot decide it: write the measured value unrounded`,
      ),
    ),
  );
}

/**
 * The number indicators read by nothing but the requirements they are the subject of — no derived value, table key,
 * `when`, condition, formula limit, `requiredWhen`, scored item or group statistic reads them — with those
 * requirements, by slot.
 */
function subjectChecks(
  model: RuleSetModel,
  checks: () => readonly CompiledCheck[],
): Map<number, CompiledCheck[]> {
  const elsewhere = new Set<string>();
  for (const d of model.derived) for (const name of referencedNames(d.expr)) elsewhere.add(name);
  for (const t of model.tables) for (const k of t.keys) elsewhere.add(k.indicator);
  for (const ind of model.indicators)
    if (ind.requiredWhen) for (const f of conditionFacts(ind.requiredWhen)) elsewhere.add(f);
  for (const check of [...model.scope, ...model.criteria]) {
    if (check.when) for (const f of conditionFacts(check.when)) elsewhere.add(f);
    if (check.test.kind === 'condition')
      for (const f of conditionFacts(check.test.condition)) elsewhere.add(f);
    for (const operand of limitOperands(check))
      if (operand.kind === 'expr') for (const name of referencedNames(operand.expr)) elsewhere.add(name);
  }
  for (const d of model.scoring?.dimensions ?? []) for (const item of d.items) elsewhere.add(item.indicator);
  for (const s of model.group?.statistics ?? []) elsewhere.add(s.of);
  const out = new Map<number, CompiledCheck[]>();
  for (const ind of model.indicators)
    if (ind.type === 'number' && ind.specimens === 0 && !elsewhere.has(ind.name)) out.set(ind.slot, []);
  for (const c of checks()) {
    const slot = model.slots.get(c.model.subject ?? '');
    if (slot !== undefined) out.get(slot)?.push(c);
  }
  return out;
}

/** Whether a value passes an indicator's `range` and `plausible` band, as reading a record checks them. */
function inRange(ind: IndicatorModel, v: number): boolean {
  return (!ind.range || bandContains(ind.range, v)) && (!ind.plausible || bandContains(ind.plausible, v));
}

/**
 * The facts just inside with each marked value at its numeral, where every requirement it is the subject of gives
 * the same verdict at both: the numerals' facts, as nothing else reads those values. `undefined` where one differs
 * (a limit at the numeral: `42.5(−)` against ≥ 42.5), which leaves the facts as they were.
 */
function numeralsInside(
  inside: RecordFacts,
  marks: readonly MarkedValue[],
  subjectOf: ReadonlyMap<number, readonly CompiledCheck[]>,
): RecordFacts | undefined {
  for (const m of marks)
    for (const check of subjectOf.get(m.slot)!)
      if (verdictAt(check, inside, m.slot, m.numeral) !== check.verdict(inside)) return undefined;
  for (const m of marks) inside.values[m.slot] = m.numeral;
  return inside;
}

/**
 * The facts at one end of every mark's interval: read, or (`at`) worked out from the facts just inside, each value
 * put at that end in turn, where nothing but the requirements it is the subject of reads it.
 */
type End = RecordFacts | RecordError[] | { at: 'far' | 'nearFar' };

/**
 * An end read from the facts just inside: the values at it refused, as a read would refuse them, where one is out of
 * its indicator's `range` or `plausible` band (no requirement is then compared there, as with a read refused).
 */
function atEnd(marks: readonly MarkedValue[], at: 'far' | 'nearFar'): End {
  for (const m of marks) if (!inRange(m.indicator, m[at])) return [];
  return { at };
}
