import { type LocalizedText, localized } from './localized-text';

const RADIX_NAMES: Readonly<Record<string, LocalizedText>> = {
  x: localized('十六进制', 'hexadecimal'),
  b: localized('二进制', 'binary'),
  o: localized('八进制', 'octal'),
};

/**
 * A limit written in hexadecimal, binary or octal (`0x190`, `0b1`, `0o764`),
 * with the decimal number to write; `undefined` for any other text, or for
 * one beyond 2^53, which has no exact decimal to suggest. YAML reads `0x190`
 * and `0o764` as numbers, and a limit shown as written (`≥ 0x190 MPa`) is
 * one no reader of a report can check.
 *
 * @param text - the number as written, trimmed
 * @param shown - what the message quotes: the requirement, or the table cell
 * @param after - what follows the number in the text to write (a unit, ` W`)
 * @param noun - what the number is, `限值` / `limit` unless said (a scoring weight: `权重` / `weight`)
 * @example
 * radixNumeralAdvice('0x190', '0x190')?.en // '"0x190" is written in hexadecimal; a limit is a decimal number: write "400"'
 */
export function radixNumeralAdvice(
  text: string,
  shown: string,
  after = '',
  noun: LocalizedText = localized('限值', 'limit'),
): LocalizedText | undefined {
  const radix = /^([+-]?)0([xXbBoO])([0-9A-Fa-f]+)$/.exec(text);
  if (!radix) return undefined;
  const value = Number(`0${radix[2]}${radix[3]}`);
  if (!Number.isSafeInteger(value)) return undefined;
  const name = RADIX_NAMES[radix[2]!.toLowerCase()]!;
  const write = `${radix[1] === '-' && value !== 0 ? '-' : ''}${value}${after}`;
  return localized(
    `“${shown}”是${name.zh}写法；${noun.zh}须写成十进制数：请写“${write}”`,
    `"${shown}" is written in ${name.en}; a ${noun.en} is a decimal number: write "${write}"`,
  );
}
