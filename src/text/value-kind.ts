import { type LocalizedText, localized } from './localized-text';

/**
 * What kind of value a caller passed, for a usage error that says what was
 * expected and what came: `null`, `undefined`, else its kind with an article.
 *
 * @example
 * valueKind({}).en // 'an object'
 * valueKind(null).zh // 'null'
 */
export function valueKind(value: unknown): LocalizedText {
  if (value === null || value === undefined) return localized(String(value));
  if (Array.isArray(value)) return localized('数组', 'an array');
  const kinds: Record<string, LocalizedText> = {
    string: localized('字符串', 'a string'),
    number: localized('数字', 'a number'),
    bigint: localized('大整数（BigInt）', 'a BigInt'),
    boolean: localized('布尔值', 'a boolean'),
    symbol: localized('符号（Symbol）', 'a symbol'),
    function: localized('函数', 'a function'),
  };
  return kinds[typeof value] ?? localized('对象', 'an object');
}
