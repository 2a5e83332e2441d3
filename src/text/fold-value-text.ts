import { foldLabel } from './fold-label';

/**
 * An enum value's label or alias, or a record's text, as they are matched
 * with each other: NFKC-folded (full-width forms as ASCII), trimmed, white
 * space made one space, and Latin letters in lower case (`Heat pump`,
 * `ＨＥＡＴ　ＰＵＭＰ` and `heat pump` are one). Chinese text is unchanged
 * but for its spaces.
 *
 * @example
 * foldValueText(' Ｈｅａｔ  Pump '); // 'heat pump'
 */
export function foldValueText(text: string): string {
  return foldLabel(text).replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
