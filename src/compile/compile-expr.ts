import { ARITHMETIC, FORMULA_MATH as MATH } from '../model/arithmetic';
import { countedMean } from '../model/counted-mean';
import { type Expr, exprChildren, type MeanPart } from '../model/expr';
import { scoringPoints } from '../model/scoring-points';
import type { Literal } from '../model/value';
import { compileExactArgument, compileExactExpr, roundRatio, takesRemainder } from './exact-expr';
import { ratioToNumber } from './exact-ratio';

/** What an evaluated expression reads: values by slot and table cells of the record's row. */
export interface ExprContext {
  /** The value in `slot`, for `specimen` when the slot holds several. Undefined when absent. */
  value(slot: number, specimen: number): unknown;
  /** The cell of the record's row; `null` for an empty cell, undefined when no row matches. */
  cell(table: number, column: number): Literal | null | undefined;
}

/**
 * A compiled expression. Returns undefined when a value it needs is absent, and a non-finite number (±Infinity,
 * NaN) when a part of it cannot be computed: that number is passed on by every operator above it, a comparison,
 * `?:`, `&&`, `min` included, so `a / b > 1 ? 1 : 0` with b = 0 cannot give 0 or 1 (hostile-40 W1).
 */
export type CompiledExpr = (ctx: ExprContext, specimen: number) => unknown;

/**
 * Turns a resolved expression into a closure, once per rule set. Operators are
 * fixed closures, names are slot numbers: nothing from the rule file is ever
 * looked up on a JavaScript object or evaluated as code. A formula with a division
 * that a fraction computes ({@link compileExactExpr}) gives the double nearest its
 * exact value, for decimal operands: `a / 3 + b / 3 + c / 7 + d / 7` exactly 0.55 is 0.55.
 */
export function compileExpr(expr: Expr): CompiledExpr {
  const float = compileFloat(expr);
  const exact = compileExactExpr(expr);
  if (!exact) return float;
  const everywhere = takesRemainder(expr);
  return (ctx, i) => {
    const v = float(ctx, i);
    // Absent operands, a division by zero, an overflow stay what floating point makes of them.
    if (typeof v !== 'number' || !Number.isFinite(v) || (!everywhere && !offShortDecimal(v))) return v;
    const r = exact(ctx, i);
    return r === undefined ? v : ratioToNumber(r);
  };
}

/**
 * Whether `v` lies next to a decimal of 10 significant digits or fewer (0.250000000000001, 0.244999999999999) but is
 * not that decimal's double: only there can the unit in the 15th digit that floating point errs by put a value on
 * the other side of a limit or a rounding tie, both such decimals. A value elsewhere (0.452333333333333) is within
 * that unit of its exact value already, and one that is the decimal's double (515 / 400 = 1.2875) is its exact
 * value but for a difference no decimal operands of a few digits make: the fraction is computed for neither. It
 * made every rebar record 20 % dearer to grade (676 → 810 ms CPU per 50,000 records); told by arithmetic, not by the
 * value's text, which cost as much again.
 */
function offShortDecimal(v: number): boolean {
  const a = Math.abs(v);
  if (a === 0) return false;
  // `a` scaled to 10 digits before the point: a decimal of 10 significant digits is then a whole number, and `a`
  // off it by a few units of the 15th digit is off it by 1e-4 at most. Elsewhere the fraction is anywhere in ±0.5.
  const p = 9 - Math.floor(Math.log10(a));
  const scaled = p >= 0 ? a * 10 ** p : a / 10 ** -p;
  const whole = Math.round(scaled);
  if (Math.abs(scaled - whole) >= 1e-3) return false;
  // The decimal's double: a division or a product by a power of ten, each rounded once.
  return (p >= 0 ? whole / 10 ** p : whole * 10 ** -p) !== a;
}

/** An expression computed in floating point: sums and differences carried ({@link ARITHMETIC}). */
function compileFloat(expr: Expr): CompiledExpr {
  switch (expr.k) {
    case 'num':
    case 'str':
    case 'bool': {
      const v = expr.value;
      return () => v;
    }
    case 'ref': {
      const slot = expr.slot;
      return (ctx, i) => ctx.value(slot, i);
    }
    case 'cell': {
      const { table, columnIndex } = expr;
      return (ctx) => ctx.cell(table, columnIndex)?.value;
    }
    case 'unary': {
      const arg = compileFloat(expr.arg);
      if (expr.op === '!')
        return (ctx, i) => {
          const a = arg(ctx, i);
          return typeof a === 'boolean' ? !a : uncomputable(a) ? a : undefined;
        };
      if (expr.op === '-') return (ctx, i) => num1(arg(ctx, i), (a) => -a);
      return arg;
    }
    case 'binary':
      return compileBinary(
        expr.op,
        compileFloat(expr.left),
        compileFloat(expr.right),
        mayBeUncomputable(expr.left),
        mayBeUncomputable(expr.right),
      );
    case 'logical': {
      const left = compileFloat(expr.left);
      const right = compileFloat(expr.right);
      if (expr.op === '&&')
        return (ctx, i) => {
          const a = left(ctx, i);
          return a === undefined || uncomputable(a) ? a : a === false ? false : right(ctx, i);
        };
      return (ctx, i) => {
        const a = left(ctx, i);
        return a === undefined || uncomputable(a) ? a : a === true ? true : right(ctx, i);
      };
    }
    case 'cond': {
      const test = compileFloat(expr.test);
      const yes = compileFloat(expr.yes);
      const no = compileFloat(expr.no);
      return (ctx, i) => {
        const t = test(ctx, i);
        return t === undefined || uncomputable(t) ? t : t ? yes(ctx, i) : no(ctx, i);
      };
    }
    case 'call': {
      if (expr.fn === 'floor' || expr.fn === 'ceil') return compileWhole(expr.fn, expr.args[0]!);
      const fn = MATH[expr.fn]!;
      const args = expr.args.map(compileFloat);
      return (ctx, i) => {
        const values: number[] = [];
        for (const a of args) {
          const v = a(ctx, i);
          if (typeof v !== 'number') return undefined;
          // min(a / b, 5) with b = 0 is not 5.
          if (!Number.isFinite(v)) return v;
          values.push(v);
        }
        return fn(...values);
      };
    }
    case 'points': {
      const arg = compileFloat(expr.arg);
      return (ctx, i) => {
        const v = arg(ctx, i);
        return uncomputable(v) ? v : scoringPoints(expr, v);
      };
    }
    case 'mean':
      return compileMean(expr.parts);
  }
}

