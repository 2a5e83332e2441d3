import type { Band } from '../model/band';
import type { CompareOperator } from '../model/operators';
import type { DiffDirection } from './rule-set-diff';

/**
 * The values a requirement accepts, reduced to what can be compared between
 * two editions: a numeric band (`≥ 4.50` is `[4.50, ∞)`), the numbers outside
 * a band (`≠ 5`), a set of values (`in [...]`, `= true`), anything (no
 * requirement), or something only its text describes (a formula, a condition).
 *
 * @example
 * compareAccepted(limitSet('>=', 4.5), limitSet('>=', 4.7)); // 'stricter'
 */
export type AcceptedSet =
  | { kind: 'any' }
  | { kind: 'band'; band: Omit<Band, 'text'> }
  | { kind: 'outside'; band: Omit<Band, 'text'> }
  | { kind: 'values'; negate: boolean; values: string[] }
  | { kind: 'opaque'; text: string };

/**
 * What a value compared with `operator` against `limit` may be.
 *
 * @example
 * limitSet('>=', 4.5); // { kind: 'band', band: { lower: 4.5, lowerInclusive: true, upper: Infinity, … } }
 */
export function limitSet(operator: CompareOperator, limit: number | string | boolean): AcceptedSet {
  if (typeof limit !== 'number') {
    if (operator === '=' || operator === '!=')
      return { kind: 'values', negate: operator === '!=', values: [JSON.stringify(limit)] };
    return { kind: 'opaque', text: `${operator} ${String(limit)}` };
  }
  switch (operator) {
    case '>=':
      return { kind: 'band', band: band(limit, true, Infinity, false) };
    case '>':
      return { kind: 'band', band: band(limit, false, Infinity, false) };
    case '<=':
      return { kind: 'band', band: band(-Infinity, false, limit, true) };
    case '<':
      return { kind: 'band', band: band(-Infinity, false, limit, false) };
    case '=':
      return { kind: 'band', band: band(limit, true, limit, true) };
    case '!=':
      return { kind: 'outside', band: band(limit, true, limit, true) };
  }
}

/**
 * The values a list accepts (`in [...]`) or refuses (`not in [...]`).
 *
 * @example
 * compareAccepted(valuesSet(['a', 'b'], false), valuesSet(['a'], false)); // 'stricter'
 */
export function valuesSet(values: readonly (string | number | boolean)[], negate: boolean): AcceptedSet {
  return { kind: 'values', negate, values: values.map((v) => JSON.stringify(v)) };
}

/**
 * Whether B accepts fewer values than A (`stricter`), more (`looser`), the
 * same (`same`), or a set neither inside nor around A's (`changed`).
 *
 * @example
 * compareAccepted(limitSet('<=', 30), limitSet('<=', 35)); // 'looser'
 */
export function compareAccepted(a: AcceptedSet, b: AcceptedSet): DiffDirection | 'same' {
  if (a.kind === 'any' && b.kind === 'any') return 'same';
  if (a.kind === 'any') return 'stricter';
  if (b.kind === 'any') return 'looser';
  if (a.kind === 'band' && b.kind === 'band')
    return byContainment(within(b.band, a.band), within(a.band, b.band));
  if (a.kind === 'outside' && b.kind === 'outside')
    return byContainment(within(a.band, b.band), within(b.band, a.band));
  if (a.kind === 'values' && b.kind === 'values' && a.negate === b.negate) {
    const inA = new Set(a.values);
    const inB = new Set(b.values);
    const bInA = b.values.every((v) => inA.has(v));
    const aInB = a.values.every((v) => inB.has(v));
    // "not in" refuses the listed values: a longer list accepts fewer.
    return a.negate ? byContainment(aInB, bInA) : byContainment(bInA, aInB);
  }
  if (a.kind === 'opaque' && b.kind === 'opaque' && a.text === b.text) return 'same';
  return 'changed';
}

/** `bInsideA`: B accepts nothing A does not; `aInsideB`: the reverse. */
function byContainment(bInsideA: boolean, aInsideB: boolean): DiffDirection | 'same' {
  if (bInsideA && aInsideB) return 'same';
  if (bInsideA) return 'stricter';
  if (aInsideB) return 'looser';
  return 'changed';
}

/** Whether every value of `inner` is in `outer`. */
function within(inner: Omit<Band, 'text'>, outer: Omit<Band, 'text'>): boolean {
  const lowerOk =
    inner.lower > outer.lower ||
    (inner.lower === outer.lower && (outer.lowerInclusive || !inner.lowerInclusive));
  const upperOk =
    inner.upper < outer.upper ||
    (inner.upper === outer.upper && (outer.upperInclusive || !inner.upperInclusive));
  return lowerOk && upperOk;
}

function band(lower: number, lowerInclusive: boolean, upper: number, upperInclusive: boolean) {
  return { lower, lowerInclusive, upper, upperInclusive };
}
