// Bytes of XML, before they are decoded: a part of 250 MiB of whitespace between rows (within the 256 MiB sheet
// limit) was held twice, as bytes and as text, 577 MB for a 257 KB file (hostile-37 S1).

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOT = 0x22;
const APOS = 0x27;

/**
 * Removes, in place, the whitespace between tags that no reader of a part looks at: runs of spaces, tabs and
 * line ends outside the elements whose text qgrade reads (`<v>`, `<f>`, `<t>`, whatever their prefix). Text
 * inside those, comments, CDATA and processing instructions are kept as written; from a declaration
 * (`<!DOCTYPE …>`) or anything unterminated on, the rest is kept as it is, for the XML parser to judge. Returns
 * the bytes kept, a view of the same buffer.
 *
 * @example
 * new TextDecoder().decode(dropLayoutSpace(new TextEncoder().encode('<row>\n  <c><v> 1 </v></c>\n</row>')));
 * // '<row><c><v> 1 </v></c></row>'
 */
export function dropLayoutSpace(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  let write = 0;
  // Start of the bytes read but not yet moved to `write`: moved only once something before them was dropped.
  let kept = 0;
  let i = 0;
  let inText = false;
  const keepUpTo = (end: number) => {
    if (write !== kept) bytes.copyWithin(write, kept, end);
    write += end - kept;
    kept = end;
  };
  while (i < n) {
    if (bytes[i] !== LT) {
      let end = bytes.indexOf(LT, i);
      if (end < 0) end = n;
      if (!inText && allSpace(bytes, i, end)) {
        keepUpTo(i);
        kept = end;
      }
      i = end;
      continue;
    }
    const next = bytes[i + 1];
    let end: number;
    if (next === BANG) {
      if (bytes[i + 2] === 0x2d && bytes[i + 3] === 0x2d) end = after(bytes, '-->', i + 4);
      else if (startsWith(bytes, '<![CDATA[', i)) end = after(bytes, ']]>', i + 9);
      else end = -1;
    } else if (next === QUESTION) end = after(bytes, '?>', i + 2);
    else {
      end = tagEnd(bytes, i + 1);
      if (end >= 0) {
        const closing = next === SLASH;
        const selfClosing = bytes[end - 2] === SLASH;
        if (isTextElement(bytes, closing ? i + 2 : i + 1) && !selfClosing) inText = !closing;
      }
    }
    if (end < 0) break;
    i = end;
  }
  keepUpTo(n);
  return bytes.subarray(0, write);
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function allSpace(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(bytes[i]!)) return false;
  return true;
}

function startsWith(bytes: Uint8Array, text: string, at: number): boolean {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** The index just past `close` found from `from`, or -1. */
function after(bytes: Uint8Array, close: string, from: number): number {
  const first = close.charCodeAt(0);
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, close, i)) return i + close.length;
  }
  return -1;
}

/** The index just past a tag's `>` (a `>` inside a quoted attribute value does not end it), or -1. */
function tagEnd(bytes: Uint8Array, from: number): number {
  let quote = 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOT || b === APOS) quote = b;
    else if (b === GT) return i + 1;
  }
  return -1;
}

/** Whether the tag name starting at `at` is `v`, `f` or `t`, with or without a prefix. */
function isTextElement(bytes: Uint8Array, at: number): boolean {
  let start = at;
  let i = at;
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === COLON) start = i + 1;
    else if (isSpace(b) || b === SLASH || b === GT) break;
  }
  if (i - start !== 1) return false;
  const c = bytes[start];
  return c === 0x76 || c === 0x66 || c === 0x74;
}
