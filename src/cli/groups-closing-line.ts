import type { OutcomeCounter } from '../batch/outcome-counter';
import { GROUP_NOT_GRADED_REASONS } from '../report/group-not-graded-reasons';
import type { Language, LocalizedText } from '../text/localized-text';
import { countText } from '../text/number-text';

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
  const why = GROUP_NOT_GRADED_REASONS.filter(([code]) => !(one && code === 'below-lowest-grade'))
    .filter(([code]) => (lots.notGraded.get(code) ?? 0) > 0)
    .map(([code, word]) => `${word[lang]} ${n(lots.notGraded.get(code) ?? 0)}`);
  // A reason not listed above (none today) is still counted, so that the parts add up.
  for (const [code, count] of lots.notGraded)
    if (!GROUP_NOT_GRADED_REASONS.some(([c]) => c === code)) why.push(`${code} ${n(count)}`);
  const notGraded = lots.total - [...lots.graded.values()].reduce((s, x) => s + x, 0) - (one ? failed : 0);
  const total = lots.total;
  if (zh) {
    const split = [...why, `含无效记录 ${n(lots.invalid)}`].join('，');
    return `${n(total)} 组：${verdicts.join('，') || '无分级'}；不分级 ${n(notGraded)} 组（${split}）`;
  }
  const split = [...why, `with invalid records ${n(lots.invalid)}`].join(', ');
  return `${n(total)} group${total === 1 ? '' : 's'}: ${verdicts.join(', ') || 'none graded'}; not graded ${n(notGraded)} (${split})`;
}
