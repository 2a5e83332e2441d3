// Format characters (U+200B zero-width space, U+FEFF byte-order mark, U+200E direction marks, U+00AD soft hyphen),
// control characters, lone surrogates (half of a character, from a string cut in two), and every space but U+0020
// (no-break, ideographic, thin): a quoted value shows none of them for what it is.
const UNSEEN = /(?! )[\p{Cf}\p{Cc}\p{Cs}\p{Z}]/u;
const ALL_UNSEEN = new RegExp(UNSEEN.source, 'gu');

/**
 * The first character of a text that its quoted form does not show for
 * what it is — a zero-width or format character, a control character, a
 * space other than U+0020 — or `undefined`. A value refused with such a
 * character looks exactly like an accepted one (`"A​"` for `A`), so the
 * message names it (`nameCharacter`), as a number's does.
 *
 * @example
 * unseenCharacter('A\u200b'); // '\u200b'
 * unseenCharacter('heat pump'); // undefined
 */
export function unseenCharacter(text: string): string | undefined {
  // Most texts are printable ASCII: nothing to look for.
  if (!/[^\x20-\x7e]/.test(text)) return undefined;
  return UNSEEN.exec(text)?.[0];
}

/**
 * The text without the characters {@link unseenCharacter} finds.
 *
 * @example
 * withoutUnseen('\ufeffA\u200b'); // 'A'
 */
export function withoutUnseen(text: string): string {
  return text.replace(ALL_UNSEEN, '');
}
