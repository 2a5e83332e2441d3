/**
 * Undoes OOXML's escaping of characters XML cannot hold: `_x000D_` is a
 * carriage return, `_x005F_` an underscore (so a literal `_x000D_` is
 * written `_x005F_x000D_`).
 *
 * @example
 * unescapeOoxml('a_x000D_b'); // 'a\rb'
 */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
