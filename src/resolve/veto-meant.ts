import { type LocalizedText, localized } from '../text/localized-text';

// Words for "no grade at all" a rule author writes after `cap:` (or `grade:`) when a requirement is a veto: the
// standard's 不合格 or 一票否决, not one of the rule set's grades. Compared trimmed, in lower case.
const VETO_WORDS = new Set([
  '不合格',
  '不合格品',
  '不及格',
  '否决',
  '一票否决',
  '否决项',
  '不分级',
  '不予分级',
  '不评级',
  '不定级',
  '无等级',
  '无',
  '拒收',
  '判废',
  '废品',
  '等外品',
  'fail',
  'failed',
  'failure',
  'reject',
  'rejected',
  'veto',
  'none',
  'no grade',
  'not graded',
  'not-graded',
  'ungraded',
  'nonconforming',
  'non-conforming',
]);

/**
 * The message for `cap:` (or `grade:`) naming no grade but a word for "no grade at all" (`cap: 不合格`,
 * `cap: veto`): a cap holds a record at a grade of the rule set, while a record that fails a veto item gets none,
 * which is `gate: true`. The message gives that line and, after `cap:`, the cap at the lowest grade, the other
 * reading; after `grade:`, that a requirement without `grade` is the lowest grade's. `undefined` for any other name.
 *
 * @param key - the key the word was written after
 * @param grades - the rule set's grade ids, lowest first
 * @example
 * vetoMeant('不合格', 'cap', ['qualified', 'superior'])?.en
 * // 'unknown grade "不合格": "cap" names a grade of this rule set (qualified, superior), the highest a record failing …'
 */
export function vetoMeant(
  written: string,
  key: 'cap' | 'grade',
  grades: readonly string[],
): LocalizedText | undefined {
  if (!VETO_WORDS.has(written.trim().toLowerCase())) return undefined;
  const lowest = grades[0]!;
  const list = localized(grades.join('、'), grades.join(', '));
  if (key === 'grade')
    return localized(
      `未知等级“${written}”：“grade”写本规则集的一个等级（${list.zh}），即此要求所属的等级。不满足就不分级的要求，请删去“grade: ${written}”：不写“grade”的要求属于最低等级“${lowest}”，不满足的记录不分级；一票否决项请写“gate: true”`,
      `unknown grade "${written}": "grade" names a grade of this rule set (${list.en}), the one this requirement belongs to. For a requirement a record must meet to get any grade, delete "grade: ${written}": a requirement without "grade" belongs to the lowest grade, "${lowest}", and a record failing it gets no grade; for a veto item (一票否决), write "gate: true"`,
    );
  return localized(
    `未知等级“${written}”：“cap”写本规则集的一个等级（${list.zh}），即不满足此要求的记录最高能得的等级。不满足就不分级的要求（一票否决项）请写“gate: true”代替“cap: ${written}”；若不满足时记录仍可评为最低等级，请写“cap: ${lowest}”`,
    `unknown grade "${written}": "cap" names a grade of this rule set (${list.en}), the highest a record failing this requirement can get. A requirement whose failure leaves the record with no grade at all (a veto item, 一票否决) is written "gate: true" in place of "cap: ${written}"; if a record failing it may still get the lowest grade, write "cap: ${lowest}"`,
  );
}
