import type { CriterionResult, GradeResult } from '../model/grade-result';
import type { Language } from '../text/localized-text';
import { nextGradeLead } from './next-grade-lead';
import { contributionText, scoreText } from './score-text';

const MARK: Record<CriterionResult['status'], string> = {
  passed: '✓',
  failed: '✗',
  'not-applicable': '–',
  missing: '?',
};

/**
 * One record's explanation as readable text: the grade, every requirement
 * with its result, and what would lift the record to the next grade.
 */
export function formatExplanation(
  result: GradeResult,
  lang: Language,
  options: { showNotApplicable?: boolean } = {},
): string {
  const zh = lang === 'zh';
  // Chinese names the grade by its label, with full-width punctuation: "等级：2级".
  const colon = zh ? '：' : ': ';
  const lines: string[] = [];
  if (result.grade !== null)
    lines.push(zh ? `等级：${result.label!.zh}` : `Grade: ${result.grade} (${result.label!.en})`);
  else lines.push(`${zh ? '不分级' : 'Not graded'}${colon}${result.notGradedReason?.message[lang] ?? ''}`);
  if (result.errors) {
    for (const e of result.errors)
      lines.push(`  ✗ ${e.field || (zh ? '记录' : 'record')}${colon}${e.message[lang]}`);
    return lines.join('\n');
  }
  if (result.scores) {
    const s = result.scores;
    lines.push(`${zh ? '总分' : 'Total score'}${colon}${scoreText(s.total)}`);
    for (const d of s.dimensions) {
      const holds = s.limitingDimension === d.id ? (zh ? '  ← 短板' : '  ← holds the grade down') : '';
      lines.push(`  ${d.label[lang]}${colon}${contributionText(d, s.dimensions)}${holds}`);
    }
  }
  for (const c of result.criteria) {
    if (c.status === 'not-applicable' && !options.showNotApplicable) continue;
    lines.push(`  ${MARK[c.status]} ${c.message[lang]}`);
  }
  if (result.nextGrade) {
    lines.push(nextGradeLead(result.nextGrade.label, lang).trimEnd());
    for (const b of result.nextGrade.blockers) lines.push(`  → ${b.message[lang]}`);
  }
  return lines.join('\n');
}
