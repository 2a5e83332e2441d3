import { fullWidthToAscii } from './full-width';

// Dots a designation is written with where a rule set lists ".": GB 175 writes cement types P·O, P·S·A with the
// middle dot U+00B7; input methods give the katakana middle dot U+30FB, the hyphenation point U+2027, the bullet
// operator U+2219, or the ideographic full stop U+3002 for ".".
const DOT_FORMS = /[\u00b7\u30fb\u2027\u2219\u3002]/g;

// Roman numerals as one character (Ⅰ U+2160 … Ⅿ U+216F, ⅰ U+2170 … ⅿ U+217F): GB 175 prints P·Ⅱ with U+2161 and
// Chinese input methods offer it; NFKC spells each with Latin letters (Ⅱ → II), as the rule sets list them.
const ROMAN_NUMERALS = /[\u2160-\u217f]/g;

/**
 * Text with full-width forms as ASCII, the dots above as "." and Roman-numeral characters as Latin letters
 * (`Ⅱ` → `II`), for comparing spellings: how an enum cell is matched with the values (exported for the
 * unread-value check, which must know every spelling the reader reads).
 *
 * @example
 * spellingFold('P·I'); // 'P.I'
 * spellingFold('P·Ⅱ'); // 'P.II'
 */
export function spellingFold(text: string): string {
  return fullWidthToAscii(text)
    .replace(DOT_FORMS, '.')
    .replace(ROMAN_NUMERALS, (c) => c.normalize('NFKC'));
}

const folded = spellingFold;

// A dot between two letters, as in P.O or P.S.A: a code is often written without them (PO, PSA). A dot beside a
// digit is a decimal point (42.5), never dropped: 425 is not 42.5.
const LETTER_DOT = /(?<=\p{L})\.(?=\p{L})/gu;

// A plain decimal numeral (no sign, no exponent): a numeric-looking value such as the strength class "42.5".
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * The one text value of an enumeration that `text` spells another way, or `undefined` when it spells none, or more
 * than one (which would be a guess). The ways, in order, each only when the ones before it spell nothing:
 * - full-width forms (`ＨＲＢ４００`), another dot (`P·O`, `P・O`, `P。O` for `P.O`) or a Roman-numeral character
 *   (`P·Ⅱ` for `P.II`);
 * - a code without the dots between its letters (`PO` for `P.O`, `PII` for `P.II`), when the text has no dot;
 * - a numeral equal to a numeric-looking value (`42.50` for `"42.5"`, as a cell formatted `0.00` is saved in CSV);
 * - a numeral with a rapid-hardening mark written another way (`42.5(R)`, `42.5 R型`, `42.5（早强）`) for the
 *   listed `42.5R`.
 *
 * @param values - the enumeration's values, as the rule set lists them
 * @example
 * enumSpelling('P·O', ['P.I', 'P.II', 'P.O']); // 'P.O'
 * enumSpelling('PO', ['P.I', 'P.II', 'P.O']); // 'P.O'
 * enumSpelling('42.50', ['42.5', '52.5']); // '42.5'
 * enumSpelling('P·S', ['P.I', 'P.II', 'P.O']); // undefined
 */
export function enumSpelling(text: string, values: readonly (string | number)[]): string | undefined {
  const written = folded(text);
  const byFold = onlyOne(values, (v) => folded(v) === written);
  if (byFold !== undefined) return byFold;
  if (!written.includes('.') && /\p{L}/u.test(written)) {
    const dotless = onlyOne(values, (v) => v.includes('.') && folded(v).replace(LETTER_DOT, '') === written);
    if (dotless !== undefined) return dotless;
  }
  const numeral = written.trim();
  if (PLAIN_DECIMAL.test(numeral)) {
    const n = Number(numeral);
    return onlyOne(values, (v) => PLAIN_DECIMAL.test(v) && Number(v) === n);
  }
  const marked = RAPID_MARK.exec(numeral);
  if (marked) return onlyOne(values, (v) => v === `${marked[1]}R`);
  return undefined;
}

// A rapid-hardening class written with its R in brackets, with 型, or as 早强 (rapid-hardening): 42.5(R), 42.5 (R),
// 42.5R型, 42.5 R型, 42.5(早强). A bare `42.5 R` is not read: a space then a letter may be anything.
const RAPID_MARK = /^(\d+(?:\.\d+)?)\s*(?:\(\s*(?:R|早强)\s*\)|R\s*型|\(\s*R\s*型\s*\)|早强型?)$/u;

/**
 * Whether the text after a number marks a rapid-hardening class (`(R)`, `R型`, `（早强）`): never a unit, so
 * never "write the number alone" (committee-24 F17, hostile-25 M5).
 *
 * @example
 * rapidMark('（R）'); // true
 */
export function rapidMark(after: string): boolean {
  return RAPID_MARK.test(`0${folded(after)}`);
}

/** The one text value `matches` takes, or `undefined` when none or several do. */
function onlyOne(values: readonly (string | number)[], matches: (v: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const v of values) {
    if (typeof v !== 'string' || !matches(v)) continue;
    if (found !== undefined) return undefined;
    found = v;
  }
  return found;
}
