import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { parseNumeral, refused } from './convert-value';

// A line worth scanning: a run of 16 digits or points (a numeral of 16 significant digits or more), or a 3-digit exponent.
const SUSPECT = /[0-9.]{16}|[eE][+-]?\d{3}/;
// JSON's tokens, as far as numerals need them: strings (a key when a colon follows), numbers, literals, brackets.
const TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\]]/g;

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
  let depth = 0;
  let inArray = false;
  let record = -1;
  let key = '';
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const c = token.charCodeAt(0);
    if (depth === 0) inArray = c === 0x5b;
    const recordDepth = inArray ? 2 : 1;
    // A value starting at the record level (inside the array, or the document itself) is the next record.
    const closing = c === 0x5d || c === 0x7d;
    if (depth === recordDepth - 1 && m[1] === undefined && !closing) record++;
    if (c === 0x7b || c === 0x5b) depth++;
    else if (closing) depth--;
    else if (m[1] !== undefined) {
      if (depth === recordDepth) key = JSON.parse(token.slice(0, token.lastIndexOf('"') + 1)) as string;
    } else if (depth >= recordDepth && (c === 0x2d || (c >= 0x30 && c <= 0x39))) {
      const indicator = indicators.get(mapping.get(key) ?? key);
      if (indicator?.type !== 'number' && indicator?.type !== 'integer') continue;
      const n = parseNumeral(token, indicator.type === 'integer');
      if (typeof n === 'number') continue;
      const { error } = refused(token, indicator, n);
      found ??= new Map();
      const errors = found.get(record) ?? [];
      if (!errors.some((e) => e.field === error!.field)) errors.push(error!);
      found.set(record, errors);
    }
  }
  return found;
}
