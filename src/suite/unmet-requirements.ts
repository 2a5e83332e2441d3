import type { CriterionResult, GradeResult } from '../model/grade-result';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * The requirements that kept a record below the grade a case expects, for
 * the case's failure line (newcomer-26 F7): `预期“优质加工级”，实际“普通级”`
 * alone does not say which limit to look at. Named by id and label, with the
 * value and the limit: `bow-premium（弯曲度）0.15，要求 ≤ 0.1`. Those failed
 * between the grade reached and the one expected, and any failed gate or cap
 * (which hold a record down from below). None when the record was graded
 * higher than expected, or was invalid (its errors say why).
 *
 * @param order - the grade ids, lowest first
 * @returns the list, or undefined when there is none to give
 *
 * @example
 * unmetRequirements('premium', result, ['ordinary', 'premium'])?.zh;
 * // '未满足：bow-premium（弯曲度）0.15，要求 ≤ 0.1'
 */
export function unmetRequirements(
  expected: string | null,
  result: GradeResult,
  order: readonly string[],
): LocalizedText | undefined {
  if (expected === null || result.errors) return undefined;
  const want = order.indexOf(expected);
  const got = result.grade === null ? -1 : order.indexOf(result.grade);
  if (want <= got) return undefined;
  const unmet = result.criteria.filter((c) => {
    if (c.passed !== false || c.effect === 'scope') return false;
    if (c.effect === 'gate' || c.effect === 'cap') return true;
    const at = c.grade === null ? -1 : order.indexOf(c.grade);
    return at > got && at <= want;
  });
  if (unmet.length === 0) return undefined;
  return localized(
    `未满足：${unmet.map((c) => item(c, 'zh')).join('；')}`,
    `not met: ${unmet.map((c) => item(c, 'en')).join('; ')}`,
  );
}

function item(c: CriterionResult, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const name = zh ? `${c.id}（${c.label.zh}）` : `${c.id} (${c.label.en})`;
  if (c.unavailable)
    return zh ? `${name}：此记录没有该等级` : `${name}: the grade does not exist for this record`;
  const value = c.value === null ? (zh ? '无值' : 'no value') : String(c.value);
  const limit = c.limit ? (zh ? `，要求 ${c.limit.text}` : `, limit ${c.limit.text}`) : '';
  return `${name}${zh ? '' : ' '}${value}${limit}`;
}
