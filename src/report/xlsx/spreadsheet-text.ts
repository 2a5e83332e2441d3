/** Most characters a cell holds in Excel and WPS. */
export const MAX_CELL_LENGTH = 32_767;

// Characters XML 1.0 cannot hold (control characters other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF):
// a workbook with one of them does not open.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as a workbook cell can hold it: characters XML cannot carry
 * removed (they come from input files, not from qgrade), line breaks as
 * Excel writes them in a cell (`\n`; XML readers would turn a bare `\r`
 * into one anyway), and cut to Excel's 32,767 characters with "…".
 *
 * @example
 * spreadsheetText('KFR\u0000-35'); // 'KFR-35'
 */
export function spreadsheetText(text: string): string {
  const clean = text.replace(NOT_XML, '').replace(/\r\n?/g, '\n');
  return clean.length > MAX_CELL_LENGTH ? `${clean.slice(0, MAX_CELL_LENGTH - 1)}…` : clean;
}

/**
 * A sheet name Excel accepts: without `[ ] : * ? / \`, not starting or
 * ending with `'`, at most 31 characters, and not empty.
 *
 * @example
 * sheetName('结果/汇总'); // '结果 汇总'
 */
export function sheetName(name: string): string {
  const clean = spreadsheetText(name)
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return Array.from(clean).slice(0, 31).join('') || 'Sheet';
}
