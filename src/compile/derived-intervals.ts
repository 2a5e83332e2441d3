import { type Expr, exprChildren } from '../model/expr';
import type { RuleSetModel } from '../model/rule-set-model';
import {
  add,
  callInterval,
  divide,
  type Interval,
  multiply,
  negate,
  point,
} from '../resolve/formula-interval';
import { intervalText, type MarkInterval } from '../rounding/mark-interval';
import { type CompiledExpr, compileExpr } from './compile-expr';
import type { RecordFacts } from './record-facts';

/**
 * Where a derived value computed from values written with a GB/T 8170 rounding mark lies: `shown`, the interval as
 * its ends are written (`[1.24844, 1.25)` for 500 ÷ 400(+)), and `low`/`high`, the values at its ends that grading
 * reads, each in the interval (an open end taken from the operands' values just inside their marks' intervals).
 */
export interface DerivedInterval {
  shown: Interval;
  low: number;
  high: number;
}

/**
 * A derived value's interval, or why it is not worked out: the operator it stops at (`**`), or the marked
 * operand the formula reads twice (`twice`, its name).
 */
export type DerivedReach = DerivedInterval | { operator: string } | { twice: string };

/** A record's marked value as {@link compileDerivedIntervals} reads it: its interval and slot. */
export type MarkedSlot = MarkInterval & { slot: number };

/** Which end of each mark's interval grading reads: the value just inside the numeral, or just inside the far end. */
export type MarkEnd = 'far' | 'nearFar';

/**
 * For a record with marked values, the interval each derived value reading one lies in, by interval arithmetic
 * (`+ − × ÷`, a divisor whose interval does not hold 0, a fixed whole power `x ** 2`, `min`, `max`, `abs`, `sqrt`,
 * `floor`, `ceil`, and a `? :` whose test every value of the intervals decides alike): exact where each marked
 * operand occurs once on the way the value is computed (through other derived values too), as the formula is then
 * monotone in it across so small an interval. A formula with a marked operand under another operator (`%`, a `? :`
 * test the interval lies across, a comparison, points) or read twice (`a / (a + b)`, which interval arithmetic would
 * widen) gets a `reason` instead: its value is not graded on a guess. Parts that read no marked value are the
 * record's own values, computed as grading computes them.
 *
 * @returns by derived slot, for the derived values that read a marked value (perhaps through another)
 */
export function compileDerivedIntervals(
  model: RuleSetModel,
): (facts: RecordFacts, marks: readonly MarkedSlot[], end: MarkEnd) => Map<number, DerivedReach> {
  const intervals = compileExprIntervals(model);
  const { readsOf } = intervals;
  // Scores are left to the scoring's own intervals (a weighted mean of its items'), specimen lists to none.
  const scoring = model.scoring;
  const scores = new Set(scoring ? [scoring.totalSlot, ...scoring.dimensions.map((d) => d.slot)] : []);
  const scalar = model.derived.filter((d) => !d.perSpecimen && !scores.has(d.slot));
  return (facts, marks, end) => {
    const bySlot = new Map(marks.map((m) => [m.slot, m] as const));
    const out = new Map<number, DerivedReach>();
    for (const d of scalar) {
      const slots = readsOf(d.expr);
      if (!slots.some((s) => bySlot.has(s))) continue;
      const reach = exprReach(intervals, d.expr, facts, bySlot, end);
      if (reach === undefined) continue;
      if ('twice' in reach && typeof reach.twice === 'number') {
        out.set(d.slot, { twice: nameOf(model, reach.twice) });
        continue;
      }
      out.set(d.slot, reach as DerivedReach);
    }
    return out;
  };
}

/** An expression's interval for a record, marked operands by `markOf`; a string: the operator it stops at. */
export type ExprInterval = (
  e: Expr,
  facts: RecordFacts,
  markOf: (slot: number) => Interval | undefined,
) => Interval | string;

/** What {@link compileExprIntervals} gives. */
export interface ExprIntervals {
  /** The indicator slots an expression reads, through derived values, each occurrence counted. */
  readsOf: (e: Expr) => number[];
  /** An expression's interval for a record. */
  intervalOf: ExprInterval;
  /** How often one record's computation reads each slot (a `? :` test not counted; its branches, the greater). */
  pathReads: (e: Expr) => ReadonlyMap<number, number>;
}

/**
 * Interval arithmetic over a rule set's formulas for one record (see {@link compileDerivedIntervals}): `readsOf`,
 * the indicator slots an expression reads (through derived values, each occurrence counted); `intervalOf`, its
 * interval with the marked operands' intervals.
 */
