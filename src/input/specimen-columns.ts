import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';

/**
 * The usage error for more columns giving an indicator's specimens than it takes (`specimens: { exactly: 3 }`,
 * five columns `断裂模数` under a two-line header, or five `--map 断裂模数N=modulusOfRupture`): which of them
 * hold its specimens would be a guess, and every record would be invalid for the same reason (newcomer-32 W2).
 * Known when the header is read, so said once, naming the columns, before any record is read.
 *
 * @param headers - the header cells as written, trimmed
 * @param fields - the field each column gives ({@link resolveColumns})
 * @param input - what to call the input in messages, if anything
 * @returns the error, or `undefined` when no indicator is given by more columns than it takes specimens
 * @example
 * tooManySpecimenColumns(['断裂模数', '断裂模数'], ['mor', 'mor'], [{ name: 'mor', specimens: 1, … }], 'in.csv');
 * // UsageError: in.csv：第 1–2 列都给出指标 mor（断裂模数）的试样值，它最多取 1 个试样…
 */
export function tooManySpecimenColumns(
  headers: readonly string[],
  fields: readonly string[],
  indicators: readonly IndicatorInfo[],
  input?: string,
): UsageError | undefined {
  for (const ind of indicators) {
    if (ind.specimens === 0) continue;
    const columns: number[] = [];
    fields.forEach((f, i) => {
      if (f === ind.name) columns.push(i);
    });
    if (columns.length <= ind.specimens) continue;
    const heads = [...new Set(columns.map((c) => headers[c] ?? ''))].filter((h) => h !== '');
    const shown = heads.length === 1 ? `“${heads[0]}”` : heads.map((h) => `“${h}”`).join('、');
    const shownEn = heads.map((h) => `"${h}"`).join(', ');
    const list = columnList(columns);
    const at = input ? `${input}：` : '';
    const atEn = input ? `${input}: ` : '';
    return new UsageError(
      localized(
        `${at}${list.zh}（${shown}）都给出指标 ${ind.name}（${ind.label.zh}）的试样值，共 ${columns.length} 列，而它最多取 ${ind.specimens} 个试样；哪几列是它的试样无法确定：请删除多余的列或给它们另写表头（若规则集的试样数写错了，请改正“specimens”）`,
        `${atEn}${list.en} (${shownEn}) all give specimen values of the indicator ${ind.name} (${ind.label.en}), ${columns.length} columns, and it takes at most ${ind.specimens} specimens; which of them hold its specimens would be a guess: delete the extra columns or give them headers of their own (if the rule set's specimen count is wrong, correct its "specimens")`,
      ),
    );
  }
  return undefined;
}

/** 1-based column numbers: `第 11–15 列` when they follow each other, else `第 3、5、9 列`. */
function columnList(columns: readonly number[]): { zh: string; en: string } {
  const first = columns[0]! + 1;
  const last = columns[columns.length - 1]! + 1;
  if (last - first + 1 === columns.length)
    return { zh: `第 ${first}–${last} 列`, en: `columns ${first}–${last}` };
  const n = columns.map((c) => c + 1);
  return { zh: `第 ${n.join('、')} 列`, en: `columns ${n.join(', ')}` };
}
