import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { parseNumeral } from './convert-value';
import { recordTokens } from './json-record-tokens';

// As in json-numerals.ts: a run of 16 digits or points, or a 3-digit exponent; other numerals read back as written.
const SUSPECT = /[0-9.]{16}|[eE][+-]?\d{3}/;

/**
 * The numerals of a JSON text, given directly for a key that names no
 * indicator (a sample id, a lot number), that `JSON.parse` does not read as
 * the number written: a 64-bit id (`1234567890123456789` → …800), an integer
 * beyond 2^53, `1e400` (→ Infinity). Such a field is kept (`--keep`) and
 * grouped by (`--group-by`) as its text as written, as a CSV cell is, so that
 * two ids stay two. Numerals under an indicator's key are left to
 * `jsonNumeralErrors`, which refuses them. Only a text with a long digit run
 * or a 3-digit exponent is scanned.
 *
 * @param text - one NDJSON line, or a whole JSON document
 * @returns per record (its index among the document's records: 0 for a line or a single object), the field (after the mapping) and the numeral as written; `undefined` when there are none
 * @example
 * numeralTexts('{"id":1234567890123456789}', new Map(), new Map())?.get(0); // Map { 'id' => '1234567890123456789' }
 */
export function numeralTexts(
  text: string,
  mapping: ColumnMapping,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): Map<number, Map<string, string>> | undefined {
  if (!SUSPECT.test(text)) return undefined;
  let found: Map<number, Map<string, string>> | undefined;
  let key: string | undefined;
  let keyRecord = -1;
  for (const t of recordTokens(text)) {
    if (t.key !== undefined) {
      key = t.key;
      keyRecord = t.record;
      continue;
    }
    if (!t.top || key === undefined || keyRecord !== t.record || t.value === undefined) continue;
    const c = t.value.charCodeAt(0);
    if (!(c === 0x2d || (c >= 0x30 && c <= 0x39))) continue;
    const field = mapping.get(key) ?? key;
    if (indicators.has(field)) continue;
    // An integer beyond 2^53 is refused even when a double holds it: its text (…768) is not the double's (…800).
    if (typeof parseNumeral(t.value, true) === 'number') continue;
    found ??= new Map();
    const fields = found.get(t.record) ?? new Map<string, string>();
    fields.set(field, t.value);
    found.set(t.record, fields);
  }
  return found;
}

/**
 * Puts the numerals {@link numeralTexts} found into a record (already renamed
 * by the mapping) as their text, where the record holds the number
 * `JSON.parse` made of them.
 *
 * @param record - the record, changed in place
 */
export function withNumeralTexts(record: unknown, texts: ReadonlyMap<string, string> | undefined): void {
  if (!texts || record === null || typeof record !== 'object' || Array.isArray(record)) return;
  for (const [field, text] of texts) {
    if (!Object.hasOwn(record, field) || typeof (record as Record<string, unknown>)[field] !== 'number')
      continue;
    // defineProperty: a field named "__proto__" stays data.
    Object.defineProperty(record, field, {
      value: text,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}
