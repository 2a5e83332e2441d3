import { bandContains } from '../model/band';
import type { Expr } from '../model/expr';
import { COMPARE_OPERATORS, jreOperator } from '../model/operators';
import type { CheckModel, ConditionModel, IndicatorModel, RuleSetModel } from '../model/rule-set-model';

/** A value an indicator's test is tried with. */
type Value = string | number | boolean;

/** A value the record leaves out (an optional indicator without a default). */
const ABSENT = Symbol('absent');

/**
 * A condition on the values of one record, as far as it is read: tests of one
 * indicator's value combined by and/or/not; anything else (a derived value, two
 * values compared, several specimens) is `unknown`, which may hold either way.
 */
export type RecordCondition =
  | { k: 'unknown' }
  | { k: 'const'; value: boolean }
  | {
      k: 'atom';
      fact: string;
      holds: (v: Value) => boolean;
      /** The numbers and texts it compares with, tried as values. */
      mentions: readonly unknown[];
      /** For a record that leaves the value out: it holds, it fails, or such a record gets no further (a formula's test). */
      absent: 'holds' | 'fails' | 'none';
    }
  | { k: 'and'; parts: RecordCondition[] }
  | { k: 'or'; parts: RecordCondition[] }
  | { k: 'not'; arg: RecordCondition };

const UNKNOWN: RecordCondition = { k: 'unknown' };

/** How many steps the search for a record takes at most: beyond, some record is taken to meet the conditions. */
const MAX_STEPS = 20_000;

/** A test of one indicator's value, or unknown when `fact` is no single-valued indicator. */
function atomOf(
  model: RuleSetModel,
  fact: string,
  holds: (v: Value) => boolean,
  mentions: readonly unknown[],
  absent: 'holds' | 'fails' | 'none',
): RecordCondition {
  const indicator = model.indicators.find((i) => i.name === fact);
  if (indicator?.specimens !== 0) return UNKNOWN;
  return { k: 'atom', fact, holds, mentions, absent };
}

/** `fact` within `band`: a number in it holds, as {@link atomOf} reads a value. */
function bandAtom(
  model: RuleSetModel,
  fact: string,
  band: Parameters<typeof bandContains>[0],
  absent: 'holds' | 'fails' | 'none',
): RecordCondition {
  return atomOf(
    model,
    fact,
    (v) => typeof v === 'number' && bandContains(band, v),
    [band.lower, band.upper],
    absent,
  );
}

/**
 * A `when` (json-rules-engine's vocabulary) as a record condition: one on a value the record leaves out does
 * not hold (its `not` does), one comparing two values is unknown.
 */
export function whenCondition(model: RuleSetModel, c: ConditionModel): RecordCondition {
  if ('all' in c) return { k: 'and', parts: c.all.map((x) => whenCondition(model, x)) };
  if ('any' in c) return { k: 'or', parts: c.any.map((x) => whenCondition(model, x)) };
  if ('not' in c) return { k: 'not', arg: whenCondition(model, c.not) };
  const op = jreOperator(c.operator);
  const v = c.value;
  if (!op || (v !== null && typeof v === 'object' && !Array.isArray(v))) return UNKNOWN;
  return atomOf(model, c.fact, (x) => op.holds(x, v), Array.isArray(v) ? v : [v], 'fails');
}

/**
 * What the scope asks of every record graded: its items on one value, compared in full (a rounded comparison
 * lets values past the written limit in), without a `when`.
 */
export function scopeCondition(model: RuleSetModel): RecordCondition {
  return { k: 'and', parts: model.scope.map((s) => scopeItemCondition(model, s)) };
}

