import { type LocalizedText, localized } from '../text/localized-text';
import { unitFactor } from './units';

// `2:30`, `02:30`, `2:30:00` (h:min, h:min:s; full-width colons made ASCII before): minutes and seconds below 60.
const COLONS = /^(\d{1,3})\s*:\s*([0-5]?\d)(?:\s*:\s*([0-5]?\d))?$/u;
// `2°30′`, `2°30'`, `2°30′15″`: hours (or degrees) then minutes with the prime, as a lab sheet writes a time.
const DEGREES = /^(\d{1,3})\s*°\s*([0-5]?\d(?:\.\d+)?)\s*[′'](?:\s*([0-5]?\d(?:\.\d+)?)\s*[″"])?$/u;

/**
 * The advice for a figure written in sixties (hostile-31 M4): `2:30`, `02:30`, `2:30:00`, `2°30′`. Under a time
 * indicator it is hours and minutes, told converted (`2:30` = 150 min under min, 2.5 under h), never "remove °30′
 * and write 2" (2 min) nor only "not a decimal number"; under an angle in ° it is degrees and minutes (2.5); under
 * any other indicator it is only said to be no decimal number, no minutes suggested. `undefined` for any other text
 * (`0:150`, whose minutes are no minutes, is none).
 *
 * @example
 * sexagesimalAdvice('2:30', 'min')?.en; // 'is in hours and minutes (read as h:min, 2:30 = 150 min), …: convert it and write 150'
 */
export function sexagesimalAdvice(text: string, unit: string | undefined): LocalizedText | undefined {
  const colons = COLONS.exec(text);
  const parts = colons ?? DEGREES.exec(text);
  if (parts === null) return undefined;
  const [whole, minutes, seconds] = [Number(parts[1]), Number(parts[2]), Number(parts[3] ?? 0)];
  const sixties = whole + minutes / 60 + seconds / 3600;
  const written = text.trim();
  const perHour = unit === undefined ? undefined : unitFactor('h', unit);
  if (perHour !== undefined) {
    const value = String(Number((sixties * perHour).toPrecision(12)));
    const form = colons === null ? 'h°min′' : parts[3] === undefined ? 'h:min' : 'h:min:s';
    return localized(
      `是小时和分钟的写法（按 ${form} 读，${written} = ${value} ${unit}），而该指标的单位是 ${unit}：请换算后只写 ${value}`,
      `is in hours and minutes (read as ${form}, ${written} = ${value} ${unit}), and the indicator is in ${unit}: convert it and write ${value}`,
    );
  }
  if (unit === '°' && colons === null) {
    const value = String(Number(sixties.toPrecision(12)));
    return localized(
      `是度和分的写法（${written} = ${value}°）：请换算后只写 ${value}`,
      `is degrees and minutes (${written} = ${value}°): convert it and write ${value}`,
    );
  }
  return localized(
    '是以六十进位（时:分、度分）写的，不是十进制数：请写十进制数值',
    'is written in sixties (hours and minutes, degrees and minutes), not as a decimal number: write the value as a decimal number',
  );
}
