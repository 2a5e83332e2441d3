import { type Band, bandIsEmpty } from '../model/band';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * What to write instead of two table key bands that overlap, as the gap's
 * message says it (studio-29 F2: `区间 ≤ 8 与 [8, 16] 重叠` gave no fix).
 * Either band may be the one to change, so both are offered where both make
 * sense: the band above written to start where the band below ends
 * (`[8, 16]` → `(8, 16]`), or the band below written to end where the band
 * above starts (`≤ 8` → `< 8`). A rewrite that would leave a band empty or
 * end below its start (a band inside the other one) is not offered; nothing
 * when neither is left.
 *
 * @param prev - the lower of the two bands (the one starting first)
 * @param next - the band above it
 * @returns the advice, to append after the overlap's description
 * @example
 * bandOverlapFix(parseBand('≤ 8')!.band, parseBand('[8, 16]')!.band).en
 * // '; write [8, 16] as (8, 16] so that it starts where the row before ends, or ≤ 8 as < 8 so that it ends where the next row starts (whichever the standard says)'
 */
export function bandOverlapFix(prev: Band, next: Band): LocalizedText {
  // `< 7.5` then `≤ 7.5`: both open below to one end, the second meant as the band above (`≥ 7.5`); making it a
  // point, [7.5, 7.5], would leave everything above 7.5 with no row (newcomer-32 M4). The same upward: `≥ 7.5`,
  // `> 7.5`. `≤ 8` then `≤ 16` ends elsewhere: (8, 16], as below.
  if (
    prev.lower === -Infinity &&
    next.lower === -Infinity &&
    Number.isFinite(prev.upper) &&
    prev.upper === next.upper
  ) {
    const meant = bandText({
      ...next,
      lower: prev.upper,
      lowerInclusive: !prev.upperInclusive,
      upper: Infinity,
    });
    return localized(
      `；两行都没有下限：是否要把 ${next.text} 写成 ${meant}？（从上一行的终点开始，不留空档）`,
      `; neither row has a lower end: did you mean ${meant} for ${next.text}? (it starts where the row before ends, leaving no gap)`,
    );
  }
  if (
    prev.upper === Infinity &&
    next.upper === Infinity &&
    Number.isFinite(next.lower) &&
    prev.lower === next.lower
  ) {
    const meant = bandText({
      ...prev,
      upper: next.lower,
      upperInclusive: !next.lowerInclusive,
      lower: -Infinity,
    });
    return localized(
      `；两行都没有上限：是否要把 ${prev.text} 写成 ${meant}？（在下一行的起点结束，不留空档）`,
      `; neither row has an upper end: did you mean ${meant} for ${prev.text}? (it ends where the next row starts, leaving no gap)`,
    );
  }
  const raised: Band = { ...next, lower: prev.upper, lowerInclusive: !prev.upperInclusive, text: '' };
  const lowered: Band = { ...prev, upper: next.lower, upperInclusive: !next.lowerInclusive, text: '' };
  const up = bandIsEmpty(raised) ? undefined : bandText(raised);
  const down = bandIsEmpty(lowered) ? undefined : bandText(lowered);
  if (up !== undefined && down !== undefined)
    return localized(
      `；把 ${next.text} 写成 ${up}，使其从上一行的终点开始；或把 ${prev.text} 写成 ${down}，使其在下一行的起点结束（选与标准相符的一种）`,
      `; write ${next.text} as ${up} so that it starts where the row before ends, or ${prev.text} as ${down} so that it ends where the next row starts (whichever the standard says)`,
    );
  if (up !== undefined)
    return localized(
      `；把 ${next.text} 写成 ${up}，使其从上一行的终点开始`,
      `; write ${next.text} as ${up} so that it starts where the row before ends`,
    );
  if (down !== undefined)
    return localized(
      `；把 ${prev.text} 写成 ${down}，使其在下一行的起点结束`,
      `; write ${prev.text} as ${down} so that it ends where the next row starts`,
    );
  return localized('', '');
}

/** A band as a rule file writes it: `(8, 16]`, `< 8`, `> 8`. */
function bandText(b: Band): string {
  const low = Number.isFinite(b.lower);
  const high = Number.isFinite(b.upper);
  if (low && high)
    return `${b.lowerInclusive ? '[' : '('}${b.lower}, ${b.upper}${b.upperInclusive ? ']' : ')'}`;
  if (high) return `${b.upperInclusive ? '≤' : '<'} ${b.upper}`;
  if (low) return `${b.lowerInclusive ? '≥' : '>'} ${b.lower}`;
  return '';
}
