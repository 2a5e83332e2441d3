import { codePointText } from './full-width';
import { type LocalizedText, localized } from './localized-text';
import { cutShort } from './quote-short';
import { safeLine } from './safe-text';

/** The typeset minus sign, U+2212, as Chinese standards print a negative figure (`−60 °C`). */
export const TYPESET_MINUS = '\u2212';

// Dashes typed or pasted for a minus: hyphen, non-breaking hyphen, figure dash, en dash, em dash and the small
// hyphen-minus (U+FE63) of Chinese input methods. Each is a minus only where a sign stands: before a number, at the
// start or after an operator, bracket, comma or space, or after an exponent's `e` (`5e–3`); `2–6` is a range and
// `a–b` a name, left as they are.
const SIGN_DASH = /(?<=^|[^\p{L}\p{N}_.)\]]|\d[eE])[\u2010-\u2014\ufe63](?=\.?\d|∞)/gu;

/**
 * Text with the typeset minus (U+2212) made ASCII `-` everywhere, and a dash typed for a minus (`–5`, `﹣5`, `5e–3`)
 * where it stands as a number's sign.
 *
 * @example
 * asciiMinus('≤ –5'); // '≤ -5'
 * asciiMinus('2–6'); // '2–6'
 */
export function asciiMinus(text: string): string {
  return text.replaceAll(TYPESET_MINUS, '-').replace(SIGN_DASH, '-');
}

/**
 * A limit, range or condition copied from a standard with its minus sign as
 * printed (`≤ −60`, `[−100, 50]`) or typed as a dash (`≤ –60`, `≤ ﹣60`): what it means with ASCII `-`, if that
 * reads (`≤ -60`), else `undefined`. A rule file's figures are shown as
 * written, so the text is refused with this advice, not read as meant
 * (newcomer-43: `≤ −60` was told to be `≤ 60 −`, a unit before its number; hostile-43: `≤ –60` still was).
 *
 * @param written - the text as written
 * @param reads - whether the text with `-` for each U+2212 is valid where it was written
 * @returns the message naming the character and what to write, and where in `written` the character is; or
 *   `undefined`
 * @example
 * typesetMinusAdvice('≤ −60', (t) => t === '≤ -60')?.text.en
 * // '"≤ −60" has the typeset minus "−" (U+2212): write ASCII "-", as ≤ -60'
 */
export function typesetMinusAdvice(
  written: string,
  reads: (ascii: string) => boolean,
): { text: LocalizedText; index: number } | undefined {
  const slip = minusSlip(written);
  const ascii = slip?.ascii.trim();
  if (!slip || ascii === undefined || !reads(ascii)) return undefined;
  const { index, char: c } = slip;
  const shown = safeLine(cutShort(written.trim(), 80));
  const write = safeLine(cutShort(ascii, 80));
  if (c === TYPESET_MINUS)
    return {
      index,
      text: localized(
        `“${shown}”中的“−”（U+2212）是排版用的减号：请写半角的“-”，写作 ${write}`,
        `"${shown}" has the typeset minus "−" (U+2212): write ASCII "-", as ${write}`,
      ),
    };
  const code = codePointText(c);
  return {
    index,
    text: localized(
      `“${shown}”中的“${c}”（${code}）不是负号：请写半角的“-”，写作 ${write}`,
      `"${shown}" has "${c}" (${code}) for a minus sign: write ASCII "-", as ${write}`,
    ),
  };
}

/**
 * The first character {@link asciiMinus} makes `-` in a text (the one a message names), where it stands, and the
 * text so made; `undefined` when it makes none.
 *
 * @example
 * minusSlip('5e–3'); // { char: '–', index: 2, ascii: '5e-3' }
 */
export function minusSlip(written: string): { char: string; index: number; ascii: string } | undefined {
  const ascii = asciiMinus(written);
  if (ascii === written) return undefined;
  const index = firstDifference(written, ascii);
  return { char: written[index]!, index, ascii };
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
