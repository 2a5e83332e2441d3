import { type LocalizedText, localized } from '../text/localized-text';

/**
 * What to write for an enum value written with a decimal comma, as a European keyboard or a WPS sheet in
 * another locale gives it (`42,5` for the strength class 42.5): the listed value with a point, when there is one
 * (committee-34 M7: `42,5` was refused without saying `42.5`). `undefined` for any other text.
 *
 * @example
 * decimalCommaAdvice('42,5', ['42.5', '52.5'])?.en; // ', a comma for the decimal point: write "42.5"'
 */
export function decimalCommaAdvice(
  text: string,
  values: readonly (string | number)[],
): LocalizedText | undefined {
  const m = /^\s*([+-]?\d+),(\d+)\s*$/u.exec(text);
  if (m === null) return undefined;
  const pointed = `${m[1]}.${m[2]}`;
  const value = values.find((v) => String(v) === pointed);
  if (value === undefined) return undefined;
  return localized(
    `，小数点写成了逗号：应写作 "${value}"`,
    `, a comma for the decimal point: write "${value}"`,
  );
}
