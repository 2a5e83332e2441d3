import { type CompiledCheck, Verdict } from '../compile/compile-check';
import type { CompiledRuleSet } from '../compile/compile-rule-set';
import type { RecordSnapshot } from '../compile/record-snapshot';
import {
  computedDecimals,
  computedShown,
  figureText,
  shownDigitsOf,
  shownValue,
} from '../compile/shown-value';
import { type Band, bandContains } from '../model/band';
import { referencedNames } from '../model/expr';
import type { CriterionResult } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { decimalsOf } from '../rounding/decimal';
import { parseRoundingInterval, type RoundingInterval, roundNumberGbt8170 } from '../rounding/gbt8170';
import { intervalEnds, markInterval } from '../rounding/mark-interval';
import { roundingMark } from '../rounding/rounding-mark';
import { toFifteenDigits } from '../rounding/significant-digits';

/**
 * How far a failed numeric requirement's value is from its limit, and what would meet it: the gap from the
 * value as graded (after the rule's GB/T 8170 rounding), the least (or most) measured value that meets the
 * limit once rounded, and, for a derived value, one measured input's value that meets it with the others
 * as measured. Numbers as text, to the digits they are stated to.
 *
 * @example
 * // 热水输出率 58.10 % (= 34.86 L ÷ 60 L × 100), ≥ 60.0 % rounded to 0.1:
 * // { gap: '1.9', over: false, edge: { operator: '>=', value: '59.95', interval: '0.1' },
 * //   input: { indicator: <outputVolume>, operator: '>=', target: '35.97' } }
 */
export interface RequirementLift {
  /**
   * How far the value is from what meets the limit, never negative: from the measured value to the `edge` under a
   * rounded comparison (ReL 399.49 against ≥ 400 at 1 is 0.01 short of ≥ 399.5), else to the limit; stated up to
   * the digits of the two. For a value written as an interval (a GB/T 8170 rounding mark, a value computed from
   * one), the most it can be: `least` is the least.
   */
  readonly gap: string;
  /**
   * For a value written as an interval (`5.00(−)`, in [4.995, 5.00)): the least the gap can be (`0`: the mark
   * says only that it is short, by at most `gap`).
   */
  readonly least?: string;
  /** The limit or edge is strict and `gap` is exact: more than `gap` meets it (`> 1.245` from 1.24). */
  readonly beyond?: boolean;
  /** The value is above an upper limit (≤, <, a range's upper end); else below a lower one. */
  readonly over: boolean;
  /** With a rounded comparison: the measured values that meet the limit once rounded (`≥ 59.95`). */
  readonly edge?: {
    readonly operator: '>=' | '>' | '<=' | '<';
    readonly value: string;
    readonly interval: string;
  };
  /**
   * For a count of specimens (`atMostFailing`): the fewest failing specimens to move past the limit (or `edge`),
   * those nearest it — 26, 45, 25 J against ≥ 27 J, one allowed below: specimen 1 (26 J) — and the value that
   * meets it (standards-40 M3).
   */
  readonly specimens?: {
    readonly moved: readonly { readonly specimen: number; readonly value: number }[];
    readonly operator: '>=' | '>' | '<=' | '<';
    readonly target: string;
  };
  /** For a derived value: one measured input set to `target` (`≥`, `≤`, or `=` inside a range) meets the limit. */
  readonly input?: {
    readonly indicator: IndicatorModel;
    readonly operator: '>=' | '<=' | '=';
    readonly target: string;
    /**
     * Where the values that meet it begin exactly at one digit more than `target` (C ≤ 0.235 %, where 0.23 is
     * stated to the 0.01 C is reported to): a value between the two meets it too (standards-40 M2).
     */
    readonly exact?: string;
  };
}

/** Where a failed value lies: below a lower bound or above an upper one, and the bound. */
interface Side {
  bound: number;
  over: boolean;
  inclusive: boolean;
}

