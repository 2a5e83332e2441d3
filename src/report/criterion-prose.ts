import { shownDigitsOf } from '../compile/shown-value';
import { labelledLimitText, valueLabelText } from '../compile/value-label-text';
import type { CriterionResult } from '../model/grade-result';
import { limitProse } from '../text/boolean-text';
import type { Language } from '../text/localized-text';

/**
 * A requirement's limit as prose prints it, as its explanation does: an enum
 * value by its label in `lang` (`≠ 整体式`, `属于 分体式、整体式 之一`), a boolean
 * requirement in words, else as the rule file writes it ({@link limitProse}).
 * The labels are the ones noted when the rule set compiled; a result read
 * from elsewhere has none and shows the codes.
 *
 * @example
 * criterionLimitText(result.criteria[0], 'zh'); // '≠ 整体式'
 */
export function criterionLimitText(
  c: Pick<CriterionResult, 'label'> & { limit: NonNullable<CriterionResult['limit']> },
  lang: Language,
): string {
  const labels = shownDigitsOf(c.label)?.valueLabels;
  return (labels && labelledLimitText(c.limit, labels, lang)) ?? limitProse(c.limit, lang);
}

/**
 * The label in `lang` of a value `c`'s requirement tests (`热泵型` for
 * `heat-pump`), as its explanation shows it; `undefined` when its enum gives
 * the value none, or the result comes from elsewhere.
 *
 * @example
 * criterionValueLabel('window', result.criteria[0], 'en'); // 'Single-package'
 */
export function criterionValueLabel(
  value: unknown,
  c: Pick<CriterionResult, 'label'>,
  lang: Language,
): string | undefined {
  const labels = shownDigitsOf(c.label)?.valueLabels;
  return labels && valueLabelText(value, labels, lang);
}
