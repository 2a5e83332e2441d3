import { type Expr, exprChildren, referencedNames } from '../model/expr';
import { type LocalizedText, localized } from '../text/localized-text';
import { type CompiledExpr, compileExpr, type ExprContext } from './compile-expr';

// Each part compiled once per rule set, not again for every record on the error path: the parts are nested, so
// compiling each on the way down cost the square of a formula's depth (a chain of 128 operators: 0.7 ms a record).
const COMPILED = new WeakMap<Expr, CompiledExpr>();

function compiled(expr: Expr): CompiledExpr {
  let c = COMPILED.get(expr);
  if (c === undefined) {
    c = compileExpr(expr);
    COMPILED.set(expr, c);
  }
  return c;
}

/**
 * Why a formula gave no finite number for a record: a division (or `%`) by
 * zero, a result beyond a double's range (±1.8e308: `10 ** 400`), or a
 * result that is not a number (`(-8) ** 0.5`, `sqrt(-1)`).
 */
export type NonFiniteCause = 'division-by-zero' | 'overflow' | 'not-a-number';

/**
 * The cause of a formula's non-finite result, found at the innermost part of
 * it that gave one from finite operands; `undefined` when the formula gives
 * a finite number (or none) for these values. Run only on the error path:
 * each part is evaluated again (compiled once per rule set).
 *
 * @example
 * nonFiniteCause(parse('a ** b'), facts({ a: 10, b: 400 }), -1); // 'overflow'
 */
export function nonFiniteCause(expr: Expr, ctx: ExprContext, specimen: number): NonFiniteCause | undefined {
  const value = compiled(expr)(ctx, specimen);
  if (typeof value !== 'number' || Number.isFinite(value)) return undefined;
  const parts = partsEvaluated(expr, ctx, specimen);
  for (const part of parts) {
    const cause = nonFiniteCause(part, ctx, specimen);
    if (cause !== undefined) return cause;
  }
  if (
    expr.k === 'binary' &&
    (expr.op === '/' || expr.op === '%') &&
    compiled(expr.right)(ctx, specimen) === 0
  )
    return 'division-by-zero';
  return Number.isNaN(value) ? 'not-a-number' : 'overflow';
}

/**
 * The parts of `expr` that were evaluated: of a condition, its test when the test could not be computed
 * (`a / b > 1 ? 1 : 0` with b = 0), else the branch it took, not the one it did not.
 */
function partsEvaluated(expr: Expr, ctx: ExprContext, specimen: number): readonly Expr[] {
  if (expr.k !== 'cond') return exprChildren(expr);
  const test = compiled(expr.test)(ctx, specimen);
  if (typeof test === 'number' && !Number.isFinite(test)) return [expr.test];
  return [test ? expr.yes : expr.no];
}

/**
 * The field a formula's non-finite result is owed to (hostile-38 M7: a limit's division by zero was blamed on the
 * criterion's indicator): the first name the divisor reads for a division by zero, else the first name the innermost
 * part that gave a non-finite result from finite operands reads; `undefined` when the formula is finite, or that part
 * reads no field. Run only on the error path, as {@link nonFiniteCause}.
 *
 * @example
 * nonFiniteOperand(parse('1000 / (cr - 80)'), facts({ cr: 80 }), -1); // 'cr'
 */
export function nonFiniteOperand(expr: Expr, ctx: ExprContext, specimen: number): string | undefined {
  const value = compiled(expr)(ctx, specimen);
  if (typeof value !== 'number' || Number.isFinite(value)) return undefined;
  const parts = partsEvaluated(expr, ctx, specimen);
  for (const part of parts) {
    const found = nonFiniteOperand(part, ctx, specimen);
    if (found !== undefined) return found;
  }
  const culprit =
    expr.k === 'binary' && (expr.op === '/' || expr.op === '%') && compiled(expr.right)(ctx, specimen) === 0
      ? expr.right
      : expr;
  return referencedNames(culprit).values().next().value;
}

/**
 * The cause as a message says it in brackets: `（除以零）` / `(a division by zero)`, the range for an overflow, "not a
 * number" for NaN; for no cause found, the old "e.g." wording.
 */
export function nonFiniteCauseText(cause: NonFiniteCause | undefined): LocalizedText {
  switch (cause) {
    case 'division-by-zero':
      return localized('除以零', 'a division by zero');
    case 'overflow':
      return localized(
        '结果超出 ±1.8e308，超出了可表示的数值范围',
        'the result is beyond ±1.8e308, the largest number that can be held',
      );
    case 'not-a-number':
      return localized(
        '结果不是数，例如负数开平方',
        'the result is not a number, e.g. the root of a negative number',
      );
    default:
      return localized('例如除以零', 'e.g. a division by zero');
  }
}
