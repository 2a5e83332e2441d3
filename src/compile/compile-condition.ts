import { jreOperator } from '../model/operators';
import type { ConditionModel } from '../model/rule-set-model';

/** A compiled condition over a record's values by slot. */
export type CompiledCondition = (values: readonly unknown[]) => boolean;

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
  const info = jreOperator(c.operator);
  // Loading refuses any other operator; never fall through to Object.prototype's members.
  if (!info) throw new TypeError(`unknown operator "${String(c.operator)}"`);
  const op = info.holds;
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