/**
 * `floor` or `ceil` of a part: the whole number next to the part's exact value, for decimal operands, where floating
 * point puts the part within a hair of a whole number — on either side of it (`0.3 / 0.1` is 2.9999999999999996,
 * `floor` of it 2) — as {@link compileExactArgument} computes it.
 */
function compileWhole(fn: 'floor' | 'ceil', arg: Expr): CompiledExpr {
  const float = compileFloat(arg);
  const exact = compileExactArgument(arg);
  const everywhere = takesRemainder(arg);
  const whole = MATH[fn]!;
  return (ctx, i) => {
    const v = float(ctx, i);
    if (typeof v !== 'number') return undefined;
    if (!Number.isFinite(v) || !exact || (!everywhere && !nearWhole(v))) return whole(v);
    const r = exact(ctx, i);
    return r === undefined ? whole(v) : ratioToNumber(roundRatio(r, fn));
  };
}

/**
 * Whether `v` is a whole number or within a millionth of its size of one: floating point errs by a few units of the
 * 16th digit of decimal operands, so only there may the whole number below or above the exact value be another one.
 */
function nearWhole(v: number): boolean {
  return Math.abs(v - Math.round(v)) <= 1e-6 * Math.max(1, Math.abs(v));
}

/** A reweighted item the record leaves out: not counted, where an item given no points has no score. */
const LEFT_OUT = Symbol('left out');

/**
 * A weighted mean of scores (a dimension's items, the total's dimensions): an item saying `missing: reweight` whose
 * value is absent drops out and the others' weights count over what is left; undefined when every item drops out,
 * or another item has no points.
 */
function compileMean(parts: readonly MeanPart[]): CompiledExpr {
  // A reweighted item's value is read once: absent, it drops out; else its points are taken from it.
  const terms: CompiledExpr[] = parts.map((p) => {
    const e = p.expr;
    if (!p.reweights || e.k !== 'points') return compileFloat(e);
    const value = compileFloat(e.arg);
    return (ctx, i) => {
      const v = value(ctx, i);
      return v === undefined ? LEFT_OUT : uncomputable(v) ? v : scoringPoints(e, v);
    };
  });
  return (ctx, i) => {
    const points: (number | undefined)[] = [];
    for (const term of terms) {
      const p = term(ctx, i);
      if (p === LEFT_OUT) points.push(undefined);
      else if (typeof p !== 'number') return undefined;
      else points.push(p);
    }
    return countedMean(parts, points);
  };
}

/**
 * Whether `expr` may give a non-finite number. A value read (an indicator, a derived value, a table cell) or a
 * constant never does: records and rule files hold finite numbers, and a derived value that is not is refused first.
 * Only operands that may are tested, so `a / b` of two values costs what it did.
 */
function mayBeUncomputable(expr: Expr): boolean {
  switch (expr.k) {
    case 'num':
    case 'str':
    case 'bool':
    case 'ref':
    case 'cell':
      return false;
    case 'binary':
      return expr.op in ARITHMETIC || mayBeUncomputable(expr.left) || mayBeUncomputable(expr.right);
    case 'call':
      return expr.fn === 'sqrt' || expr.args.some(mayBeUncomputable);
    default:
      return exprChildren(expr).some(mayBeUncomputable);
  }
}

/** What a binary operator on two numbers gives; `==`, `!=` are not here (they compare any values). */
const NUMBER_OPERATIONS: Readonly<Record<string, (a: number, b: number) => unknown>> = {
  ...ARITHMETIC,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function compileBinary(
  op: string,
  left: CompiledExpr,
  right: CompiledExpr,
  checkLeft: boolean,
  checkRight: boolean,
): CompiledExpr {
  const f = NUMBER_OPERATIONS[op];
  if (f && !checkLeft && !checkRight)
    return (ctx, i) => {
      const a = left(ctx, i);
      const b = right(ctx, i);
      return typeof a === 'number' && typeof b === 'number' ? f(a, b) : undefined;
    };
  if (f)
    return (ctx, i) => {
      const a = left(ctx, i);
      const b = right(ctx, i);
      if (typeof a !== 'number' || typeof b !== 'number') return undefined;
      // A part that could not be computed stays so: 1 / (a / 0) is not 0, a / 0 > 1 is not true.
      if (!Number.isFinite(a)) return a;
      return Number.isFinite(b) ? f(a, b) : b;
    };
  const negate = op === '!=';
  return (ctx, i) => {
    const a = left(ctx, i);
    const b = right(ctx, i);
    if (a === undefined || b === undefined) return undefined;
    if (uncomputable(a)) return a;
    return uncomputable(b) ? b : (a === b) !== negate;
  };
}

/** A number no part of a formula may go on with: the result of a division by zero, an overflow, a NaN. */
function uncomputable(v: unknown): boolean {
  return typeof v === 'number' && !Number.isFinite(v);
}

function num1(v: unknown, f: (a: number) => number): unknown {
  return typeof v === 'number' ? f(v) : undefined;
}
