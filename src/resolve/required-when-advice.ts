import { type JreOperator, jreOperator } from '../model/operators';
import type { ConditionModel, IndicatorModel } from '../model/rule-set-model';
import { whenYaml } from '../text/when-yaml';
import type { Interval } from './allowed-spans';
import { holdsIn } from './condition-holds-in';
import { conditionNames } from './condition-names';
import { union } from './interval-sets';
import { intervalText } from './interval-text';

const NUMERIC = new Set([
  'equal',
  'greaterThan',
  'greaterThanInclusive',
  'lessThan',
  'lessThanInclusive',
  'in',
]);

/** Each operator's opposite on a given value: `not: { x, opposite, v }` holds where `{ x, op, v }` does, or x is left out. */
const OPPOSITE: Readonly<Record<JreOperator, JreOperator>> = {
  equal: 'notEqual',
  notEqual: 'equal',
  in: 'notIn',
  notIn: 'in',
  contains: 'doesNotContain',
  doesNotContain: 'contains',
  lessThan: 'greaterThanInclusive',
  greaterThanInclusive: 'lessThan',
  greaterThan: 'lessThanInclusive',
  lessThanInclusive: 'greaterThan',
};

/**
 * `not: { fact: x, operator: notEqual, value: B }` read as `{ fact: x,
 * operator: equal, value: B }`: the two hold alike wherever x is given (the
 * first also where it is left out), as the advice below writes it.
 */
export function withoutDoubleNot(c: ConditionModel): ConditionModel {
  if (!('not' in c) || !('fact' in c.not)) return c;
  const op = jreOperator(c.not.operator) ? OPPOSITE[c.not.operator] : undefined;
  return op ? { ...c.not, operator: op } : c;
}

/**
 * The `requiredWhen` that holds for exactly the records some of the `when`s
 * hold for, as YAML to paste, or `undefined` where none can be written (a
 * `when` comparing a value that has a default with another value). One
 * `when` as written; bands of one number that join as one (`≥ 8` and `≥ 16`
 * → `{ thickness: "≥ 8" }`); values of one enum as a list (`{ quality: [B,
 * C] }`); else `{ any: [...] }` in json-rules-engine's syntax, which is all
 * `any` takes. `requiredWhen` reads the record as given, before defaults are
 * filled in, where a `when` reads the default: a part the default meets is
 * written `not:` its opposite, which also holds where the value is left out.
 *
 * @example
 * requiredWhenAdvice([{ when: thickness ≥ 8 }, { when: quality = D }], indicators)
 * // '{ any: [{ fact: thickness, operator: greaterThanInclusive, value: 8 }, { fact: quality, operator: equal, value: D }] }'
 */
export function requiredWhenAdvice(
  entries: readonly { when: ConditionModel; written: unknown }[],
  indicators: readonly IndicatorModel[],
): string | undefined {
  const byName = new Map(indicators.map((i) => [i.name, i]));
  const facts = [...new Set(entries.flatMap((e) => conditionNames(e.when)))];
  if (facts.some((f) => !byName.has(f))) return undefined;
  // A default that meets no part it reads changes nothing (`glazed: true`, default false): written as it is.
  const changed = (c: ConditionModel) => JSON.stringify(asGiven(c, byName) ?? null) !== JSON.stringify(c);
  const defaulted =
    facts.some((f) => byName.get(f)!.default !== undefined) && entries.some((e) => changed(e.when));
  if (!defaulted && entries.length === 1) return whenYaml(entries[0]!.written);
  // The `when`s on one value each, joined per value (where the first of them stood); the others as they are.
  const oneFact = new Map<string, ConditionModel[]>();
  const order: (string | ConditionModel)[] = [];
  for (const { when } of entries) {
    const names = [...new Set(conditionNames(when))];
    if (names.length !== 1 || 'not' in when) {
      order.push(when);
      continue;
    }
    const fact = names[0]!;
    if (!oneFact.has(fact)) order.push(fact);
    oneFact.set(fact, [...(oneFact.get(fact) ?? []), when]);
  }
  if (!defaulted && order.length === 1 && typeof order[0] === 'string') {
    const text = mapForm(order[0], oneFact.get(order[0])!, byName.get(order[0])!);
    if (text) return text;
  }
  const conditions = order.flatMap((o) =>
    typeof o === 'string' ? joined(o, oneFact.get(o)!, byName.get(o)!) : [o],
  );
  const all: ConditionModel = conditions.length === 1 ? conditions[0]! : { any: conditions };
  const exact = defaulted ? asGiven(all, byName) : all;
  return exact ? whenYaml(exact) : undefined;
}

