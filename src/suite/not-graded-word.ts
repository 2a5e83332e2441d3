import { type LocalizedText, localized } from '../text/localized-text';

// What the grade column prints for a record with no grade (不分级, 无效, "not graded", "invalid"), and words like them.
const NOT_GRADED = new Set([
  '不分级',
  '未分级',
  '无等级',
  '不评级',
  'not graded',
  'ungraded',
  'none',
  'null',
]);
const INVALID = new Set(['无效', '无效记录', 'invalid', 'invalid record']);

/**
 * A case's `grade:` written as the word the grade table prints for a record
 * with none (`grade: 不分级`, `grade: 无效`): a suite writes `grade: null` and
 * the reason. newcomer-45 copied 不分级 from `qgrade grade`'s table and was told
 * only the grades there are.
 *
 * @param written - the grade as the case writes it
 * @returns what to write instead, or `undefined` when it is no such word
 * @example
 * notGradedWord('无效')?.en // '; a record that is not graded has grade: null, with notGradedReason: invalid-record'
 */
export function notGradedWord(written: string): LocalizedText | undefined {
  const word = written.trim().toLowerCase();
  if (INVALID.has(word))
    return localized(
      '；不分级的记录写 grade: null，并写 notGradedReason: invalid-record（无效记录）',
      '; a record that is not graded has grade: null, with notGradedReason: invalid-record',
    );
  if (!NOT_GRADED.has(word)) return undefined;
  return localized(
    '；不分级的记录写 grade: null，并用 notGradedReason 写明原因：below-lowest-grade（未达最低等级）、out-of-scope（超出适用范围）、gate-failed（否决项不合格）或 invalid-record（无效记录）',
    '; a record that is not graded has grade: null, with its notGradedReason: below-lowest-grade, out-of-scope, gate-failed or invalid-record',
  );
}
