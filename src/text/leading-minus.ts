/**
 * A leading U+2212 MINUS SIGN before a digit or point read as `-`: Chinese standards and their test reports typeset
 * the minus so (`−0.05`, `−5.55(+)`), and before a numeral it can mean nothing else (newcomer-26 M10, committee-35
 * M2). Only the leading sign: elsewhere (`42.5(−)`, a GB/T 8170 rounding mark) the character keeps its own handling.
 *
 * @param text - the value as written, trimmed
 * @returns the text with its leading U+2212 made `-`, or the text as it is
 * @example
 * leadingMinus('−5.55(+)'); // '-5.55(+)'
 * leadingMinus('42.5(−)');  // '42.5(−)'
 */
export function leadingMinus(text: string): string {
  return text.charCodeAt(0) === 0x2212 && /^.[\d.]/u.test(text) ? `-${text.slice(1)}` : text;
}