/** Where `whens` on one value hold, as few conditions as it takes: bands that join as one, values as one list. */
function joined(fact: string, whens: readonly ConditionModel[], indicator: IndicatorModel): ConditionModel[] {
  const leaves = whens.flatMap(leavesOf);
  if (leaves.some((l) => l === undefined || (typeof l.value === 'object' && !Array.isArray(l.value))))
    return [...whens];
  if (indicator.type === 'number' || indicator.type === 'integer') {
    if (!leaves.every((l) => NUMERIC.has(l!.operator) && isNumbers(l!.value))) return [...whens];
    return union(whens.flatMap((w) => holdsIn(w, fact))).map((piece) => band(fact, piece));
  }
  if (whens.some((w) => !('fact' in w))) return [...whens];
  const values: unknown[] = [];
  for (const l of leaves) {
    if (l!.operator === 'equal') values.push(l!.value);
    else if (l!.operator === 'in' && Array.isArray(l!.value)) values.push(...l!.value);
    else return [...whens];
  }
  const distinct = [...new Set(values)];
  return [
    distinct.length === 1
      ? { fact, operator: 'equal', value: distinct[0] }
      : { fact, operator: 'in', value: distinct },
  ];
}

/** The map form (`{ thickness: "≥ 8" }`, `{ quality: [B, C] }`) of `whens` on one value, where it is one condition. */
function mapForm(
  fact: string,
  whens: readonly ConditionModel[],
  indicator: IndicatorModel,
): string | undefined {
  const [one, ...more] = joined(fact, whens, indicator);
  if (!one || more.length > 0) return undefined;
  if (indicator.type === 'number' || indicator.type === 'integer') {
    const leaves = leavesOf(one);
    if (!leaves.every((l) => l && NUMERIC.has(l.operator) && isNumbers(l.value))) return undefined;
    const [piece, ...rest] = holdsIn(one, fact);
    const bounded = piece && (piece.lower !== -Infinity || piece.upper !== Infinity);
    return bounded && rest.length === 0 ? whenYaml({ [fact]: intervalText(piece) }) : undefined;
  }
  return 'fact' in one && (one.operator === 'equal' || one.operator === 'in')
    ? whenYaml({ [fact]: one.value })
    : undefined;
}

/** One band of a number as json-rules-engine conditions: one comparison per finite end. */
function band(fact: string, p: Interval): ConditionModel {
  if (p.lower === p.upper) return { fact, operator: 'equal', value: p.lower };
  const ends: ConditionModel[] = [];
  if (p.lower !== -Infinity)
    ends.push({ fact, operator: p.lowerInclusive ? 'greaterThanInclusive' : 'greaterThan', value: p.lower });
  if (p.upper !== Infinity)
    ends.push({ fact, operator: p.upperInclusive ? 'lessThanInclusive' : 'lessThan', value: p.upper });
  return ends.length === 1 ? ends[0]! : { all: ends };
}

/**
 * `c` to be read on the record as given: each comparison on a value with a
 * default holds where it held with the default filled in. A comparison on a
 * left-out value holds as json-rules-engine has it (`notEqual`, `notIn` do,
 * the others do not); where the default gives it the other way, it is
 * written so that it does: `quality: [B, C]` with default B as `not: {
 * quality in [D] }`, `thickness ≥ 8` with default 10 as `not: { thickness <
 * 8 }`. `undefined` where that cannot be written (text, a comparison of two
 * values one of which has a default).
 */
