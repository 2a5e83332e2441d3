import type { BatchCounts } from '../batch/batch-summary';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';

/**
 * What `grade --tally-by` and `compare --tally-by` say once on stderr when the column has more
 * values than the tally keeps ({@link BatchCounts.otherGroups}): that the
 * later values' records are one group, the totals unchanged, and that a
 * column with fewer values is what a tally is for. A column of sample ids
 * gave a table of 200,000 rows, and 17 s and 500 MB to make it, with no word.
 *
 * @param column - the `--tally-by` column as given
 * @param counts - the tally's counts: a grade summary's, or compare's per-value moves
 * @returns `undefined` when every value has its group
 * @example
 * const notice = tallyBoundNotice('样品编号', summary.counts());
 * if (notice) ctx.err(notice[ctx.lang]);
 */
export function tallyBoundNotice(
  column: string,
  counts: { otherGroups?: Pick<NonNullable<BatchCounts['otherGroups']>, 'after' | 'total'> },
): LocalizedText | undefined {
  const other = counts.otherGroups;
  if (!other) return undefined;
  const [name, after, records] = [safeLine(column), countText(other.after), countText(other.total)];
  return localized(
    `--tally-by ${name}：该列的取值超过 ${after} 个，更像样品编号而不是分组；按列统计只列出最先出现的 ${after} 个取值，其余 ${records} 条记录合为“（其他）”一组（各等级合计不变）。请改用取值较少的列，如生产企业、地区`,
    `--tally-by ${name}: the column has more than ${after} values, more like a sample id than a group; the tally lists the first ${after} values and counts the other ${records} record${other.total === 1 ? '' : 's'} as one group, "(other)" (the totals are unchanged). Tally by a column with fewer values, such as a producer or a region`,
  );
}
