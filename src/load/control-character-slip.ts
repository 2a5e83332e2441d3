import { codePointText } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';

// NUL, which YAML allows nowhere: a program that pads a file with NUL bytes, or writes a string's end into it. (Other
// control characters are left to the parser's words: in a binary file given as YAML they are everywhere, and its
// message quoting the token, cut short, says more.)
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /\u0000/;

/**
 * A NUL byte on the line the YAML parser stopped at (one a program padded the file with): the message naming it, and
 * its column (1-based). The parser's own words ("this key has no ': '")
 * said nothing of a character one cannot see (hostile-44).
 *
 * @example
 * controlCharacterSlip('\u0000\u0000')?.text.en; // 'the control character U+0000 here is not allowed in YAML …'
 */
export function controlCharacterSlip(line: string): { text: LocalizedText; column: number } | undefined {
  const m = CONTROL.exec(line);
  if (!m) return undefined;
  const code = codePointText(m[0]);
  return {
    column: m.index + 1,
    text: localized(
      `此处有控制字符 ${code}，YAML 文件中不允许有它（看不见）：请删除它`,
      `the control character ${code} here is not allowed in YAML (it cannot be seen): remove it`,
    ),
  };
}
