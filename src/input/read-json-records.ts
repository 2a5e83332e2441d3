import { InputError } from '../errors/input-error';
import { jsonReason } from '../errors/system-reason';
import { type LocalizedText, localized } from '../text/localized-text';
import { jsonFault, jsonFaultText } from './json-fault';
import { ndjsonAdvice, type OptionNaming } from './option-naming';

/**
 * Records from a JSON array, a single JSON object, or JSON objects one after
 * another (as `jq '.[]'` writes them, each spread over lines): each object
 * a record, in order.
 *
 * @param naming - how the message of text that is not JSON names the input-format option (default: as `-i`)
 */
export function parseJsonRecords(text: string, name: string, naming?: OptionNaming): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const objects = text.trimStart().startsWith('{') ? objectSequence(text) : undefined;
    if (objects) return objects;
    // Where it breaks, as line and column: V8 gives an offset only sometimes, and for objects one after
    // another the start of the object after the one that is broken.
    const fault = jsonFault(text, text.trimStart().startsWith('{'));
    const why = fault ? jsonFaultText(fault, true) : jsonReason(error);
    const hint = notJsonHint(text, naming);
    throw new InputError(
      localized(
        `${name} 不是有效的 JSON：${why.zh}（${hint.zh}）`,
        `${name} is not valid JSON: ${why.en} (${hint.en})`,
      ),
    );
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') return [data];
  throw new InputError(
    localized(
      `${name} 应包含记录的 JSON 数组（或一个记录对象）`,
      `${name} must hold a JSON array of records (or one record object)`,
    ),
  );
}

/** What to do about a text read whole as JSON that is not: it may be records one after another, or one per line. */
function notJsonHint(text: string, naming: OptionNaming | undefined): LocalizedText {
  const ndjson = ndjsonAdvice(naming);
  if (text.trimStart().startsWith('{'))
    return localized(
      naming === 'studio'
        ? `逐条写出的记录（如 jq '.[]' 的输出）要每条都是完整的 JSON 对象；也可以每行写一条`
        : `逐条写出的记录（如 jq '.[]' 的输出）要每条都是完整的 JSON 对象；要流式读取，请经 jq -c 变为每行一条并${ndjson.zh}`,
      naming === 'studio'
        ? `records one after another, as jq '.[]' writes them, must each be a whole JSON object; or write them one per line`
        : `records one after another, as jq '.[]' writes them, must each be a whole JSON object; to stream them, pipe them through jq -c (one per line) and ${ndjson.en}`,
    );
  return localized(
    `JSON 数组是整体读取的；NDJSON 或 CSV 输入则把有误的行变成一条错误记录；每行一条 JSON 记录时请${ndjson.zh}`,
    `a JSON array is read whole; NDJSON or CSV input turns a bad row into an error row instead; for one JSON record per line, ${ndjson.en}`,
  );
}

/**
 * Two or more JSON objects one after another, with only white space between
 * them; undefined for anything else (a value that is not an object between
 * them, an object that is not JSON), which is then not JSON at all.
 */
function objectSequence(text: string): unknown[] | undefined {
  const objects: unknown[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) {
      if (depth === 0) return undefined;
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 0) {
        if (c !== OPEN_BRACE) return undefined;
        start = i;
      }
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth < 0) return undefined;
      if (depth === 0) {
        try {
          objects.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          return undefined;
        }
      }
    } else if (depth === 0 && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return undefined;
  }
  return depth === 0 && objects.length > 1 ? objects : undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
