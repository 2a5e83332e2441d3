import { compileExpr, type ExprContext } from '../compile/compile-expr';
import { indicatorsReader } from '../compile/indicators-read';
import { type Band, bandContains } from '../model/band';
import { type Expr, exprChildren, referencedNames } from '../model/expr';
import type { IndicatorModel, RuleSetModel, ScoringItemModel } from '../model/rule-set-model';
import { FormulaIntervals } from '../resolve/formula-interval';

/**
 * How far an item scored as a number (no `points`) can go, and from what an officer fills in: its points are
 * `a·x + c` of a value x that must lie in `bands` (and be one of `values`, when given), the points themselves in
 * `pointBands`. For an indicator x is its value (a 1, c 0) within its `range` and `plausible`; for a derived value
 * linear in one indicator (`b * 20`, `b / 5 * 100`) x is that indicator's value, named in `input` (newcomer-33 M1),
 * its `range`, `plausible` and `values` bounding it and the derived value's `plausible` bounding the points
 * (newcomer-33 W1: `检验数字化得分 10 → 110` where b tops at 5); for any other derived value x is the points,
 * bounded by its `plausible` and by what its formula's parts allow (a `? :` by both branches, newcomer-35 W1).
 */
export interface ItemReach {
  /** The indicator filled in, for a derived value linear in it. */
  input?: IndicatorModel;
  /** Points per unit of x. */
  a: number;
  /** Points at x = 0. */
  c: number;
  /** Bands x must lie in. */
  bands: Band[];
  /** The numbers x may take (`values`), when the indicator lists them. */
  values?: number[];
  /** Bands the points must lie in. */
  pointBands: Band[];
}

/** An item's points as `a·x + c` of one indicator's value (its slot), or a constant (no slot). */
interface Linear {
  a: number;
  c: number;
  slot?: number;
}

const reaches = new WeakMap<ScoringItemModel, ItemReach>();

/**
 * The reach of an item scored as a number, worked out once per item (this runs for every record a score holds back).
 *
 * @example
 * itemReach(model, item); // { input: <b>, a: 20, c: 0, bands: [[0, 5]], pointBands: [[0, 100]] }
 */
export function itemReach(
  model: RuleSetModel,
  item: ScoringItemModel,
  values?: readonly unknown[],
): ItemReach {
  // A `? :` whose test reads none of what its branches read takes one branch for this record, whatever is raised:
  // the bound is that branch's, not both's (fix-newcomer5-35 W1). Worked out per record, on the shortfall path only.
  if (values !== undefined && recordBranches(model, item))
    return reachOf(model, item, takenBranch(model, values));
  let reach = reaches.get(item);
  if (!reach) {
    reach = reachOf(model, item);
    reaches.set(item, reach);
  }
  return reach;
}

/**
 * The most points an item's reach allows, or `Infinity` when nothing bounds it.
 *
 * @example
 * mostPoints(itemReach(model, item)); // 100 for b * 20 with b in [0, 5]
 */
export function mostPoints(reach: ItemReach): number {
  let most = Infinity;
  const xs = reach.values ?? [];
  if (xs.length > 0) most = Math.max(...xs.map((x) => reach.a * x + reach.c));
  else {
    let lower = -Infinity;
    let upper = Infinity;
    for (const b of reach.bands) {
      lower = Math.max(lower, b.lower);
      upper = Math.min(upper, b.upper);
    }
    const end = reach.a >= 0 ? upper : lower;
    if (Number.isFinite(end)) most = reach.a * end + reach.c;
  }
  for (const b of reach.pointBands) most = Math.min(most, b.upper);
  return most;
}

/**
 * Whether x lies in the reach: in its bands, one of its values, its points in their bands.
 *
 * @example
 * withinReach(itemReach(model, item), 5.5); // false for b in [0, 5]
 */
export function withinReach(reach: ItemReach, x: number): boolean {
  if (reach.values && !reach.values.includes(x)) return false;
  if (!reach.bands.every((b) => bandContains(b, x))) return false;
  const points = reach.a * x + reach.c;
  return reach.pointBands.every((b) => bandContains(b, points));
}

/**
 * The number indicators an item scored through a derived value (not linear in one indicator) is computed from, for
 * a record whose values (by slot) are given: through other derived values, in the branch each `? :` takes
 * ({@link takenBranch}; both where the record does not decide it), the tests left out (a condition, such as
 * `hasRnd`, is no score to raise), each the record gives, once, in the formula's order. What an officer fills in
 * when the advice names the derived value (newcomer-39 F5: `持续成功能力得分 71.5 → 100` alone cannot be acted on).
 * Empty for an item that is an indicator.
 */
