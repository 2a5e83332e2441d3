import type { GroupResult } from '../model/group-result';
import { heldBelowLowest } from './grade-group';

/**
 * Why a group has no grade, as a tally of groups (`--group-by` with `--tally-by`) counts it: the reason the
 * groups' migration matrix splits it by — `below-lowest-grade` for a lot below the lowest grade, by its
 * statistics or held there by its specimens (a failing lot, not a data problem: committee-37 M3),
 * `out-of-scope`, `mixed-values`, `invalid-record`, else `record-not-graded`; `undefined` for a graded group.
 *
 * @example
 * groupTallyReason(lot); // 'below-lowest-grade' for a lot whose specimen C0004 fails 28 天抗压强度 ≥ 53.5 MPa
 */
export function groupTallyReason(g: GroupResult): string | undefined {
  if (g.grade !== null) return undefined;
  const code = g.notGradedReason?.code ?? 'below-lowest-grade';
  return code === 'record-not-graded' && heldBelowLowest(g) ? 'below-lowest-grade' : code;
}
