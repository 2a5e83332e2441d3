import type { Expr } from '../model/expr';
import { exprChildren } from '../model/expr';
import type { Literal } from '../model/value';
import { type Ratio, scaledDecimal } from './exact-ratio';

/** What a formula reads, as compile-expr's `ExprContext` gives it (written here: that file imports this one). */
export interface ExactContext {
  /** The value in `slot`, for `specimen` when the slot holds several. */
  value(slot: number, specimen: number): unknown;
  /** The cell of the record's row. */
  cell(table: number, column: number): Literal | null | undefined;
}

/** A formula computed as a fraction; undefined where a value is not a decimal it can keep, or a divisor is 0. */
export type ExactExpr = (ctx: ExactContext, specimen: number) => Ratio | undefined;

/**
 * A formula of decimals computed exactly, as a fraction, where it holds a division: `c + mn / 6 + (cu + ni) / 15`
 * or `a / 3 + b / 3 + c / 7 + d / 7`. Each quotient such as 1.562 / 3 is a decimal no double holds, and the sums
 * carried to 15 digits that add several of them erred by a unit of the 15th digit, so a formula that is exactly 0.55
 * for the record came out 0.550000000000001 and failed `≤ 0.55` (float-edges-41). Undefined (the formula is
 * computed in floating point, as before) for one with no division (`/`, `%`), or with a part no fraction computes:
 * a comparison, `?:`, `&&`, `||`, `**`, `sqrt`, scores.
 */
export function compileExactExpr(expr: Expr): ExactExpr | undefined {
  return divides(expr) ? exact(expr) : undefined;
}

/**
 * The argument of `floor` or `ceil` computed as a fraction, division or not; undefined where a part of it is one no
 * fraction computes. The whole number below or above it moves where floating point errs by the least: `0.3 / 0.1`
 * is 2.9999999999999996 and `0.1 * 30` 3.0000000000000004, so `floor(a / b)` gave 2 and `ceil(a * 30)` 4 for 3.
 */
export function compileExactArgument(expr: Expr): ExactExpr | undefined {
  return exact(expr);
}

/** The whole number at or below (`floor`) or at or above (`ceil`) a fraction, as a fraction. */
export function roundRatio(r: Ratio, fn: 'floor' | 'ceil'): Ratio {
  // BigInt division truncates toward zero: one down for a negative floor, one up for a positive ceil.
  const q = r.num / r.den;
  if (q * r.den === r.num) return { num: q, den: 1n };
  if (fn === 'floor') return { num: r.num < 0n ? q - 1n : q, den: 1n };
  return { num: r.num > 0n ? q + 1n : q, den: 1n };
}

/**
 * Whether a formula takes a remainder (`%`). Floating point errs in it by a unit of the dividend's 16th digit, not
 * the result's, so `27.861 % 0.753` (exactly 0) is 5.55e-16 and `39.743 % 0.582` 0.167000000000005: no closeness
 * to a short decimal tells such a result, and the fraction is computed for every one.
 */
export function takesRemainder(expr: Expr): boolean {
  return (expr.k === 'binary' && expr.op === '%') || exprChildren(expr).some(takesRemainder);
}

function divides(expr: Expr): boolean {
  return (expr.k === 'binary' && (expr.op === '/' || expr.op === '%')) || exprChildren(expr).some(divides);
}

function exact(expr: Expr): ExactExpr | undefined {
  switch (expr.k) {
    case 'num': {
      const r = fromNumber(expr.value);
      return r === undefined ? undefined : () => r;
    }
    case 'ref': {
      const slot = expr.slot;
      return (ctx, i) => fromNumber(ctx.value(slot, i));
    }
    case 'cell': {
      const { table, columnIndex } = expr;
      return (ctx) => fromNumber(ctx.cell(table, columnIndex)?.value);
    }
    case 'unary': {
      const arg = expr.op === '!' ? undefined : exact(expr.arg);
      if (!arg || expr.op === '+') return arg;
      return (ctx, i) => {
        const a = arg(ctx, i);
        return a && { num: -a.num, den: a.den };
      };
    }
    case 'binary': {
      const op = OPERATIONS[expr.op];
      const left = op && exact(expr.left);
      const right = op && exact(expr.right);
      if (!op || !left || !right) return undefined;
      return (ctx, i) => {
        const a = left(ctx, i);
        const b = a && right(ctx, i);
        return b && op(a!, b);
      };
    }
    case 'call': {
      const fn = FUNCTIONS[expr.fn];
      const args = fn && expr.args.map(exact);
      if (!fn || !args || args.some((a) => a === undefined)) return undefined;
      return (ctx, i) => {
        const values: Ratio[] = [];
        for (const a of args) {
          const v = a!(ctx, i);
          if (!v) return undefined;
          values.push(v);
        }
        return fn(values);
      };
    }
    default:
      return undefined;
  }
}

const OPERATIONS: Partial<Record<string, (a: Ratio, b: Ratio) => Ratio | undefined>> = {
  '+': (a, b) => ({ num: a.num * b.den + b.num * a.den, den: a.den * b.den }),
  '-': (a, b) => ({ num: a.num * b.den - b.num * a.den, den: a.den * b.den }),
  '*': (a, b) => ({ num: a.num * b.num, den: a.den * b.den }),
  '/': (a, b) =>
    b.num === 0n
      ? undefined
      : b.num < 0n
        ? { num: -a.num * b.den, den: a.den * -b.num }
        : { num: a.num * b.den, den: a.den * b.num },
  // As JavaScript's %: the sign of the dividend, a − b × (a / b truncated). 0.3 % 0.1 is 0, not 0.09999999999999998.
  '%': (a, b) => {
    if (b.num === 0n) return undefined;
    const num = a.num * b.den;
    const den = a.den * b.num;
    const q = num / den;
    return { num: a.num * b.den - q * b.num * a.den, den: a.den * b.den };
  },
};

const FUNCTIONS: Partial<Record<string, (xs: Ratio[]) => Ratio | undefined>> = {
  min: (xs) => xs.reduce((m, x) => (compare(x, m) < 0 ? x : m)),
  max: (xs) => xs.reduce((m, x) => (compare(x, m) > 0 ? x : m)),
  abs: ([x]) => x && (x.num < 0n ? { num: -x.num, den: x.den } : x),
  floor: ([x]) => x && roundRatio(x, 'floor'),
  ceil: ([x]) => x && roundRatio(x, 'ceil'),
};

function compare(a: Ratio, b: Ratio): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

const POWERS = Array.from({ length: 7 }, (_, k) => 10 ** k);
const BIG_POWERS: bigint[] = [];

/** A number as the decimal its shortest text writes (0.1 is 1/10, not the binary 0.1000000000000000055…). */
function fromNumber(v: unknown): Ratio | undefined {
  if (typeof v !== 'number') return undefined;
  // Most values have a few decimals: the fewest that give the number back are the ones its shortest text writes.
  if (Math.abs(v) < 1e9)
    for (let k = 0; k < POWERS.length; k++) {
      const scaled = Math.round(v * POWERS[k]!);
      if (scaled / POWERS[k]! === v) return { num: BigInt(scaled), den: bigPower(k) };
    }
  const scaled = scaledDecimal(v);
  return scaled && { num: scaled[0], den: bigPower(scaled[1]) };
}

function bigPower(k: number): bigint {
  BIG_POWERS[k] ??= 10n ** BigInt(k);
  return BIG_POWERS[k]!;
}
