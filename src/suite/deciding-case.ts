import type { CriterionResult, GradeResult } from '../model/grade-result';

/**
 * What a suite case states about its result: its grade (or why it is not graded), its exact list of failing
 * requirements, or the requirements standing before the next grade. A requirement's outcome turning the other
 * way is noticed only through what the case states.
 *
 * @example
 * const expects: CaseExpectation[] = ['grade', 'failing'];
 */
export type CaseExpectation = 'grade' | 'failing' | 'blockers';

/**
 * Whether one case decides one requirement's outcome: would the case fail if the requirement gave the other
 * answer (as it would with its limit moved past the case's value)?
 */
export interface CaseDecision {
  /** The case would notice: its grade changes, or it lists the failing requirements or blockers that change. */
  decides: boolean;
  /**
   * The other failed requirements that keep the grade where it is whichever way this one goes (a failed
   * scope requirement, or one of this requirement's grade or a grade below it); empty when the grade turns.
   */
  heldBy: string[];
  /** The grade would turn, but the case states no grade (nor list) that would notice it. */
  unchecked: boolean;
}

/**
 * Whether a case decides `criterion` (one of its result's criteria), by the grade rule: a record holds grade g
 * when it is in scope and meets every requirement of g and of every grade below (caps and gates are such
 * requirements). Turning the criterion changes the grade exactly when no other failed requirement holds it:
 * none in scope, none of its grade or below. A case that lists `failing` notices any turn; one that lists
 * `blockers`, a turn of a requirement of the next grade too.
 *
 * @param grades - the rule set's grades, lowest first
 * @param expects - what the case states; absent: its grade only
 */
export function caseDecision(
  result: Pick<GradeResult, 'criteria'>,
  criterion: CriterionResult,
  grades: readonly { id: string }[],
  expects: readonly CaseExpectation[] = ['grade'],
): CaseDecision {
  const rank = (c: CriterionResult) => (c.grade === null ? -1 : grades.findIndex((g) => g.id === c.grade));
  const own = rank(criterion);
  const heldBy: string[] = [];
  // The lowest grade another failed requirement holds the record below; -1 out of scope.
  let lowest = grades.length;
  for (const c of result.criteria) {
    if (c === criterion || c.passed !== false) continue;
    const r = rank(c);
    if (r <= own) heldBy.push(c.id);
    lowest = Math.min(lowest, r);
  }
  const turns = heldBy.length === 0;
  const noticed =
    expects.includes('failing') ||
    (turns && (expects.includes('grade') || expects.includes('blockers'))) ||
    (expects.includes('blockers') && own >= 0 && lowest === own);
  return { decides: noticed, heldBy: noticed ? [] : heldBy, unchecked: turns && !noticed };
}

/** What a case states about its result, for coverage (a suite case's grade or not-graded reason, failing list, blockers). */
export function expectationsOf(c: {
  grade?: unknown;
  notGradedReason?: unknown;
  failing?: unknown;
  blockers?: unknown;
}): CaseExpectation[] {
  const out: CaseExpectation[] = [];
  if (c.grade !== undefined || c.notGradedReason !== undefined) out.push('grade');
  if (c.failing !== undefined) out.push('failing');
  if (c.blockers !== undefined) out.push('blockers');
  return out;
}
