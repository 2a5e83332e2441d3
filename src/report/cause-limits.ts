import type { CriterionResult } from '../model/grade-result';
import { limitProse } from '../text/boolean-text';
import type { Language, LocalizedText } from '../text/localized-text';

const MARK: Record<CriterionResult['status'], string> = {
  passed: '✓',
  failed: '✗',
  missing: '?',
  'not-applicable': '–',
};

const WORDS = {
  notApplicable: { zh: '不适用', en: 'not applicable' },
  notInRuleSet: { zh: '无此要求', en: 'no such criterion' },
} as const satisfies Record<string, LocalizedText>;

/**
 * A requirement that moved a record, as one line of plain text: its name,
 * the measured value, and its limit and outcome under A and under B
 * (`28 天抗压强度（特优品）：48.4，A ≥ 48.0 MPa ✓ → B ≥ 49.0 MPa ✗`), as the
 * HTML compare report shows it, for the workbook's changed records.
 *
 * @param name - the requirement's name for people (see `criterionNames`)
 * @example
 * causeLimitsLine('28 天抗压强度（特优品）', underA, underB, 'zh');
 */
export function causeLimitsLine(
  name: string,
  a: CriterionResult | undefined,
  b: CriterionResult | undefined,
  lang: Language,
): string {
  const value = a?.value ?? b?.value ?? null;
  const side = (c: CriterionResult | undefined) =>
    c
      ? `${c.limit ? limitProse(c.limit, lang) : WORDS.notApplicable[lang]} ${MARK[c.status]}`
      : WORDS.notInRuleSet[lang];
  const shown = value === null ? '?' : String(value);
  return lang === 'zh'
    ? `${name}：${shown}，A ${side(a)} → B ${side(b)}`
    : `${name}: ${shown}, A ${side(a)} → B ${side(b)}`;
}
