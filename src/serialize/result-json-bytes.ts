/**
 * Results as JSON, written as UTF-8 bytes straight into a {@link ByteBuffer}:
 * the same bytes as `JSON.stringify(result)` encoded, with no string built
 * in between. Like fast-json-stringify, the constant text is made once: the
 * keys of a result, and every frozen part the explainer shares between the
 * records of a rule set (labels, limits, grade labels, the rule-set
 * reference, whole criterion results that hold no value of the record's) is
 * serialised and encoded on first sight and then copied as bytes. Only what
 * belongs to the record — its values, verdicts and sentences — is encoded
 * per record. A criterion result with a value of the record's is written
 * from a template learnt from the first one seen with the same (shared)
 * label: its id, label and indicator, and per status its verdict, grade and
 * effect, as ready bytes; the template is used only after the object's keys
 * and constant fields are checked to be the template's. Blockers of the next
 * grade, the same objects as in `criteria`, are copied from the bytes just
 * written.
 *
 * @module
 */

import { safeJson } from '../text/safe-text';
import { astral, ByteBuffer } from './byte-buffer';

/** Writes one value as JSON into `out`, as `JSON.stringify` would (no output for a top-level `undefined`). */
export type JsonBytesWriter = (value: unknown, out: ByteBuffer) => void;

// Bounded, so a rule set with computed limits (one frozen object per distinct value) cannot grow it for long.
// Large enough for the results the explainer shares: 8,192 held under half of the AC workload's 18,774 (criterion
// results of measured values and their sentences), and the rest were serialised field by field for every record.
const MAX_CACHED = 1 << 16;
/** Bytes of frozen objects' text kept at most (the AC workload's: 5.5 MB). */
const MAX_CACHED_BYTES = 1 << 24;
/** The size of the blocks the kept texts are written into. */
const ARENA_BYTES = 1 << 20;

/** The keys of a criterion result in the order the explainer writes them, then the optional ones. */
const CRITERION_KEYS = [
  'id',
  'label',
  'indicator',
  'value',
  'limit',
  'passed',
  'status',
  'grade',
  'effect',
  'message',
];
const OPTIONAL_KEYS = ['capAt', 'rounded', 'specimen', 'defaulted'];
const STATUS_PASSED: Record<string, boolean | null> = {
  passed: true,
  failed: false,
  missing: false,
  'not-applicable': null,
};

/** What every criterion result of one check shares, as bytes. */
interface CriterionTemplate {
  id: unknown;
  indicator: unknown;
  grade: unknown;
  effect: unknown;
  /** `{"id":…,"label":…,"indicator":…,"value":` */
  head: Uint8Array;
  /** Per status: `,"passed":…,"status":…,"grade":…,"effect":…,"message":` */
  statuses: string[];
  tails: Uint8Array[];
  /** Per status, what its messages' Chinese and English sentences share. */
  sentences: [SentenceFrame, SentenceFrame][];
}

/**
 * What the sentences of one check and status have in common: the text
 * before the record's value and after it ("额定制冷量 CC：" … " W，满足 ≤ 14000 W"),
 * learnt from the sentences seen, with their JSON bytes (quote included), so
 * only the part between is encoded per record. Each part is escaped on its
 * own, which gives the bytes of the whole, as no part ends or starts inside
 * a surrogate pair.
 */
interface SentenceFrame {
  /** The first sentence seen, until a second one shows what they share. */
  first?: string;
  head?: string;
  tail?: string;
  headBytes?: Uint8Array;
  tailBytes?: Uint8Array;
}

const QUOTE = 34;
const BACKSLASH = 92;
const HEX = '0123456789abcdef';
/** The short escapes JSON.stringify uses; other control characters are written \u00XX. */
const SHORT_ESCAPES: Record<number, number> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114 };

/**
 * A byte writer for grading results with its own cache of the encoded text
 * of frozen (shared) objects: one per rule set and thread.
 *
 * @example
 * const write = resultJsonBytesWriter();
 * const out = new ByteBuffer();
 * write(result, out); // out holds new TextEncoder().encode(JSON.stringify(result))
 */
