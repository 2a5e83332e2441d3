/**
 * Whether a one-cell line right above a repeated header reads as a page's title, to be skipped with the
 * header it stands over: it starts as a one-cell line above the sheet's header did (the title:
 * `2025年空调能效抽检（续）` for `2025年空调能效抽检`, at least its first four characters, or the whole of a
 * shorter title), or it says it continues a table (`（续）`, `续表`, `续上页`, `接上页`, `continued`,
 * `cont'd`). Anything else there is a record (a sample with only its id, `S3`), not a title (hostile-24 W1).
 *
 * @param text - the line's one cell, trimmed
 * @param lines - the lines above the first header and the header's own, trimmed; only one-cell ones count
 *
 * @example
 * isPageTitle('2025年空调能效抽检（续）', [['2025年空调能效抽检']]); // true
 * isPageTitle('检验结果（续）', []); // true
 * isPageTitle('S3', [['2025年空调能效抽检']]); // false
 */
export function isPageTitle(text: string, lines: readonly (readonly string[])[]): boolean {
  if (CONTINUED.test(text.normalize('NFKC'))) return true;
  for (const line of lines) {
    const filled = line.filter((c) => c !== '');
    if (filled.length !== 1) continue;
    const title = filled[0]!;
    const stem = title.slice(0, Math.min(4, title.length));
    if (stem !== '' && text.startsWith(stem)) return true;
  }
  return false;
}

/** A mark that a table goes on from the page before: `（续）` (NFKC-folded to `(续)`), 续表, 续上页, 接上页, continued. */
const CONTINUED = /\(\s*续\s*[表页]?\s*\)|续表|续上[页表]|接上[页表]|\bcontinued\b|\bcont(?:['’]d|\.)/iu;
