import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { parseNumeral, refused } from './convert-value';
import { recordTokens } from './json-record-tokens';

// A line worth scanning: a run of 16 digits or points (a numeral of 16 significant digits or more), or a 3-digit exponent.
const SUSPECT = /[0-9.]{16}|[eE][+-]?\d{3}/;

/**
 * Numerals of a JSON text that `JSON.parse` does not read as the number
 * written, which it does without a word: beyond the range of a double
 * (`1e400` → Infinity), too small (`1e-400` → 0), or with more significant
 * digits than a double holds (`4.99999999999999999` → 5). Each becomes the
 * error CSV gives for the same cell, for the indicator its key names (after
 * the mapping); numerals under keys that name no number indicator are left
 * to the grader. Only a text with a long digit run or a 3-digit exponent is
 * scanned, so most lines cost one regular-expression test.
 *
 * @param text - one NDJSON line, or a whole JSON document
 * @returns the errors per record (the index among the document's records: 0 for a line or a single object), or `undefined` when there are none
 */
export function jsonNumeralErrors(
  text: string,
  mapping: ColumnMapping,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): Map<number, RecordError[]> | undefined {
  if (!SUSPECT.test(text)) return undefined;
  let found: Map<number, RecordError[]> | undefined;
  let key = '';
  for (const t of recordTokens(text)) {
    if (t.key !== undefined) key = t.key;
    const c = t.value?.charCodeAt(0) ?? 0;
    if (t.value === undefined || !(c === 0x2d || (c >= 0x30 && c <= 0x39))) continue;
    const indicator = indicators.get(mapping.get(key) ?? key);
    if (indicator?.type !== 'number' && indicator?.type !== 'integer') continue;
    const n = parseNumeral(t.value, indicator.type === 'integer');
    if (typeof n === 'number') continue;
    const { error } = refused(t.value, indicator, n);
    found ??= new Map();
    const errors = found.get(t.record) ?? [];
    if (!errors.some((e) => e.field === error!.field)) errors.push(error!);
    found.set(t.record, errors);
  }
  return found;
}
