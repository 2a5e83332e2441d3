import type { Expr } from '../model/expr';

/** A `? :` expression. */
type CondExpr = Extract<Expr, { k: 'cond' }>;

import type { DerivedModel, IndicatorModel, TableModel } from '../model/rule-set-model';

/** The values an expression can take, as far as the rule file says: bounds and whether each is reached. */
export interface Interval {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
}

/** Nothing known: any number. */
export const ANY: Interval = { lo: -Infinity, loIn: false, hi: Infinity, hiIn: false };

/** Bounds not known, as of a `range` in error: arithmetic keeps them unknown, and they are never said to hold 0. */
const UNKNOWN: Interval = { lo: Number.NaN, loIn: false, hi: Number.NaN, hiIn: false };

/**
 * The interval of one number.
 *
 * @example
 * point(2); // { lo: 2, loIn: true, hi: 2, hiIn: true }
 */
export function point(v: number): Interval {
  return { lo: v, loIn: true, hi: v, hiIn: true };
}

/**
 * Whether an interval holds 0.
 *
 * @example
 * holdsZero({ lo: 0, loIn: true, hi: 5, hiIn: true }); // true
 */
export function holdsZero(i: Interval): boolean {
  return (i.lo < 0 || (i.lo === 0 && i.loIn)) && (i.hi > 0 || (i.hi === 0 && i.hiIn));
}

/**
 * The interval a formula's value lies in, from the indicators' `range`s, the numbers of table columns and arithmetic
 * on them; a `? :` lies in the union of its two branches (either may be taken). Used to warn of a divisor that can be
 * 0 and to bound how far a derived score can be raised (newcomer-35 W1). It can only be wider than the truth.
 */
export class FormulaIntervals {
  readonly #indicators = new Map<string, IndicatorModel>();
  readonly #derived = new Map<string, DerivedModel>();
  readonly #derivedIntervals = new Map<string, Interval>();
  readonly #tables: readonly TableModel[];
  readonly #unread: ReadonlySet<string>;
  readonly #taken: ((cond: CondExpr) => boolean | undefined) | undefined;

  /**
   * @param unread - indicators whose `range` was written but could not be read: their bounds are unknown.
   * @param taken - the branch a `? :` takes (`true`: the first), when it is known (one record's); else both count.
   */
  constructor(
    indicators: readonly IndicatorModel[],
    derived: readonly DerivedModel[],
    tables: readonly TableModel[],
    unread: ReadonlySet<string> = new Set(),
    taken?: (cond: CondExpr) => boolean | undefined,
  ) {
    this.#taken = taken;
    for (const i of indicators) this.#indicators.set(i.name, i);
    for (const d of derived) this.#derived.set(d.name, d);
    this.#tables = tables;
    this.#unread = unread;
  }

  /**
   * The interval of an expression.
   *
   * @example
   * new FormulaIntervals(indicators, derived, tables).interval(expr); // { lo: 0, loIn: true, hi: 100, hiIn: true }
   */
  interval(e: Expr): Interval {
    switch (e.k) {
      case 'num':
        return point(e.value);
      case 'ref':
        return this.#refInterval(e.name);
      case 'cell':
        return this.#columnInterval(e.table, e.column);
      case 'unary':
        return e.op === '-' ? negate(this.interval(e.arg)) : e.op === '+' ? this.interval(e.arg) : ANY;
      case 'binary': {
        if (e.op === '+') return add(this.interval(e.left), this.interval(e.right));
        if (e.op === '-') return add(this.interval(e.left), negate(this.interval(e.right)));
        if (e.op === '*') return multiply(this.interval(e.left), this.interval(e.right));
        // Only by a constant: `(a * 60 + b * 40) / 100`; a divisor that varies may come near 0.
        if (e.op === '/' && e.right.k === 'num' && e.right.value !== 0)
          return multiply(this.interval(e.left), point(1 / e.right.value));
        return ANY;
      }
      case 'cond': {
        const taken = this.#taken?.(e);
        if (taken !== undefined) return this.interval(taken ? e.yes : e.no);
        return hull(this.interval(e.yes), this.interval(e.no));
      }
      case 'call':
        return this.#callInterval(e.fn, e.args);
      default:
        return ANY;
    }
  }

  #refInterval(name: string): Interval {
    const ind = this.#indicators.get(name);
    if (ind) {
      if (this.#unread.has(name)) return UNKNOWN;
      if (ind.kind !== 'number' || !ind.range) return ANY;
      const r = ind.range;
      return { lo: r.lower, loIn: r.lowerInclusive, hi: r.upper, hiIn: r.upperInclusive };
    }
    const known = this.#derivedIntervals.get(name);
    if (known) return known;
    const d = this.#derived.get(name);
    if (!d) return ANY;
    // Derived values form no cycle (checked at load), so this recursion ends.
    this.#derivedIntervals.set(name, ANY);
    const i = this.interval(d.expr);
    this.#derivedIntervals.set(name, i);
    return i;
  }

