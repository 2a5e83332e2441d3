import { shownValue } from '../compile/shown-value';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { parseRoundingInterval } from '../rounding/gbt8170';
import type { Language } from '../text/localized-text';

// Computed values (a score of 63.3333333333333) are shortened to this in one-line summaries.
const SHORT = parseRoundingInterval('0.0001')!;

/** A criterion in a few words: `apf@1 4.62 (≥ 5.00)`. */
export function shortCriterion(c: CriterionResult): string {
  const long = typeof c.value === 'number' && /\.\d{5}/.test(String(c.value));
  const shown = long ? shownValue(c.value as number, SHORT, c.limit, c.passed) : String(c.value);
  const value =
    c.value === null
      ? ''
      : ` ${shown}${c.rounded !== undefined && c.rounded !== c.value ? `→${c.rounded}` : ''}`;
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
