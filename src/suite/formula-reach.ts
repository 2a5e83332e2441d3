import { bandContains } from '../model/band';
import { type Expr, exprChildren } from '../model/expr';
import type { ConditionModel, RuleSetModel } from '../model/rule-set-model';
import { formulaBranches } from './formula-branches';
import { formulaValues } from './formula-values';
import { conditionFacts, scopeCondition, someRecordMeets, whenCondition } from './record-conditions';

/** What a part of a formula reads and whether the values listed for it are all some record's. */
interface Reach {
  /** The indicators its value depends on (a table cell: the table's key indicators). */
  sources: Set<string>;
  /** It can take more than one value. */
  varies: boolean;
  /** Every value {@link formulaValues} lists for it is taken by some record. */
  exact: boolean;
}

/**
 * Whether every limit {@link formulaValues} lists for `expr` is some valid
 * record's, so that a limit no case meets is a gap, not a value no record
 * gives. `formulaValues` combines each part's values with each other part's
 * as if independent: true only where they are, that is where no two parts
 * that vary read the same indicator (two cells of one table, two tables keyed
 * alike, a value read twice), no `?:` condition reads what a varying branch
 * reads, and a condition comparing an indicator with a number can go both ways
 * within the indicator's range (`testTemperature <= -60` in [-100, 50]).
 *
 * @example
 * formulaValuesExact(parseFormula('0.7 * (testTemperature <= -60 ? 27 : 34)'), model); // true
 * formulaValuesExact(parseFormula('limits.low + limits.high'), model); // false: one row gives both
 */
export function formulaValuesExact(expr: Expr, model: RuleSetModel): boolean {
  return reachOf(expr, model, 0).exact;
}

/**
 * Whether records get a formula's listed limit: some valid record the requirement applies to does (`record`),
 * perhaps one does (`maybe`: only combining values as if independent gives it), or none does (`none`: every
 * `? :` branch, table row or enumerated value that gives it needs what the requirement's `when`, the scope or the
 * indicators' values and ranges rule out).
 */
export type LimitReach = 'record' | 'maybe' | 'none';

/**
 * For each of `limits` (the formula's {@link formulaValues}), whether a record the requirement applies to gets it
 * (see {@link LimitReach}). Each branch of the formula ({@link formulaBranches}) is followed where some record
 * meets the `when`, the scope and the branch's own conditions together; a formula too large to split is judged
 * as a whole by {@link formulaValuesExact}, with `when` and scope unread.
 *
 * @example
 * // when: { delivery: AR }, require: "≥ (delivery == \"M\" ? 27 : 34)"
 * formulaLimitReach(expr, model, when, [27, 34]); // ['none', 'record']
 */
export function formulaLimitReach(
  expr: Expr,
  model: RuleSetModel,
  when: ConditionModel | undefined,
  limits: readonly number[],
): LimitReach[] {
  const whole = (): LimitReach[] => {
    const exact = formulaValuesExact(expr, model);
    return limits.map(() => (exact ? 'record' : 'maybe'));
  };
  const branches = formulaBranches(expr, model);
  if (!branches) return whole();
  const context = [scopeCondition(model), ...(when ? [whenCondition(model, when)] : [])];
  const reach = limits.map((): LimitReach => 'none');
  for (const branch of branches) {
    if (!someRecordMeets(model, [...context, ...branch.conditions])) continue;
    const values = formulaValues(branch.expr, model);
    if (!values) return whole();
    // A condition of the branch on what its remaining parts read (a score's item) leaves some of their values out.
    const tested = new Set<string>();
    for (const c of branch.conditions) conditionFacts(c, tested);
    const read = sourcesOf(branch.expr, model);
    const sure = formulaValuesExact(branch.expr, model) && ![...read].some((s) => tested.has(s));
    for (const v of values) {
      const i = limits.findIndex((l) => Math.abs(l - v) <= 1e-9 * Math.max(1, Math.abs(l)));
      if (i < 0) continue;
      if (sure) reach[i] = 'record';
      else if (reach[i] === 'none') reach[i] = 'maybe';
    }
  }
  return reach;
}

const UNKNOWN: Reach = { sources: new Set(), varies: true, exact: false };

