import { ARITHMETIC, FORMULA_MATH as MATH } from '../model/arithmetic';
import type { Expr } from '../model/expr';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * Why part of a formula can never be computed, whatever the record holds, or
 * `undefined`: a division (or `%`) by a constant 0 (`x / 0`, `10 / (2 - 2)`),
 * or a part naming no value whose result is not a finite number (`sqrt(-1)`,
 * `1e308 * 10`). Every record would be "not computable", so such a formula
 * is a mistake in the rule file, not a property of some records. A divisor
 * that is 0 only for some records is `possible-division-by-zero`'s business.
 *
 * @example
 * constantProblem(parseFormula('10 / 0', scope).expr)?.en // 'divides by 0, …'
 */
export function constantProblem(expr: Expr): LocalizedText | undefined {
  return visit(expr).problem;
}

/**
 * The value of a formula that names no value and computes (`2 * 3`, `0 - 1`),
 * or `undefined` when it names one or cannot be computed.
 *
 * @example
 * constantValue(parseFormula('0 - 1', scope).expr) // -1
 */
export function constantValue(expr: Expr): number | undefined {
  const folded = visit(expr);
  return folded.problem ? undefined : folded.value;
}

interface Folded {
  /** The value when the part names nothing and is a number. */
  value?: number;
  problem?: LocalizedText;
}

// One pass, children first, so the innermost mistake is the one reported.
function visit(e: Expr): Folded {
  switch (e.k) {
    case 'num':
      return { value: e.value };
    case 'unary': {
      const arg = visit(e.arg);
      if (arg.problem || arg.value === undefined || e.op === '!') return problemOf(arg);
      return { value: e.op === '-' ? -arg.value : arg.value };
    }
    case 'binary': {
      const left = visit(e.left);
      if (left.problem) return left;
      const right = visit(e.right);
      if (right.problem) return right;
      if ((e.op === '/' || e.op === '%') && right.value === 0)
        return {
          problem: localized(
            `除以 0（“${e.op}”右侧的值恒为 0），对任何记录都算不出来`,
            `it divides by 0 (what follows "${e.op}" is always 0), so it can never be computed`,
          ),
        };
      const f = ARITHMETIC[e.op];
      if (!f || left.value === undefined || right.value === undefined) return {};
      return result(f(left.value, right.value));
    }
    case 'call': {
      const args = e.args.map(visit);
      const bad = args.find((a) => a.problem);
      if (bad) return bad;
      if (args.some((a) => a.value === undefined)) return {};
      const values = args.map((a) => a.value!);
      if (e.fn === 'sqrt' && values[0]! < 0)
        return {
          problem: localized(
            `对负数 ${values[0]} 开平方（sqrt），没有结果`,
            `it takes the square root of a negative number (sqrt of ${values[0]}), which has no value`,
          ),
        };
      return result(MATH[e.fn]!(...values));
    }
    case 'logical':
    case 'cond': {
      // A condition or its branches are checked, but their value is not a number to fold.
      const parts = e.k === 'cond' ? [e.test, e.yes, e.no] : [e.left, e.right];
      for (const part of parts) {
        const v = visit(part);
        if (v.problem) return problemOf(v);
      }
      return {};
    }
    case 'points':
      return problemOf(visit(e.arg));
    default:
      return {};
  }
}

function problemOf(f: Folded): Folded {
  return f.problem ? { problem: f.problem } : {};
}

function result(value: number): Folded {
  if (Number.isFinite(value)) return { value };
  if (Number.isNaN(value))
    return {
      problem: localized(
        '其中的固定数值算不出一个数（NaN）',
        'its fixed numbers work out to no number at all (NaN)',
      ),
    };
  return {
    problem: localized(
      '其中的固定数值算出的结果太大，不能作为数值（数值的绝对值最大约为 1.8×10³⁰⁸）',
      'its fixed numbers work out to a result too large to hold (numbers go up to about ±1.8e308)',
    ),
  };
}
