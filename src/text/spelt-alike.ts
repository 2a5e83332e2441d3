import { spellingFold } from './enum-spelling';
import { codePointText } from './full-width';
import { type LocalizedText, localized } from './localized-text';
import { safeLine } from './safe-text';

// Standards print category values with Roman-numeral characters (Ⅰa类, Ⅱ类: U+2160…), keyboards give Latin
// letters (Ia类, II类) and input methods full-width ones (Ｉa类): three texts a reader sees as one value, which a
// rule file and a JSON record must name as "values" lists it. A did-you-mean by edit distance named another value
// (Ⅰb类 for Ⅰa类), or none (IIa类 is two edits from Ⅱa类).

/**
 * The one text value that `written` spells with other characters for the same letters — a Roman numeral for Latin
 * letters (`Ⅱa类` for `IIa类`) or the other way round, a full-width form, another dot (`P·O`) — and where they
 * differ, as a message says it; `undefined` when no value, or more than one, is so spelt.
 *
 * @param values - the enumeration's values as the rule set lists them
 * @example
 * speltAlike('IIa类', ['Ⅰa类', 'Ⅱa类'])?.difference.en;
 * // 'the value "Ⅱa类" has the Roman numeral "Ⅱ" (U+2161) where this has the letters "II"'
 */
export function speltAlike(
  written: string,
  values: readonly (string | number | boolean)[],
): { value: string; difference: LocalizedText } | undefined {
  const folded = spellingFold(written);
  const alike = values.filter(
    (v): v is string => typeof v === 'string' && v !== written && spellingFold(v) === folded,
  );
  if (alike.length !== 1) return undefined;
  const value = alike[0]!;
  const [theirs, ours] = [oddCharacters(value), oddCharacters(written)];
  const has = characters(theirs, ours);
  const where = characters(ours, theirs);
  const shown = safeLine(value);
  return {
    value,
    difference: localized(
      `取值“${shown}”中是${has.zh}，这里写的是${where.zh}`,
      `the value "${shown}" has ${has.en} where this has ${where.en}`,
    ),
  };
}

/** The characters of a text that spelling folds to others (Ⅱ, Ｉ, ·), each once. */
function oddCharacters(text: string): string[] {
  return [...new Set([...text].filter((c) => spellingFold(c) !== c))];
}

/** `the Roman numeral "Ⅱ" (U+2161)`, or, where a text has none of the others' characters, the letters it has instead. */
function characters(own: readonly string[], other: readonly string[]): LocalizedText {
  if (own.length === 0) {
    const each = other.map((c) => {
      const plain = safeLine(spellingFold(c));
      if (!/^[A-Za-z]+$/.test(plain)) return localized(`“${plain}”`, `"${plain}"`);
      return localized(`字母“${plain}”`, `the letter${plain.length > 1 ? 's' : ''} "${plain}"`);
    });
    return localized(each.map((t) => t.zh).join('、'), each.map((t) => t.en).join(' and '));
  }
  const each = own.map((c) => {
    const code = codePointText(c);
    if (/[\u2160-\u217f]/.test(c))
      return localized(`罗马数字“${c}”（${code}）`, `the Roman numeral "${c}" (${code})`);
    if (/[\uff01-\uff5e]/.test(c))
      return localized(`全角字符“${c}”（${code}）`, `the full-width "${c}" (${code})`);
    return localized(`“${c}”（${code}）`, `"${c}" (${code})`);
  });
  return localized(each.map((t) => t.zh).join('、'), each.map((t) => t.en).join(' and '));
}
