/**
 * A label (or indicator name) as a header is compared with it when a unit
 * may follow: NFKC-folded, trimmed, white space made one space. Also how
 * `validate` compares labels with names and with each other, so that what
 * it warns about is what a header would find ambiguous.
 *
 * @example
 * foldLabel(' 抗拉强度　Ｒｍ '); // '抗拉强度 Rm'
 */
export function foldLabel(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}