export function resultJsonBytesWriter(): JsonBytesWriter {
  const cache = new Map<object, Uint8Array>();
  let cachedBytes = 0;
  // The kept texts side by side in a few large blocks, not each in memory of its own: a record's criteria are
  // copied from ~17 of ~10,000 kept texts (AC), which are then near one another in memory.
  let arena = new Uint8Array(ARENA_BYTES);
  let arenaAt = 0;
  /** A copy of bytes `from` to `to`, kept for the life of the writer. */
  const kept = (bytes: Uint8Array, from: number, to: number): Uint8Array => {
    const n = to - from;
    if (arenaAt + n > arena.length) {
      arena = new Uint8Array(Math.max(ARENA_BYTES, n));
      arenaAt = 0;
    }
    arena.set(bytes.subarray(from, to), arenaAt);
    arenaAt += n;
    return arena.subarray(arenaAt - n, arenaAt);
  };
  const scratch = new ByteBuffer(1 << 12);
  const keyBytes = new Map<string, [Uint8Array, Uint8Array]>();
  const keyOf = (key: string): [Uint8Array, Uint8Array] => {
    let k = keyBytes.get(key);
    if (!k) {
      const b = new ByteBuffer(key.length * 6 + 4);
      writeString(key, b);
      b.bytes[b.length++] = 58; // :
      const first = b.bytes.slice(0, b.length);
      const comma = new Uint8Array(first.length + 1);
      comma[0] = 44;
      comma.set(first, 1);
      k = [first, comma];
      // Keys of results repeat; keys of arbitrary data are not kept.
      if (keyBytes.size < 4096) keyBytes.set(key, k);
    }
    return k;
  };

  const templates = new Map<object, CriterionTemplate>();
  // Criterion results written into the top-level output of the value being written, and where.
  let top: ByteBuffer | undefined;
  const seen: object[] = [];
  const seenAt: number[] = [];

  const bytesOf = (build: (b: ByteBuffer) => void): Uint8Array => {
    const start = scratch.length;
    build(scratch);
    const bytes = scratch.bytes.slice(start, scratch.length);
    scratch.length = start;
    return bytes;
  };

  /** Writes a criterion result from its template; false (nothing written) when it does not fit one. */
  const writeCriterion = (c: Record<string, unknown>, out: ByteBuffer): boolean => {
    const label = c.label;
    if (typeof label !== 'object' || label === null || !Object.isFrozen(label)) return false;
    if (out === top) {
      // The same criterion result again (a blocker of the next grade): copy what was written for it.
      for (let i = 0; i < seen.length; i++) {
        if (seen[i] === c) {
          const start = seenAt[2 * i]!;
          const end = seenAt[2 * i + 1]!;
          out.reserve(end - start);
          out.bytes.copyWithin(out.length, start, end);
          out.length += end - start;
          return true;
        }
      }
    }
    const start = out.length;
    let n = 0;
    let optional = 0;
    for (const key in c) {
      if (n < CRITERION_KEYS.length) {
        if (key !== CRITERION_KEYS[n]) return false;
      } else {
        while (optional < OPTIONAL_KEYS.length && key !== OPTIONAL_KEYS[optional]) optional++;
        if (optional === OPTIONAL_KEYS.length || !Object.hasOwn(c, key) || !plain(c[key])) return false;
      }
      n++;
    }
    if (n < CRITERION_KEYS.length) return false;
    const status = c.status;
    if (
      typeof status !== 'string' ||
      STATUS_PASSED[status] !== c.passed ||
      !Object.hasOwn(STATUS_PASSED, status)
    )
      return false;
    if (!plain(c.value) || !plain(c.limit) || !plain(c.message)) return false;
    let t = templates.get(label);
    if (t === undefined) {
      if (!plain(c.id) || !plain(c.indicator) || !plain(c.grade) || !plain(c.effect)) return false;
      t = {
        id: c.id,
        indicator: c.indicator,
        grade: c.grade,
        effect: c.effect,
        head: bytesOf((b) => {
          b.text('{"id":');
          write(c.id, b);
          b.text(',"label":');
          write(label, b);
          b.text(',"indicator":');
          write(c.indicator, b);
          b.text(',"value":');
        }),
        statuses: [],
        tails: [],
        sentences: [],
      };
      if (templates.size < MAX_CACHED) templates.set(label, t);
    } else if (c.id !== t.id || c.indicator !== t.indicator || c.grade !== t.grade || c.effect !== t.effect) {
      return false;
    }
    let tail = -1;
    for (let i = 0; i < t.statuses.length; i++) if (t.statuses[i] === status) tail = i;
    if (tail < 0) {
      tail = t.statuses.push(status) - 1;
      t.sentences.push([{}, {}]);
      t.tails.push(
        bytesOf((b) => {
          b.text(',"passed":');
          write(c.passed, b);
          b.text(',"status":');
          write(status, b);
          b.text(',"grade":');
          write(t.grade, b);
          b.text(',"effect":');
          write(t.effect, b);
          b.text(',"message":');
        }),
      );
    }
    out.append(t.head);
    write(c.value, out);
    out.append(LIMIT_KEY);
    write(c.limit, out);
    out.append(t.tails[tail]!);
    writeMessage(c.message, out, t.sentences[tail]);
    if (n > CRITERION_KEYS.length) {
      for (const key of OPTIONAL_KEYS) {
        if (!Object.hasOwn(c, key)) continue;
        out.append(keyOf(key)[1]);
        write(c[key], out);
      }
    }
    out.byte(125); // }
    if (out === top) {
      seen.push(c);
      seenAt.push(start, out.length);
    }
    return true;
  };

  /** A sentence in both languages, `{ zh, en }`, the one object every criterion result has of its own. */
  const writeMessage = (m: unknown, out: ByteBuffer, frames?: [SentenceFrame, SentenceFrame]): void => {
    if (typeof m === 'object' && m !== null && !Object.isFrozen(m)) {
      let n = 0;
      for (const key in m) if (key !== (n++ === 0 ? 'zh' : 'en') || n > 2) n = 3;
      const { zh, en } = m as Record<string, unknown>;
      if (n === 2 && typeof zh === 'string' && typeof en === 'string') {
        out.append(ZH_KEY);
        if (frames) writeFramed(zh, frames[0], out);
        else writeString(zh, out);
        out.append(EN_KEY);
        if (frames) writeFramed(en, frames[1], out);
        else writeString(en, out);
        out.byte(125); // }
        return;
      }
    }
    write(m, out);
  };

  const writeTop = (value: unknown, out: ByteBuffer): void => {
    top = out;
    seen.length = 0;
    seenAt.length = 0;
    try {
      write(value, out);
    } finally {
      top = undefined;
    }
  };

  const write = (value: unknown, out: ByteBuffer): void => {
    switch (typeof value) {
      case 'string':
        writeString(value, out);
        return;
      case 'number':
        out.ascii(Number.isFinite(value) ? String(value) : 'null');
        return;
      case 'boolean':
        out.ascii(value ? 'true' : 'false');
        return;
      case 'object':
        break;
      default: {
        // undefined, functions and symbols are left out of objects and written null in arrays; bigint throws.
        const text = JSON.stringify(value);
        if (text !== undefined) out.text(safeJson(text));
        return;
      }
    }
    if (value === null) {
      out.ascii('null');
      return;
    }
    if (Object.isFrozen(value)) {
      const known = cache.get(value);
      if (known !== undefined) {
        out.append(known);
        return;
      }
      if (cache.size < MAX_CACHED && cachedBytes < MAX_CACHED_BYTES) {
        // Serialised once, into scratch space, then kept (a frozen object's text cannot change).
        const start = scratch.length;
        writeComposite(value, scratch);
        const bytes = kept(scratch.bytes, start, scratch.length);
        scratch.length = start;
        cache.set(value, bytes);
        cachedBytes += bytes.length;
        out.append(bytes);
        return;
      }
    }
    if (!Array.isArray(value) && writeCriterion(value as Record<string, unknown>, out)) return;
    writeComposite(value, out);
  };

  const writeComposite = (value: object, out: ByteBuffer): void => {
    if (Array.isArray(value)) {
      out.byte(91); // [
      for (let i = 0; i < value.length; i++) {
        if (i > 0) {
          out.byte(44);
        }
        const item = value[i];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.ascii('null');
        else write(item, out);
      }
      out.byte(93); // ]
      return;
    }
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      const text = JSON.stringify(value);
      if (text !== undefined) out.text(safeJson(text));
      return;
    }
    out.byte(123); // {
    let first = true;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      const k = keyOf(key);
      out.append(first ? k[0] : k[1]);
      first = false;
      write(item, out);
    }
    out.byte(125); // }
  };
  return writeTop;
}

