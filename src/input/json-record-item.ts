import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ColumnMapping } from './column-mapping';
import { renameKeys } from './column-mapping';
import type { InputItem } from './input-item';
import { duplicateKeys, duplicateKeyText } from './json-duplicate-keys';
import { mappedKeyClash, mappedKeyClashText } from './json-mapped-keys';
import { jsonNotAnObject } from './json-not-an-object';
import { jsonNumerals, withNumeralTexts } from './json-numerals';
import { jsonTwinKeys } from './json-twin-keys';
import type { OptionNaming } from './option-naming';

/**
 * One record given as JSON text (an NDJSON line, `explain --record`) as an
 * input item, with what `JSON.parse` does without a word made visible: a
 * repeated key makes it unreadable ({@link duplicateKeys}), a numeral that
 * reads as another double is a conversion error, or, under a key that is no
 * indicator (a sample id), kept as written ({@link jsonNumerals}).
 *
 * @param text - the JSON text, already parsed into `parsed`
 * @param at - the text's line number (an NDJSON line), or what to call where it came from (`--record`), for the repeated-key message
 * @param naming - how a message names the mapping (default: as `--map`)
 * @example
 * const item = jsonRecordItem(text, JSON.parse(text), 1, localized('--record ', '--record'), mapping, indicators);
 */
export function jsonRecordItem(
  text: string,
  parsed: unknown,
  row: number,
  at: number | LocalizedText,
  mapping: ColumnMapping,
  indicators: ReadonlyMap<string, IndicatorInfo>,
  naming?: OptionNaming,
): InputItem {
  const key = duplicateKeys(text, parsed)?.get(0);
  const record = renameKeys(parsed, mapping);
  const numerals = jsonNumerals(text, mapping, indicators);
  withNumeralTexts(record, numerals?.texts?.get(0));
  const where = typeof at === 'number' ? localized(`第 ${at} 行`, `line ${at}`) : at;
  if (key !== undefined)
    return {
      row,
      unreadable: duplicateKeyText(key, where),
      texts: fieldTexts(record, mapping.get(key) ?? key),
    };
  // `apf` and a key `--map` maps onto it: which is graded would be the key order's choice (hostile-40 W2).
  const clash = mappedKeyClash(parsed, mapping);
  if (clash)
    return {
      row,
      unreadable: mappedKeyClashText(clash, where, mapping, naming),
      texts: fieldTexts(record, clash.field),
    };
  // `apf` and `APF`, or `apf` and its label: two CSV columns for one indicator, refused there too (hostile-38 M2).
  const twin = jsonTwinKeys(indicators)(record, where);
  if (twin) return { row, unreadable: twin.text, texts: fieldTexts(record, twin.field) };
  // `[1, 2]`, `[{…}]`: what to write, not the grader's "pass the array to gradeMany" (hostile-45).
  const conversionErrors =
    jsonNotAnObject(parsed, typeof at !== 'number' && at.en.startsWith('--') ? at.en.trim() : undefined) ??
    numerals?.errors?.get(0);
  return conversionErrors ? { row, record, conversionErrors } : { row, record };
}

/**
 * The text, number and boolean fields of a record that cannot be graded (a
 * key given twice), as text, but for the field `except` (which value it has
 * is the question): a kept column (a sample id) still names the row.
 */
export function fieldTexts(record: unknown, except: string): Record<string, string> {
  const texts: Record<string, string> = {};
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return texts;
  for (const [field, v] of Object.entries(record)) {
    if (field === except || field === '__proto__') continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') texts[field] = String(v);
  }
  return texts;
}
