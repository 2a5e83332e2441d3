import { columnField } from '../input/column-value';
import type { RecordSource } from '../input/read-records';
import { setKeptValue } from '../model/kept-values';

/**
 * Carries the `--tally-by` column into a result's kept values, as `--keep`
 * would, so the record lists of the reports for people (compare's changed
 * records, grade's results sheet) show each record's producer beside its id
 * and can be filtered by it. Nothing is added with `--no-keep`, when the
 * column is kept already, or when it names an indicator (shown already, and
 * `--keep` refuses it). Decided at the first result, once the header is read.
 *
 * @param column - the `--tally-by` value as given (trimmed here); undefined: no change
 * @param keep - the `--keep` option: `false` for `--no-keep`
 * @example
 * const withTally = tallyKept(options.tallyBy, source, ruleSet.indicators, options.keep);
 * report.add(withTally(result, group), group);
 */
export function tallyKept(
  column: string | undefined,
  source: Pick<RecordSource, 'kept' | 'header'>,
  indicators: readonly { name: string }[],
  keep: readonly string[] | false | undefined,
): <R extends { kept?: Record<string, string> }>(result: R, value: string) => R {
  const name = column?.trim();
  let add: boolean | undefined;
  return (result, value) => {
    if (name === undefined || keep === false) return result;
    if (add === undefined) {
      const field = columnField(name, source.header?.()) ?? name;
      add =
        !source.kept.columns.includes(name) &&
        !source.kept.columns.includes(field) &&
        !indicators.some((i) => i.name === field || i.name === name);
    }
    // An empty cell is no kept value under --keep either.
    if (!add || value === '') return result;
    const kept: Record<string, string> = { ...(result.kept ?? {}) };
    setKeptValue(kept, name, value);
    return { ...result, kept };
  };
}

/**
 * {@link tallyKept} for every `--tally-by` column: each carried into the kept values, in the order given.
 *
 * @param values - a result's values in the columns, in the same order
 * @example
 * const withTally = tallyKeptAll(['生产企业', '省份'], source, ruleSet.indicators, options.keep);
 * report.add(withTally(result, ['华北建材', '河北']), values);
 */
export function tallyKeptAll(
  columns: readonly string[],
  source: Pick<RecordSource, 'kept' | 'header'>,
  indicators: readonly { name: string }[],
  keep: readonly string[] | false | undefined,
): <R extends { kept?: Record<string, string> }>(result: R, values: readonly string[]) => R {
  const each = columns.map((column) => tallyKept(column, source, indicators, keep));
  return (result, values) => each.reduce((r, add, i) => add(r, values[i] ?? ''), result);
}