const ascii8 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const LIMIT_KEY = ascii8(',"limit":');
const ZH_KEY = ascii8('{"zh":');
const EN_KEY = ascii8(',"en":');

/** Writes a sentence as a JSON string: the frame's bytes around the part that is the record's own. */
function writeFramed(s: string, frame: SentenceFrame, out: ByteBuffer): void {
  let head = frame.head;
  let tail = frame.tail;
  if (head === undefined || tail === undefined) {
    const first = frame.first;
    if (first === undefined) {
      frame.first = s;
      writeString(s, out);
      return;
    }
    frame.first = undefined;
    const h = prefixLength(first, s);
    const t = suffixLength(first, s, Math.min(first.length, s.length) - h);
    setFrame(frame, first.slice(0, h), first.slice(first.length - t));
  } else if (s.length < head.length + tail.length || !s.startsWith(head) || !s.endsWith(tail)) {
    // A sentence that shares less: the frame shrinks to what it shares with this one too.
    const h = prefixLength(head, s);
    const t = suffixLength(tail, s, Math.min(tail.length, s.length - h));
    setFrame(frame, head.slice(0, h), tail.slice(tail.length - t));
  }
  head = frame.head!;
  tail = frame.tail!;
  out.append(frame.headBytes!);
  writeChars(s, head.length, s.length - tail.length, out);
  out.append(frame.tailBytes!);
}