export function derivedInputs(
  model: RuleSetModel,
  item: ScoringItemModel,
  values: readonly unknown[],
): IndicatorModel[] {
  const derived = model.derived.find((d) => d.slot === item.slot);
  if (!derived || derived.perSpecimen) return [];
  const taken = takenBranch(model, values);
  const out: IndicatorModel[] = [];
  const seen = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.k === 'cond') {
      const holds = taken(e);
      if (holds !== false) walk(e.yes);
      if (holds !== true) walk(e.no);
      return;
    }
    if (e.k === 'ref') {
      if (seen.has(e.name)) return;
      seen.add(e.name);
      const indicator = model.indicators.find((i) => i.name === e.name);
      if (indicator) {
        if (indicator.kind === 'number' && values[indicator.slot] !== undefined) out.push(indicator);
      } else {
        const d = model.derived.find((x) => x.name === e.name);
        if (d) walk(d.expr);
      }
      return;
    }
    for (const child of exprChildren(e)) walk(child);
  };
  walk(derived.expr);
  return out;
}

/** The indicators an expression reads, through derived values too, by name; one reader per rule set. */
function namesRead(model: RuleSetModel): (e: Expr) => Set<string> {
  let names = readers.get(model);
  if (!names) {
    const read = indicatorsReader(model);
    names = (e) => new Set([...referencedNames(e)].flatMap((n) => read(n).map((i) => i.name)));
    readers.set(model, names);
  }
  return names;
}

// Built per record held back by a derived item otherwise (its raise's reach and inputs): two maps of every value.
const readers = new WeakMap<RuleSetModel, (e: Expr) => Set<string>>();

/** Whether an item is a derived value whose formula has a `? :` the record decides ({@link takenBranch}). */
function recordBranches(model: RuleSetModel, item: ScoringItemModel): boolean {
  let known = branching.get(item);
  if (known === undefined) {
    known = decidedBranch(model, item);
    branching.set(item, known);
  }
  return known;
}

const branching = new WeakMap<ScoringItemModel, boolean>();

function decidedBranch(model: RuleSetModel, item: ScoringItemModel): boolean {
  const derived = model.derived.find((d) => d.slot === item.slot);
  if (!derived || derived.perSpecimen) return false;
  const names = namesRead(model);
  const decided = (e: Expr): boolean => {
    if (e.k === 'cond') {
      const test = names(e.test);
      const branches = new Set([...names(e.yes), ...names(e.no)]);
      if (![...test].some((n) => branches.has(n))) return true;
    }
    return exprChildren(e).some(decided);
  };
  return decided(derived.expr);
}

/**
 * The branch each `? :` takes for a record whose values (by slot) are given: its test's value, when the test reads
 * nothing its branches read (`employees > 300 ? … : improveScore`: raising a score does not change the headcount);
 * `undefined` (both branches) when it does (`a > 50 ? a : 0`: raising `a` may cross to the other branch), or when
 * the test cannot be worked out from the values.
 */
function takenBranch(
  model: RuleSetModel,
  values: readonly unknown[],
): (cond: Extract<Expr, { k: 'cond' }>) => boolean | undefined {
  const names = namesRead(model);
  const ctx: ExprContext = { value: (slot) => values[slot], cell: () => undefined };
  return (cond) => {
    const branches = new Set([...names(cond.yes), ...names(cond.no)]);
    if ([...names(cond.test)].some((n) => branches.has(n))) return undefined;
    const holds = compileExpr(cond.test)(ctx, 0);
    return typeof holds === 'boolean' ? holds : undefined;
  };
}

