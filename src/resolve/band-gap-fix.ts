import type { Band } from '../model/band';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * What to write instead of two table key bands that leave a gap (newcomer-17
 * finding 1). A standard lists nominal sizes as `2~3`, `4~6`: for a measured
 * number that is a real hole, so the author either stretches the lower band up
 * to the next one (`[2, 4)`), or, when only the nominal sizes occur, makes the
 * indicator an enum of them and keys the rows by lists.
 *
 * @param prev - the lower of the two bands
 * @param next - the band above it
 * @param indicator - the key's indicator id
 * @param integer - whether it is an integer: then it is counted, neither measured nor a nominal size
 * @returns the advice, to append after the gap's description
 */
export function bandGapFix(prev: Band, next: Band, indicator: string, integer = false): LocalizedText {
  const close = next.lowerInclusive ? ')' : ']';
  const stretched = Number.isFinite(prev.lower)
    ? `${prev.lowerInclusive ? '[' : '('}${prev.lower}, ${next.lower}${close}`
    : `${next.lowerInclusive ? '<' : '≤'} ${next.lower}`;
  if (integer)
    return localized(
      `；请写成首尾相接的区间，如把 ${prev.text} 写成 ${stretched}，使其覆盖到下一行`,
      `; write bands that meet end to end, e.g. ${prev.text} as ${stretched} so that it reaches the next row`,
    );
  if (prev.upper === next.lower)
    return localized(
      `；若要包括 ${next.lower}，把 ${prev.text} 写成 ${stretched}`,
      `; to include ${next.lower}, write ${prev.text} as ${stretched}`,
    );
  const sizes = nominalSizes(prev);
  const listed = sizes
    ? localized(`（${prev.text} 写成 [${sizes}]）`, ` (${prev.text} becomes [${sizes}])`)
    : localized('', '');
  return localized(
    `；若“${indicator}”是量得的数值，把 ${prev.text} 写成半开区间 ${stretched}，使其覆盖到下一行；若它只取公称尺寸，把“${indicator}”定义为“type: enum”，在“values”中列出这些尺寸，行键写成尺寸的列表${listed.zh}`,
    `; if ${indicator} is a measured number, write ${prev.text} as the half-open band ${stretched} so that it reaches the next row; if it only takes nominal sizes, make "${indicator}" a type: enum with those sizes as its values and key the rows by lists of sizes${listed.en}`,
  );
}

/** The whole numbers a closed band such as `2~3` holds, when few, as an example list. */
function nominalSizes(band: Band): string | undefined {
  if (!Number.isInteger(band.lower) || !Number.isInteger(band.upper)) return undefined;
  const from = band.lowerInclusive ? band.lower : band.lower + 1;
  const to = band.upperInclusive ? band.upper : band.upper - 1;
  if (to < from || to - from > 5) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).join(', ');
}

/**
 * The band above a gap written to start where the band below it ends, so
 * that the two meet end to end: `[1, 3]` above `≤ 0` becomes `(0, 3]`, `≥ 4`
 * above `[1, 3]` becomes `> 3` (newcomer-21 F6, for scoring bands).
 *
 * @param prev - the lower of the two bands
 * @param next - the band above it
 */
export function bandsJoined(prev: Band, next: Band): string {
  if (!Number.isFinite(next.upper)) return `${prev.upperInclusive ? '>' : '≥'} ${prev.upper}`;
  return `${prev.upperInclusive ? '(' : '['}${prev.upper}, ${next.upper}${next.upperInclusive ? ']' : ')'}`;
}
