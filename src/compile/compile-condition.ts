import type { ConditionModel, JreOperator } from '../model/rule-set-model';

/** A compiled condition over a record's values by slot. */
export type CompiledCondition = (values: readonly unknown[]) => boolean;

function isNumeric(v: unknown): boolean {
  // json-rules-engine's own test for its numeric operators.
  return Number.parseFloat(v as string).toString() !== 'NaN';
}

/**
 * json-rules-engine's built-in operators with its exact semantics, so the
 * compiled path and the engine agree on every value (a property test holds
 * them to it).
 */
export const JRE_OPERATORS: Record<JreOperator, (a: unknown, b: unknown) => boolean> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.indexOf(a) > -1,
  notIn: (a, b) => Array.isArray(b) && b.indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

/** Compiles a condition to a closure; fact names become slots once, here. */
export function compileCondition(c: ConditionModel, slots: ReadonlyMap<string, number>): CompiledCondition {
  if ('all' in c) {
    const parts = c.all.map((p) => compileCondition(p, slots));
    return (v) => parts.every((p) => p(v));
  }
  if ('any' in c) {
    const parts = c.any.map((p) => compileCondition(p, slots));
    return (v) => parts.some((p) => p(v));
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, slots);
    return (v) => !inner(v);
  }
  const slot = slots.get(c.fact)!;
  const op = JRE_OPERATORS[c.operator];
  const ref =
    c.value && typeof c.value === 'object' && !Array.isArray(c.value)
      ? (c.value as { fact: string }).fact
      : undefined;
  if (ref !== undefined) {
    const other = slots.get(ref)!;
    return (v) => op(v[slot], v[other]);
  }
  const value = c.value;
  return (v) => op(v[slot], value);
}
