import { bandContains } from '../model/band';
import type { NumberTestModel } from '../model/group-model';
import { COMPARE_OPERATORS } from '../model/operators';

/** Whether a number meets a requirement with a literal limit (full-value comparison, GB/T 8170). */
export function numberTestHolds(test: NumberTestModel, value: number): boolean {
  switch (test.kind) {
    case 'compare':
      return COMPARE_OPERATORS[test.operator].holds(value, test.literal.value);
    case 'range':
      return bandContains(test.band, value);
    case 'member':
      return test.values.some((v) => v.value === value) !== test.negate;
  }
}
