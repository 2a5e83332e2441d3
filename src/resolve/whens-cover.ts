import type { CheckModel, ConditionModel, IndicatorModel } from '../model/rule-set-model';
import { ALL, type Interval, isEmpty, meet } from './allowed-spans';
import { inScope } from './check-key-rows';
import { holdsIn } from './condition-holds-in';
import { mayHold, type Value } from './condition-may-hold';
import { conditionNames } from './condition-names';

/** The operators a `when` on a text value is judged with: others (`contains`…) are not tried. */
const TEXT_OPERATORS = new Set(['equal', 'notEqual', 'in', 'notIn']);
/** Records tried at most (the product of each value's candidates); beyond, the `when`s are taken as covering. */
const MAX_TRIED = 4096;

/**
 * Whether some in-scope record meets none of `whens`, each value it reads
 * being an indicator: tried with each value an enum or boolean may take, with
 * each bound a `when` names on a number and a value between bounds (a whole
 * number for an `integer`), and for a text each text named and one not
 * (`when: { maker: ACME }` leaves out every other maker). A record that
 * leaves out a value the `when`s read is not tried: that is
 * `untested-when-absent`'s warning, with its own advice. `when: { grade: A }` beside `when: { grade: B }` leaves none out
 * for an enum of A and B; `thickness: "≥ 8"` alone leaves 6 mm out.
 * Where it cannot tell (a derived or per-specimen value, a `when` comparing
 * two values, too many combinations) it answers `false`: nothing is said.
 *
 * @param spans - what a graded record can have on each number (its `range`, `plausible`, the scope).
 * @example
 * someRecordOutside([thickness ≥ 8], scope, indicators, spans) // true: a 6 mm plate meets none
 */
export function someRecordOutside(
  whens: readonly ConditionModel[],
  scope: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
  spans: ReadonlyMap<string, Interval>,
): boolean {
  const facts = [...new Set(whens.flatMap(conditionNames))];
  const candidates: Value[][] = [];
  for (const name of facts) {
    const indicator = indicators.find((i) => i.name === name);
    if (!indicator || indicator.specimens) return false;
    const values = valuesToTry(indicator, whens, spans.get(name) ?? ALL, scope);
    if (!values) return false;
    candidates.push(values);
  }
  if (candidates.reduce((n, c) => n * c.length, 1) > MAX_TRIED) return false;
  const given = new Map<string, Value | undefined>();
  const tryFrom = (k: number): boolean => {
    if (k === facts.length) return !whens.some((w) => mayHold(w, given));
    for (const v of candidates[k]!) {
      given.set(facts[k]!, v);
      if (tryFrom(k + 1)) return true;
    }
    return false;
  };
  return tryFrom(0);
}

/** The values of one indicator to try records with, or `undefined` for a kind not tried. */
function valuesToTry(
  indicator: IndicatorModel,
  whens: readonly ConditionModel[],
  span: Interval,
  scope: readonly CheckModel[],
): Value[] | undefined {
  const kept = (vs: Value[]) => vs.filter((v) => inScope(scope, indicator.name, v));
  if (indicator.type === 'boolean') return kept([true, false]);
  if (indicator.type === 'enum') return kept(indicator.values ?? []);
  if (indicator.type === 'string') return textsToTry(indicator.name, whens);
  if (indicator.type !== 'number' && indicator.type !== 'integer') return undefined;
  const integer = indicator.type === 'integer';
  // Each bound a `when` names, and one value in each stretch between them.
  const bounds = [
    ...new Set(whens.flatMap((w) => holdsIn(w, indicator.name)).flatMap((i) => [i.lower, i.upper])),
  ]
    .filter((b) => Number.isFinite(b))
    .sort((a, b) => a - b);
  const pieces: Interval[] = bounds.map((b) => ({
    lower: b,
    lowerInclusive: true,
    upper: b,
    upperInclusive: true,
  }));
  [-Infinity, ...bounds].forEach((lower, k) => {
    const upper = k < bounds.length ? bounds[k]! : Infinity;
    pieces.push({ lower, lowerInclusive: false, upper, upperInclusive: false });
  });
  const values = pieces
    .map((p) => meet(p, span))
    .filter((p) => !isEmpty(p))
    .map((p) => pointIn(p, integer))
    .filter((v): v is number => v !== undefined);
  return kept([...new Set(values)]);
}

/**
 * The texts a `when` names for a text value, and one it does not name: a text
 * may be anything, so `when: { maker: ACME }` leaves out every other maker.
 * `undefined` where a `when` does more than compare it with texts.
 */
function textsToTry(name: string, whens: readonly ConditionModel[]): Value[] | undefined {
  const named = new Set<string>();
  const walk = (c: ConditionModel): boolean => {
    if ('all' in c) return c.all.every(walk);
    if ('any' in c) return c.any.every(walk);
    if ('not' in c) return walk(c.not);
    if (c.fact !== name) return true;
    const values = Array.isArray(c.value) ? c.value : [c.value];
    if (!TEXT_OPERATORS.has(c.operator) || !values.every((v) => typeof v === 'string')) return false;
    for (const v of values) named.add(v as string);
    return true;
  };
  if (!whens.every(walk)) return undefined;
  // A text none of the `when`s names: longer than each.
  return [...named, `${[...named].join('')}~`];
}

/** A value inside an interval (a whole number for an integer), or `undefined` when there is none. */
function pointIn(p: Interval, integer: boolean): number | undefined {
  if (integer) {
    const first = p.lowerInclusive ? Math.ceil(p.lower) : Math.floor(p.lower) + 1;
    const last = p.upperInclusive ? Math.floor(p.upper) : Math.ceil(p.upper) - 1;
    if (first > last) return undefined;
    return Number.isFinite(first) ? first : Number.isFinite(last) ? last : 0;
  }
  if (p.lower === p.upper) return p.lower;
  if (Number.isFinite(p.lower) && Number.isFinite(p.upper)) return (p.lower + p.upper) / 2;
  if (Number.isFinite(p.lower)) return p.lowerInclusive ? p.lower : p.lower + 1;
  if (Number.isFinite(p.upper)) return p.upperInclusive ? p.upper : p.upper - 1;
  return 0;
}
