import { InputError } from '../errors/input-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { shellWord } from '../text/shell-word';
import { closeColumns } from './close-columns';
import { mapOption, type OptionNaming } from './option-naming';
import { withinLabel } from './within-label';

/**
 * The error for one unread header written over several columns (`屈服强度` three times) when it is close to an
 * indicator that takes that many specimens: the lab's layout, a specimen a column. "Both give the field 屈服强度; map
 * one elsewhere" sent newcomer-46 the wrong way, where one `--map 屈服强度=lowerYield` reads all of them as its
 * specimens, in column order. Said only where that `--map` would be: not for a header in another unit, or one that
 * says the label's words otherwise (see {@link withinLabel}). `undefined` otherwise.
 */
export function repeatedCloseHeaderError(
  input: string | undefined,
  header: string,
  headers: readonly string[],
  fields: readonly string[],
  indicators: readonly IndicatorInfo[],
  naming: OptionNaming | undefined,
): InputError | undefined {
  const count = fields.filter((f) => f === header).length;
  const close = closeColumns(headers, fields, indicators, new Set(), true).find((c) => c.column === header);
  const ind = close?.indicator;
  if (!ind || close.written !== undefined || close.negated || close.tied || ind.specimens < count)
    return undefined;
  if (close.partial && !withinLabel(header, ind)) return undefined;
  const map =
    naming === 'studio' || naming === 'api'
      ? mapOption(naming, header, ind.name)
      : `--map ${shellWord(`${header}=${ind.name}`)}`;
  const check = close.partial
    ? localized(
        `表头与指标标签不同的字可能表示另一个量，请先核对；`,
        `the words the header does not share with the label may name another quantity, so check first; `,
      )
    : localized('', '');
  return new InputError(
    localized(
      `${input ? `${input}：` : ''}${count} 列的表头都是“${header}”，没有读取：它们像是指标 ${ind.name}（${ind.label.zh}）的各个试样；${check.zh}如果就是它，请加上 ${map}：这 ${count} 列按列的顺序作为它的试样读取（或把这些表头都改为“${ind.label.zh}”）`,
      `${input ? `${input}: ` : ''}${count} columns are headed "${header}" and none is read: they look like the specimens of the indicator ${ind.name} (${ind.label.en}); ${check.en}if they are, add ${map}: the ${count} columns are read as its specimens, in column order (or head each of them "${ind.label.zh}")`,
    ),
  );
}
