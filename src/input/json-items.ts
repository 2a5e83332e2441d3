import { InputError } from '../errors/input-error';
/**
 * The JSON readers of text input (`recordItems`): a JSON array and NDJSON,
 * in a module of their own, loaded only when the input is JSON.
 *
 * @module
 */

import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { type Batched, batched } from './batched';
import { checkMapSources } from './check-column-mapping';
import { renameKeys } from './column-mapping';
import { tooLong } from './csv-body';
import { DEFAULT_MAX_RECORD_LENGTH, type InputItem } from './input-item';
import type { ItemOptions } from './item-options';
import { duplicateKeys, duplicateKeyText } from './json-duplicate-keys';
import { jsonTextReason } from './json-fault';
import { checkOneKeyPerField, mappedKeyClash, mappedKeyClashText } from './json-mapped-keys';
import { jsonNotAnObject } from './json-not-an-object';
import { jsonNumerals, withNumeralTexts } from './json-numerals';
import { fieldTexts, jsonRecordItem } from './json-record-item';
import { jsonTwinKeys } from './json-twin-keys';
import { jsonUnitCheck } from './json-unit-keys';
import { parseJsonRecords } from './read-json-records';
import { splitLineBatches } from './split-lines';

/** Largest JSON array read (in characters): it is read whole. */
const MAX_JSON_LENGTH = 256 * 1024 * 1024;

/**
 * The items of a JSON array, read whole (up to 256 MiB), one batch: each
 * record with its keys mapped, the numerals `JSON.parse` rounded and the
 * repeated keys it dropped told, and the units a key writes checked.
 */
export async function* jsonItems(
  chunks: AsyncIterable<string>,
  name: string,
  options: ItemOptions,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): AsyncGenerator<InputItem[]> {
  const { mapping } = options;
  checkOneKeyPerField(mapping, options.naming);
  const parts: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > MAX_JSON_LENGTH) {
      // The data's size, not the call: code `input` (developer-35 M3).
      throw new InputError(
        localized(
          `${name} 是大于 256 MiB 的 JSON 数组，而 JSON 数组是整体读取的：请把记录改为 NDJSON（如 jq -c '.[]' ${name} > records.ndjson），它可以流式读取`,
          `${name} is a JSON array larger than 256 MiB, and JSON arrays are read whole: give the records as NDJSON (e.g. jq -c '.[]' ${name} > records.ndjson), which streams`,
        ),
      );
    }
    parts.push(chunk);
  }
  const text = parts.join('');
  const records = parseJsonRecords(text, name, options.naming);
  if (records.length > 0) checkMapSources(mapping, keysOf(records), name, options.naming);
  // JSON.parse rounds numerals and keeps the last of a repeated key without a word; the text says whether it did.
  // A sample id beyond 2^53 stays the text written, not the double it rounds to.
  const found = jsonNumerals(text, mapping, indicators);
  const numerals = found?.errors;
  const texts = found?.texts;
  const repeated = duplicateKeys(text, records);
  // `{"records": […]}`, an API's export: one "record" missing every field (hostile-38 M3). Said what to give instead.
  const wrapper =
    records.length === 1 && text.trimStart().startsWith('{')
      ? wrappedList(records[0], indicators)
      : undefined;
  if (wrapper) {
    yield [{ row: 1, unreadable: wrappedText(name, wrapper) }];
    return;
  }
  const unitKeys = jsonUnitCheck(indicators, options.indicators);
  const twins = jsonTwinKeys(indicators);
  // Batches of a few thousand, so a consumer writes as it goes.
  for (let start = 0; start < records.length; start += 2000) {
    const batch: InputItem[] = [];
    for (let i = start; i < Math.min(records.length, start + 2000); i++) {
      const key = repeated?.get(i);
      const record = renameKeys(records[i], mapping);
      withNumeralTexts(record, texts?.get(i));
      if (key !== undefined) {
        const where = localized(`第 ${i + 1} 条记录`, `record ${i + 1}`);
        // Its other fields as text: a kept column (a sample id) still names the record.
        const fields = fieldTexts(record, mapping.get(key) ?? key);
        batch.push({ row: i + 1, unreadable: duplicateKeyText(key, where), texts: fields });
        continue;
      }
      // `apf` and a key `--map` maps onto it: which is graded would be the key order's choice (hostile-40 W2).
      const clash = mappedKeyClash(records[i], mapping);
      if (clash) {
        const where = localized(`第 ${i + 1} 条记录`, `record ${i + 1}`);
        const unreadable = mappedKeyClashText(clash, where, mapping, options.naming);
        batch.push({ row: i + 1, unreadable, texts: fieldTexts(record, clash.field) });
        continue;
      }
      const twin = twins(record, localized(`第 ${i + 1} 条记录`, `record ${i + 1}`));
      if (twin) {
        batch.push({ row: i + 1, unreadable: twin.text, texts: fieldTexts(record, twin.field) });
        continue;
      }
      // `[[1, 2]]`: what to write, not the grader's "pass the array to gradeMany" (hostile-45).
      const notAnObject = jsonNotAnObject(records[i]);
      if (notAnObject) {
        batch.push({ row: i + 1, record, conversionErrors: notAnObject });
        continue;
      }
      const unitError = unitKeys(record, localized(`第 ${i + 1} 条记录`, `record ${i + 1}`));
      const found = numerals?.get(i);
      const conversionErrors = unitError === undefined ? found : [...(found ?? []), unitError];
      batch.push(conversionErrors ? { row: i + 1, record, conversionErrors } : { row: i + 1, record });
    }
    yield batch;
  }
}

