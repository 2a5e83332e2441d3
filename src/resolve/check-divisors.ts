import type { DocumentPath } from '../load/source-document';
import type { BinaryOperator, Expr } from '../model/expr';
import type { CheckModel, DerivedModel, IndicatorModel, TableModel } from '../model/rule-set-model';
import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { FormulaIntervals, holdsZero } from './formula-interval';
import type { ModelContext } from './model-context';
import { unreadRanges } from './unread-ranges';

/**
 * Warns where a formula — a derived value's or a limit's — divides by a
 * value that can be zero for some valid record: an indicator whose `range`
 * includes 0 (or has none), a table column with a 0, or arithmetic on them.
 * Such a record is invalid (the derived value cannot be computed) or not
 * graded (its limit cannot be computed), so the author should know before it
 * happens. The analysis is by intervals: it can warn where a zero cannot occur
 * (`a / (b - b)` aside, e.g. `a / (b * c)` with unbounded b), never the other
 * way. A divisor guarded in its own formula (`b > 0 ? a / b : 0`) is not
 * warned about.
 */
export function checkDivisors(
  ctx: ModelContext,
  checks: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
  derived: readonly DerivedModel[],
  tables: readonly TableModel[],
): void {
  // A warning that a value may be 0 would only follow from a `range` in error.
  const analysis = new DivisorAnalysis(indicators, derived, tables, unreadRanges(ctx, indicators));
  const written = ctx.doc.derived ?? {};
  for (const d of derived) {
    // Scoring writes its sums as derived values too; only the rule file's own have a formula to point at.
    const formula = Object.hasOwn(written, d.name) ? written[d.name]?.formula : undefined;
    if (formula === undefined) continue;
    const divisor = analysis.zeroDivisor(d.expr);
    if (divisor === undefined) continue;
    const issue = ctx.source.issue(
      'possible-division-by-zero',
      localized(
        `派生值“${d.name}”的公式“${formula}”${cjkJoin('除以', divisor.zh)}，而它对有效记录可能为 0；这样的记录无效（该值算不出来）。若 0 不是有效值，请把指标的“range”写成不含 0 的区间（如“> 0”）；若在公式中避开 0（如“b > 0 ? a / b : …”），“:”后的值会作为该派生值参与分级`,
        `the formula "${formula}" of derived value "${d.name}" divides by ${divisor.en}, which can be 0 for a valid record; such a record is invalid (the value cannot be computed). If 0 is not a valid value, give the indicator a "range" without it (e.g. "> 0"); a guard in the formula ("b > 0 ? a / b : …") grades the value after ":" as the derived value`,
      ),
      ['derived', d.name, 'formula'],
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
  let paths: Map<string, DocumentPath> | undefined;
  for (const check of checks) {
    const test = check.test;
    if (test.kind !== 'compare' || test.operand.kind !== 'expr') continue;
    const divisor = analysis.zeroDivisor(test.operand.expr);
    if (divisor === undefined) continue;
    paths ??= itemPaths(ctx);
    const path = paths.get(`${check.location.line}:${check.location.column}`) ?? [];
    const [limit, id] = [test.operand.text, check.id];
    const issue = ctx.source.issue(
      'possible-division-by-zero',
      localized(
        `“${id}”的限值“${limit}”${cjkJoin('除以', divisor.zh)}，而它对有效记录可能为 0；这样的记录无法评级（限值算不出来）。请收窄指标的“range”，或用“when”限定该要求`,
        `the limit "${limit}" of "${id}" divides by ${divisor.en}, which can be 0 for a valid record; such a record is not graded (its limit cannot be computed). Narrow the indicator's "range" or guard the requirement with "when"`,
      ),
      path.length ? [...path, 'require'] : [],
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}

/** Where each scope item and criterion starts, so a check (which knows its location) can name its path. */
export function itemPaths(ctx: ModelContext): Map<string, DocumentPath> {
  const out = new Map<string, DocumentPath>();
  for (const list of ['scope', 'criteria'] as const) {
    const items = ctx.doc[list] ?? [];
    for (let i = 0; i < items.length; i++) {
      const at = ctx.location([list, i]);
      out.set(`${at.line}:${at.column}`, [list, i]);
    }
  }
  return out;
}

/** Where a formula divides by a value that may be 0, by the intervals its parts lie in. */
class DivisorAnalysis extends FormulaIntervals {
  /** The text of the first divisor in `expr` that can be zero, if any. */
  zeroDivisor(expr: Expr): LocalizedText | undefined {
    let found: LocalizedText | undefined;
    // Divisors a `? :` around them has shown not to be 0 (`b > 0 ? a / b : 0`), as their text.
    const guarded: string[] = [];
    const visitGuarded = (e: Expr, nonzero: Expr | undefined): void => {
      if (nonzero !== undefined) guarded.push(exprKey(nonzero));
      visit(e);
      if (nonzero !== undefined) guarded.pop();
    };
    const visit = (e: Expr): void => {
      if (found !== undefined) return;
      switch (e.k) {
        case 'binary':
          if (
            (e.op === '/' || e.op === '%') &&
            holdsZero(this.interval(e.right)) &&
            !guarded.includes(exprKey(e.right))
          ) {
            found = describe(e.right);
            return;
          }
          visit(e.left);
          visit(e.right);
          return;
        case 'unary':
        case 'points':
          visit(e.arg);
          return;
        case 'logical':
          visit(e.left);
          visit(e.right);
          return;
        case 'cond':
          visit(e.test);
          visitGuarded(e.yes, nonzeroWhen(e.test, true));
          visitGuarded(e.no, nonzeroWhen(e.test, false));
          return;
        case 'call':
          for (const a of e.args) visit(a);
          return;
        default:
          return;
      }
    };
    visit(expr);
    return found;
  }
}

/** A formula part as text that two equal parts share: to match a divisor with the test guarding it. */
function exprKey(e: Expr): string {
  return JSON.stringify(e);
}

const FLIPPED: Partial<Record<BinaryOperator, BinaryOperator>> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};
const OPPOSITE: Partial<Record<BinaryOperator, BinaryOperator>> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '==': '!=',
  '!=': '==',
};

/**
 * The part of a `? :` test that cannot be 0 where the test is `truth`:
 * `b` for `b > 0`, `b != 0`, `b >= 1`, `0 < b` (true) and `b == 0`,
 * `b <= 0` (false); `undefined` for any other test.
 */
function nonzeroWhen(test: Expr, truth: boolean): Expr | undefined {
  if (test.k === 'unary' && test.op === '!') return nonzeroWhen(test.arg, !truth);
  if (test.k !== 'binary') return undefined;
  let { op, left, right } = test;
  if (left.k === 'num' && right.k !== 'num') {
    const flipped = FLIPPED[op] ?? (op === '==' || op === '!=' ? op : undefined);
    if (flipped === undefined) return undefined;
    [op, left, right] = [flipped, right, left];
  }
  if (right.k !== 'num') return undefined;
  if (!truth) {
    const opposite = OPPOSITE[op];
    if (opposite === undefined) return undefined;
    op = opposite;
  }
  const c = right.value;
  const excludesZero =
    (op === '!=' && c === 0) ||
    (op === '==' && c !== 0) ||
    (op === '>' && c >= 0) ||
    (op === '>=' && c > 0) ||
    (op === '<' && c <= 0) ||
    (op === '<=' && c < 0);
  return excludesZero ? left : undefined;
}

function describe(e: Expr): LocalizedText {
  switch (e.k) {
    case 'ref':
      return localized(`“${e.name}”`, `"${e.name}"`);
    case 'cell':
      return localized(`列“${e.column}”`, `column "${e.column}"`);
    case 'num':
      return localized(e.text);
    default:
      return localized('一个表达式', 'an expression');
  }
}
