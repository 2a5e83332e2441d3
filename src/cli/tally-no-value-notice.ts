import type { InputFormat } from '../input/input-item';
import { type LocalizedText, localized } from '../text/localized-text';
import { safeLine } from '../text/safe-text';

/**
 * What `grade --tally-by` and `compare --tally-by` say once on stderr when
 * no JSON or NDJSON record had a value in the column: such records have no
 * header to check the column against, so a misspelt key put every record
 * under "(no value)" without a word, in every output format. A CSV, TSV or
 * .xlsx column is checked against the header before any output; an empty
 * one is not misnamed, and says nothing.
 *
 * @param column - the `--tally-by` column as given
 * @param counts - the tally's groups (a grade summary's, or compare's per-value moves)
 * @param format - the input's format
 * @returns `undefined` unless every record counted lacked a value
 * @example
 * const notice = tallyNoValueNotice('grdae', summary.counts(), source.format);
 * if (notice) ctx.err(notice[ctx.lang]);
 */
export function tallyNoValueNotice(
  column: string,
  counts: { groups?: readonly { key: string }[]; otherGroups?: unknown },
  format: InputFormat,
): LocalizedText | undefined {
  if (format !== 'json' && format !== 'ndjson') return undefined;
  const groups = counts.groups ?? [];
  if (groups.length === 0 || counts.otherGroups !== undefined || groups.some((g) => g.key !== ''))
    return undefined;
  const name = safeLine(column);
  return localized(
    `--tally-by ${name}：没有一条记录有“${name}”的值，所有记录都列为“（无值）”；JSON 记录没有表头可供核对，请检查键名是否写对`,
    `--tally-by ${name}: no record had a value for "${name}", so every record is counted as "(no value)"; JSON records have no header to check it against: is the key named right?`,
  );
}
