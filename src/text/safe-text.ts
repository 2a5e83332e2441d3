// C0 and C1 control characters (a terminal reads U+009B as CSI), DEL, and the
// bidirectional controls that reorder what a reader sees (U+202E and kin).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a record or a rule file made safe to print: control characters
 * and bidirectional overrides become U+FFFD, so they cannot move the cursor,
 * recolour a terminal or make a line read backwards. Line breaks and tabs
 * are kept.
 *
 * @example
 * safeText('4.6\u202e2') // '4.6\ufffd2'
 */
export function safeText(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, '\ufffd') : text;
}

/** {@link safeText}, line breaks and tabs included: for a one-line message. */
export function safeLine(text: string): string {
  return safeText(text).replace(/[\n\r\t]/g, '\ufffd');
}

/**
 * JSON text made safe to print without changing the data it holds: the
 * characters {@link safeText} replaces are written as `\uXXXX` escapes, which
 * a JSON reader turns back into the same characters. (JSON.stringify
 * escapes C0 controls already; C1 controls and bidirectional overrides it
 * writes raw, and they can only occur inside strings.)
 *
 * @example
 * safeJson('"4.6\u202e2"') // '"4.6\\u202e2"'
 */
export function safeJson(json: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(json)
    ? json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}

/**
 * Output for a terminal or a pipe: JSON (text that starts with `{` or `[`)
 * through {@link safeJson}, so it stays the same data; anything else through
 * {@link safeText}. Either way no control character reaches the terminal raw.
 */
export function safeOutput(text: string): string {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? safeJson(text) : safeText(text);
}
