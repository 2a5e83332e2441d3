import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { reasonCodeZh } from '../text/not-graded-reason-name';

/**
 * What a case found different from what it expects, each line in both
 * languages: shared by record cases and group cases.
 */

/** One side of a grade that differed: the grade, or none and why (a `notGradedReason` code, when known). */
export interface GradeSide {
  grade: string | null;
  reason?: string | undefined;
}

/**
 * The grade differed: `grade: expected "2", got "1"`, with the reason it was
 * not graded, if any. The Chinese names each grade by its label
 * (`等级：预期“三星”，实际“二星”`), as every Chinese sentence does. Under a
 * rule set of one grade (pass/fail), no grade for being below it is
 * nonconforming / 不合格, as `grade` and `compare` name it
 * (`expected "conforming", got nonconforming`): "got not graded" read as not
 * assessed (committee-39 M4).
 *
 * @param zhLabel - a grade's Chinese label by id; the id when it gives none
 * @param oneGrade - whether the rule set has one grade
 */
export function gradeProblem(
  expected: GradeSide,
  got: GradeSide,
  why: LocalizedText | undefined,
  zhLabel: (id: string) => string | undefined = () => undefined,
  oneGrade = false,
): LocalizedText {
  const shown = (side: GradeSide, lang: Language) =>
    oneGrade && side.grade === null && side.reason === 'below-lowest-grade'
      ? NONCONFORMING[lang]
      : show(side.grade === null || lang === 'en' ? side.grade : (zhLabel(side.grade) ?? side.grade), lang);
  return localized(
    `等级：预期${shown(expected, 'zh')}，实际${shown(got, 'zh')}${why ? `（${why.zh}）` : ''}`,
    `grade: expected ${shown(expected, 'en')}, got ${shown(got, 'en')}${why ? ` (${why.en})` : ''}`,
  );
}

/** Below a rule set's only grade: the verdict's word, as the compare matrix names it. */
const NONCONFORMING = localized('不合格', 'nonconforming');

/**
 * The failing requirements differed, or `undefined` when they are the ones
 * expected. An expected one that was not applicable to the record (its
 * `when` does not hold, a `~` cell) is said to be so, not "met"
 * (newcomer-22 finding 9): the author then looks at the `when`, not the value.
 *
 * @param notApplicable - the ids of the requirements not applicable to the record
 */
export function failingProblem(
  expected: readonly string[],
  actual: readonly string[],
  notApplicable: readonly string[] = [],
): LocalizedText | undefined {
  return setProblem(expected, actual, FAILING, notApplicable);
}

/** The requirements between the record and the next grade differed, or `undefined` when they are the ones expected. */
export function blockersProblem(
  expected: readonly string[],
  actual: readonly string[],
): LocalizedText | undefined {
  return setProblem(expected, actual, BLOCKERS);
}

/** How a set of requirement ids is named in a case's problem: the key, then the ids missing and extra. */
interface SetWords {
  zh: [key: string, missing: string, extra: string];
  en: [key: string, missing: string, extra: string];
}

const FAILING: SetWords = {
  zh: ['不合格要求', '预期不合格而实际满足', '另有不合格'],
  en: ['failing', 'did not fail', 'also failed'],
};

const BLOCKERS: SetWords = {
  zh: ['妨碍升级的要求', '预期妨碍升级而实际没有', '另有妨碍升级'],
  en: ['blockers', 'did not hold it back', 'also held it back'],
};

/**
 * An exact set of requirement ids differed: both lists, then what is missing
 * (those not applicable to the record apart, said so) and what is extra.
 */
function setProblem(
  expected: readonly string[],
  actual: readonly string[],
  words: SetWords,
  notApplicable: readonly string[] = [],
): LocalizedText | undefined {
  const absent = expected.filter((id) => !actual.includes(id));
  const extra = actual.filter((id) => !expected.includes(id));
  if (absent.length === 0 && extra.length === 0) return undefined;
  const missing = absent.filter((id) => !notApplicable.includes(id));
  const skipped = absent.filter((id) => notApplicable.includes(id));
  const [zhKey, zhMissing, zhExtra] = words.zh;
  const [enKey, enMissing, enExtra] = words.en;
  return localized(
    `${zhKey}：预期 [${expected.join('、')}]，实际 [${actual.join('、')}]` +
      (missing.length ? `；${zhMissing}：${missing.join('、')}` : '') +
      (skipped.length ? `；${NOT_APPLICABLE.zh}：${skipped.join('、')}` : '') +
      (extra.length ? `；${zhExtra}：${extra.join('、')}` : ''),
    `${enKey}: expected [${expected.join(', ')}], got [${actual.join(', ')}]` +
      (missing.length ? `; ${enMissing}: ${missing.join(', ')}` : '') +
      (skipped.length ? `; ${NOT_APPLICABLE.en}: ${skipped.join(', ')}` : '') +
      (extra.length ? `; ${enExtra}: ${extra.join(', ')}` : ''),
  );
}

// An expected failure the record's requirement did not apply to (its `when` does not hold).
const NOT_APPLICABLE = localized('预期不合格而实际不适用', 'not applicable to the record');

/**
 * A case lists the requirements it expects to fail (or to hold the record
 * back) but the record is invalid: no requirement was evaluated, so the lists
 * were not compared — "expected to fail, but met" would be untrue. Names
 * which lists (`keys`: `failing`, `blockers`) and why the record is invalid.
 *
 * @example
 * invalidRecordProblem(['failing'], result.errors!).zh;
 * // '不合格要求未比较：记录无效，未评定任何要求（缺少氯离子 Cl⁻）'
 */
export function invalidRecordProblem(
  keys: readonly ('failing' | 'blockers')[],
  errors: readonly { message: LocalizedText }[],
): LocalizedText {
  const words = { failing: FAILING, blockers: BLOCKERS };
  const zhKeys = keys.map((k) => words[k].zh[0]).join('、');
  const enKeys = keys.map((k) => words[k].en[0]).join(', ');
  const zhWhy = errors.map((e) => e.message.zh).join('；');
  const enWhy = errors.map((e) => e.message.en).join('; ');
  return localized(
    `${zhKeys}未比较：记录无效，未评定任何要求（${zhWhy}）`,
    `${enKeys} not compared: the record is not valid, no requirement was evaluated (${enWhy})`,
  );
}

/**
 * The reason for not grading differed. The Chinese names each code after it
 * (`预期 below-lowest-grade（未达最低等级），实际 invalid-record（记录无效）`):
 * the code is what the suite writes, the name what a zh reader reads. `why`,
 * the actual reason's message, says what made it so (the field and the value
 * of an invalid record, newcomer-35 M4); leave it out where the grade's line
 * already says it.
 *
 * @example
 * reasonProblem('gate-failed', 'invalid-record', result.notGradedReason?.message).zh;
 * // '不分级原因：预期 gate-failed（否决项不合格），实际 invalid-record（记录无效）；记录无效：近三年发生重大质量事故应为是或否…'
 */
export function reasonProblem(expected: string, got: string | undefined, why?: LocalizedText): LocalizedText {
  return localized(
    `不分级原因：预期 ${reasonCodeZh(expected)}，实际 ${got === undefined ? '无（已分级）' : reasonCodeZh(got)}` +
      (why ? `；${why.zh}` : ''),
    `notGradedReason: expected ${expected}, got ${got ?? 'none (graded)'}${why ? `; ${why.en}` : ''}`,
  );
}

function show(grade: string | null, lang: Language): string {
  if (grade === null) return lang === 'zh' ? '不分级' : 'not graded';
  return lang === 'zh' ? `“${grade}”` : `"${grade}"`;
}
