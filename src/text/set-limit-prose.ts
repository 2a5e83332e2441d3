import type { Language } from './localized-text';

/**
 * A set limit (`in` / `not in`) in words, for prose: `属于 1、2、3 之一` /
 * `one of 1, 2, 3`, and `不属于 15、19 中任何一个` / `none of 15, 19`. The set
 * symbols `∈ {1, 2, 3}` mean little to a committee member (newcomer-27 M7);
 * a result's `limit.text` keeps them. `shown` are the values as the reader
 * sees them (their labels, or as the rule file writes them).
 *
 * @example
 * setLimitProse('in', ['1', '2', '3'], 'zh'); // '属于 1、2、3 之一'
 * setLimitProse('not in', ['15', '19'], 'en'); // 'none of 15, 19'
 */
export function setLimitProse(operator: 'in' | 'not in', shown: readonly string[], lang: Language): string {
  if (lang === 'zh') {
    const list = shown.join('、');
    return operator === 'in' ? `属于 ${list} 之一` : `不属于 ${list} 中任何一个`;
  }
  const list = shown.join(', ');
  return operator === 'in' ? `one of ${list}` : `none of ${list}`;
}

/**
 * The values of a set limit as its text writes them (`∈ {1.0, 2}` → `1.0`,
 * `2`), so that prose shows them as the rule file does; each value as
 * `String` writes it when the text does not split into as many.
 *
 * @example
 * writtenSetValues({ value: [1, 2], text: '∈ {1.0, 2}' }); // ['1.0', '2']
 */
export function writtenSetValues(limit: { value: unknown; text: string }): string[] {
  const values = Array.isArray(limit.value) ? limit.value : [];
  const open = limit.text.indexOf('{');
  const close = limit.text.lastIndexOf('}');
  if (open >= 0 && close > open) {
    const parts = limit.text.slice(open + 1, close).split(', ');
    if (parts.length === values.length) return parts;
  }
  return values.map((v) => String(v));
}

/**
 * A record's value against a set limit, as the rest of its sentence after
 * the value: `，属于 1、2、3 之一` / ` is one of 1, 2, 3` when met, `，不属于 1、2、3 之一` /
 * ` is not one of 1, 2, 3` when not (for `not in`: `，不属于 15、19 中任何一个` /
 * ` is none of 15, 19`, and `，属于不允许的 15、19 之一` / ` is one of the values not allowed: 15, 19`).
 * "不满足 属于 1、2、3 之一" read poorly to a committee (newcomer-27 M7).
 *
 * @example
 * setVerdictProse('in', ['1', '2', '3'], false, 'zh'); // '，不属于 1、2、3 之一'
 * setVerdictProse('in', ['1', '2', '3'], true, 'en'); // ' is one of 1, 2, 3'
 */
export function setVerdictProse(
  operator: 'in' | 'not in',
  shown: readonly string[],
  passed: boolean,
  lang: Language,
): string {
  const allowed = operator === 'in';
  if (lang === 'zh') {
    const list = shown.join('、');
    if (allowed) return passed ? `，属于 ${list} 之一` : `，不属于 ${list} 之一`;
    return passed ? `，不属于 ${list} 中任何一个` : `，属于不允许的 ${list} 之一`;
  }
  const list = shown.join(', ');
  if (allowed) return passed ? ` is one of ${list}` : ` is not one of ${list}`;
  return passed ? ` is none of ${list}` : ` is one of the values not allowed: ${list}`;
}

/**
 * A set limit as a requirement, for a short text's brackets after a value:
 * `应为 1、2、3 之一` / `must be one of 1, 2, 3`, `不应为 15、19 中任何一个` /
 * `must be none of 15, 19` — `能效等级 4（应为 1、2、3 之一）`, where
 * `（属于 1、2、3 之一）` would read as if 4 were one of them.
 *
 * @example
 * setRequirementProse('in', ['1', '2', '3'], 'zh'); // '应为 1、2、3 之一'
 */
export function setRequirementProse(
  operator: 'in' | 'not in',
  shown: readonly string[],
  lang: Language,
): string {
  if (lang === 'zh') {
    const list = shown.join('、');
    return operator === 'in' ? `应为 ${list} 之一` : `不应为 ${list} 中任何一个`;
  }
  const list = shown.join(', ');
  return operator === 'in' ? `must be one of ${list}` : `must be none of ${list}`;
}
