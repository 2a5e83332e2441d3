import { nameCharacter } from './full-width';
import { quoteText } from './quote-short';

// Chinese and Japanese letters: a reader sees these for what they are. 〇 (U+3007) is of Han script but a number
// that looks like a zero: it keeps its code point.
const PLAIN_SCRIPT = /^(?!\p{N})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/**
 * A character a value was refused for, as a message names it: quoted, and
 * with its code point only when the code point tells the reader something
 * (a character that is invisible, looks like a digit, or passes for an ASCII
 * sign: `"¹" (U+00B9)`, `"、" (U+3001)`). A Chinese character is shown
 * quoted alone: `约` in `约42.5` is plain to see (hostile-27 M7).
 *
 * @example
 * characterShown('约') // '"约"'
 * characterShown('¹') // '"¹" (U+00B9)'
 */
export function characterShown(c: string): string {
  return PLAIN_SCRIPT.test(c) ? quoteText(c) : nameCharacter(c);
}

/**
 * Whether a character is of a script a reader sees for what it is (Chinese, Japanese kana): a cell of such letters
 * is words, and no character of it needs naming.
 *
 * @example
 * isPlainScript('风') // true
 * isPlainScript('√') // false
 */
export function isPlainScript(c: string): boolean {
  return PLAIN_SCRIPT.test(c);
}
