import { type LocalizedText, localized } from '../text/localized-text';

/** Comparison signs at the start of a limit, after the requirement's own: `≤≤ 14000 W`, `≥ ≥ 5`. */
const SIGNS = /^\s*[≤≥<>=≦≧⩽⩾]+\s*/u;

/**
 * A limit that starts with a second comparison sign (`≤≤ 14000 W`), which
 * read as a unit before or after a number and was told to move or remove it
 * (developer-25 C1): says the sign is written twice, and what to write.
 *
 * @param operator - the requirement's operator as shown in the example (`≤`)
 * @param text - the limit as written after the operator
 * @returns the message and where the second sign is in `text`, or undefined
 *
 * @example
 * comparisonTwice('≤', '≤ 14000 W')?.text.en; // 'the comparison is written twice: write ≤ 14000 W'
 */
export function comparisonTwice(
  operator: string,
  text: string,
): { text: LocalizedText; index: number } | undefined {
  const m = SIGNS.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  return {
    text: localized(
      `比较符号写了两次：请写成 ${operator} ${rest}`,
      `the comparison is written twice: write ${operator} ${rest}`,
    ),
    index: text.indexOf(m[0].trim()),
  };
}
