import type { Language } from './localized-text';

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
