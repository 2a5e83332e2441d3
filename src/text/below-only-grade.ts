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