// Points along the way at which the derived value must keep moving one way; how far an input with no end to its
// range is taken (2⁴⁰ times its value); most halvings (each probe reads the record again).
const SAMPLES = 32;
const DOUBLINGS = 40;
const HALVINGS = 60;

/**
 * What would lift one failed requirement (see {@link RequirementLift}); `undefined` when it is not a number
 * held to a numeric limit (a text, a yes/no, a count of specimens, a value left out, a grade that does not
 * exist). `snapshot` is the record as read (`reader.snapshot`): without it, no input is solved for. An input
 * is solved for only when it is one number, the limit does not depend on it (`fixed` names those it depends
 * on: a table's key, a formula limit's operand, the `when`), and the derived value is monotone in it from its
 * measured value to where the limit is met, within its range and plausible band; the target is rounded
 * outward to the input's decimals (`inputDecimals`) and checked by grading the requirement with it.
 *
 * @example
 * requirementLift(compiled, criterion, snapshot, new Set(['capacity']), () => 2)?.input?.target; // '35.97'
 */
export function requirementLift(
  compiled: CompiledRuleSet,
  c: CriterionResult,
  snapshot?: RecordSnapshot,
  fixed: ReadonlySet<string> = new Set(),
  inputDecimals: (slot: number, value: number) => number = (_s, v) => decimalsOf(String(v)),
): RequirementLift | undefined {
  if (c.status !== 'failed' || c.unavailable || !c.limit) return;
  const check = compiled.checks.find((k) => k.model.id === c.id);
  if (!check) return;
  if (c.failingSpecimens !== undefined) return specimenLift(c, check);
  const graded = c.rounded ?? c.value;
  if (typeof graded !== 'number') return;
  const side = sideOf(c, graded);
  if (!side) return;
  const decimals = limitDecimals(c.limit.text);
  const interval = intervalOf(check, decimals);
  const edge = interval && edgeOf(side, interval);
  const input = snapshot && inputTarget(compiled, check, snapshot, fixed, inputDecimals, side);
  return {
    ...gapOf(compiled, c, side, edge, graded, decimals),
    over: side.over,
    ...(edge ? { edge } : {}),
    ...(input ? { input } : {}),
  };
}

/** The rounding interval of a rounded comparison (the rule's, or the limit's last digit); else `undefined`. */
function intervalOf(check: CompiledCheck, decimals: number): RoundingInterval | undefined {
  const comparison = check.model.comparison;
  return comparison.method === 'rounded'
    ? (comparison.interval ?? parseRoundingInterval((10 ** -Math.min(decimals, 20)).toFixed(decimals)))
    : undefined;
}

/**
 * What lifts a count of specimens with at most so many failing: the failing specimens nearest the limit, as many
 * as are more than allowed, moved to where they meet it; the gap is the farthest of those moves.
 */
function specimenLift(c: CriterionResult, check: CompiledCheck): RequirementLift | undefined {
  const failing = c.failingSpecimens ?? [];
  const values = c.failingValues;
  const allowed = check.model.aggregateCount;
  if (check.model.aggregate !== 'atMostFailing' || allowed === undefined) return;
  if (!values || values.length !== failing.length || failing.length <= allowed) return;
  // A range's failing specimens may lie on both sides of it: no one way to move them.
  if (c.limit?.operator === 'between') return;
  const side = sideOf(c, values[0]!);
  if (!side) return;
  const decimals = limitDecimals(c.limit!.text);
  const interval = intervalOf(check, decimals);
  const edge = interval && edgeOf(side, interval);
  const target = edge ? Number(edge.value) : side.bound;
  const moved = failing
    .map((specimen, i) => ({ specimen, value: values[i]! }))
    .sort((a, b) => (side.over ? a.value - b.value : b.value - a.value))
    .slice(0, failing.length - allowed)
    .sort((a, b) => a.specimen - b.specimen);
  const digits = Math.max(
    edge ? decimalsOf(edge.value) : decimals,
    ...moved.map((m) => decimalsOf(String(m.value))),
  );
  const far = Math.max(...moved.map((m) => Math.abs(toFifteenDigits(target - m.value))));
  const operator =
    edge?.operator ?? (side.over ? (side.inclusive ? '<=' : '<') : side.inclusive ? '>=' : '>');
  return {
    gap: toDigits(far, digits, true),
    over: side.over,
    ...(edge ? { edge } : {}),
    specimens: { moved, operator, target: edge ? edge.value : String(side.bound) },
  };
}

