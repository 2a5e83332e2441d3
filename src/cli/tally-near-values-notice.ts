import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';

/** Sets of near-equal values named at most: a sheet with more has a wider problem, and the first few show it. */
const MAX_SETS = 10;

/**
 * A tally value as compared for {@link tallyNearValuesNotice}: NFKC (full-width
 * brackets, letters and digits as half-width ones, the ideographic space a
 * space) with every space removed. `美凌制冷设备（顺德）有限公司` and
 * `美凌制冷设备(顺德)有限公司` fold to one text.
 *
 * @example
 * foldTallyValue('美凌 （顺德）'); // '美凌(顺德)'
 */
export function foldTallyValue(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * What `grade --tally-by` and `compare --tally-by` say (stderr, and the HTML
 * report and workbook with the other tally notices) when values of the
 * column differ only in spaces between their characters: `华北 建材` and
 * `华北建材` are two groups, and the sheet is the user's to fix
 * (committee-25 F6). Values that differ only in full-width forms or in
 * spaces around and between words (`美凌（顺德）` and `美凌(顺德)`, `L1` and
 * `Ｌ1`) are one group already, as `--group-by` pools them, and said by
 * `KeySpellings.notice` (hostile-36 F3); a space between two characters
 * where the other value has none may part two names, so those stay apart.
 *
 * @param column - the `--tally-by` column as given
 * @param groups - the tally's groups (a grade summary's, or compare's per-value moves), `""` for no value
 * @returns `undefined` when no two values fold to the same text
 * @example
 * const notice = tallyNearValuesNotice('生产企业', summary.counts().groups ?? []);
 * if (notice) ctx.err(notice[ctx.lang]);
 */
export function tallyNearValuesNotice(
  column: string,
  groups: readonly { key: string; total: number }[],
): LocalizedText | undefined {
  const folded = new Map<string, { key: string; total: number }[]>();
  for (const g of groups) {
    if (g.key === '') continue;
    const fold = foldTallyValue(g.key);
    const seen = folded.get(fold);
    if (seen) seen.push(g);
    else folded.set(fold, [g]);
  }
  const sets = [...folded.values()].filter((s) => s.length > 1);
  if (sets.length === 0) return undefined;
  const name = safeLine(column);
  const shown = sets.slice(0, MAX_SETS);
  const more = sets.length - shown.length;
  // Longer than other quotes: two such values may differ only near their end.
  const value = (key: string) => safeLine(cutShort(key, 80));
  const zh = shown
    .map((s) => s.map((g) => `“${value(g.key)}”（${countText(g.total)} 条）`).join('与'))
    .join('；');
  const en = shown
    .map((s) =>
      s
        .map((g) => `"${value(g.key)}" (${countText(g.total)} record${g.total === 1 ? '' : 's'})`)
        .join(' and '),
    )
    .join('; ');
  return localized(
    `--tally-by ${name}：以下取值只差字符之间的空格，按列统计把它们分成了不同的组：${zh}${more > 0 ? `；另有 ${countText(more)} 组` : ''}。如果是同一个，请在表中统一写法后重新运行（每条记录的等级不受影响）`,
    `--tally-by ${name}: these values differ only in spaces between characters, so the tally counts them as separate groups: ${en}${more > 0 ? `; and ${countText(more)} more such set${more === 1 ? '' : 's'}` : ''}. If they are one, write them the same way in the sheet and run again (each record's grade is not affected)`,
  );
}
