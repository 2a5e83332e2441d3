import type { Language } from './localized-text';
import { setLimitProse, writtenSetValues } from './set-limit-prose';

/**
 * A boolean as a reader sees it: 是/否 in Chinese prose, `true`/`false` in
 * English (JSON results keep the boolean itself).
 *
 * @example
 * booleanText(true, 'zh'); // '是'
 */
export function booleanText(value: boolean, lang: Language): string {
  return lang === 'zh' ? (value ? '是' : '否') : String(value);
}

/**
 * A limit's text in Chinese prose: a boolean limit (`= true`) says 是/否
 * (`= 是`); any other limit is left as the rule file prints it.
 *
 * @example
 * limitTextZh({ value: true, text: '= true' }); // '= 是'
 */
export function limitTextZh(limit: { value: unknown; text: string }): string {
  return typeof limit.value === 'boolean'
    ? limit.text.replace(/\b(true|false)\b/g, (b) => (b === 'true' ? '是' : '否'))
    : limit.text;
}

/**
 * A boolean requirement in words, where `= 否` would read as "satisfied: no":
 * `要求为“否”` / `required: false` for `= false` (and `≠ true`); `undefined` for
 * any other limit, which is printed as the rule file writes it.
 *
 * @example
 * booleanRequirement({ operator: '=', value: false }, 'zh'); // '要求为“否”'
 */
export function booleanRequirement(
  limit: { operator: string; value: unknown },
  lang: Language,
): string | undefined {
  if (typeof limit.value !== 'boolean' || (limit.operator !== '=' && limit.operator !== '!='))
    return undefined;
  const required = limit.operator === '=' ? limit.value : !limit.value;
  // English shows the value as true/false (booleanText): the requirement in the same words (newcomer-22 finding 10).
  return lang === 'zh' ? `要求为“${required ? '是' : '否'}”` : `required: ${required}`;
}

/**
 * A limit as prose prints it: a boolean requirement in words ({@link booleanRequirement}),
 * a set in words ({@link setLimitProse}: `属于 1、2、3 之一`), else in Chinese with 是/否
 * ({@link limitTextZh}), else as the rule file writes it.
 *
 * @example
 * limitProse({ operator: '>=', value: 4.5, text: '≥ 4.50' }, 'en'); // '≥ 4.50'
 * limitProse({ operator: 'in', value: [1, 2], text: '∈ {1, 2}' }, 'zh'); // '属于 1、2 之一'
 */
export function limitProse(
  limit: { operator: string; value: unknown; text: string },
  lang: Language,
): string {
  if ((limit.operator === 'in' || limit.operator === 'not in') && Array.isArray(limit.value))
    return setLimitProse(limit.operator, writtenSetValues(limit), lang);
  return booleanRequirement(limit, lang) ?? (lang === 'zh' ? limitTextZh(limit) : limit.text);
}
