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
