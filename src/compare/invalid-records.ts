import type { GradeResult } from '../model/grade-result';
import type { LocalizedText } from '../text/localized-text';

/**
 * Under which rule set a record is invalid: A only, B only, or both.
 *
 * @example
 * const onlyUnderB = comparison.invalid.filter((r) => r.under === ('b' satisfies InvalidUnder));
 */
export type InvalidUnder = 'a' | 'b' | 'both';

/**
 * A record that cannot be graded under A, under B or both (the two rule sets
 * may declare different indicators or ranges), with the first reason, worded
 * as `qgrade grade` words it.
 *
 * @example
 * for (const r of comparison.invalid) console.log(`row ${r.row}: invalid under ${r.under}: ${r.reason.en}`);
 */
export interface InvalidRecord {
  /** 1-based position of the record in the input. */
  row: number;
  /** The input's kept columns for the record (its sample id), when the input has them. */
  kept?: Record<string, string>;
  /** The rule set (or both) under which it is invalid. */
  under: InvalidUnder;
  /**
   * The first problem: under A when it is invalid under A, else under B; invalid under both for different reasons,
   * each side's, `A: … ; B: …` (the two rule sets may not share the indicator A's reason names).
   */
  reason: LocalizedText;
}

/**
 * Whether a result is of an invalid record. A null grade without a reason can
 * only be one, as the compare tally counts it.
 *
 * @example
 * isInvalidResult(grader.gradeSync({})); // true when the rule set requires an indicator
 */
export function isInvalidResult(r: GradeResult): boolean {
  if (r.errors !== undefined) return true;
  if (r.grade !== null) return false;
  const code = r.notGradedReason?.code;
  return code === undefined || code === 'invalid-record';
}

/**
 * The record as an {@link InvalidRecord} when it is invalid under A or B;
 * `undefined` when valid under both (the common case costs two checks).
 *
 * @example
 * invalidRecord(oldGrader.gradeSync(record), newGrader.gradeSync(record), 3);
 * // { row: 3, under: 'b', reason: { zh: '缺少 …', en: 'missing …' } }
 */
export function invalidRecord(a: GradeResult, b: GradeResult, row: number): InvalidRecord | undefined {
  const inA = isInvalidResult(a);
  const inB = isInvalidResult(b);
  if (!inA && !inB) return undefined;
  const under: InvalidUnder = inA && inB ? 'both' : inA ? 'a' : 'b';
  const reason = inA && inB ? bothReasons(firstReason(a), firstReason(b)) : firstReason(inA ? a : b);
  const kept = a.kept ?? b.kept;
  return kept ? { row, kept, under, reason } : { row, under, reason };
}

function firstReason(r: GradeResult): LocalizedText {
  const { zh, en } = r.errors?.[0]?.message ??
    r.notGradedReason?.message ?? { zh: '记录无效', en: 'invalid record' };
  return { zh, en };
}

/**
 * A record invalid under both rule sets: A's reason, and B's when it is another (hostile-44: "invalid under A and B:
 * luminousEfficacy is missing" where B, a rule set for air conditioners, has no such indicator and missed unitType).
 */
function bothReasons(a: LocalizedText, b: LocalizedText): LocalizedText {
  if (a.en === b.en && a.zh === b.zh) return a;
  return { zh: `A：${a.zh}；B：${b.zh}`, en: `A: ${a.en}; B: ${b.en}` };
}
