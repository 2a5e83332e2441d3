import { closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { speltAlike } from '../text/spelt-alike';

/**
 * Why a literal compared with an enum (in a `when`, a table key or a formula's
 * `==`) is none of its values: the value it spells with other characters
 * (`IIa类` for `Ⅱa类`), else the nearest numeric value, else the closest
 * spelling (`制造` → `制造业`), else the list of values. Such a comparison can
 * never hold, so a grade would quietly go the other way.
 *
 * @example
 * notAValue('industryType', '制造', ['制造业', '服务业']).zh;
 * // '“制造”不是“industryType”的取值，是否要写“制造业”？'
 */
export function notAValue(
  name: string,
  v: string | number | boolean,
  values: readonly (string | number)[],
): LocalizedText {
  // `IIa类` for `Ⅱa类`: one value to a reader, written with other characters; say which differ.
  const alike = typeof v === 'string' ? speltAlike(v, values) : undefined;
  if (alike)
    return localized(
      `${zhValue(v)}不是“${name}”的取值：${alike.difference.zh}；请写“${alike.value}”`,
      `${JSON.stringify(v)} is not a value of "${name}": ${alike.difference.en}; write "${alike.value}"`,
    );
  // A number is near another by its size, not its digits: 9 is no slip for 2 (newcomer-34 F2).
  const nearest = typeof v === 'number' ? nearestValues(v, values) : undefined;
  const hint = nearest ? undefined : closestTies(String(v), values.map(String));
  const advice = nearest
    ? localized(
        `；最接近的取值是 ${nearest.join(' 和 ')}`,
        `; the nearest ${nearest.length > 1 ? 'values are' : 'value is'} ${nearest.join(' and ')}`,
      )
    : hint?.length
      ? didYouMean(hint)
      : localized(`；可取${zhNames(values)}`, `; allowed: ${values.join(', ')}`);
  return localized(
    `${zhValue(v)}不是“${name}”的取值${advice.zh}`,
    `${JSON.stringify(v)} is not a value of "${name}"${advice.en}`,
  );
}

/** The numeric values nearest a number (two when it lies halfway between), when every value is a number. */
function nearestValues(v: number, values: readonly (string | number)[]): number[] | undefined {
  if (values.length === 0 || !values.every((x) => typeof x === 'number')) return undefined;
  const numbers = values as readonly number[];
  const distance = Math.min(...numbers.map((x) => Math.abs(x - v)));
  return [...new Set(numbers.filter((x) => Math.abs(x - v) === distance))].sort((a, b) => a - b);
}

/** A literal as a Chinese sentence quotes it: text in “ ”, a number or true/false as written, spaced from the Chinese after it. */
export function zhValue(v: unknown): string {
  return typeof v === 'string' ? `“${safeLine(cutShort(v))}”` : `${String(v)} `;
}