/**
 * The key under which one JSON object holds the records: its only value that is a list of objects, when none of its
 * keys is an indicator's name (else it is a record, and its missing fields are told as such).
 */
function wrappedList(
  data: unknown,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): { key: string; count: number } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  let found: { key: string; count: number } | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (indicators.has(key)) return undefined;
    if (!Array.isArray(value) || value.length === 0) continue;
    if (!value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) continue;
    // Two lists: which holds the records is a guess, and the record's own message stands.
    if (found) return undefined;
    found = { key, count: value.length };
  }
  return found;
}

/** `… holds a list of 8 objects under the key "records": give that list, jq '.records' …`. */
function wrappedText(name: string, { key, count }: { key: string; count: number }): LocalizedText {
  const path = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `.[${JSON.stringify(key)}]`;
  const shown = JSON.stringify(key);
  // stdin has no file name to give jq: the command goes in the pipe before qgrade.
  const file = name === 'stdin' ? '' : ` ${name}`;
  const out = name === 'stdin' ? '' : ' > records.json';
  return localized(
    `${name} 是一个对象，其键 ${shown} 下有 ${count} 个对象的列表，而没有规则集的字段：记录应是这个列表本身，例如 jq '${path}'${file}${out}（或用 jq -c '${path}[]' 得到每行一条的 NDJSON）`,
    `${name} is one object holding a list of ${count} object${count === 1 ? '' : 's'} under the key ${shown}, and none of the rule set's fields: the records are that list; give it, e.g. jq '${path}'${file}${out} (or jq -c '${path}[]' for NDJSON)`,
  );
}

/** Every key of the records that are objects. */
function keysOf(records: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const r of records)
    if (r !== null && typeof r === 'object') for (const k of Object.keys(r)) keys.add(k);
  return keys;
}

/** The items of NDJSON, line by line, a batch a chunk: a line that is not a record is an error row in its place. */
export function ndjsonItems(
  chunks: AsyncIterable<string>,
  options: ItemOptions,
  indicators: ReadonlyMap<string, IndicatorInfo>,
): Batched<InputItem> {
  const { mapping } = options;
  const maxLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
  const answerBlank = options.blankLines === 'answer';
  const unitKeys = jsonUnitCheck(indicators, options.indicators);
  return batched(async function* () {
    checkOneKeyPerField(mapping, options.naming);
    let row = 0;
    for await (const lines of splitLineBatches(chunks, maxLength)) {
      const items: InputItem[] = [];
      for (const line of lines) {
        if ('tooLong' in line) {
          items.push({ row: ++row, unreadable: tooLong(line.line, maxLength) });
          continue;
        }
        if (/^[\s\u3000]*$/.test(line.text)) {
          if (answerBlank)
            items.push({
              row: ++row,
              unreadable: localized(
                `第 ${line.line} 行是空行，没有记录`,
                `line ${line.line} is blank: no record`,
              ),
            });
          continue;
        }
        row++;
        // A byte-order mark starting a later line is one of a file put after another (`cat a.ndjson b.ndjson`):
        // skipped as the first line's is.
        const text = line.text.charCodeAt(0) === 0xfeff ? line.text.slice(1) : line.text;
        try {
          const parsed: unknown = JSON.parse(text);
          // JSON.parse keeps the last of a repeated key and rounds numerals without a word; the line says whether it did.
          const item = jsonRecordItem(text, parsed, row, line.line, mapping, indicators, options.naming);
          // A unit key is its own record's: that record is invalid, and the stream goes on (hostile-32 C1).
          const unitError =
            'record' in item
              ? unitKeys(item.record, localized(`第 ${line.line} 行`, `line ${line.line}`))
              : undefined;
          items.push(
            unitError === undefined || !('record' in item)
              ? item
              : { ...item, conversionErrors: [...(item.conversionErrors ?? []), unitError] },
          );
        } catch (error) {
          if (error instanceof UsageError) throw error;
          // The column where the line breaks, counted from 1 in both languages (V8's offset is from 0, or absent).
          const reason = jsonTextReason(text, error, false);
          items.push({
            row,
            unreadable: localized(
              `第 ${line.line} 行不是有效的 JSON：${reason.zh}`,
              `line ${line.line} is not valid JSON: ${reason.en.slice(0, 200)}`,
            ),
          });
        }
      }
      yield items;
    }
  });
}
