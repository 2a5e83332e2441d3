import type { Expr } from '../model/expr';
import type { RuleSetModel } from '../model/rule-set-model';
import { formulaTestCondition, type RecordCondition, rowCondition } from './record-conditions';

/**
 * One way a formula can be computed: each `? :` taken one way, each table read
 * at one row (the same row for every cell of a table), each enumerated number
 * one of its values. `expr` is the formula with those choices made, and
 * `conditions` what a record must meet to make them.
 */
export interface FormulaBranch {
  expr: Expr;
  conditions: RecordCondition[];
  /** The row taken in each table read: table index → row index. */
  rows: ReadonlyMap<number, number>;
}

/** At most this many branches are followed: beyond, the formula is not split. */
const MAX_BRANCHES = 2_000;

/**
 * Every branch of a formula (see {@link FormulaBranch}); a derived value it
 * reads is followed into its own formula. `undefined` when there are more than
 * {@link MAX_BRANCHES} or a value read per specimen. A row whose cell is empty
 * gives no branch: a record there gets no limit.
 *
 * @example
 * formulaBranches(parseFormula('t <= -60 ? 27 : 34'), model); // 27 where t ≤ −60, 34 where not
 */
export function formulaBranches(expr: Expr, model: RuleSetModel, depth = 0): FormulaBranch[] | undefined {
  if (depth > 32) return undefined;
  const of = (e: Expr) => formulaBranches(e, model, depth + 1);
  const leaf: FormulaBranch[] = [{ expr, conditions: [], rows: new Map() }];
  switch (expr.k) {
    case 'num':
    case 'str':
    case 'bool':
    case 'points':
    case 'mean':
      return leaf;
    case 'ref': {
      const derived = model.derived.find((d) => d.name === expr.name);
      if (derived) return derived.perSpecimen ? undefined : of(derived.expr);
      const indicator = model.indicators.find((i) => i.name === expr.name);
      const values = indicator?.values;
      if (indicator?.specimens !== 0 || !values?.every((v) => typeof v === 'number')) return leaf;
      // An enumerated number is one of its values, as a `when` or scope item on it may narrow.
      return (values as number[]).map((v) => ({
        expr: { k: 'num', value: v, text: String(v) },
        conditions: [{ k: 'atom', fact: expr.name, holds: (x) => x === v, mentions: [v], absent: 'none' }],
        rows: new Map(),
      }));
    }
    case 'cell': {
      const table = model.tables[expr.table];
      if (!table) return undefined;
      const out: FormulaBranch[] = [];
      table.rows.forEach((row, i) => {
        const cell = row.cells.get(expr.column);
        if (!cell || typeof cell.value !== 'number') return;
        out.push({
          expr: { k: 'num', value: cell.value, text: cell.text },
          conditions: [rowCondition(model, expr.table, i)],
          rows: new Map([[expr.table, i]]),
        });
      });
      return out;
    }
    case 'cond': {
      const yes = of(expr.yes);
      const no = of(expr.no);
      if (!yes || !no || yes.length + no.length > MAX_BRANCHES) return undefined;
      const test = formulaTestCondition(model, expr.test);
      return [
        ...yes.map((b) => ({ ...b, conditions: [test, ...b.conditions] })),
        ...no.map((b) => ({ ...b, conditions: [{ k: 'not', arg: test } as const, ...b.conditions] })),
      ];
    }
    case 'unary':
      return combined([expr.arg], ([arg]) => ({ ...expr, arg: arg! }), of);
    case 'binary':
    case 'logical':
      return combined(
        [expr.left, expr.right],
        ([left, right]) => ({ ...expr, left: left!, right: right! }),
        of,
      );
    case 'call':
      return combined(expr.args, (args) => ({ ...expr, args }), of);
    default:
      return undefined;
  }
}

/** Each branch of each part with each of the others', where they read every table at the same row. */
function combined(
  parts: readonly Expr[],
  rebuild: (parts: Expr[]) => Expr,
  of: (e: Expr) => FormulaBranch[] | undefined,
): FormulaBranch[] | undefined {
  let acc: { exprs: Expr[]; conditions: RecordCondition[]; rows: Map<number, number> }[] = [
    { exprs: [], conditions: [], rows: new Map() },
  ];
  for (const part of parts) {
    const branches = of(part);
    if (!branches || acc.length * branches.length > MAX_BRANCHES) return undefined;
    acc = acc.flatMap((a) =>
      branches
        .filter((b) => [...b.rows].every(([t, r]) => (a.rows.get(t) ?? r) === r))
        .map((b) => ({
          exprs: [...a.exprs, b.expr],
          conditions: [...a.conditions, ...b.conditions],
          rows: new Map([...a.rows, ...b.rows]),
        })),
    );
  }
  return acc.map((a) => ({ expr: rebuild(a.exprs), conditions: a.conditions, rows: a.rows }));
}
