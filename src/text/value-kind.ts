import { type LocalizedText, localized } from './localized-text';
import { quoteText } from './quote-short';

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

/** The name of an object's class, when it is not a plain object's (`Blob`, `File`, `Map`); else `undefined`. */
function className(value: object): string | undefined {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return undefined;
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? name : undefined;
}

/**
 * A value a caller passed, described with what it holds where that helps to
 * see the mistake: a string or number with its value, an object with its
 * keys (the first five), an instance of a class with none by its class
 * (`a File object`); anything else as {@link valueKind} says it.
 *
 * @example
 * valueShown({ pathOrId: 42 }).en // 'an object with keys ["pathOrId"]'
 * valueShown('steel/x').en // 'the string "steel/x"'
 * valueShown(new Blob([])).en // 'a Blob object'
 */
export function valueShown(value: unknown): LocalizedText {
  if (typeof value === 'string') {
    const shown = quoteText(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    return localized(`字符串 ${shown}`, `the string ${shown}`);
  }
  if (typeof value === 'number') return localized(`数值 ${value}`, `the number ${value}`);
  if (typeof value === 'boolean') return localized(`布尔值 ${value}`, `the boolean ${value}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return valueKind(value);
  const keys = Object.keys(value);
  if (keys.length === 0) {
    // A class's instance (a Blob, a File, a Map) holds its data out of sight: "an empty object" misleads (hostile-33 F8).
    const named = className(value);
    if (named !== undefined)
      return localized(`${named} 对象`, `${/^[AEIOU]/.test(named) ? 'an' : 'a'} ${named} object`);
    return localized('空对象', 'an empty object');
  }
  const shown = JSON.stringify(keys.slice(0, 5));
  return localized(`键为 ${shown} 的对象`, `an object with keys ${shown}`);
}