export function compileExprIntervals(model: RuleSetModel): ExprIntervals {
  const derivedByName = new Map(model.derived.map((d) => [d.name, d] as const));
  const reads = new WeakMap<Expr, number[]>();
  const compiled = new WeakMap<Expr, CompiledExpr>();
  const readsOf = (e: Expr): number[] => {
    let out = reads.get(e);
    if (out) return out;
    out = [];
    if (e.k === 'ref') {
      const inner = derivedByName.get(e.name);
      out = inner ? readsOf(inner.expr) : [e.slot];
    } else for (const child of exprChildren(e)) out.push(...readsOf(child));
    reads.set(e, out);
    return out;
  };
  const exact = (e: Expr, facts: RecordFacts): unknown => {
    let f = compiled.get(e);
    if (!f) {
      f = compileExpr(e);
      compiled.set(e, f);
    }
    return f(facts, -1);
  };
  // How often each slot is read on the way one record's value is computed: a `? :` test, decided over the
  // interval before a branch is read, does not count; of its branches, the one reading a slot more.
  const counted = new WeakMap<Expr, Map<number, number>>();
  const pathReads = (e: Expr): Map<number, number> => {
    let out = counted.get(e);
    if (out) return out;
    out = new Map();
    if (e.k === 'ref') {
      const inner = derivedByName.get(e.name);
      if (inner) out = pathReads(inner.expr);
      else out.set(e.slot, 1);
    } else if (e.k === 'cond') {
      for (const branch of [e.yes, e.no])
        for (const [slot, n] of pathReads(branch)) out.set(slot, Math.max(out.get(slot) ?? 0, n));
    } else
      for (const child of exprChildren(e))
        for (const [slot, n] of pathReads(child)) out.set(slot, (out.get(slot) ?? 0) + n);
    counted.set(e, out);
    return out;
  };
  return { readsOf, intervalOf, pathReads };

  function intervalOf(
    e: Expr,
    facts: RecordFacts,
    markOf: (slot: number) => Interval | undefined,
  ): Interval | string {
    if (!readsOf(e).some((s) => markOf(s) !== undefined)) {
      const v = exact(e, facts);
      return typeof v === 'number' && Number.isFinite(v) ? point(v) : 'value';
    }
    switch (e.k) {
      case 'ref': {
        const inner = derivedByName.get(e.name);
        return inner ? intervalOf(inner.expr, facts, markOf) : markOf(e.slot)!;
      }
      case 'unary': {
        if (e.op === '!') return '!';
        const x = intervalOf(e.arg, facts, markOf);
        return typeof x === 'string' || e.op === '+' ? x : negate(x);
      }
      case 'binary': {
        if (e.op === '**') {
          // A fixed whole exponent (`coating ** 2`): x² over an interval, the even power's least at 0 inside it.
          const n = readsOf(e.right).length === 0 ? exact(e.right, facts) : undefined;
          if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 64) return e.op;
          const x = intervalOf(e.left, facts, markOf);
          return typeof x === 'string' ? x : power(x, n);
        }
        if (e.op !== '+' && e.op !== '-' && e.op !== '*' && e.op !== '/') return e.op;
        const a = intervalOf(e.left, facts, markOf);
        if (typeof a === 'string') return a;
        const b = intervalOf(e.right, facts, markOf);
        if (typeof b === 'string') return b;
        if (e.op === '+') return add(a, b);
        if (e.op === '-') return add(a, negate(b));
        if (e.op === '*') return multiply(a, b);
        return divide(a, b) ?? '/';
      }
      case 'call': {
        const xs: Interval[] = [];
        for (const arg of e.args) {
          const x = intervalOf(arg, facts, markOf);
          if (typeof x === 'string') return x;
          xs.push(x);
        }
        return callInterval(e.fn, xs);
      }
      case 'cond': {
        // The branch every value of the interval takes (`y > 10 ? z : 2 * z`, y 20(+) wholly above 10); a test
        // the interval lies across is not bounded here.
        const taken = testTaken(e.test, facts, markOf);
        if (typeof taken === 'string') return taken;
        return intervalOf(taken ? e.yes : e.no, facts, markOf);
      }
      case 'logical':
        return e.op;
      default:
        return e.k;
    }
  }

  /** Whether a `? :` test holds for every value of its operands' intervals (`true`/`false`), or why not known. */
  function testTaken(
    test: Expr,
    facts: RecordFacts,
    markOf: (slot: number) => Interval | undefined,
  ): boolean | string {
    if (!readsOf(test).some((s) => markOf(s) !== undefined)) {
      const v = exact(test, facts);
      return typeof v === 'boolean' ? v : '? :';
    }
    if (test.k !== 'binary' || !COMPARISONS.has(test.op)) return '? :';
    const a = intervalOf(test.left, facts, markOf);
    if (typeof a === 'string') return a;
    const b = intervalOf(test.right, facts, markOf);
    if (typeof b === 'string') return b;
    return compareIntervals(test.op, a, b) ?? TEST_ACROSS;
  }
}

