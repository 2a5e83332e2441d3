import { jsonReason } from '../errors/system-reason';
import { codePointText } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import { unseenCharacter } from '../text/unseen-character';

/** Where a JSON text first goes wrong: line and column counted from 1, the column in characters. */
export interface JsonFault {
  /** Offset in the text (UTF-16 code units, from 0). */
  offset: number;
  line: number;
  column: number;
  /** The character found there; `undefined` when the text ends too early. */
  found: string | undefined;
}

const OBJECT = 1;
const ARRAY = 2;

/**
 * The first place a JSON text breaks the grammar (RFC 8259), read the way
 * `JSON.parse` reads it but keeping the line and column, which V8's message
 * gives only sometimes, and then as an offset. With `sequence`, the text is
 * JSON objects one after another (as `jq '.[]'` writes them): the fault is
 * found inside the object that has it, not at the start of the next one.
 * Iterative, so a deeply nested text cannot overflow the stack. `undefined`
 * when the text is valid.
 *
 * @example
 * jsonFault('[{"a":1},\n{"a":}]', false) // { offset: 15, line: 2, column: 6, found: '}' }
 */
export function jsonFault(text: string, sequence: boolean): JsonFault | undefined {
  const n = text.length;
  const stack: number[] = [];
  // value: a value is expected; key: a key (or `}` right after `{`); colon; after: a value has ended.
  let state: 'value' | 'key' | 'colon' | 'after' = 'value';
  let opened = false;
  let i = 0;
  const fault = (at: number): JsonFault => at_(text, at);
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return state === 'after' && stack.length === 0 ? undefined : fault(n);
    const c = text[i]!;
    if (state === 'after') {
      if (stack.length === 0) {
        if (sequence && c === '{') {
          state = 'value';
          continue;
        }
        return fault(i);
      }
      const top = stack.at(-1);
      if (c === ',') {
        i++;
        state = top === OBJECT ? 'key' : 'value';
        opened = false;
      } else if ((c === '}' && top === OBJECT) || (c === ']' && top === ARRAY)) {
        stack.pop();
        i++;
      } else return fault(i);
      continue;
    }
    if (state === 'colon') {
      if (c !== ':') return fault(i);
      i++;
      state = 'value';
      continue;
    }
    if (state === 'key') {
      if (c === '}' && opened) {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (c !== '"') return fault(i);
      const end = stringEnd(text, i);
      if (end < 0) return fault(-end - 1);
      i = end;
      state = 'colon';
      continue;
    }
    // A value. At the top of a sequence only an object may start.
    if (sequence && stack.length === 0 && c !== '{') return fault(i);
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? OBJECT : ARRAY);
      i++;
      state = c === '{' ? 'key' : 'value';
      opened = true;
      continue;
    }
    if (c === ']' && opened && stack.at(-1) === ARRAY) {
      stack.pop();
      i++;
      state = 'after';
      continue;
    }
    const end =
      c === '"' ? stringEnd(text, i) : c === '-' || isDigit(c) ? numberEnd(text, i) : literalEnd(text, i);
    if (end < 0) return fault(-end - 1);
    i = end;
    state = 'after';
    opened = false;
  }
}

/**
 * What {@link jsonFault} found, for a message: "line 5, column 14: unexpected "}"" (`line` given) or
 * "column 14: …" (a line of NDJSON, whose line the message names already).
 */