/**
 * The gap of a {@link RequirementLift}: from the measured value (or each end of the interval it is written as) to
 * the edge that meets the limit once rounded, or to the limit itself under the full-value method (standards-40 M1,
 * M3): one figure, the same as the `≥ 399.5 meets it` beside it.
 */
function gapOf(
  compiled: CompiledRuleSet,
  c: CriterionResult,
  side: Side,
  edge: RequirementLift['edge'] | undefined,
  graded: number,
  limitDigits: number,
): Pick<RequirementLift, 'gap' | 'least' | 'beyond'> {
  const target = edge ? Number(edge.value) : side.bound;
  const strict = edge ? edge.operator === '>' || edge.operator === '<' : !side.inclusive;
  const away = (x: number) => Math.max(0, toFifteenDigits(side.over ? x - target : target - x));
  const targetDigits = edge ? decimalsOf(edge.value) : limitDigits;
  const span = c.written === undefined ? undefined : writtenSpan(c.written);
  if (span) {
    // The value lies somewhere in the interval: the gap from its near end to its far end.
    const digits = Math.max(targetDigits, decimalsOf(String(span.low)), decimalsOf(String(span.high)));
    const [near, far] = side.over ? [span.low, span.high] : [span.high, span.low];
    // Each end as its own digits give it: 0.005 to 0.01, not 0.010.
    const shown = (x: number, up: boolean) => String(Number(toDigits(x, digits, up)));
    return { gap: shown(away(far), true), least: shown(away(near), false) };
  }
  const measured = edge && typeof c.value === 'number' ? c.value : graded;
  // A derived value carries a double's noise (58.099999…): to the edge's digits, or two past the limit's. A
  // measured one is read to 15 significant digits and stated to its own (4.49999999 against ≥ 4.50 is 0.00000001
  // short, not 0.0001).
  const derived = compiled.model.derived.some((d) => d.name === c.indicator);
  const own = decimalsOf(String(measured));
  // A computed figure (a mean, a derived value) to the decimals its explanation shows it with (newcomer-40 M7).
  const shownDigits = edge ? undefined : computedFigureDecimals(c, measured);
  const digits = Math.max(
    targetDigits,
    shownDigits ?? (derived ? (edge ? 0 : Math.min(own, limitDigits + 2)) : own),
  );
  const d = away(measured);
  // Stated up, so that a gap of 1.85 to one decimal is not said as 1.8: then that amount itself meets it.
  const gap = toDigits(d, digits, true);
  return strict && gap === toDigits(d, digits, false) ? { gap, beyond: true } : { gap };
}

/**
 * The decimals a computed value (a mean, a derived value) is shown with in its explanation — `平均值 38.8 MPa`
 * for 38.82 beside ≥ 40 — so that the gap is stated to the figures shown (差 1.2, not 1.18: newcomer-40 M7);
 * `undefined` for a measured value, shown with its own digits.
 */
function computedFigureDecimals(c: CriterionResult, value: number): number | undefined {
  const digits = shownDigitsOf(c.label);
  if (!digits) return undefined;
  const shown = digits.figure
    ? figureText(digits.figure, value)
    : digits.at
      ? shownValue(value, digits.at, c.limit, c.passed)
      : digits.computed
        ? computedShown(
            value,
            String(value),
            computedDecimals(c.limit, digits.rounded, digits.perRecordLimit),
            c.limit,
            c.passed,
          )
        : undefined;
  return shown === undefined || /e/i.test(shown) ? undefined : decimalsOf(shown);
}

