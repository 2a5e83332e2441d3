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

// The zero-width characters (U+200B space, U+200C/D non-joiner and joiner, U+2060 word joiner, U+2061–U+2064
// invisible operators, U+FEFF byte-order mark, U+00AD soft hyphen): they print as nothing, so they tell no key
// from another. Direction marks and bidi controls are not among them: they change how a key shows, and a safe
// line shows them as U+FFFD.
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060-\u2064\ufeff]/gu;

/**
 * The text without its zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD): how a
 * `--group-by` or `--tally-by` key is compared, since a key pasted from a web page with a trailing U+200B
 * prints exactly as the key without it (hostile-33 F0c).
 *
 * @example
 * withoutZeroWidth('2026-10\u200b'); // '2026-10'
 */
export function withoutZeroWidth(text: string): string {
  if (!/[^\x20-\x7e]/.test(text)) return text;
  return text.replace(ZERO_WIDTH, '');
}

/**
 * The distinct zero-width characters of a text ({@link withoutZeroWidth} removes them), in order.
 *
 * @example
 * zeroWidthCharacters('A\u200bB\u200b'); // ['\u200b']
 */
export function zeroWidthCharacters(text: string): string[] {
  return [...new Set(text.match(ZERO_WIDTH) ?? [])];
}