function asGiven(c: ConditionModel, byName: ReadonlyMap<string, IndicatorModel>): ConditionModel | undefined {
  if ('all' in c || 'any' in c) {
    const key = 'all' in c ? 'all' : 'any';
    const parts = ('all' in c ? c.all : c.any).map((x) => asGiven(x, byName));
    if (parts.some((p) => p === undefined)) return undefined;
    return { [key]: parts } as ConditionModel;
  }
  if ('not' in c) {
    const inner = asGiven(c.not, byName);
    return inner && { not: inner };
  }
  const names = conditionNames(c);
  const indicator = byName.get(c.fact);
  const d = indicator?.default;
  if (names.every((n) => byName.get(n)?.default === undefined)) return c;
  const op = jreOperator(c.operator);
  if (!op || names.length > 1 || !indicator) return undefined;
  const withDefault = op.holds(d, c.value);
  if (op.holds(undefined, c.value) === withDefault) return c;
  return withDefault ? absentOr(c, indicator) : presentAnd(c, indicator);
}

type Leaf = Extract<ConditionModel, { fact: string }>;

/** A condition that holds where `c` does on a given value, and where the value is left out. */
function absentOr(c: Leaf, indicator: IndicatorModel): ConditionModel | undefined {
  const { fact, value } = c;
  if (c.operator === 'notEqual') return { not: { fact, operator: 'equal', value } };
  if (c.operator === 'notIn') return { not: { fact, operator: 'in', value } };
  if (['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'].includes(c.operator))
    return { not: { fact, operator: OPPOSITE[c.operator], value } };
  const others = valuesWhere(c, indicator, false);
  if (others)
    return {
      not:
        others.length === 1
          ? { fact, operator: 'equal', value: others[0] }
          : { fact, operator: 'in', value: others },
    };
  if (c.operator === 'equal' && typeof value === 'number')
    return {
      not: {
        any: [
          { fact, operator: 'lessThan', value },
          { fact, operator: 'greaterThan', value },
        ],
      },
    };
  return undefined;
}

/** A condition that holds where `c` does on a given value, and not where the value is left out. */
function presentAnd(c: Leaf, indicator: IndicatorModel): ConditionModel | undefined {
  const { fact, value } = c;
  const holding = valuesWhere(c, indicator, true);
  if (holding)
    return holding.length === 1
      ? { fact, operator: 'equal', value: holding[0] }
      : { fact, operator: 'in', value: holding };
  if (c.operator === 'notEqual' && typeof value === 'number')
    return {
      any: [
        { fact, operator: 'lessThan', value },
        { fact, operator: 'greaterThan', value },
      ],
    };
  return undefined;
}

/** The values of an enum or boolean `c` holds (or does not hold) for; `undefined` for another kind, or where there are none. */
function valuesWhere(c: Leaf, indicator: IndicatorModel, holds: boolean): unknown[] | undefined {
  const all: unknown[] | undefined =
    indicator.type === 'boolean' ? [true, false] : indicator.type === 'enum' ? indicator.values : undefined;
  const op = jreOperator(c.operator);
  if (!all || !op) return undefined;
  const found = all.filter((v) => op.holds(v, c.value) === holds);
  return found.length > 0 ? found : undefined;
}

function isNumbers(v: unknown): boolean {
  return typeof v === 'number' || (Array.isArray(v) && v.every((x) => typeof x === 'number'));
}

/** The comparisons an `all` or `any` of them is made of; `undefined` in a place of a `not`. */
function leavesOf(c: ConditionModel): (Extract<ConditionModel, { fact: string }> | undefined)[] {
  if ('all' in c) return c.all.flatMap(leavesOf);
  if ('any' in c) return c.any.flatMap(leavesOf);
  if ('not' in c) return [undefined];
  return [c];
}
