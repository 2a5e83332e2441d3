import { type IndicatorInfo, limitsOf } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Batched, batched, batchesOf } from './batched';
import type { InputItem, WrittenHeader } from './input-item';
import { unitKey } from './units';

/**
 * The items of a table unchanged, and at the end a notice for each column read as an indicator in `%` whose values
 * all lie in [0, 1] (not all 0) while every limit the rule file compares it with is above 1: `0.985` for 98.5 %,
 * a share of one typed where a percentage belongs, which grades as 0.985 % and silently drops levels (newcomer-39
 * F1). Only said, never changed: a value of 0.5 % can be real. A column of zeros reads the same either way, and one
 * value above 1 shows the column is in percent. Nor is it said where the values, as fractions, would be far above
 * every limit (over twice the largest): 0.85 under manganese ≤ 1.6 % is 0.85 %, not 85 %. An .xlsx cell in percent
 * format is read as the percentage it shows, so it is never a fraction here.
 *
 * @param name - what to call the input
 * @param header - the header once read: its cells as written and each column's field
 * @example
 * for await (const item of fractionColumns(items, 'a.xlsx', read.header, ruleSet.indicators, console.warn)) grade(item);
 */
export function fractionColumns(
  items: Batched<InputItem>,
  name: string,
  header: () => WrittenHeader | undefined,
  indicators: readonly IndicatorInfo[],
  onNotice: (text: LocalizedText) => void,
): Batched<InputItem> {
  const watched = indicators.filter(
    (i) =>
      i.unit !== undefined &&
      unitKey(i.unit) === '%' &&
      limitsOf(i).length > 0 &&
      limitsOf(i).every((l) => l > 1),
  );
  // Most rule sets have no such indicator: their items pass as they are, with no stage more.
  if (watched.length === 0) return items;
  return batched(async function* () {
    // Field → the first value above 0 seen and the largest, while every value is in [0, 1]; a field leaves once one is not.
    let open: Map<string, { indicator: IndicatorInfo; first?: number; most: number }> | undefined;
    for await (const batch of batchesOf(items)) {
      if (!open) {
        const fields = new Set(header()?.fields ?? []);
        open = new Map(
          watched.filter((i) => fields.has(i.name)).map((i) => [i.name, { indicator: i, most: 0 }]),
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
    if (!open || !written) return;
    for (const [field, seen] of open)
      if (seen.first !== undefined && seen.most * 100 <= 2 * Math.max(...limitsOf(seen.indicator)))
        onNotice(fractionText(name, written, field, seen.indicator, seen.first));
  });
}

/** A record's numbers for a field: its value, or its specimen values; text (a refused cell) is none. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number');
  return [];
}

function fractionText(
  name: string,
  header: WrittenHeader,
  field: string,
  indicator: IndicatorInfo,
  example: number,
): LocalizedText {
  const at = header.fields.indexOf(field);
  const column = header.cells[at] ?? field;
  const limits = [...limitsOf(indicator)].sort((a, b) => a - b);
  const shown = limits.length > 5 ? `${limits.slice(0, 5).join('、')}…` : limits.join('、');
  const shownEn = limits.length > 5 ? `${limits.slice(0, 5).join(', ')}, …` : limits.join(', ');
  const times = String(Number((example * 100).toPrecision(12)));
  return localized(
    `${name}：第 ${at + 1} 列（${column}）的数值都在 0 到 1 之间（如 ${example}），而 ${field}（${indicator.label.zh}）以 % 计，限值为 ${shown}：这些数值看起来是以 1 为整体的比例，按所写的数评定，${example} 即 ${example} %。如果是比例，请把数值乘以 100（${example} → ${times}），或在表格中把这些单元格设为百分比格式`,
    `${name}: column ${at + 1} (${column}) holds only values from 0 to 1 (such as ${example}), while ${field} (${indicator.label.en}) is in %, with limits ${shownEn}: they look like fractions of one, and are graded as written, ${example} as ${example} %. If they are fractions, multiply them by 100 (${example} → ${times}), or format those cells as percentages in the sheet`,
  );
}