function reachOf(expr: Expr, model: RuleSetModel, depth: number): Reach {
  if (depth > 32) return UNKNOWN;
  const of = (e: Expr) => reachOf(e, model, depth + 1);
  switch (expr.k) {
    case 'num':
      return { sources: new Set(), varies: false, exact: true };
    case 'cell': {
      const table = model.tables[expr.table];
      if (!table) return UNKNOWN;
      const values = new Set(table.rows.map((r) => r.cells.get(expr.column)?.value));
      return {
        sources: namesRead(
          table.keys.map((k) => k.indicator),
          model,
        ),
        varies: values.size > 1,
        exact: true,
      };
    }
    case 'ref': {
      const derived = model.derived.find((d) => d.name === expr.name);
      if (derived) return derived.perSpecimen ? UNKNOWN : of(derived.expr);
      const values = model.indicators.find((i) => i.name === expr.name)?.values;
      return { sources: new Set([expr.name]), varies: (values?.length ?? 2) > 1, exact: true };
    }
    case 'points':
      return { ...combined([of(expr.arg)]), varies: true };
    case 'cond': {
      const test = sourcesOf(expr.test, model);
      const branches = [of(expr.yes), of(expr.no)];
      // A condition reading what a varying branch reads takes that branch for some of its values only.
      const tied = branches.some((b) => b.varies && [...b.sources].some((s) => test.has(s)));
      return {
        sources: new Set([...test, ...branches.flatMap((b) => [...b.sources])]),
        varies: true,
        exact: !tied && branches.every((b) => b.exact) && goesBothWays(expr.test, model),
      };
    }
    default:
      return combined(exprChildren(expr).map(of));
  }
}

/** Parts combined each with each: exact where no two varying parts read the same indicator. */
function combined(parts: Reach[]): Reach {
  const sources = new Set<string>();
  let exact = parts.every((p) => p.exact);
  for (const p of parts.filter((q) => q.varies)) {
    if ([...p.sources].some((s) => sources.has(s))) exact = false;
    for (const s of p.sources) sources.add(s);
  }
  for (const p of parts) for (const s of p.sources) sources.add(s);
  return { sources, varies: parts.some((p) => p.varies), exact };
}

/** The indicators an expression reads, through derived values and table keys. */
function sourcesOf(expr: Expr, model: RuleSetModel, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 32) return into;
  if (expr.k === 'ref') namesRead([expr.name], model, into, depth);
  if (expr.k === 'cell') {
    const table = model.tables[expr.table];
    if (table)
      namesRead(
        table.keys.map((k) => k.indicator),
        model,
        into,
        depth,
      );
  }
  for (const child of exprChildren(expr)) sourcesOf(child, model, into, depth + 1);
  return into;
}

/** Indicators, a derived value standing for those its formula reads. */
function namesRead(
  names: readonly string[],
  model: RuleSetModel,
  into = new Set<string>(),
  depth = 0,
): Set<string> {
  for (const name of names) {
    const derived = model.derived.find((d) => d.name === name);
    if (derived) sourcesOf(derived.expr, model, into, depth + 1);
    else into.add(name);
  }
  return into;
}

/**
 * False only for a comparison of an indicator with a number that every value in the indicator's range (or
 * among its enumerated values) answers alike: then one branch is never taken. Anything else may go both ways.
 */
function goesBothWays(test: Expr, model: RuleSetModel): boolean {
  if (test.k !== 'binary' || !['<', '<=', '>', '>=', '==', '!='].includes(test.op)) return true;
  const [ref, x, flipped] =
    test.left.k === 'ref' && numberOf(test.right) !== undefined
      ? [test.left, numberOf(test.right)!, false]
      : test.right.k === 'ref' && numberOf(test.left) !== undefined
        ? [test.right, numberOf(test.left)!, true]
        : [undefined, 0, false];
  if (!ref) return true;
  const indicator = model.indicators.find((i) => i.name === ref.name);
  if (!indicator) return true;
  const candidates = indicator.values?.every((v) => typeof v === 'number')
    ? (indicator.values as number[])
    : indicator.range
      ? [indicator.range.lower, indicator.range.upper, x, x - 1e-6, x + 1e-6]
          .filter(Number.isFinite)
          .filter((v) => bandContains(indicator.range!, v))
      : undefined;
  if (!candidates || candidates.length === 0) return true;
  const answers = new Set(candidates.map((v) => compare(test.op, flipped ? x : v, flipped ? v : x)));
  return answers.size > 1;
}

/** A number written, `-60` included (a minus applied to 60). */
function numberOf(e: Expr): number | undefined {
  if (e.k === 'num') return e.value;
  if (e.k === 'unary' && e.op !== '!') {
    const n = numberOf(e.arg);
    return n === undefined ? undefined : e.op === '-' ? -n : n;
  }
  return undefined;
}

function compare(op: string, a: number, b: number): boolean {
  if (op === '<') return a < b;
  if (op === '<=') return a <= b;
  if (op === '>') return a > b;
  if (op === '>=') return a >= b;
  if (op === '==') return a === b;
  return a !== b;
}