// A record that leaves the value out is taken to pass: only ever more records, never a limit wrongly ruled out.
function scopeItemCondition(model: RuleSetModel, s: CheckModel): RecordCondition {
  if (s.when || s.aggregate !== 'each') return UNKNOWN;
  const test = s.test;
  if (test.kind === 'condition') return whenCondition(model, test.condition);
  if (!s.subject) return UNKNOWN;
  if (test.kind === 'member') {
    const values = test.values.map((l) => l.value);
    return atomOf(model, s.subject, (v) => values.includes(v) !== test.negate, values, 'holds');
  }
  if (s.comparison.method !== 'full') return UNKNOWN;
  if (test.kind === 'range') {
    return bandAtom(model, s.subject, test.band, 'holds');
  }
  if (test.kind === 'compare' && test.operand.kind === 'literal') {
    const limit = test.operand.literal.value;
    const op = COMPARE_OPERATORS[test.operator];
    return atomOf(model, s.subject, (v) => op.holds(v, limit), [limit], 'holds');
  }
  return UNKNOWN;
}

/**
 * A formula's test (`testTemperature <= -60`, `grade == "B" && !autoclave`) as a record condition: comparisons of
 * an indicator with a number, text or yes/no written, a yes/no indicator alone, combined by `&&`, `||` and `!`.
 * A formula reading a value the record leaves out gives no limit, so takes neither branch.
 */
export function formulaTestCondition(model: RuleSetModel, e: Expr): RecordCondition {
  if (e.k === 'bool') return { k: 'const', value: e.value };
  if (e.k === 'logical') {
    const parts = [formulaTestCondition(model, e.left), formulaTestCondition(model, e.right)];
    return e.op === '&&' ? { k: 'and', parts } : { k: 'or', parts };
  }
  if (e.k === 'unary' && e.op === '!') return { k: 'not', arg: formulaTestCondition(model, e.arg) };
  if (e.k === 'ref') return atomOf(model, e.name, (v) => Boolean(v), [0, ''], 'none');
  if (e.k !== 'binary') return UNKNOWN;
  const compare = FORMULA_COMPARE[e.op];
  if (!compare) return UNKNOWN;
  const right = constantOf(e.right);
  if (e.left.k === 'ref' && right !== undefined)
    return atomOf(model, e.left.name, (v) => compare(v, right), [right], 'none');
  const left = constantOf(e.left);
  if (e.right.k === 'ref' && left !== undefined)
    return atomOf(model, e.right.name, (v) => compare(left, v), [left], 'none');
  return UNKNOWN;
}

const FORMULA_COMPARE: Partial<Record<string, (a: Value, b: Value) => boolean>> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/** A number, text or yes/no written, `-60` included (a minus applied to 60). */
function constantOf(e: Expr): Value | undefined {
  if (e.k === 'num' || e.k === 'str' || e.k === 'bool') return e.value;
  if (e.k === 'unary' && e.op !== '!') {
    const n = constantOf(e.arg);
    return typeof n !== 'number' ? undefined : e.op === '-' ? -n : n;
  }
  return undefined;
}

/** A table row's match as a record condition: each key's value in the row's band or among its values. */
export function rowCondition(model: RuleSetModel, table: number, row: number): RecordCondition {
  const t = model.tables[table]!;
  const r = t.rows[row]!;
  return {
    k: 'and',
    parts: t.keys.map((key, i) => {
      const match = r.match[i]!;
      if (Array.isArray(match)) return atomOf(model, key.indicator, (v) => match.includes(v), match, 'none');
      return bandAtom(model, key.indicator, match, 'none');
    }),
  };
}

/**
 * Whether some valid record meets every condition: values within each indicator's `values`, `range` and
 * `plausible`, whole where it is an integer. False only when that is shown; an unknown part may hold, and a
 * search too long to finish is taken to find one.
 *
 * @example
 * someRecordMeets(model, [whenCondition(model, when), formulaTestCondition(model, test)]); // false for when grade C, test grade == "B"
 */
export function someRecordMeets(model: RuleSetModel, conditions: readonly RecordCondition[]): boolean {
  const budget = { steps: MAX_STEPS };
  const found = search(model, [...conditions], [], budget);
  return found || budget.steps <= 0;
}

type Atom = Extract<RecordCondition, { k: 'atom' }>;

