import type { Band } from '../model/band';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * What to write instead of two table key bands that leave a gap (newcomer-17
 * finding 1). A standard lists nominal sizes as `2~3`, `4~6`: for a measured
 * number that is a real hole, so the author either stretches the lower band up
 * to the next one (`[2, 4)`), or, when only the nominal sizes occur, makes the
 * indicator an enum of them and keys the rows by lists. A band above that
 * starts "above" a number the band below does not end at (`(7, 10]` after
 * `≤ 6`) is more likely a slip in that number: the band above is offered first
 * as written from where the band below ends (`(6, 10]`), leaving the band
 * below as the standard has it, then the band below stretched (newcomer-27 M06).
 *
 * @param prev - the lower of the two bands
 * @param next - the band above it
 * @param indicator - the key's indicator id
 * @param integer - whether it is an integer: then it is counted, neither measured nor a nominal size
 * @param row - the lower band's row as written, for the enum's advice to show it rewritten
 * @returns the advice, to append after the gap's description
 * @example
 * bandGapFix(parseBand('≤ 6')!.band, parseBand('(7, 10]')!.band, 'capacity').en
 * // '; write (7, 10] as (6, 10] so that it starts where the row before ends, or ≤ 6 as ≤ 7 so that it reaches the next row (whichever the standard says)'
 */
export function bandGapFix(
  prev: Band,
  next: Band,
  indicator: string,
  integer = false,
  row?: GapRow,
): LocalizedText {
  const close = next.lowerInclusive ? ')' : ']';
  const bounded = Number.isFinite(prev.lower);
  const stretched = bounded
    ? `${prev.lowerInclusive ? '[' : '('}${prev.lower}, ${next.lower}${close}`
    : `${next.lowerInclusive ? '<' : '≤'} ${next.lower}`;
  if (!next.lowerInclusive && prev.upper !== next.lower) {
    const joined = bandsJoined(prev, next);
    return localized(
      `；把 ${next.text} 写成 ${joined}，使其从上一行的终点开始；或把 ${prev.text} 写成 ${stretched}，使其覆盖到下一行（选与标准相符的一种）`,
      `; write ${next.text} as ${joined} so that it starts where the row before ends, or ${prev.text} as ${stretched} so that it reaches the next row (whichever the standard says)`,
    );
  }
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
  const listed = row ? listedRow(prev, row) : undefined;
  // `[2, 4)` is half-open; `< 4` is open at one end only, a band below everything.
  const [halfZh, halfEn] = bounded ? ['半开区间 ', 'the half-open band '] : [' ', ''];
  return localized(
    `；若“${indicator}”是量得的数值，把 ${prev.text} 写成${halfZh}${stretched}，使其覆盖到下一行；若它只取公称尺寸，把“${indicator}”定义为“type: enum”，在“values”中列出这些尺寸，行键写成尺寸的列表${listed?.zh ?? ''}`,
    `; if ${indicator} is a measured number, write ${prev.text} as ${halfEn}${stretched} so that it reaches the next row; if it only takes nominal sizes, make "${indicator}" a type: enum with those sizes as its values and key the rows by lists of sizes${listed?.en ?? ''}`,
  );
}

/** A table row as written, for {@link bandGapFix} to show rewritten. */
export interface GapRow {
  /** Its cells, each as the file writes it (`"[2, 3]"` quoted, `4.50` with its zero). */
  cells: readonly string[];
  /** Which cell is the key whose band leaves the gap. */
  key: number;
}

/**
 * The row of a closed band (`[2, 3]`, `8~12`) rewritten with a list of sizes for its key: the whole row before and
 * after, as a reader cannot see a change in `[2, 3]` becoming `[2, 3]` (the quotes go; newcomer-34 F2). The list
 * holds the band's ends only, with the sizes between to add: which sizes a band holds is the standard's to say
 * (float glass has no 9 or 11 mm), and `validate` names each size of `values` no row lists. `undefined` for a band
 * open at an end, which holds no last size.
 */
function listedRow(band: Band, row: GapRow): LocalizedText | undefined {
  if (
    !band.lowerInclusive ||
    !band.upperInclusive ||
    !Number.isFinite(band.lower) ||
    !Number.isFinite(band.upper)
  )
    return undefined;
  const ends = band.lower === band.upper ? [band.lower] : [band.lower, band.upper];
  const after = row.cells.map((c, i) => (i === row.key ? `[${ends.join(', ')}]` : c));
  const [before, rewritten] = [`[${row.cells.join(', ')}]`, `[${after.join(', ')}]`];
  if (ends.length === 1)
    return localized(
      `，不加引号：把 ${before} 写成 ${rewritten}`,
      `, unquoted: ${before} becomes ${rewritten}`,
    );
  return localized(
    `，不加引号：把 ${before} 写成 ${rewritten}，并在列表中补上 ${band.lower} 与 ${band.upper} 之间的其他尺寸（如有）`,
    `, unquoted: ${before} becomes ${rewritten}, with any other sizes between ${band.lower} and ${band.upper} added to the list`,
  );
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
