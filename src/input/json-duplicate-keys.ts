import { type LocalizedText, localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';
import { recordTokens } from './json-record-tokens';

/**
 * The records of a JSON text (one NDJSON line, or a whole document) that
 * give a key twice (`{"apf":5.5,"apf":3.0}`), which `JSON.parse` reads as
 * the last value without a word: the first repeated key of each, by the
 * record's index (0 for a line or a single object). Keys of nested objects
 * are not looked at. A text with no more colons than its records have keys
 * cannot repeat one and is not scanned, so most lines cost a count of colons.
 *
 * @param records - what `JSON.parse` made of the text: one record, or the array of them
 */
export function duplicateKeys(text: string, records: unknown): Map<number, string> | undefined {
  let keys = 0;
  for (const r of Array.isArray(records) ? records : [records])
    if (r !== null && typeof r === 'object') for (const _ in r) keys++;
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0 && colons <= keys; i = text.indexOf(':', i + 1)) colons++;
  if (colons <= keys) return undefined;
  let found: Map<number, string> | undefined;
  let record = -1;
  let seen = new Set<string>();
  for (const t of recordTokens(text)) {
    if (t.key === undefined) continue;
    if (t.record !== record) {
      record = t.record;
      seen = new Set();
    }
    if (!seen.has(t.key)) seen.add(t.key);
    else if (!found?.has(record)) {
      found ??= new Map();
      found.set(record, t.key);
    }
  }
  return found;
}

/**
 * Why a record with a repeated key is not read: which value would count is
 * a guess (`JSON.parse` keeps the last).
 *
 * @param where - the line (`第 12 行`, `line 12`) or record the key is in
 */
export function duplicateKeyText(key: string, where: LocalizedText): LocalizedText {
  const shown = quoteShort(key);
  return localized(
    `${where.zh}两次给出键 ${shown}，无法确定取哪个值（JSON 解析只保留最后一个）：每个键只写一次`,
    `${where.en} gives the key ${shown} more than once, and which value counts would be a guess (JSON parsers keep the last): give each key once`,
  );
}