export function jsonFaultText(fault: JsonFault, withLine: boolean): LocalizedText {
  const line = fault.line.toLocaleString('en');
  const column = fault.column.toLocaleString('en');
  const whereZh = withLine ? `第 ${line} 行第 ${column} 列` : `第 ${column} 列`;
  const whereEn = withLine ? `line ${line}, column ${column}` : `column ${column}`;
  if (fault.found === undefined)
    return localized(
      `${whereZh}处内容意外结束（可能缺少括号或引号）`,
      `${whereEn}: the text ends too early (a bracket or quote may be missing)`,
    );
  // A character quotes would not show (a control character, a byte-order mark, a zero-width space) is named
  // by its code point: `unexpected "﻿"` says nothing.
  if (unseenCharacter(fault.found) !== undefined) {
    const code = codePointText(fault.found);
    const bom = fault.found === '\ufeff';
    return localized(
      `${whereZh}出现了意外的字符${code}${bom ? '（字节顺序标记）' : ''}`,
      `${whereEn}: unexpected ${code}${bom ? ' (byte-order mark)' : ''}`,
    );
  }
  return localized(`${whereZh}出现了意外的字符“${fault.found}”`, `${whereEn}: unexpected "${fault.found}"`);
}

function at_(text: string, offset: number): JsonFault {
  let line = 1;
  let lineStart = 0;
  for (let j = text.indexOf('\n'); j !== -1 && j < offset; j = text.indexOf('\n', j + 1)) {
    line++;
    lineStart = j + 1;
  }
  // Characters, not UTF-16 code units: a CJK text's column is what an editor shows.
  let column = 1;
  for (let j = lineStart; j < offset; j++) {
    const u = text.charCodeAt(j);
    if (u >= 0xd800 && u <= 0xdbff && j + 1 < offset) j++;
    column++;
  }
  const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : undefined;
  return { offset, line, column, found };
}

function isSpace(u: number): boolean {
  return u === 0x20 || u === 0x0a || u === 0x0d || u === 0x09;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

// Each returns the offset after what it read, or -(offset of the fault) - 1.

function stringEnd(text: string, start: number): number {
  for (let j = start + 1; ; ) {
    if (j >= text.length) return -text.length - 1;
    const u = text.charCodeAt(j);
    if (u === 0x22) return j + 1;
    if (u < 0x20) return -j - 1;
    if (u !== 0x5c) {
      j++;
      continue;
    }
    const e = text[j + 1];
    if (e === undefined) return -text.length - 1;
    if ('"\\/bfnrt'.includes(e)) j += 2;
    else if (e === 'u') {
      for (let k = j + 2; k < j + 6; k++) {
        if (k >= text.length) return -text.length - 1;
        if (!/[0-9a-fA-F]/.test(text[k]!)) return -k - 1;
      }
      j += 6;
    } else return -(j + 1) - 1;
  }
}

function numberEnd(text: string, start: number): number {
  let j = start;
  if (text[j] === '-') j++;
  if (text[j] === '0') j++;
  else if (isDigit(text[j]) && text[j] !== '0') while (isDigit(text[j])) j++;
  else return j >= text.length ? -text.length - 1 : -j - 1;
  if (text[j] === '.') {
    j++;
    if (!isDigit(text[j])) return j >= text.length ? -text.length - 1 : -j - 1;
    while (isDigit(text[j])) j++;
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    if (!isDigit(text[j])) return j >= text.length ? -text.length - 1 : -j - 1;
    while (isDigit(text[j])) j++;
  }
  return j;
}

function literalEnd(text: string, start: number): number {
  const word =
    text[start] === 't' ? 'true' : text[start] === 'f' ? 'false' : text[start] === 'n' ? 'null' : '';
  if (!word) return -start - 1;
  for (let k = 1; k < word.length; k++) {
    const j = start + k;
    if (j >= text.length) return -text.length - 1;
    if (text[j] !== word[k]) return -j - 1;
  }
  return start + word.length;
}

/**
 * Why a JSON text that `JSON.parse` refused is not JSON, told where it
 * breaks (as {@link jsonFaultText}); V8's own words only when the grammar
 * holds and the parser still refused it.
 */
export function jsonTextReason(text: string, error: unknown, withLine: boolean): LocalizedText {
  const fault = jsonFault(text, false);
  return fault ? jsonFaultText(fault, withLine) : jsonReason(error);
}
