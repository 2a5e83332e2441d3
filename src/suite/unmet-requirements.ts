import { intervalOf, shownValue, writtenDecimals } from '../compile/shown-value';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { CJK } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * The requirements that kept a record below the grade a case expects, for
 * the case's failure line (newcomer-26 F7): `预期“优质加工级”，实际“普通级”`
 * alone does not say which limit to look at. Named by id and label, with the
 * value and the limit, with the unit, the value to the digits the limit is
 * written with (newcomer-36 M11b): `hot-water@first-class（热水输出率）65.0 %，要求
 * ≥ 70.0 %`, not `65，要求 ≥ 70.0`. Those failed
 * between the grade reached and the one expected, and any failed gate or cap
 * (which hold a record down from below). None when the record was graded
 * higher than expected, or was invalid (its errors say why).
 *
 * @param order - the grade ids, lowest first
 * @param unitOf - the unit of the value a requirement judges, by requirement id
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
  unitOf: (criterion: string) => string | undefined = () => undefined,
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
    `未满足：${unmet.map((c) => item(c, 'zh', unitOf(c.id))).join('；')}`,
    `not met: ${unmet.map((c) => item(c, 'en', unitOf(c.id))).join('; ')}`,
  );
}

function item(c: CriterionResult, lang: 'zh' | 'en', unit: string | undefined): string {
  const zh = lang === 'zh';
  const name = zh ? `${c.id}（${c.label.zh}）` : `${c.id} (${c.label.en})`;
  if (c.unavailable)
    return zh ? `${name}：此记录没有该等级` : `${name}: the grade does not exist for this record`;
  const numeric = typeof c.value === 'number';
  // A unit after a number: spaced, but a Chinese one (套, 分) runs on.
  const after = numeric && unit ? (CJK.test(unit[0] ?? '') ? unit : ` ${unit}`) : '';
  const value = c.value === null ? (zh ? '无值' : 'no value') : `${shownText(c)}${after}`;
  const limit = c.limit ? (zh ? `，要求 ${c.limit.text}${after}` : `, limit ${c.limit.text}${after}`) : '';
  return `${name}${zh ? '' : ' '}${value}${limit}`;
}

/**
 * The value as written with a rounding mark, else a number to the digits its limit is written with (more
 * where fewer would read the other way: 64.96 against ≥ 65.0), else as it is.
 */
function shownText(c: CriterionResult): string {
  if (c.written) return c.written;
  if (typeof c.value !== 'number' || !c.limit) return String(c.value);
  const decimals = writtenDecimals(c.limit.text) ?? 0;
  return shownValue(c.value, intervalOf(decimals), c.limit, c.passed);
}
