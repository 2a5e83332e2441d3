import { fullWidthToAscii } from './full-width';

// Dots a designation is written with where a rule set lists ".": GB 175 writes cement types P·O, P·S·A with the
// middle dot U+00B7; input methods give the katakana middle dot U+30FB, the hyphenation point U+2027, the bullet
// operator U+2219, or the ideographic full stop U+3002 for ".".
const DOT_FORMS = /[\u00b7\u30fb\u2027\u2219\u3002]/g;

/**
 * Text with full-width forms as ASCII and the dots above as ".", for comparing spellings: how an enum cell is
 * matched with the values (exported for the unread-value check, which must know every spelling the reader reads).
 *
 * @example
 * spellingFold('P·I'); // 'P.I'
 */
export function spellingFold(text: string): string {
  return fullWidthToAscii(text).replace(DOT_FORMS, '.');
}

const folded = spellingFold;

/**
 * The one text value of an enumeration that `text` spells with full-width
 * forms (`ＨＲＢ４００`) or another dot (`P·O`, `P・O`, `P。O` for `P.O`), or
 * `undefined` when it spells none, or more than one (which would be a guess).
 *
 * @param values - the enumeration's values, as the rule set lists them
 * @example
 * enumSpelling('P·O', ['P.I', 'P.II', 'P.O']); // 'P.O'
 * enumSpelling('P·S', ['P.I', 'P.II', 'P.O']); // undefined
 */
export function enumSpelling(text: string, values: readonly (string | number)[]): string | undefined {
  const written = folded(text);
  let found: string | undefined;
  for (const v of values) {
    if (typeof v !== 'string' || folded(v) !== written) continue;
    if (found !== undefined) return undefined;
    found = v;
  }
  return found;
}
