/**
 * Names (grades, columns, dimensions, values) listed in a Chinese message:
 * each in quotes, joined by the enumeration comma, as the messages quote a
 * single name.
 *
 * @example
 * zhNames(['C', 'B', 'A']) // '“C”、“B”、“A”'
 */
export function zhNames(names: readonly (string | number)[]): string {
  return names.map((n) => `“${n}”`).join('、');
}

/** Columns listed in an English message: the first 20, and how many in all (a header may have 100,000). */
export function listShort(columns: readonly string[]): string {
  const shown = columns.slice(0, 20).join(', ');
  return columns.length > 20 ? `${shown} … (${columns.length} in all)` : shown;
}

/** {@link listShort} for a Chinese message, each name quoted as {@link zhNames} quotes it. */
export function listShortZh(columns: readonly string[]): string {
  const shown = zhNames(columns.slice(0, 20));
  return columns.length > 20 ? `${shown} …（共 ${columns.length} 列）` : shown;
}
