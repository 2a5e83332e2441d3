import { type Band, bandIsEmpty } from '../model/band';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * Why a range holds no value, or `undefined` when it holds one. Every place
 * that reads a range (requirements, an indicator's `range`, table bands,
 * scoring bands, group limits) refuses such a range with this message: a
 * requirement no value can meet, or a band no value falls in, is a mistake.
 * `[3, 3]` holds 3; `(3, 3]`, `[3, 3)`, `(3, 3)` and `[5, 1]` hold nothing.
 *
 * @example
 * emptyBandText(parseBand('[5, 1]')!.band)?.en // 'the range "[5, 1]" holds no value: …'
 */
export function emptyBandText(band: Band): LocalizedText | undefined {
  if (!bandIsEmpty(band)) return undefined;
  if (band.lower > band.upper)
    return localized(
      `区间“${band.text}”不含任何值：下限 ${band.lower} 大于上限 ${band.upper}；请把较小的数写在前面`,
      `the range "${band.text}" holds no value: its lower end ${band.lower} is above its upper end ${band.upper}; write the smaller number first`,
    );
  return localized(
    `区间“${band.text}”不含任何值：两端都是 ${band.lower}，但不都含端点；只含这一个值请写 [${band.lower}, ${band.upper}]`,
    `the range "${band.text}" holds no value: both ends are ${band.lower}, but not both are included; for that single value write [${band.lower}, ${band.upper}]`,
  );
}