/** A conjunction of `todo` and `atoms`, each disjunction tried in turn. */
function search(
  model: RuleSetModel,
  todo: RecordCondition[],
  atoms: Atom[],
  budget: { steps: number },
): boolean {
  if (--budget.steps <= 0) return true;
  const c = todo.pop();
  if (!c) return atomsMet(model, atoms);
  switch (c.k) {
    case 'unknown':
      return search(model, todo, atoms, budget);
    case 'const':
      return c.value && search(model, todo, atoms, budget);
    case 'atom':
      return search(model, todo, [...atoms, c], budget);
    case 'and':
      return search(model, [...todo, ...c.parts], atoms, budget);
    case 'or':
      return c.parts.some((p) => search(model, [...todo, p], atoms, budget));
    default: {
      const negated = negation(c.arg);
      return search(model, [...todo, negated], atoms, budget);
    }
  }
}

/** `not c`, pushed in: an unknown part stays unknown. */
function negation(c: RecordCondition): RecordCondition {
  switch (c.k) {
    case 'unknown':
      return c;
    case 'const':
      return { k: 'const', value: !c.value };
    case 'atom':
      return {
        ...c,
        holds: (v) => !c.holds(v),
        absent: c.absent === 'holds' ? 'fails' : c.absent === 'fails' ? 'holds' : 'none',
      };
    case 'and':
      return { k: 'or', parts: c.parts.map(negation) };
    case 'or':
      return { k: 'and', parts: c.parts.map(negation) };
    default:
      return c.arg;
  }
}

/** Whether each indicator the atoms test has one value (or none given) that meets all of its tests. */
function atomsMet(model: RuleSetModel, atoms: readonly Atom[]): boolean {
  const byFact = new Map<string, Atom[]>();
  for (const a of atoms) byFact.set(a.fact, [...(byFact.get(a.fact) ?? []), a]);
  for (const [fact, tests] of byFact) {
    const indicator = model.indicators.find((i) => i.name === fact)!;
    const met = candidates(indicator, tests).some((v) =>
      tests.every((t) => (v === ABSENT ? t.absent === 'holds' : t.holds(v))),
    );
    if (!met) return false;
  }
  return true;
}

/**
 * Values enough to find one meeting the tests, if any does: the values listed; else each number the tests and
 * bands name, a value either side of it and between each two (the whole numbers about each for an integer); the
 * texts named and one other; and "left out" for an optional value without a default.
 */
function candidates(indicator: IndicatorModel, tests: readonly Atom[]): (Value | typeof ABSENT)[] {
  const out: (Value | typeof ABSENT)[] = [];
  if (!indicator.required && indicator.default === undefined) out.push(ABSENT);
  if (indicator.values) return [...out, ...indicator.values];
  if (indicator.type === 'boolean') return [...out, true, false];
  if (indicator.type === 'string' || indicator.type === 'enum') {
    const texts = tests.flatMap((t) => t.mentions).filter((m): m is string => typeof m === 'string');
    return [...out, ...texts, '\u0000another text'];
  }
  const bands = [indicator.range, indicator.plausible].filter((b) => b !== undefined);
  const named = [...tests.flatMap((t) => t.mentions), ...bands.flatMap((b) => [b.lower, b.upper])].filter(
    (m): m is number => typeof m === 'number' && Number.isFinite(m),
  );
  const points = [...new Set(named)].sort((a, b) => a - b);
  let numbers: number[];
  if (points.length === 0) numbers = [0];
  else if (indicator.type === 'integer')
    numbers = points.flatMap((p) => [Math.floor(p) - 1, Math.floor(p), Math.ceil(p), Math.ceil(p) + 1]);
  else
    numbers = [
      points[0]! - 1,
      ...points.flatMap((p, i) => (i + 1 < points.length ? [p, (p + points[i + 1]!) / 2] : [p])),
      points.at(-1)! + 1,
    ];
  return [...out, ...numbers.filter((n) => bands.every((b) => bandContains(b, n)))];
}

/** The indicators a condition tests. */
export function conditionFacts(c: RecordCondition, into = new Set<string>()): Set<string> {
  if (c.k === 'atom') into.add(c.fact);
  else if (c.k === 'and' || c.k === 'or') for (const p of c.parts) conditionFacts(p, into);
  else if (c.k === 'not') conditionFacts(c.arg, into);
  return into;
}
