import { parseDecimal } from '../rounding/decimal';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';

/** A standard's words for its operators, longest first so 不大于 is not read as 大于. */
export const OPERATOR_WORDS: readonly (readonly [string, string])[] = [
  ['小于或等于', '≤'],
  ['大于或等于', '≥'],
  ['小于等于', '≤'],
  ['大于等于', '≥'],
  ['不大于', '≤'],
  ['不超过', '≤'],
  ['不高于', '≤'],
  ['不多于', '≤'],
  ['不小于', '≥'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['至多', '≤'],
  ['至少', '≥'],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['等于', '='],
  ['not more than', '≤'],
  ['not less than', '≥'],
  ['at most', '≤'],
  ['at least', '≥'],
  ['max.', '≤'],
  ['min.', '≥'],
  ['max', '≤'],
  ['min', '≥'],
];

// After the number, as Chinese tables print a band's end: 7.5 以上, 8 mm 及以下. By the usual reading
// (以上、以下、以内 take the number in; 超过、不足 leave it out) they include it.
const WORDS_AFTER: readonly (readonly [string, '≥' | '≤', '>' | '<'])[] = [
  ['及以上', '≥', '>'],
  ['以上', '≥', '>'],
  ['及以下', '≤', '<'],
  ['以下', '≤', '<'],
  ['以内', '≤', '<'],
];

// A number, then maybe a unit (no digit, no space inside), then maybe spaces.
const NUMBER_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([^\s\d]*?)\s*$/u;

/** A bound written in words, and the operator form to write for it. */
export interface BoundInWords {
  /** The words as written: `以上`, `不小于`. */
  words: string;
  /** The bound to write: `≥ 7.5`. */
  write: string;
  /** With a word after the number, which includes it: the bound that leaves the number out (`> 7.5`). */
  exclusive?: string;
  /** A unit written beside the number (`mm`), left out of {@link BoundInWords.write}. */
  unit?: string;
}

/**
 * A band end or limit written in words as a Chinese standard's table prints
 * it (`7.5以上`, `8 mm 及以下`, `不小于 7.5`): the operator form to write. Only
 * a number (with maybe a unit) and the words: anything else is not read.
 *
 * @param text - the text as written
 * @returns the bound to write, or `undefined` when the text is no bound in words
 * @example
 * boundInWords('7.5以上') // { words: '以上', write: '≥ 7.5', exclusive: '> 7.5' }
 * boundInWords('不小于 7.5') // { words: '不小于', write: '≥ 7.5' }
 */
export function boundInWords(text: string): BoundInWords | undefined {
  const t = text.trim();
  const after = WORDS_AFTER.find(([w]) => t.endsWith(w));
  if (after) {
    const number = numberOf(t.slice(0, -after[0].length));
    if (!number) return undefined;
    return {
      words: after[0],
      write: `${after[1]} ${number.number}`,
      exclusive: `${after[2]} ${number.number}`,
      ...(number.unit ? { unit: number.unit } : {}),
    };
  }
  const before = OPERATOR_WORDS.find(([w]) => t.toLowerCase().startsWith(w) && /[\u3400-\u9fff]/.test(w));
  if (!before) return undefined;
  const number = numberOf(t.slice(before[0].length));
  if (!number) return undefined;
  return {
    words: before[0],
    write: `${before[1]} ${number.number}`,
    ...(number.unit ? { unit: number.unit } : {}),
  };
}

function numberOf(text: string): { number: string; unit?: string } | undefined {
  const m = NUMBER_UNIT.exec(text.trim());
  if (!m || !parseDecimal(m[1]!)) return undefined;
  return m[2] ? { number: m[1]!, unit: m[2] } : { number: m[1]! };
}

/**
 * What to say of a bound written in words where a band, a limit or a `when`
 * value belongs (newcomer-45: `"7.5以上"` in a table's key column was told that
 * 以上 was a unit, and to write `"7.5"`).
 *
 * @param text - the text as written
 * @returns the advice, or `undefined` when the text is no bound in words
 * @example
 * boundWordsAdvice('7.5以上')?.zh
 * // '“7.5以上”用文字“以上”写界限：请写 "≥ 7.5"（“以上”包括本数；不包括时写 "> 7.5"）'
 */
export function boundWordsAdvice(text: string): LocalizedText | undefined {
  const found = boundInWords(text);
  if (!found) return undefined;
  const shown = safeLine(cutShort(text.trim(), 80));
  const unit = found.unit
    ? localized(`，不写单位 ${found.unit}`, `, without the unit ${found.unit}`)
    : localized('', '');
  const exclusive = found.exclusive
    ? localized(
        `（“${found.words}”包括本数；不包括时写 "${found.exclusive}"）`,
        ` (${found.words} includes the number; if it is left out, write "${found.exclusive}")`,
      )
    : localized('', '');
  return localized(
    `“${shown}”用文字“${found.words}”写界限：请写 "${found.write}"${unit.zh}${exclusive.zh}`,
    `"${shown}" writes the bound in words (${found.words}): write "${found.write}"${unit.en}${exclusive.en}`,
  );
}
