import type { CheckOutcome } from '../compile/check-outcome';
import type { RecordFacts } from '../compile/record-facts';

/**
 * Runs a rule set's compiled checks for one record. Two runners stand behind
 * this: the compiled closures (synchronous, the default) and
 * json-rules-engine. Both read values and limits through the same compiled
 * checks and give outcomes of the same shape, so the explanation cannot tell
 * them apart.
 */
export interface CheckRunner {
  /** One outcome per check, in the rule set's check order (scope first). */
  run(facts: RecordFacts): CheckOutcome[] | Promise<CheckOutcome[]>;
}
