import type { Band } from './band';
import type { ValueKind } from './value';

/** Functions a formula may call; nothing else is callable. */
export const FORMULA_FUNCTIONS = ['min', 'max', 'abs', 'sqrt', 'floor', 'ceil'] as const;

/** A function a formula may call. */
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

/** Arithmetic and comparison operators of formulas. */
export type BinaryOperator = '+' | '-' | '*' | '/' | '%' | '**' | '<' | '<=' | '>' | '>=' | '==' | '!=';

/**
 * A resolved formula: every name is an indicator, a derived value or a table
 * cell, checked at load time. Built from rule-file text by `parseFormula`,
 * and by scoring, which writes its sums as formulas.
 */
export type Expr =
  | { k: 'num'; value: number; text: string }
  | { k: 'str'; value: string }
  | { k: 'bool'; value: boolean }
  | { k: 'ref'; name: string; slot: number; kind: ValueKind }
  | { k: 'cell'; table: number; column: string; columnIndex: number }
  | { k: 'unary'; op: '-' | '+' | '!'; arg: Expr }
  | { k: 'binary'; op: BinaryOperator; left: Expr; right: Expr }
  | { k: 'logical'; op: '&&' | '||'; left: Expr; right: Expr }
  | { k: 'cond'; test: Expr; yes: Expr; no: Expr }
  | { k: 'call'; fn: FormulaFunction; args: Expr[] }
  | { k: 'points'; arg: Expr; map?: Map<string, number>; bands?: { band: Band; points: number }[] }
  | { k: 'mean'; parts: MeanPart[] };

/**
 * One term of a weighted mean of scores (`k: 'mean'`: a dimension's items, the total's dimensions): its weight
 * and points. A part that `reweights` drops out when the value it scores is absent, its
 * weight shared out over the parts counted; any other part left without points leaves the mean without a value.
 */
export interface MeanPart {
  weight: number;
  /** The item's points: a `points` expression of the value scored. */
  expr: Expr;
  /** `missing: reweight`: absent, the part is not counted. */
  reweights?: true;
}

/**
 * The sub-expressions of an expression, in reading order (none for a
 * number, text, boolean, name or table cell): for walks that treat every
 * child alike.
 */
export function exprChildren(e: Expr): readonly Expr[] {
  switch (e.k) {
    case 'unary':
    case 'points':
      return [e.arg];
    case 'binary':
    case 'logical':
      return [e.left, e.right];
    case 'cond':
      return [e.test, e.yes, e.no];
    case 'call':
      return e.args;
    case 'mean':
      return e.parts.map((p) => p.expr);
    default:
      return [];
  }
}

/** Names of indicators and derived values an expression reads. */
export function referencedNames(expr: Expr, into: Set<string> = new Set()): Set<string> {
  if (expr.k === 'ref') into.add(expr.name);
  for (const child of exprChildren(expr)) referencedNames(child, into);
  return into;
}

/**
 * The number literals a formula may give as its result unchanged, by value:
 * itself, the branches of a `? :` and the arguments of `min`/`max`, so a limit
 * `(autoclavePassed ? 6.0 : 5.0)` reads "≤ 5.0", as written, not "≤ 5".
 * Literals inside arithmetic (`0.7 * x`) are not results.
 */
export function resultLiterals(expr: Expr, into: Map<number, string> = new Map()): Map<number, string> {
  switch (expr.k) {
    case 'num':
      if (!into.has(expr.value)) into.set(expr.value, expr.text);
      break;
    case 'cond':
      resultLiterals(expr.yes, into);
      resultLiterals(expr.no, into);
      break;
    case 'call':
      if (expr.fn === 'min' || expr.fn === 'max') for (const a of expr.args) resultLiterals(a, into);
      break;
    default:
      break;
  }
  return into;
}
