import { codePointText, fullWidthToAscii, nameCharacter } from './full-width';
import { type LocalizedText, localized } from './localized-text';
import { cutShort } from './quote-short';
import { safeLine } from './safe-text';

// A rule file's figures are shown as written: full-width digits, signs, brackets and
// units (`≥９７`, `[９７, 100]`, `０.７ * y`) are not read as their ASCII forms but
// refused, naming the characters and what to write instead.

/** Full-width forms of ASCII (U+FF01–U+FF5E), the ideographic space and the ideographic full stop `。`. */
export const WRITTEN_FULL_WIDTH = /[\uff01-\uff5e\u3000\u3002]/;

/**
 * Text with its full-width characters as their ASCII forms and `。` as `.`.
 *
 * @example
 * asciiWritten('［９７, 100］') // '[97, 100]'
 */
export function asciiWritten(text: string): string {
  return fullWidthToAscii(text).replaceAll('\u3002', '.');
}

/**
 * The message for text of a rule file (a requirement, a range, a cell) that
 * holds full-width characters and means `ascii`: it quotes the text, names
 * each such character with its code point, and gives the ASCII to write.
 *
 * @param among - the part of `written` whose full-width characters are named (not its quoted text)
 *
 * @example
 * fullWidthAdvice('≥ ９７', '97').en // '"≥ ９７" has the full-width characters "９" (U+FF19), "７" (U+FF17): write ASCII "97"'
 */
export function fullWidthAdvice(written: string, ascii: string, among = written): LocalizedText {
  const found = new Set<string>();
  for (const c of among) if (WRITTEN_FULL_WIDTH.test(c)) found.add(c);
  const chars = [...found];
  const shown = shortText(written);
  const write = shortText(ascii);
  const several = chars.length > 1;
  return localized(
    `“${shown}”含全角字符${chars.map((c) => `“${safeLine(c)}”（${codePointText(c)}）`).join('、')}：请写半角的“${write}”`,
    `"${shown}" has the full-width character${several ? 's' : ''} ${chars.map(nameCharacter).join(', ')}: write ASCII "${write}"`,
  );
}

/**
 * A number's unit written in brackets after it (`49(MPa)`, from `49（MPa）` as a standard's table prints it) as a
 * limit writes it, `49 MPa`: advising the bracketed ASCII led straight to "an operator is missing".
 *
 * @example
 * unitOutOfBrackets('49(MPa)') // '49 MPa'
 * unitOutOfBrackets('(a + b)') // '(a + b)'
 */
export function unitOutOfBrackets(ascii: string): string {
  return ascii.replace(/(\d)\s*\(\s*([A-Za-z%‰°µμ/²³·]+[A-Za-z0-9%‰°µμ/²³·]*)\s*\)\s*$/u, '$1 $2');
}

/** Text as a message quotes it: one line, each run of white space as one space, at most 80 characters. */
function shortText(text: string): string {
  return safeLine(cutShort(text.replace(/\s+/g, ' '), 80));
}