function setFrame(frame: SentenceFrame, head: string, tail: string): void {
  frame.head = head;
  frame.tail = tail;
  const b = new ByteBuffer(Math.max(head.length, tail.length) * 6 + 1);
  b.bytes[b.length++] = QUOTE;
  writeChars(head, 0, head.length, b);
  frame.headBytes = b.bytes.slice(0, b.length);
  b.length = 0;
  writeChars(tail, 0, tail.length, b);
  b.bytes[b.length++] = QUOTE;
  frame.tailBytes = b.bytes.slice(0, b.length);
}

/** How many first characters two texts share, ending on no high surrogate (no pair is cut, whatever follows). */
function prefixLength(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let h = 0;
  while (h < most && a.charCodeAt(h) === b.charCodeAt(h)) h++;
  while (h > 0 && isHighSurrogate(a.charCodeAt(h - 1))) h--;
  return h;
}

/** How many last characters (at most `most`) two texts share, starting on no low surrogate. */
function suffixLength(a: string, b: string, most: number): number {
  let t = 0;
  while (t < most && a.charCodeAt(a.length - 1 - t) === b.charCodeAt(b.length - 1 - t)) t++;
  while (t > 0 && isLowSurrogate(a.charCodeAt(a.length - t))) t--;
  return t;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A value JSON.stringify writes as itself (not left out, no toJSON). */
function plain(value: unknown): boolean {
  const type = typeof value;
  if (type === 'undefined' || type === 'function' || type === 'symbol' || type === 'bigint') return false;
  return type !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** A JSON string literal, escaped as JSON.stringify escapes (lone surrogates as `\udXXX`), as UTF-8. */
function writeString(s: string, out: ByteBuffer): void {
  out.byte(QUOTE);
  writeChars(s, 0, s.length, out);
  out.bytes[out.length++] = QUOTE;
}

/** The characters `from` to `to` of a JSON string, escaped, as UTF-8; leaves room for one byte more. */
function writeChars(s: string, from: number, to: number, out: ByteBuffer): void {
  // At most 6 bytes (\u00XX, \udXXX) per UTF-16 unit, and a closing quote.
  out.reserve((to - from) * 6 + 1);
  const b = out.bytes;
  let p = out.length;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isTerminalControl(c)) {
      // DEL, C1 controls and bidi overrides as \u escapes (safeJson's rule): the same data, never acted on by a terminal.
      b[p++] = BACKSLASH;
      p = unicodeEscape(b, p, c);
    } else if (c < 0x80) {
      if (c >= 0x20 && c !== QUOTE && c !== BACKSLASH) b[p++] = c;
      else {
        b[p++] = BACKSLASH;
        const short = c === QUOTE || c === BACKSLASH ? c : SHORT_ESCAPES[c];
        if (short !== undefined) b[p++] = short;
        else p = unicodeEscape(b, p, c);
      }
    } else if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      b[p++] = 0xe0 | (c >> 12);
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
      b[p++] = 0x80 | (c & 0x3f);
    } else {
      const d = c <= 0xdbff && i + 1 < to ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        p = astral(b, p, c, d);
        i++;
      } else {
        b[p++] = BACKSLASH;
        p = unicodeEscape(b, p, c);
      }
    }
  }
  out.length = p;
}

/** The characters safeJson escapes beyond JSON's own: DEL, C1 controls, bidi marks and overrides. */
function isTerminalControl(c: number): boolean {
  return (
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x61c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** `uXXXX` (the backslash is written by the caller), lowercase hex as JSON.stringify writes it. */
function unicodeEscape(b: Uint8Array, p: number, c: number): number {
  b[p++] = 117; // u
  b[p++] = HEX.charCodeAt((c >> 12) & 15);
  b[p++] = HEX.charCodeAt((c >> 8) & 15);
  b[p++] = HEX.charCodeAt((c >> 4) & 15);
  b[p++] = HEX.charCodeAt(c & 15);
  return p;
}
