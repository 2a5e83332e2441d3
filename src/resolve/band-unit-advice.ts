import { bandWithUnit } from '../syntax/band-unit';
import { type LocalizedText, localized } from '../text/localized-text';

/** Where a band with a unit was written, as the message names it. */
export type BandPlace = 'range' | 'plausible' | 'key';

const PLACES: Readonly<Record<BandPlace, LocalizedText>> = {
  range: localized('“range”中', 'a "range"'),
  plausible: localized('“plausible”中', 'a "plausible" band'),
  key: localized('键列的区间中', 'a key band'),
};

/**
 * A band written with a unit (`range: "> 0 kg"`), which is not read as a
 * band: a limit may carry its indicator's unit (`≥ 0.70 kg`), a band does
 * not, so authors try it (newcomer-27 M54). Says to leave the unit out and
 * what that leaves; when the unit is not the indicator's, that its numbers
 * are in the indicator's unit.
 *
 * @param text - the band as written
 * @param place - where: an indicator's `range` or `plausible`, or a table's key cell
 * @param name - the indicator
 * @param unit - the indicator's unit
 * @returns the advice, or `undefined` when the text is no band with a unit
 * @example
 * bandUnitAdvice('> 0 kg', 'range', 'capacity', 'kg')?.en
 * // '"> 0 kg": a "range" is written without a unit: write "> 0" (the "unit: kg" of "capacity" gives it)'
 */
export function bandUnitAdvice(
  text: string,
  place: BandPlace,
  name: string,
  unit: string | undefined,
): LocalizedText | undefined {
  const found = bandWithUnit(text);
  if (!found) return undefined;
  const where = PLACES[place];
  const why =
    unit === found.unit
      ? localized(
          `（单位已由“${name}”的“unit: ${unit}”给出）`,
          ` (the "unit: ${unit}" of "${name}" gives it)`,
        )
      : unit === undefined || unit === ''
        ? localized(`（“${name}”没有单位）`, ` ("${name}" has no unit)`)
        : localized(
            `（数值按“${name}”的单位 ${unit} 写，${found.unit} 须先换算）`,
            ` (its numbers are in ${unit}, the unit of "${name}": convert from ${found.unit} first)`,
          );
  return localized(
    `“${text}”：${where.zh}不写单位，请写 "${found.band}"${why.zh}`,
    `"${text}": ${where.en} is written without a unit: write "${found.band}"${why.en}`,
  );
}
