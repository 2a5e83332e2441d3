import type { Reading } from '../compile/compile-check';
import type { CriterionStatus } from '../explain/grade-result';

/** What evaluating one check gave, by either path (compiled closures or json-rules-engine). */
export interface CheckOutcome {
  status: CriterionStatus;
  /** The reading behind a compared value (absent for escape-hatch conditions and skipped checks). */
  reading?: Reading;
}
