import type { CompiledCheck } from '../compile/compile-check';
import type { CheckOutcome } from './check-outcome';
import type { RecordFacts } from './record-facts';

/**
 * Evaluates every check with the compiled closures: the same readings as the
 * json-rules-engine path, compared without a promise per condition.
 */
export function evaluateCompiled(checks: readonly CompiledCheck[], facts: RecordFacts): CheckOutcome[] {
  const out = new Array<CheckOutcome>(checks.length);
  const values = facts.values;
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i]!;
    if (check.when && !check.when(values)) {
      out[i] = { status: 'not-applicable' };
      continue;
    }
    if (check.condition) {
      out[i] = { status: check.condition(values) ? 'passed' : 'failed' };
      continue;
    }
    const reading = check.read(facts);
    if (reading.state !== 'ready') {
      out[i] = { status: reading.state === 'missing' ? 'missing' : 'not-applicable', reading };
      continue;
    }
    out[i] = { status: check.test(reading.compared, reading.limit!) ? 'passed' : 'failed', reading };
  }
  return out;
}
