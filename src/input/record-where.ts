import type { RecordError } from '../model/grade-result';
import { type LocalizedText, localized } from '../text/localized-text';
import type { InputItem } from './input-item';

/**
 * "record 2 (line 3)", "record 2 (sheet row 3)": the record, and where it is in its file when the reader knows.
 *
 * @example
 * recordWhere({ row: 2, place: { line: 3 }, record: {} }).en; // 'record 2 (line 3)'
 */
export function recordWhere(item: Extract<InputItem, { record: unknown }>): LocalizedText {
  const { row, place } = item;
  if (place === undefined) return localized(`第 ${row} 条记录`, `record ${row}`);
  return 'line' in place
    ? localized(`第 ${row} 条记录（第 ${place.line} 行）`, `record ${row} (line ${place.line})`)
    : localized(
        `第 ${row} 条记录（工作表第 ${place.sheetRow} 行）`,
        `record ${row} (sheet row ${place.sheetRow})`,
      );
}

/**
 * The item with errors added to its conversion errors: a new item, the reader's own left as it was.
 *
 * @example
 * withErrors(item, [error]).conversionErrors?.length; // one more than item's
 */
export function withErrors(item: Extract<InputItem, { record: unknown }>, errors: RecordError[]): InputItem {
  return { ...item, conversionErrors: [...(item.conversionErrors ?? []), ...errors] };
}
