import type { CheckModel, Operand } from '../model/rule-set-model';

/**
 * The operands a check's limit is read from, which may be table cells or
 * formulas: a comparison's right-hand side, or a tolerance's nominal value
 * and deviations. None for a range, a membership or a condition.
 */
export function limitOperands(check: CheckModel): Operand[] {
  const test = check.test;
  if (test.kind === 'compare') return [test.operand];
  if (test.kind === 'tolerance') return [test.nominal, test.plus, test.minus];
  return [];
}
