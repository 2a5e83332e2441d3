// `\udXXX` escapes of lone surrogates, as JSON.stringify writes them (a pair it writes as the character itself),
// after an even run of backslashes: `\\ud800` is a backslash and the text "ud800", no escape.
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/**
 * JSON text from `JSON.stringify` with each lone surrogate (`\ud800`, half of
 * a character cut in two) written as U+FFFD (`\ufffd`), as a UTF-8 writer and
 * `-f xlsx` write it. The text stays JSON, and holds only whole characters:
 * DuckDB's JSON reader refuses a lone surrogate's escape, which lost a whole
 * Parquet report to one kept value (hostile-33 F0b).
 *
 * @param json - text `JSON.stringify` wrote
 * @example
 * wellFormedJson(JSON.stringify({ id: '\ud800' })); // '{"id":"\\ufffd"}'
 */
export function wellFormedJson(json: string): string {
  // Nearly every line has no such escape: a substring search costs less than the regular expression's scan.
  return json.includes('\\ud') ? json.replace(LONE_SURROGATE_ESCAPE, '$1\\ufffd') : json;
}

// A high surrogate not followed by a low one, or a low one not after a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with each lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` does: what
 * {@link wellFormedJson} does to JSON text, for a string before it is written as JSON.
 *
 * @param text - any string, such as a kept value read from JSON
 * @example
 * wellFormedText('a\udfffb'); // 'a\ufffdb'
 */
export function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
