import { type LocalizedText, localized } from '../text/localized-text';

// A number, then a unit: `2mm`, `8 mm`, `42.5 MPa`, `5毫米`. The unit holds no digit, so `42.5R`-like codes
// are told apart only by the unit list below.
const NUMBER_THEN_UNIT = /^\s*([+-]?\d+(?:\.\d+)?)\s*([^\d\s.+-][^\d\s]*)\s*$/u;

// Units an author may glue to an enum's numbers; a one-letter code (`42.5R`) is a value, not a unit.
const COMMON_UNITS = new Set([
  'mm',
  'cm',
  'm',
  'μm',
  'um',
  'nm',
  'km',
  'kg',
  'g',
  'mg',
  't',
  'MPa',
  'kPa',
  'Pa',
  'GPa',
  '%',
  '°',
  '℃',
  '°C',
  'W',
  'kW',
  'V',
  'kV',
  'A',
  'h',
  'min',
  's',
  'L',
  'mL',
  'dB',
  'Hz',
  'kHz',
  '毫米',
  '厘米',
  '米',
  '微米',
  '千克',
  '公斤',
  '克',
  '吨',
  '瓦',
  '千瓦',
  '小时',
  '分钟',
  '秒',
  '度',
]);

/**
 * A value written as a number with a unit glued on (`2mm`, `8 mm`): the
 * number and the unit, when the unit is the indicator's own or a common one.
 * Enum values and condition values are written without units; the unit goes
 * in the indicator's `unit:` (newcomer-30 M7).
 *
 * @example
 * numberWithUnit('2mm', 'mm') // { number: 2, unit: 'mm' }
 * numberWithUnit('42.5R', undefined) // undefined
 */
export function numberWithUnit(
  value: unknown,
  unit: string | undefined,
): { number: number; unit: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = NUMBER_THEN_UNIT.exec(value);
  if (!m) return undefined;
  const u = m[2]!;
  if (u !== unit && !COMMON_UNITS.has(u)) return undefined;
  return { number: Number(m[1]), unit: u };
}

/**
 * The error for enum values written with a unit: write the numbers alone and
 * the unit in `unit:`.
 *
 * @example
 * valuesWithUnitText('thickness', [2, 3], 'mm', undefined).en
 * // 'the values of "thickness" are written with a unit: write them without it, values: [2, 3], and put the unit in "unit: mm"'
 */
export function valuesWithUnitText(
  name: string,
  numbers: readonly number[],
  unit: string,
  declared: string | undefined,
): LocalizedText {
  const shown = `values: [${numbers.slice(0, 12).join(', ')}${numbers.length > 12 ? ', …' : ''}]`;
  const put =
    declared === unit
      ? localized(`单位已写在“unit: ${unit}”中`, `the unit is already in "unit: ${unit}"`)
      : localized(`把单位写在“unit: ${unit}”中`, `put the unit in "unit: ${unit}"`);
  return localized(
    `“${name}”的取值带了单位：取值中不写单位，请写成 ${shown}，${put.zh}；表的键、“when”和“scope”里也只写数值`,
    `the values of "${name}" are written with a unit: write them without it, ${shown}, and ${put.en}; table keys, "when" and "scope" give the number alone too`,
  );
}
