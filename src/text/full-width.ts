import { quoteText } from './quote-short';

// U+FF01–U+FF5E are the full-width forms of ASCII ! … ~, at a fixed offset.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/**
 * Full-width ASCII (`４．６２`, `－１`, `ｔｒｕｅ`, `；`) and the ideographic
 * space read as their ASCII forms, as Chinese spreadsheets write them, and
 * nothing else: unlike Unicode NFKC this does not turn superscripts (`²`),
 * circled digits (`④`) or other look-alikes into digits, which would be a guess.
 *
 * @example
 * fullWidthToAscii('４．６２') // '4.62'
 * fullWidthToAscii('4.62¹')   // '4.62¹'
 */
export function fullWidthToAscii(text: string): string {
  FULL_WIDTH.lastIndex = 0;
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * A character as a message names it: the character, quoted as
 * {@link quoteText} quotes a value (a control character escaped), and its
 * code point, e.g. `"²" (U+00B2)`, `"\u0000" (U+0000)`.
 *
 * @example
 * nameCharacter('²') // '"²" (U+00B2)'
 * nameCharacter('\u0000') // '"\\u0000" (U+0000)'
 */
export function nameCharacter(c: string): string {
  return `${quoteText(c)} (${codePointText(c)})`;
}

/** A character's code point as messages write it: `U+00B2`. */
export function codePointText(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
