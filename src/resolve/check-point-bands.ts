import { type Band, bandsMeet } from '../model/band';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { bandsJoined } from './band-gap-fix';
import { bandGapText } from './band-gap-text';
import { integersBetween, integersText } from './integers-between';
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
 * For an indicator of `type: integer` a gap that holds no whole number is
 * none: `≤ 0`, `[1, 3]`, `≥ 4` score every value it takes (newcomer-21 F6).
 *
 * @param path - the scoring item's path; each issue is placed at the band it concerns.
 * @param indicatorIs - the indicator's `range` (bands that leave an end of it unscored get a warning),
 *   and whether it is an integer.
 * @returns whether the bands passed.
 */
export function checkPointBands(
  ctx: ModelContext,
  indicator: string,
  bands: readonly PointBand[],
  path: readonly (string | number)[],
  indicatorIs: { range?: Band; integer?: boolean } = {},
): boolean {
  const { range, integer = false } = indicatorIs;
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
      const whole = integer ? integersBetween(prev, next) : undefined;
      if (integer && !whole) continue;
      const between = whole ? integersText(whole) : bandGapText(prev, next);
      // As a table's gap says what to write (newcomer-21 F6: the author had to guess).
      const fix = bandsJoined(prev, next);
      ctx.error(
        'band-gap',
        localized(
          `“${indicator}”的评分区间“${prev.text}”与“${next.text}”之间有空缺：${cjkJoin(between.zh, '得不到分数')}；` +
            `请写成首尾相接的区间，如把 ${next.text} 写成 ${fix}`,
          `the scoring bands "${prev.text}" and "${next.text}" of "${indicator}" leave a gap: ${between.en} would get no score; ` +
            `write bands that meet end to end, e.g. ${next.text} as ${fix}`,
        ),
        at(sorted[i]!),
      );
      ok = false;
    }
  }
  if (ok && range) uncoveredRange(ctx, indicator, sorted, range, integer, at);
  return ok;
}

/**
 * A warning when the bands leave an end of the indicator's `range` without
 * points (`[0, 10]` scored by `< 5` and `[5, 8]`): a value there is one the
 * indicator may take, yet it gets no score, so its dimension and the total
 * get none and the record is not graded (hostile-20 M12).
 */
function uncoveredRange(
  ctx: ModelContext,
  indicator: string,
  sorted: readonly PointBand[],
  range: Band,
  integer: boolean,
  at: (b: PointBand) => (string | number)[],
): void {
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  // What the range holds below the first band and above the last, as bands meeting them: for an integer
  // only whole numbers count (range ≥ 0 scored from [1, …) on leaves 0 out; range (0, 10] from [1, …) leaves none).
  const fromRange = { ...range, upper: range.lower, upperInclusive: !range.lowerInclusive };
  const toRange = { ...range, lower: range.upper, lowerInclusive: !range.upperInclusive };
  const below =
    first.band.lower > range.lower ||
    (first.band.lower === range.lower && range.lowerInclusive && !first.band.lowerInclusive);
  const above =
    last.band.upper < range.upper ||
    (last.band.upper === range.upper && range.upperInclusive && !last.band.upperInclusive);
  for (const [side, band] of [
    [below ? 'below' : undefined, first],
    [above ? 'above' : undefined, last],
  ] as const) {
    if (side === undefined) continue;
    const whole = !integer
      ? undefined
      : side === 'below'
        ? integersBetween(fromRange, band.band)
        : integersBetween(band.band, toRange);
    if (integer && !whole) continue;
    // The integers left out, when they can be counted (not "all below 5" of an open range).
    const counted = whole && Number.isFinite(whole.first) && Number.isFinite(whole.last) ? whole : undefined;
    const edge = side === 'below' ? band.band.lower : band.band.upper;
    const end = side === 'below' ? range.lower : range.upper;
    // A range open at that end (≤ 10): no "down to -Infinity".
    const open = !Number.isFinite(end);
    // An end the range includes and the band does not: that value alone.
    const zhSide = counted
      ? integersText(counted).zh
      : edge === end
        ? `${end} 本身`
        : side === 'below'
          ? cjkJoin(`低于 ${edge}${open ? '' : `（低至 ${end}）`}`, '的值')
          : cjkJoin(`高于 ${edge}${open ? '' : `（至 ${end}）`}`, '的值');
    const enSide = counted
      ? integersText(counted).en
      : edge === end
        ? `${end} itself`
        : side === 'below'
          ? `a value below ${edge}${open ? '' : ` (down to ${end})`}`
          : `a value above ${edge}${open ? '' : ` (up to ${end})`}`;
    const outcome = withoutScore(ctx);
    const issue = ctx.source.issue(
      'band-gap',
      localized(
        `“${indicator}”的评分区间没有覆盖它的取值范围“${range.text}”：${cjkJoin(zhSide, '得不到分数')}，其所在维度和总分因此没有分数，${outcome.zh}；若标准对这些值另有分数，请补上区间`,
        `the scoring bands of "${indicator}" do not cover its range "${range.text}": ${enSide} gets no score, so neither does its dimension nor the total, and ${outcome.en}; if the standard scores such values, add a band`,
      ),
      at(band),
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}

/**
 * What a record with no total gets: not graded, or, where the lowest grade has no cutoff, that grade — rule-format
 * 打分 says so, and the warning said "not graded" either way (fix-score9's note).
 */
function withoutScore(ctx: ModelContext): { zh: string; en: string } {
  const lowest = ctx.doc.grades[0];
  const cutoffs = ctx.doc.scoring?.cutoffs ?? {};
  if (lowest === undefined || Object.hasOwn(cutoffs, lowest.id))
    return { zh: '记录不予分级', en: 'the record is not graded' };
  const label = lowest.label ?? { zh: lowest.id, en: lowest.id };
  return {
    zh: `记录只得到不设分数线的最低等级“${label.zh}”`,
    en: `the record gets only the lowest grade, "${label.en}", which has no cutoff`,
  };
}