/** The interval a value written with a rounding mark (`5.00(−)`) or computed from one (`[1.24843, 1.25)`) lies in. */
function writtenSpan(written: string): { low: number; high: number } | undefined {
  const marked = roundingMark(written);
  if (marked) {
    const at = markInterval(marked);
    return at && { low: Math.min(at.numeral, at.far), high: Math.max(at.numeral, at.far) };
  }
  const ends = intervalEnds(written);
  return ends && { low: ends.low, high: ends.high };
}

/** The bound a failed number misses, from its limit. */
function sideOf(c: CriterionResult, v: number): Side | undefined {
  const limit = c.limit!;
  const op = limit.operator;
  if (op === 'between') {
    const [lower, upper] = limit.value as [number, number];
    if (typeof lower !== 'number' || typeof upper !== 'number') return;
    if (v < lower) return { bound: lower, over: false, inclusive: true };
    if (v > upper) return { bound: upper, over: true, inclusive: true };
    return;
  }
  if (typeof limit.value !== 'number') return;
  if (op === '>=' || op === '>') return { bound: limit.value, over: false, inclusive: op === '>=' };
  if (op === '<=' || op === '<') return { bound: limit.value, over: true, inclusive: op === '<=' };
  return;
}

/**
 * The most digits after the point among a limit's numerals (`≥ 60.0` → 1, `10.0 ± 0.1 [9.9, 10.1]` → 1): the
 * digits the limit, and a value reported against it, are stated to.
 *
 * @example
 * limitDecimals('≤ 1.60'); // 2
 */
export function limitDecimals(text: string): number {
  let most = 0;
  for (const numeral of text.match(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g) ?? [])
    most = Math.max(most, decimalsOf(numeral));
  return most;
}

/** `x` to `decimals` digits, rounded up or down, as text. */
function toDigits(x: number, decimals: number, up: boolean): string {
  const scale = 10 ** decimals;
  // Twelve digits: 0.06 × 100 is 6.000000000000001 in binary, which must not go up to 7.
  const scaled = Number((x * scale).toPrecision(12));
  const whole = up ? Math.ceil(scaled) : Math.floor(scaled);
  return (whole / scale).toFixed(decimals);
}

/**
 * The measured values that meet a bound once rounded to `interval` (GB/T 8170, ties to even): the rounded values
 * that meet it start at the grid point next to the bound; half an interval before it the measured values begin,
 * that end included when it rounds onto that grid point.
 */
function edgeOf(side: Side, interval: RoundingInterval): RequirementLift['edge'] {
  const step = toFifteenDigits(interval.unit * 10 ** interval.exponent);
  const holds = (r: number) =>
    side.over
      ? side.inclusive
        ? r <= side.bound
        : r < side.bound
      : side.inclusive
        ? r >= side.bound
        : r > side.bound;
  // The grid point nearest the bound on the side that meets it.
  let k = side.over
    ? Math.floor(toFifteenDigits(side.bound / step))
    : Math.ceil(toFifteenDigits(side.bound / step));
  if (!holds(toFifteenDigits(k * step))) k += side.over ? -1 : 1;
  const grid = toFifteenDigits(k * step);
  const edge = toFifteenDigits(grid + (side.over ? step / 2 : -step / 2));
  const inclusive = holds(roundNumberGbt8170(edge, interval));
  const operator = side.over ? (inclusive ? '<=' : '<') : inclusive ? '>=' : '>';
  return { operator, value: String(edge), interval: interval.text };
}

/** What grading the record with one input set to `x` gives: the requirement's verdict and the derived value. */
type Probe = (x: number) => { passes: boolean; value: unknown } | undefined;

