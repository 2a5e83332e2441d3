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
import type { MarkInterval } from '../rounding/mark-interval';
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
 * (`+ − × ÷`, a divisor whose interval does not hold 0, `min`, `max`, `abs`, `sqrt`, `floor`, `ceil`): exact where
 * each marked operand occurs once in the formula (through other derived values too), as the formula is then
 * monotone in it across so small an interval. A formula with a marked operand under another operator (`**`, `%`,
 * `? :`, a comparison, points) or read twice (`a / (a + b)`, which interval arithmetic would widen) gets a
 * `reason` instead: its value is not graded on a guess. Parts that read no marked value are the record's own
 * values, computed as grading computes them.
 *
 * @returns by derived slot, for the derived values that read a marked value (perhaps through another)
 */
export function compileDerivedIntervals(
  model: RuleSetModel,
): (facts: RecordFacts, marks: readonly MarkedSlot[], end: MarkEnd) => Map<number, DerivedReach> {
  const derivedByName = new Map(model.derived.map((d) => [d.name, d] as const));
  // Each sub-expression's indicator slots (through derived values, each occurrence counted) and compiled form.
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
      const twice = slots.find((s, i) => bySlot.has(s) && slots.indexOf(s) !== i);
      if (twice !== undefined) {
        out.set(d.slot, { twice: nameOf(model, twice) });
        continue;
      }
      const at = (pick: (m: MarkInterval) => Interval) =>
        intervalOf(d.expr, facts, (slot) => {
          const m = bySlot.get(slot);
          return m && pick(m);
        });
      const shown = at(writtenInterval);
      if (typeof shown === 'string') {
        out.set(d.slot, { operator: shown });
        continue;
      }
      const graded = at((m) => closed(m[end], m.inside));
      if (typeof graded === 'string') {
        out.set(d.slot, { operator: graded });
        continue;
      }
      out.set(d.slot, { shown, low: graded.lo, high: graded.hi });
    }
    return out;
  };

  /** The interval of `e` for this record, marked operands by `markOf`; a string: the operator it stops at. */
  function intervalOf(
    e: Expr,
    facts: RecordFacts,
    markOf: (slot: number) => Interval | undefined,
  ): Interval | string {
    if (!readsOf(e).some((s) => markOf(s) !== undefined)) {
      let f = compiled.get(e);
      if (!f) {
        f = compileExpr(e);
        compiled.set(e, f);
      }
      const v = f(facts, -1);
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
      case 'cond':
        return '? :';
      case 'logical':
        return e.op;
      default:
        return e.k;
    }
  }
}

/** A mark's interval with its ends as written: `[far, numeral)` below the numeral, `(numeral, far]` above. */
function writtenInterval(m: MarkInterval): Interval {
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