/** The operator a `? :` stops at whose test some values of the intervals meet and others do not. */
export const TEST_ACROSS = '? : across';

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);

/**
 * A comparison that holds for every pair of values of `a` and `b` (`true`), for none (`false`), or `undefined`
 * where the intervals lie across each other.
 */
function compareIntervals(op: string, a: Interval, b: Interval): boolean | undefined {
  // a − b's interval: wholly above 0, wholly below, or 0 at most at one end.
  const d = add(a, negate(b));
  const above = d.lo > 0 || (d.lo === 0 && !d.loIn);
  const below = d.hi < 0 || (d.hi === 0 && !d.hiIn);
  const atOrAbove = d.lo >= 0;
  const atOrBelow = d.hi <= 0;
  switch (op) {
    case '>':
      return above ? true : atOrBelow ? false : undefined;
    case '>=':
      return atOrAbove ? true : below ? false : undefined;
    case '<':
      return below ? true : atOrAbove ? false : undefined;
    case '<=':
      return atOrBelow ? true : above ? false : undefined;
    case '==':
      return above || below ? false : undefined;
    case '!=':
      return above || below ? true : undefined;
    default:
      return undefined;
  }
}

/** x ** n for x in `i`, n a whole number ≥ 1: monotone for an odd n; for an even one, least at 0 where `i` holds it. */
function power(i: Interval, n: number): Interval {
  const lo = i.lo ** n;
  const hi = i.hi ** n;
  if (n % 2 === 1 || i.lo >= 0) return { lo, loIn: i.loIn, hi, hiIn: i.hiIn };
  if (i.hi <= 0) return { lo: hi, loIn: i.hiIn, hi: lo, hiIn: i.loIn };
  // Across 0: from 0 to the greater of the two ends' powers.
  return lo > hi
    ? { lo: 0, loIn: true, hi: lo, hiIn: i.loIn }
    : { lo: 0, loIn: true, hi, hiIn: lo === hi ? i.loIn || i.hiIn : i.hiIn };
}

/**
 * The interval of an expression over a record's marked values (`end`: which end of each mark grading reads), or why
 * it is not worked out; `undefined` when it reads no marked value. `twice` here is the slot read twice.
 */
export function exprReach(
  { readsOf, intervalOf, pathReads }: ExprIntervals,
  e: Expr,
  facts: RecordFacts,
  bySlot: ReadonlyMap<number, MarkedSlot>,
  end: MarkEnd,
): DerivedInterval | { operator: string } | { twice: number } | undefined {
  const slots = readsOf(e);
  if (!slots.some((s) => bySlot.has(s))) return undefined;
  for (const [slot, n] of pathReads(e)) if (n > 1 && bySlot.has(slot)) return { twice: slot };
  const at = (pick: (m: MarkInterval) => Interval) =>
    intervalOf(e, facts, (slot) => {
      const m = bySlot.get(slot);
      return m && pick(m);
    });
  const shown = at(writtenInterval);
  if (typeof shown === 'string') return { operator: shown };
  const graded = at((m) => closed(m[end], m.inside));
  if (typeof graded === 'string') return { operator: graded };
  return { shown, low: graded.lo, high: graded.hi };
}

/** An interval as messages write it: its ends rounded outward to six significant digits. */
export function shownIntervalText(i: Interval): string {
  return intervalText(outward(i.lo, -1), i.loIn, outward(i.hi, 1), i.hiIn);
}

/** `v` at six significant digits, rounded away from the interval's inside (`side` −1: down, 1: up). */
function outward(v: number, side: -1 | 1): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const six = Number(v.toPrecision(6));
  if (six === v || Math.sign(six - v) === side) return six;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 5);
  return Number((six + side * unit).toPrecision(6));
}

/** A mark's interval with its ends as written: `[far, numeral)` below the numeral, `(numeral, far]` above. */
export function writtenInterval(m: MarkInterval): Interval {
  return m.far < m.numeral
    ? { lo: m.far, loIn: true, hi: m.numeral, hiIn: false }
    : { lo: m.numeral, loIn: false, hi: m.far, hiIn: true };
}

/** The closed interval between two values, whichever is the lower. */
function closed(a: number, b: number): Interval {
  return a < b ? { lo: a, loIn: true, hi: b, hiIn: true } : { lo: b, loIn: true, hi: a, hiIn: true };
}

function nameOf(model: RuleSetModel, slot: number): string {
  return model.indicators.find((i) => i.slot === slot)?.name ?? String(slot);
}
