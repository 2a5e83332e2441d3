import { ARITHMETIC, FORMULA_MATH } from '../model/arithmetic';
import { type Band, bandContains } from '../model/band';
import { countedMean } from '../model/counted-mean';
import type { Expr } from '../model/expr';
import type { RuleSetModel } from '../model/rule-set-model';
import { toFifteenDigits } from '../rounding/significant-digits';

/**
 * At most this many combinations are computed at any step. A scorecard of
 * 5 items in 5 bands has 5⁵ = 3,125 totals; 100,000 sums take a few
 * milliseconds, once per suite, and a score read from a plain number (which
 * takes any value) is not enumerated at all.
 */
const MAX_COMBINATIONS = 100_000;

/**
 * The values a formula can take, when every value it reads takes a few: a
 * table cell (every row's), the points of a scored item's bands or of its
 * listed values, an indicator's enumerated numbers, a number written, and
 * other formulas (a dimension's score) made of these, and a `?:` whose
 * branches are (its condition may read anything: either branch's values).
 * Sorted, without repeats; `undefined` when it reads a value that can be
 * anything (a measured number) outside a condition, or has too many combinations.
 *
 * Each part is combined with each other part's values, as if independent:
 * exact for a weighted sum of items, a superset where one part is read twice
 * or two cells of a table must come from one row. A value no record gives
 * may be listed, so only "no listed value reaches it" is ever concluded.
 *
 * @example
 * formulaValues(parseFormula('0.7 * impact.energy'), model); // [18.9, 23.8] for cells 27 and 34
 */
export function formulaValues(expr: Expr, model: RuleSetModel, depth = 0): number[] | undefined {
  if (depth > 32) return undefined;
  const of = (e: Expr) => formulaValues(e, model, depth + 1);
  switch (expr.k) {
    case 'num':
      return [expr.value];
    case 'cell': {
      const table = model.tables[expr.table];
      if (!table) return undefined;
      return distinct(table.rows.map((r) => r.cells.get(expr.column)?.value));
    }
    case 'ref': {
      const derived = model.derived.find((d) => d.name === expr.name);
      if (derived) return derived.perSpecimen ? undefined : of(derived.expr);
      const indicator = model.indicators.find((i) => i.name === expr.name);
      const values = indicator?.values;
      return values?.every((v) => typeof v === 'number') ? distinct(values) : undefined;
    }
    case 'points':
      return pointsValues(expr, model, of);
    case 'mean': {
      // An item that reweights may be left out (NaN here): the mean of those counted; all left out gives none.
      const parts = expr.parts.map((p) => {
        const values = of(p.expr);
        return values && p.reweights ? [...values, Number.NaN] : values;
      });
      return combine(
        parts,
        (xs) =>
          countedMean(
            expr.parts,
            xs.map((x) => (Number.isNaN(x) ? undefined : x)),
          ) ?? Number.NaN,
      );
    }
    case 'unary':
      if (expr.op === '!') return undefined;
      return combine([of(expr.arg)], ([a]) => (expr.op === '-' ? -a! : a!));
    case 'binary': {
      const f = ARITHMETIC[expr.op];
      return f ? combine([of(expr.left), of(expr.right)], ([a, b]) => f(a!, b!)) : undefined;
    }
    case 'cond': {
      // Either branch may be taken (newcomer-43: `≥ 0.7 * (t <= -60 ? 27 : 34)` is 18.9 or 23.8): both branches' values.
      const yes = of(expr.yes);
      const no = of(expr.no);
      return yes && no ? distinct([...yes, ...no]) : undefined;
    }
    case 'call': {
      const f = FORMULA_MATH[expr.fn]!;
      return combine(expr.args.map(of), (xs) => f(...xs));
    }
    default:
      return undefined;
  }
}

/** A scored item's points: those of the bands (or listed values) a valid value can fall in. */
function pointsValues(
  expr: Extract<Expr, { k: 'points' }>,
  model: RuleSetModel,
  of: (e: Expr) => number[] | undefined,
): number[] | undefined {
  if (expr.map) return distinct([...expr.map.values()]);
  if (!expr.bands) return of(expr.arg);
  const range =
    expr.arg.k === 'ref'
      ? model.indicators.find((i) => i.name === (expr.arg as { name: string }).name)?.range
      : undefined;
  return distinct(expr.bands.filter((b) => !range || overlaps(b.band, range)).map((b) => b.points));
}

/** Whether two bands share a value. */
function overlaps(a: Band, b: Band): boolean {
  const low = Math.max(a.lower, b.lower);
  const high = Math.min(a.upper, b.upper);
  if (low < high) return true;
  return low === high && bandContains(a, low) && bandContains(b, low);
}

/** Every combination of the parts' values through `f`; undefined past the bound or when a part is unknown. */
function combine(parts: (number[] | undefined)[], f: (xs: number[]) => number): number[] | undefined {
  let rows: number[][] = [[]];
  for (const values of parts) {
    if (!values || rows.length * values.length > MAX_COMBINATIONS) return undefined;
    rows = rows.flatMap((row) => values.map((v) => [...row, v]));
  }
  return distinct(rows.map(f));
}

/** Finite numbers, at fifteen digits (0.1 + 0.2 is 0.3), sorted, without repeats. */
function distinct(values: readonly unknown[]): number[] {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return [...new Set(numbers.map(toFifteenDigits))].sort((a, b) => a - b);
}
