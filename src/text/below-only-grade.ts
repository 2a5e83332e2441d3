import type { LocalizedText } from './localized-text';

/**
 * Why a record has no grade under a rule set of one grade (a conformity
 * standard: 合格 only), as summaries and reports name it: `未达到合格` /
 * `does not reach Conforming`, where "below the lowest grade" (未达最低等级)
 * reads as though there were others (committee-22 F10). `undefined` for a
 * ladder of several grades: the usual words stand.
 *
 * @param capital - English starting with a capital, for a table's cell
 * @example
 * belowOnlyGrade([{ label: { zh: '合格', en: 'Conforming' } }])?.zh; // '未达到合格'
 */
export function belowOnlyGrade(
  grades: readonly { label: LocalizedText }[],
  capital = false,
): LocalizedText | undefined {
  if (grades.length !== 1) return undefined;
  const { zh, en } = grades[0]!.label;
  return { zh: `未达到${zh}`, en: `${capital ? 'Does' : 'does'} not reach ${en}` };
}

/**
 * A not-graded reason's message opening for a record (or group) below the
 * lowest grade, `zh` and `en` after it: `未达到合格` for a one-grade rule set
 * ({@link belowOnlyGrade}), else `未达到最低等级（1级）` /
 * `does not reach the lowest grade (Grade 1)`.
 *
 * @example
 * belowText(grades, '：', ': ').zh; // '未达到最低等级（5级）：'
 */
export function belowText(
  grades: readonly { label: LocalizedText }[],
  zh: string,
  en: string,
): LocalizedText {
  const only = belowOnlyGrade(grades);
  const lowest = grades[0]!.label;
  return {
    zh: `${only?.zh ?? `未达到最低等级（${lowest.zh}）`}${zh}`,
    en: `${only?.en ?? `does not reach the lowest grade (${lowest.en})`}${en}`,
  };
}

/**
 * What a record is shown as where its grade would be (the table's grade
 * column, the HTML report's and the workbook's, explain's first line) when
 * it falls below the one grade of a conformity rule set: `不合格` /
 * `nonconforming` (`Nonconforming` with `capital`), as a certification
 * reviewer reads it, where "not graded" (不分级) reads as "not assessed"
 * (standards-26 M5). `undefined` for a ladder of several grades, and for a
 * record not graded for another reason (out of scope, a gate, invalid),
 * which keeps its wording. Display only: JSON keeps `grade: null`.
 *
 * @param code - the record's `notGradedReason.code`, if any
 * @example
 * nonconformingText('below-lowest-grade', [{ label: { zh: '合格', en: 'Conforming' } }])?.zh; // '不合格'
 */
export function nonconformingText(
  code: string | undefined,
  grades: readonly { label: LocalizedText }[] | undefined,
  capital = false,
): LocalizedText | undefined {
  if (code !== 'below-lowest-grade' || grades?.length !== 1) return undefined;
  return { zh: '不合格', en: capital ? 'Nonconforming' : 'nonconforming' };
}