function reachOf(
  model: RuleSetModel,
  item: ScoringItemModel,
  taken?: (cond: Extract<Expr, { k: 'cond' }>) => boolean | undefined,
): ItemReach {
  const indicator = model.indicators.find((i) => i.slot === item.slot);
  if (indicator) return { a: 1, c: 0, ...inputBounds(indicator), pointBands: [] };
  const derived = model.derived.find((d) => d.slot === item.slot);
  const pointBands = derived?.plausible ? [derived.plausible] : [];
  const linear = derived && !derived.perSpecimen ? linearOf(model, derived.expr, 0) : undefined;
  const input =
    linear?.slot !== undefined && linear.a !== 0
      ? model.indicators.find((i) => i.slot === linear.slot)
      : undefined;
  if (!linear || !input) {
    // Not linear in one indicator (`employees > 300 ? (a * 60 + b * 40) / 100 : a`): the points still lie where the
    // formula's parts allow, e.g. [0, 100] for either branch, whichever this record takes (newcomer-35 W1: 协同改进得分
    // 85.1 → 123.54 was advised on a [0, 100] item).
    const formula = derived && !derived.perSpecimen ? formulaBand(model, derived.expr, taken) : undefined;
    return { a: 1, c: 0, bands: [], pointBands: formula ? [...pointBands, formula] : pointBands };
  }
  return { input, a: linear.a, c: linear.c, ...inputBounds(input), pointBands };
}

/** The band a formula's value lies in from its indicators' ranges, or `undefined` when no end is bounded. */
function formulaBand(
  model: RuleSetModel,
  e: Expr,
  taken?: (cond: Extract<Expr, { k: 'cond' }>) => boolean | undefined,
): Band | undefined {
  const i = new FormulaIntervals(model.indicators, model.derived, model.tables, undefined, taken).interval(e);
  if (Number.isNaN(i.lo) || Number.isNaN(i.hi) || (!Number.isFinite(i.lo) && !Number.isFinite(i.hi)))
    return undefined;
  const text = `${i.loIn ? '[' : '('}${i.lo}, ${i.hi}${i.hiIn ? ']' : ')'}`;
  return { lower: i.lo, lowerInclusive: i.loIn, upper: i.hi, upperInclusive: i.hiIn, text };
}

/** An indicator's bounds: its range, its plausible band and the numbers it lists. */
function inputBounds(i: IndicatorModel): { bands: Band[]; values?: number[] } {
  const bands: Band[] = [];
  if (i.range) bands.push(i.range);
  if (i.plausible) bands.push(i.plausible);
  const values = i.values?.filter((v): v is number => typeof v === 'number').sort((x, y) => x - y);
  return values && values.length > 0 ? { bands, values } : { bands };
}

/** Formulas nested deeper than this are not followed (a derived value of a derived value of …). */
const MOST_DEPTH = 8;

/** A formula as `a·x + c` of one number indicator, following derived values it reads; `undefined` when it is not. */
function linearOf(model: RuleSetModel, e: Expr, depth: number): Linear | undefined {
  if (depth > MOST_DEPTH) return undefined;
  switch (e.k) {
    case 'num':
      return { a: 0, c: e.value };
    case 'ref': {
      if (e.kind !== 'number') return undefined;
      const indicator = model.indicators.find((i) => i.slot === e.slot);
      if (indicator) return indicator.specimens > 0 ? undefined : { a: 1, c: 0, slot: e.slot };
      const derived = model.derived.find((d) => d.slot === e.slot);
      return derived && !derived.perSpecimen ? linearOf(model, derived.expr, depth + 1) : undefined;
    }
    case 'unary': {
      const arg = linearOf(model, e.arg, depth);
      if (!arg || e.op === '!') return undefined;
      return e.op === '-' ? { ...arg, a: -arg.a, c: -arg.c } : arg;
    }
    case 'binary':
      return linearBinary(model, e.op, e.left, e.right, depth);
    default:
      return undefined;
  }
}

function linearBinary(
  model: RuleSetModel,
  op: string,
  left: Expr,
  right: Expr,
  depth: number,
): Linear | undefined {
  const l = linearOf(model, left, depth);
  const r = l ? linearOf(model, right, depth) : undefined;
  if (!l || !r) return undefined;
  const slot = l.slot ?? r.slot;
  if (l.slot !== undefined && r.slot !== undefined && l.slot !== r.slot) return undefined;
  const constant = (x: Linear) => x.a === 0;
  const out = (a: number, c: number): Linear => (slot === undefined || a === 0 ? { a, c } : { a, c, slot });
  if (op === '+') return out(l.a + r.a, l.c + r.c);
  if (op === '-') return out(l.a - r.a, l.c - r.c);
  if (op === '*' && constant(r)) return out(l.a * r.c, l.c * r.c);
  if (op === '*' && constant(l)) return out(r.a * l.c, r.c * l.c);
  if (op === '/' && constant(r) && r.c !== 0) return out(l.a / r.c, l.c / r.c);
  return undefined;
}
