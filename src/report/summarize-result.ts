import type { CriterionResult, GradeResult } from '../explain/grade-result';
import type { Language } from '../text/localized-text';

/** A criterion in a few words: `apf@1 4.62 (≥ 5.00)`. */
export function shortCriterion(c: CriterionResult): string {
  const value =
    c.value === null
      ? ''
      : ` ${String(c.value)}${c.rounded !== undefined && c.rounded !== c.value ? `→${c.rounded}` : ''}`;
  const specimen = c.specimen ? `#${c.specimen}` : '';
  const limit = c.limit ? ` (${c.limit.text})` : '';
  return `${c.id}${specimen}${value}${limit}`;
}

/**
 * What holds a record where it is, in one line: the blockers of the next
 * grade, or why it is not graded.
 */
export function holdsDown(result: GradeResult, lang: Language): string {
  if (result.errors) return result.errors.map((e) => e.message[lang]).join('; ');
  if (result.notGradedReason?.code === 'out-of-scope') {
    return `${lang === 'zh' ? '超出范围' : 'out of scope'}: ${result.criteria
      .filter((c) => c.effect === 'scope' && c.passed === false)
      .map(shortCriterion)
      .join(', ')}`;
  }
  if (!result.nextGrade) return '';
  const blockers = result.nextGrade.blockers.map(shortCriterion).join(', ');
  return `${lang === 'zh' ? '距' : 'for'} ${result.nextGrade.label[lang]}: ${blockers}`;
}
