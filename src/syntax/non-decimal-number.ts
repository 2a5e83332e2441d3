import { type LocalizedText, localized } from '../text/localized-text';
import { radixNumeralAdvice } from '../text/radix-numeral';

/**
 * A number written in a form a limit does not take, with what to write:
 * hexadecimal, binary or octal (`0x61`, which reads as the number 0 in the
 * unit "x61"), digit groups (`1,000`, which reads as a formula's
 * comma-separated sequence; `1 000`) and a decimal comma (`1,70`; `1,700` is
 * taken for a digit group).
 *
 * @param text - the number as written, trimmed
 * @param shown - what the message quotes: the requirement, or the table cell
 * @param after - what follows the number in the text to write (a unit, ` W`)
 * @example
 * nonDecimalNumber('1,000', '≥ 1,000')?.en // '"≥ 1,000" has "," as a digit-group separator; a limit is written without one: write "1000"'
 */
export function nonDecimalNumber(text: string, shown: string, after = ''): LocalizedText | undefined {
  const radix = radixNumeralAdvice(text, shown, after);
  if (radix) return radix;
  const grouped = /^[+-]?\d{1,3}(?:([,\s])\d{3})(?:\1\d{3})*(?:\.\d+)?$/.exec(text);
  if (grouped) {
    const write = text.replace(/[,\s]/g, '') + after;
    const separator = grouped[1] === ',' ? localized('“,”', '","') : localized('空格', 'a space');
    return localized(
      `“${shown}”用${separator.zh}作千位分隔符；限值不写分隔符：请写“${write}”`,
      `"${shown}" has ${separator.en} as a digit-group separator; a limit is written without one: write "${write}"`,
    );
  }
  // `1,70`: a decimal comma, as many countries write it and some instruments print (newcomer-27 M35).
  if (/^[+-]?\d+,\d+$/.test(text)) {
    const write = text.replace(',', '.') + after;
    return localized(
      `“${shown}”用“,”作小数点；限值的小数点写作“.”：请写“${write}”`,
      `"${shown}" has "," as the decimal mark; a limit is written with ".": write "${write}"`,
    );
  }
  // `1_000`: digits grouped as in code; read as the number 1 in the unit "_000" otherwise.
  const underscored = /^[+-]?\d+(?:_\d+)+(?:\.\d+)?$/.test(text);
  if (underscored) {
    const write = text.replaceAll('_', '') + after;
    return localized(
      `“${shown}”用“_”作千位分隔符；限值不写分隔符：请写“${write}”`,
      `"${shown}" has "_" as a digit-group separator; a limit is written without one: write "${write}"`,
    );
  }
  return undefined;
}

// A number, then a unit (one word, no digit first): `14,000 W`, `0x36B0 W`.
const THEN_UNIT = /^(.*\d)(\s*[^\d\s.,_'][^\s]*)$/u;

/**
 * {@link nonDecimalNumber} for a number followed by a unit (`≤ 14,000 W`,
 * `0x36B0 W`): the separator or base is what to fix, and the text to write
 * keeps the unit (`write "14000 W"`). Without this the unit was the first
 * thing refused, and the advice ("remove "W" and write ≤ 14,000") gave a
 * second error (hostile-33 F7).
 *
 * @param text - the operand as written, trimmed
 * @param shown - what the message quotes: the requirement
 * @example
 * nonDecimalBeforeUnit('14,000 W', '≤ 14,000 W')?.en // '"≤ 14,000 W" has "," as a digit-group separator; a limit is written without one: write "14000 W"'
 */
export function nonDecimalBeforeUnit(text: string, shown: string): LocalizedText | undefined {
  const m = THEN_UNIT.exec(text);
  return m ? nonDecimalNumber(m[1]!, shown, m[2]!) : undefined;
}
