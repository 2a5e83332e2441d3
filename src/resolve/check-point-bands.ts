import { type Band, bandsMeet } from '../model/band';
import { localized } from '../text/localized-text';
import { bandGapText } from './band-gap-text';
import type { ModelContext } from './model-context';

/** One `[band, points]` entry of a scoring item, with its place in the list. */
export interface PointBand {
  band: Band;
  points: number;
  /** Its index in the item's `points` list, to locate it. */
  index: number;
}

/**
 * Checks the bands of a scoring item's `points` (each already read by
 * `readBand`, so none is empty) the way a table's bands are checked: side
 * by side without a gap (a value there would get no score, so neither would
 * its dimension nor the total) or an overlap (a value there would get the
 * first band's points and never the other's).
 *
 * @param path - the scoring item's path; each issue is placed at the band it concerns.
 * @returns whether the bands passed.
 */
export function checkPointBands(
  ctx: ModelContext,
  indicator: string,
  bands: readonly PointBand[],
  path: readonly (string | number)[],
): boolean {
  const at = (b: PointBand) => [...path, 'points', b.index, 0];
  let ok = true;
  const sorted = [...bands].sort((a, b) => a.band.lower - b.band.lower || a.index - b.index);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!.band;
    const next = sorted[i]!.band;
    const meet = bandsMeet(prev, next);
    if (meet === 'overlap') {
      ctx.error(
        'band-overlap',
        localized(
          `“${indicator}”的评分区间“${prev.text}”与“${next.text}”重叠：一个值会落在两个区间里`,
          `the scoring bands "${prev.text}" and "${next.text}" of "${indicator}" overlap: a value would fall in both`,
        ),
        at(sorted[i]!),
      );
      ok = false;
    } else if (meet === 'gap') {
      const between = bandGapText(prev, next);
      ctx.error(
        'band-gap',
        localized(
          `“${indicator}”的评分区间“${prev.text}”与“${next.text}”之间有空缺：${between.zh}得不到分数`,
          `the scoring bands "${prev.text}" and "${next.text}" of "${indicator}" leave a gap: ${between.en} would get no score`,
        ),
        at(sorted[i]!),
      );
      ok = false;
    }
  }
  return ok;
}
