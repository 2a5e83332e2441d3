import type { OutcomeCounter } from '../batch/outcome-counter';
import type { Language, LocalizedText } from '../text/localized-text';
import { countText } from '../text/number-text';

/** Why groups are not graded, in the closing line, in the order listed; invalid ones are said last. */
const REASONS: readonly [string, LocalizedText][] = [
  ['below-lowest-grade', { zh: '未达最低等级', en: 'below the lowest grade' }],
  ['out-of-scope', { zh: '超出适用范围', en: 'out of scope' }],
  ['gate-failed', { zh: '否决项不合格', en: 'veto item failed' }],
  ['mixed-values', { zh: '不是同一产品', en: 'not one product' }],
  ['record-not-graded', { zh: '有记录不分级', en: 'a record not graded' }],
];

/**
 * `grade --group-by`'s closing line: the groups per grade (highest first, those reached), then those not graded
 * by reason and those with an invalid record, adding up to every group. Under a rule set of one grade the
 * groups below it are 不合格 / nonconforming beside the conforming ones, not a part of "not graded": the line
 * gave graded and not graded only, and a nonconforming lot read as one left out (committee-40 M6).
 *
 * @param lots - the groups, counted by grade, reason and invalid
 * @param grades - the rule set's ladder, lowest first
 * @example
 * groupsClosingLine(lots, ruleSet.grades, 'en');
 * // '5 groups: conforming 2, nonconforming 1; not graded 2 (out of scope 1, with invalid records 1)'
 */
export function groupsClosingLine(
  lots: OutcomeCounter,
  grades: readonly { id: string; label: LocalizedText }[],
  lang: Language,
): string {
  const zh = lang === 'zh';
  const n = countText;
  const one = grades.length === 1;
  const failed = lots.notGraded.get('below-lowest-grade') ?? 0;
  const reached = [...grades]
    .reverse()
    .filter((g) => (lots.graded.get(g.id) ?? 0) > 0)
    .map((g) => `${one ? (zh ? '合格' : 'conforming') : g.label[lang]} ${n(lots.graded.get(g.id) ?? 0)}`);
  // Pass/fail: nonconforming beside conforming, 0 included, as the records' summary gives it (committee-39 M4).
  const verdicts = one
    ? [
        `${zh ? '合格' : 'conforming'} ${n(lots.graded.get(grades[0]!.id) ?? 0)}`,
        `${zh ? '不合格' : 'nonconforming'} ${n(failed)}`,
      ]
    : reached;
  const why = REASONS.filter(([code]) => !(one && code === 'below-lowest-grade'))
    .filter(([code]) => (lots.notGraded.get(code) ?? 0) > 0)
    .map(([code, word]) => `${word[lang]} ${n(lots.notGraded.get(code) ?? 0)}`);
  // A reason not listed above (none today) is still counted, so that the parts add up.
  for (const [code, count] of lots.notGraded)
    if (!REASONS.some(([c]) => c === code)) why.push(`${code} ${n(count)}`);
  const notGraded = lots.total - [...lots.graded.values()].reduce((s, x) => s + x, 0) - (one ? failed : 0);
  const total = lots.total;
  if (zh) {
    const split = [...why, `含无效记录 ${n(lots.invalid)}`].join('，');
    return `${n(total)} 组：${verdicts.join('，') || '无分级'}；不分级 ${n(notGraded)} 组（${split}）`;
  }
  const split = [...why, `with invalid records ${n(lots.invalid)}`].join(', ');
  return `${n(total)} group${total === 1 ? '' : 's'}: ${verdicts.join(', ') || 'none graded'}; not graded ${n(notGraded)} (${split})`;
}
