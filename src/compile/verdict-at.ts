import type { CompiledCheck } from './compile-check';
import type { RecordFacts } from './record-facts';

/**
 * A check's verdict with the value at `slot` put at `value`, the facts put back after: what a value written as an
 * interval or a bound would give at one of its points, with no read of the record of its own.
 */
export function verdictAt(check: CompiledCheck, facts: RecordFacts, slot: number, value: number): unknown {
  const values = facts.values;
  const kept = values[slot];
  values[slot] = value;
  try {
    return check.verdict(facts);
  } finally {
    values[slot] = kept;
  }
}