  #columnInterval(table: number, column: string): Interval {
    let lo = Infinity;
    let hi = -Infinity;
    for (const row of this.#tables[table]?.rows ?? []) {
      const v = row.cells.get(column)?.value;
      if (typeof v !== 'number') continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return lo <= hi ? { lo, loIn: true, hi, hiIn: true } : ANY;
  }

  #callInterval(fn: string, args: readonly Expr[]): Interval {
    return callInterval(
      fn,
      args.map((a) => this.interval(a)),
    );
  }
}

/**
 * The interval of a formula function (`min`, `max`, `abs`, `sqrt`, `floor`, `ceil`) over its arguments' intervals;
 * {@link ANY} for another name or no argument.
 *
 * @example
 * callInterval('max', [point(1), { lo: 0, loIn: true, hi: 5, hiIn: false }]); // { lo: 1, loIn: true, hi: 5, hiIn: false }
 */
export function callInterval(fn: string, xs: readonly Interval[]): Interval {
  if (xs.length === 0) return ANY;
  if (fn === 'min' || fn === 'max') {
    const pick = fn === 'min' ? Math.min : Math.max;
    const lo = pick(...xs.map((x) => x.lo));
    const hi = pick(...xs.map((x) => x.hi));
    return {
      lo,
      loIn: xs.some((x) => x.lo === lo && x.loIn),
      hi,
      hiIn: xs.some((x) => x.hi === hi && x.hiIn),
    };
  }
  const x = xs[0]!;
  if (fn === 'abs') {
    if (holdsZero(x)) return { lo: 0, loIn: true, hi: Math.max(-x.lo, x.hi), hiIn: false };
    return x.lo >= 0 ? x : negate(x);
  }
  if (fn === 'sqrt') {
    if (x.lo < 0) return { lo: 0, loIn: true, hi: Math.sqrt(Math.max(0, x.hi)), hiIn: x.hiIn };
    return { lo: Math.sqrt(x.lo), loIn: x.loIn, hi: Math.sqrt(x.hi), hiIn: x.hiIn };
  }
  if (fn === 'floor') return { lo: Math.floor(x.lo), loIn: true, hi: Math.floor(x.hi), hiIn: true };
  if (fn === 'ceil') return { lo: Math.ceil(x.lo), loIn: true, hi: Math.ceil(x.hi), hiIn: true };
  return ANY;
}

/** The interval of −x for x in `i`. */
export function negate(i: Interval): Interval {
  return { lo: -i.hi, loIn: i.hiIn, hi: -i.lo, hiIn: i.loIn };
}

/** The interval of x + y for x in `a`, y in `b`. */
export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, loIn: a.loIn && b.loIn, hi: a.hi + b.hi, hiIn: a.hiIn && b.hiIn };
}

/** The smallest interval holding both (a bound not known in either stays unknown). */
function hull(a: Interval, b: Interval): Interval {
  if (Number.isNaN(a.lo) || Number.isNaN(b.lo)) return UNKNOWN;
  const lo = Math.min(a.lo, b.lo);
  const hi = Math.max(a.hi, b.hi);
  return {
    lo,
    loIn: (a.lo === lo && a.loIn) || (b.lo === lo && b.loIn),
    hi,
    hiIn: (a.hi === hi && a.hiIn) || (b.hi === hi && b.hiIn),
  };
}

/** The interval of x × y for x in `a`, y in `b`. */
export function multiply(a: Interval, b: Interval): Interval {
  if (Number.isNaN(a.lo) || Number.isNaN(b.lo)) return UNKNOWN;
  const ends = [
    [a.lo * b.lo, a.loIn && b.loIn],
    [a.lo * b.hi, a.loIn && b.hiIn],
    [a.hi * b.lo, a.hiIn && b.loIn],
    [a.hi * b.hi, a.hiIn && b.hiIn],
  ] as const;
  // 0 × ∞ has no value: say nothing is known rather than guess.
  if (ends.some(([v]) => Number.isNaN(v))) return ANY;
  let lo = ends[0];
  let hi = ends[0];
  for (const e of ends) {
    if (e[0] < lo[0] || (e[0] === lo[0] && e[1])) lo = e;
    if (e[0] > hi[0] || (e[0] === hi[0] && e[1])) hi = e;
  }
  return { lo: lo[0], loIn: lo[1], hi: hi[0], hiIn: hi[1] };
}

/**
 * The interval of x ÷ y for x in `a`, y in `b`, or `undefined` where `b` may hold 0 (or its bounds are not known):
 * x ÷ y is x × (1/y), and 1/y is monotone on an interval without 0.
 *
 * @example
 * divide(point(500), { lo: 400, loIn: false, hi: 400.5, hiIn: true }); // { lo: 1.2484…, loIn: true, hi: 1.25, hiIn: false }
 */
export function divide(a: Interval, b: Interval): Interval | undefined {
  if (Number.isNaN(b.lo) || Number.isNaN(b.hi) || holdsZero(b)) return undefined;
  return multiply(a, { lo: 1 / b.hi, loIn: b.hiIn, hi: 1 / b.lo, hiIn: b.loIn });
}