/**
 * One measured input of a derived value that, changed alone, meets the requirement: the first in the formula's
 * order for which the value, moved the way that brings it toward the limit, stays monotone up to where it passes.
 */
function inputTarget(
  compiled: CompiledRuleSet,
  check: CompiledCheck,
  snapshot: RecordSnapshot,
  fixed: ReadonlySet<string>,
  inputDecimals: (slot: number, value: number) => number,
  side: Side,
): RequirementLift['input'] {
  const model = compiled.model;
  const subject = check.model.subject;
  const derived = model.derived.find((d) => d.name === subject);
  if (!derived) return;
  const measured = compiled.reader.facts(snapshot);
  if (Array.isArray(measured)) return;
  // A value computed per specimen is solved for where the record gives one specimen (Rm 747 ÷ ReL 600, one bar):
  // then it is one number, as a ratio of single values is (standards-40 M3). A `when` is read by each probe's
  // verdict, so an input that would turn the requirement off is never said to meet it.
  if (derived.perSpecimen && single(measured.values[derived.slot]) === undefined) return;
  for (const indicator of formulaInputs(model, derived.name)) {
    if (fixed.has(indicator.name) || indicator.type !== 'number') continue;
    const x0 = single(measured.values[indicator.slot]);
    // A value written with a rounding mark (34.86(+)) is an interval, not a number to move.
    if (typeof x0 !== 'number' || measured.written?.has(indicator.slot)) continue;
    const probe: Probe = (x) => {
      const changed = snapshot.slice();
      changed[indicator.slot] = x;
      const facts = compiled.reader.facts(changed);
      if (Array.isArray(facts)) return undefined;
      return { passes: check.verdict(facts) === Verdict.Passed, value: single(facts.values[derived.slot]) };
    };
    const dir = towardLimit(probe, x0, side.over);
    if (dir === undefined) continue;
    const decimals = inputDecimals(indicator.slot, x0);
    const at = crossing(probe, x0, dir, bandsOf(indicator), 10 ** -(decimals + 2));
    if (at === undefined) continue;
    const target = roundedTarget(probe, at, dir, decimals);
    if (target === undefined) continue;
    // Inside a range, moving past the other end fails again: the value itself, not a bound.
    const ranged = check.model.test.kind === 'range' || check.model.test.kind === 'tolerance';
    const operator = ranged ? '=' : dir === 1 ? '>=' : '<=';
    const exact = ranged ? undefined : exactBound(probe, at, dir, decimals + 1);
    return {
      indicator,
      operator,
      target,
      ...(exact !== undefined && Number(exact) !== Number(target) ? { exact } : {}),
    };
  }
  return;
}

/** A value that is one number, or a list of one specimen's; else `undefined`. */
function single(v: unknown): number | undefined {
  const one = Array.isArray(v) && v.length === 1 ? v[0] : v;
  return typeof one === 'number' ? one : undefined;
}

/** The indicators a derived value is computed from, through other derived values, in the formula's order. */
function formulaInputs(model: RuleSetModel, name: string, seen = new Set<string>()): IndicatorModel[] {
  const derived = model.derived.find((d) => d.name === name);
  if (!derived) return [];
  const out: IndicatorModel[] = [];
  for (const ref of referencedNames(derived.expr)) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    const indicator = model.indicators.find((i) => i.name === ref);
    if (indicator) out.push(indicator);
    else out.push(...formulaInputs(model, ref, seen));
  }
  return out;
}

/**
 * The way to move an input so that the value goes toward meeting the limit (up for a minimum, down for a
 * maximum), from the value a step away; `undefined` where the value does not move.
 */
function towardLimit(probe: Probe, x0: number, over: boolean): 1 | -1 | undefined {
  const here = probe(x0)?.value;
  const h = Math.max(Math.abs(x0), 1) * 1e-6;
  for (const step of [h, -h]) {
    const there = probe(x0 + step)?.value;
    if (typeof here !== 'number' || typeof there !== 'number' || there === here) continue;
    const up = there > here === step > 0;
    return up !== over ? 1 : -1;
  }
  return;
}

