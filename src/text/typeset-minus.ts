import { type LocalizedText, localized } from './localized-text';
import { cutShort } from './quote-short';
import { safeLine } from './safe-text';

/** The typeset minus sign, U+2212, as Chinese standards print a negative figure (`−60 °C`). */
export const TYPESET_MINUS = '\u2212';

/**
 * A limit, range or condition copied from a standard with its minus sign as
 * printed (`≤ −60`, `[−100, 50]`): what it means with ASCII `-`, if that
 * reads (`≤ -60`), else `undefined`. A rule file's figures are shown as
 * written, so the text is refused with this advice, not read as meant
 * (newcomer-43: `≤ −60` was told to be `≤ 60 −`, a unit before its number).
 *
 * @param written - the text as written
 * @param reads - whether the text with `-` for each U+2212 is valid where it was written
 * @returns the message naming the character and what to write, or `undefined`
 * @example
 * typesetMinusAdvice('≤ −60', (t) => t === '≤ -60')?.en
 * // '"≤ −60" has the typeset minus "−" (U+2212): write ASCII "-", as ≤ -60'
 */
export function typesetMinusAdvice(
  written: string,
  reads: (ascii: string) => boolean,
): LocalizedText | undefined {
  if (!written.includes(TYPESET_MINUS)) return undefined;
  const ascii = written.replaceAll(TYPESET_MINUS, '-').trim();
  if (!reads(ascii)) return undefined;
  const shown = safeLine(cutShort(written.trim(), 80));
  const write = safeLine(cutShort(ascii, 80));
  return localized(
    `“${shown}”中的“−”（U+2212）是排版用的减号：请写半角的“-”，写作 ${write}`,
    `"${shown}" has the typeset minus "−" (U+2212): write ASCII "-", as ${write}`,
  );
}
