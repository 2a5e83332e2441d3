import { type IndicatorInfo, limitsOf } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Batched, batched, batchesOf } from './batched';
import type { InputItem, WrittenHeader } from './input-item';
import { unitKey } from './units';
import { columnLetters } from './xlsx/cell-address';

/**
 * How a notice names where the values are: a CSV/TSV or Parquet column by its 1-based number (`第 13 列`), an .xlsx
 * one by its letter as the sheet shows it (`M 列`), a JSON/NDJSON record's field by its name.
 */
export type FractionPlace = 'column' | 'letter' | 'field';

// The shares a fraction of one is typed for: per cent and per mille, and what to multiply it by.
const SHARES: Readonly<Record<string, number>> = { '%': 100, '‰': 1000 };

/**
 * The items of a table unchanged, and at the end a notice for each column (a JSON record's field) read as an
 * indicator in `%` or `‰` whose values all lie in [0, 1] (not all 0) while every limit the rule file compares it
 * with is above 1: `0.985` for 98.5 %, `0.0045` for 4.5 ‰, a share of one typed where a percentage belongs, which
 * grades as 0.985 % and silently drops levels (newcomer-39 F1). Only said, never changed: a value of 0.5 % can be
 * real. A column of zeros reads the same either way, and one value above 1 shows the column is in percent. Nor is it
 * said where the values, as fractions, would be far above every limit (over twice the largest): 0.85 under
 * manganese ≤ 1.6 % is 0.85 %, not 85 %. An .xlsx cell in percent format is read as the percentage it shows, so it
 * is never a fraction here.
 *
 * @param name - what to call the input
 * @param header - the header once read: its cells as written and each column's field; JSON has none, and every
 *   record's fields are watched
 * @param place - how the notice names the column (see {@link FractionPlace})
 * @example
 * for await (const item of fractionColumns(items, 'a.xlsx', read.header, ruleSet.indicators, console.warn)) grade(item);
 */
export function fractionColumns(
  items: Batched<InputItem>,
  name: string,
  header: () => WrittenHeader | undefined,
  indicators: readonly IndicatorInfo[],
  onNotice: (text: LocalizedText) => void,
  place: FractionPlace = 'column',
): Batched<InputItem> {
  const watched = indicators.filter(
    (i) => shareOf(i) !== undefined && limitsOf(i).length > 0 && limitsOf(i).every((l) => l > 1),
  );
  // Most rule sets have no such indicator: their items pass as they are, with no stage more.
  if (watched.length === 0) return items;
  return batched(async function* () {
    // Field → the first value above 0 seen and the largest, while every value is in [0, 1]; a field leaves once one is not.
    let open: Map<string, { indicator: IndicatorInfo; first?: number; most: number }> | undefined;
    for await (const batch of batchesOf(items)) {
      if (!open) {
        // JSON: no header, so every watched field; a field no record gives never gets a value above 0.
        const fields = place === 'field' ? undefined : new Set(header()?.fields ?? []);
        open = new Map(
          watched
            .filter((i) => !fields || fields.has(i.name))
            .map((i) => [i.name, { indicator: i, most: 0 }]),
        );
      }
      if (open.size > 0)
        for (const item of batch) {
          if (!('record' in item)) continue;
          const record = item.record as Record<string, unknown> | null;
          if (record === null || typeof record !== 'object') continue;
          for (const [field, seen] of open) {
            const values = numbers(record[field]);
            if (values.some((v) => v < 0 || v > 1)) open.delete(field);
            else {
              seen.first ??= values.find((v) => v > 0);
              seen.most = Math.max(seen.most, ...values);
            }
          }
        }
      yield batch;
    }
    const written = header();
    if (!open || (!written && place !== 'field')) return;
    for (const [field, seen] of open) {
      const factor = SHARES[shareOf(seen.indicator)!]!;
      if (seen.first !== undefined && seen.most * factor <= 2 * Math.max(...limitsOf(seen.indicator)))
        onNotice(fractionText(name, place, where(place, written, field), field, seen.indicator, seen.first));
    }
  });
}

/** The share an indicator is in, `%` or `‰` by its unit's key, else `undefined`. */
function shareOf(indicator: IndicatorInfo): '%' | '‰' | undefined {
  const key = indicator.unit === undefined ? undefined : unitKey(indicator.unit);
  return key === '%' || key === '‰' ? key : undefined;
}

/** Where the values are, as the notice names it: `第 13 列（合格率）`, `M 列（合格率）`, `字段 passRate`. */
function where(place: FractionPlace, header: WrittenHeader | undefined, field: string): LocalizedText {
  if (place === 'field' || !header) return localized(`字段 ${field} `, `field ${field}`);
  const at = header.fields.indexOf(field);
  const column = header.cells[at] ?? field;
  if (place === 'letter') {
    const letter = columnLetters(at);
    return localized(`${letter} 列（${column}）`, `column ${letter} (${column})`);
  }
  return localized(`第 ${at + 1} 列（${column}）`, `column ${at + 1} (${column})`);
}

/** A record's numbers for a field: its value, or its specimen values; text (a refused cell) is none. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number');
  return [];
}

function fractionText(
  name: string,
  place: FractionPlace,
  at: LocalizedText,
  field: string,
  indicator: IndicatorInfo,
  example: number,
): LocalizedText {
  const sign = shareOf(indicator)!;
  const factor = SHARES[sign]!;
  const limits = [...limitsOf(indicator)].sort((a, b) => a - b);
  const shown = limits.length > 5 ? `${limits.slice(0, 5).join('、')}…` : limits.join('、');
  const shownEn = limits.length > 5 ? `${limits.slice(0, 5).join(', ')}, …` : limits.join(', ');
  const times = String(Number((example * factor).toPrecision(12)));
  // A spreadsheet has a percent format, none for per mille; a JSON record has no cells to format.
  const format =
    sign === '%' && place !== 'field'
      ? localized(
          '，或在表格中把这些单元格设为百分比格式',
          ', or format those cells as percentages in the sheet',
        )
      : localized('', '');
  return localized(
    `${name}：${at.zh}的数值都在 0 到 1 之间（如 ${example}），而 ${field}（${indicator.label.zh}）以 ${sign} 计，限值为 ${shown}：这些数值看起来是以 1 为整体的比例，按所写的数评定，${example} 即 ${example} ${sign}。如果是比例，请把数值乘以 ${factor}（${example} → ${times}）${format.zh}`,
    `${name}: ${at.en} holds only values from 0 to 1 (such as ${example}), while ${field} (${indicator.label.en}) is in ${sign}, with limits ${shownEn}: they look like fractions of one, and are graded as written, ${example} as ${example} ${sign}. If they are fractions, multiply them by ${factor} (${example} → ${times})${format.en}`,
  );
}