/** The bands an input must lie in: its range and plausible band. */
function bandsOf(indicator: IndicatorModel): Band[] {
  return [indicator.range, indicator.plausible].filter((b): b is Band => b !== undefined);
}

/**
 * Where, moving `x0` in direction `dir` within `bands`, the requirement is first met: `[last failing, first
 * passing]` after bisection, when the derived value is monotone on the way there; else `undefined`.
 */
function crossing(
  probe: Probe,
  x0: number,
  dir: 1 | -1,
  bands: readonly Band[],
  tolerance: number,
): [number, number] | undefined {
  let end = dir === 1 ? Math.min(...bands.map((b) => b.upper)) : Math.max(...bands.map((b) => b.lower));
  if (!Number.isFinite(end)) {
    // No end: go out by doublings until the requirement is met.
    const unit = Math.max(Math.abs(x0), 1);
    let reached: number | undefined;
    for (let k = 0; k < DOUBLINGS && reached === undefined; k++) {
      const x = x0 + dir * unit * 2 ** k;
      if (!bands.every((b) => bandContains(b, x))) break;
      if (probe(x)?.passes) reached = x;
    }
    if (reached === undefined) return;
    end = reached;
  }
  // Evenly along the way: the first that passes, with the derived value monotone until then.
  let last = x0;
  let lastValue = probe(x0)?.value;
  let trend = 0;
  for (let i = 1; i <= SAMPLES; i++) {
    const x = x0 + ((end - x0) * i) / SAMPLES;
    const p = probe(x);
    if (!p) continue;
    if (typeof p.value !== 'number' || typeof lastValue !== 'number') return;
    const step = Math.sign(p.value - lastValue);
    if (step !== 0 && trend !== 0 && step !== trend) return;
    if (step !== 0) trend = step;
    if (p.passes) return bisect(probe, last, x, tolerance);
    last = x;
    lastValue = p.value;
  }
  return;
}

/** Halves `[fails, passes]` until the two are within `tolerance` (a hundredth of the input's last digit). */
function bisect(probe: Probe, fails: number, passes: number, tolerance: number): [number, number] {
  for (let i = 0; i < HALVINGS && Math.abs(passes - fails) > tolerance; i++) {
    const mid = (fails + passes) / 2;
    if (mid === fails || mid === passes) break;
    if (probe(mid)?.passes) passes = mid;
    else fails = mid;
  }
  return [fails, passes];
}

/**
 * The first value to `decimals` digits, at or past the crossing, that meets the requirement (checked by grading
 * it): a value rounded the other way would not.
 */
function roundedTarget(
  probe: Probe,
  [, passes]: [number, number],
  dir: 1 | -1,
  decimals: number,
): string | undefined {
  const unit = 10 ** -decimals;
  // From the crossing rounded back toward the measured value: the crossing itself may lie on a digit (35.97).
  let x = Number(toDigits(passes, decimals, dir !== 1));
  for (let i = 0; i < 3; i++) {
    if (probe(x)?.passes) return x.toFixed(decimals);
    x = toFifteenDigits(x + dir * unit);
  }
  return;
}

/**
 * The value to `decimals` digits where the values that meet the requirement begin, when they begin exactly there
 * (C ≤ 0.235 %: Ceq 0.545 rounds to 0.54, 0.2350001 gives 0.55): it meets it, and a hair short of it does not.
 */
function exactBound(probe: Probe, at: [number, number], dir: 1 | -1, decimals: number): string | undefined {
  const x = roundedTarget(probe, at, dir, decimals);
  if (x === undefined) return;
  const hair = toFifteenDigits(Number(x) - dir * 10 ** -(decimals + 3));
  return probe(hair)?.passes === false ? x : undefined;
}
