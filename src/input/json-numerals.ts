import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { parseNumeral, refused } from './convert-value';
import { recordTokens } from './json-record-tokens';

// A line worth scanning: a run of 16 digits or points (a numeral of 16 significant digits or more), or a 3-digit exponent.
const SUSPECT = /[0-9.]{16}|[eE][+-]?\d{3}/;

/** What {@link jsonNumerals} finds, per record (its index among the document's records: 0 for a line or a single object). */
export interface JsonNumerals {
  /** Numerals under a number indicator's key that a double does not hold: the error CSV gives for the cell. */
  errors?: Map<number, RecordError[]>;
  /** Numerals given directly for a key that names no indicator (a sample id), by field, as written. */
  texts?: Map<number, Map<string, string>>;
}

/**
 * Numerals of a JSON text that `JSON.parse` does not read as the number
 * written, which it does without a word: beyond the range of a double
 * (`1e400` → Infinity), too small (`1e-400` → 0), or with more significant
 * digits than a double holds (`4.99999999999999999` → 5; an integer beyond
 * 2^53). Under a number indicator's key (after the mapping) each becomes the
 * error CSV gives for the same cell; given directly for a key that names no
 * indicator (a sample id, a lot number) it is kept as written, so that two
 * 64-bit ids stay two when kept or grouped by (see {@link withNumeralTexts}).
 * Only a text with a long digit run or a 3-digit exponent is scanned, once
 * for both, so most lines cost one regular-expression test.
 *
 * @param text - one NDJSON line, or a whole JSON document
 * @returns `undefined` when there are none
 */
export function jsonNumerals(
  text: string,
  mapping: ColumnMapping,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): JsonNumerals | undefined {
  if (!SUSPECT.test(text)) return undefined;
  let errors: Map<number, RecordError[]> | undefined;
  let texts: Map<number, Map<string, string>> | undefined;
  let key = '';
  let keyRecord = -1;
  for (const t of recordTokens(text)) {
    if (t.key !== undefined) {
      key = t.key;
      keyRecord = t.record;
    }
    const c = t.value?.charCodeAt(0) ?? 0;
    if (t.value === undefined || !(c === 0x2d || (c >= 0x30 && c <= 0x39))) continue;
    const field = mapping.get(key) ?? key;
    const indicator = indicators.get(field);
    if (indicator) {
      if (indicator.type !== 'number' && indicator.type !== 'integer') continue;
      const n = parseNumeral(t.value, indicator.type === 'integer');
      if (typeof n === 'number') continue;
      const { error } = refused(t.value, indicator, n);
      errors ??= new Map();
      const found = errors.get(t.record) ?? [];
      if (!found.some((e) => e.field === error!.field)) found.push(error!);
      errors.set(t.record, found);
    } else if (t.top && keyRecord === t.record && typeof parseNumeral(t.value, true) !== 'number') {
      // An integer beyond 2^53 counts even when a double holds it: its text (…768) is not the double's (…800).
      texts ??= new Map();
      const fields = texts.get(t.record) ?? new Map<string, string>();
      fields.set(field, t.value);
      texts.set(t.record, fields);
    }
  }
  return errors || texts ? { ...(errors && { errors }), ...(texts && { texts }) } : undefined;
}

/**
 * The errors {@link jsonNumerals} finds.
 *
 * @example
 * jsonNumeralErrors('{"apf":4.99999999999999999}', new Map(), indicators)?.get(0); // [{ field: 'apf', code: 'wrong-type', … }]
 */
export function jsonNumeralErrors(
  text: string,
  mapping: ColumnMapping,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): Map<number, RecordError[]> | undefined {
  return jsonNumerals(text, mapping, indicators)?.errors;
}

/**
 * The numerals kept as written that {@link jsonNumerals} finds.
 *
 * @example
 * numeralTexts('{"id":1234567890123456789}', new Map(), new Map())?.get(0); // Map { 'id' => '1234567890123456789' }
 */
export function numeralTexts(
  text: string,
  mapping: ColumnMapping,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): Map<number, Map<string, string>> | undefined {
  return jsonNumerals(text, mapping, indicators)?.texts;
}

/**
 * Puts the numerals {@link jsonNumerals} kept as written into a record
 * (already renamed by the mapping) as their text, where the record holds the
 * number `JSON.parse` made of them.
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
