import type { RecordError } from '../model/grade-result';
import type { IndicatorModel } from '../model/rule-set-model';
import { cjkJoin } from '../text/cjk-space';
import { foldKey } from '../text/fold-key';
import { foldValueText } from '../text/fold-value-text';
import { localized } from '../text/localized-text';
import { methodFirst } from '../text/method-first';
import { valueKind } from '../text/value-kind';
import type { NearMissKeys } from './near-miss-keys';

/**
 * What a record gives for a rule set's indicators, read once: one entry per
 * indicator, by slot — `undefined` when the record does not give it, a
 * number, text or boolean, a plain list of them for several specimens, or a
 * {@link NotAValue} for anything else. Only plain data: it crosses to a
 * worker thread as it is, and grading never touches the caller's object
 * again.
 */
export type RecordSnapshot = unknown[];

/**
 * The keys under which a record gives indicators it does not give by name:
 * a key equal to the indicator's zh or en label (a JSON record keyed as a
 * CSV header would be), by indicator name. Set on a snapshot only when
 * there is one; only the "missing" message reads it. It is an own property
 * of the array, so it crosses to a worker thread with it.
 */
export interface LabelKeys {
  labelKeys?: Record<string, string>;
  /**
   * Keys that differ from an indicator's name or label only in case, white space, `_` or `-` (`APF`, `apf ` for
   * `apf`; `air_cooled` for `airCooled`), by indicator name: keys are matched exactly, so the value was not read
   * (hostile-38 M2).
   */
  nearKeys?: Record<string, string>;
  /**
   * Indicators the record holds, by name, but not as its own property:
   * `prototype` when it comes through the prototype (a class instance's
   * getter, an ORM entity), `map` when the record is a Map that has it.
   */
  hiddenKeys?: Record<string, HiddenKey>;
}

/** How a record holds a field it does not give as its own property ({@link LabelKeys.hiddenKeys}). */
export type HiddenKey = 'prototype' | 'map';

/** The {@link LabelKeys} of a snapshot, if it has any. */
export function labelKeysOf(snapshot: RecordSnapshot): Record<string, string> | undefined {
  return (snapshot as LabelKeys).labelKeys;
}

/** The {@link LabelKeys.nearKeys} of a snapshot, if it has any. */
export function nearKeysOf(snapshot: RecordSnapshot): Record<string, string> | undefined {
  return (snapshot as LabelKeys).nearKeys;
}

/** The {@link LabelKeys.hiddenKeys} of a snapshot, if it has any. */
export function hiddenKeysOf(snapshot: RecordSnapshot): Record<string, HiddenKey> | undefined {
  return (snapshot as LabelKeys).hiddenKeys;
}

/** A record that gives no snapshot: not an object, or fields that cannot be read. */
export interface UnreadableRecord {
  errors: RecordError[];
}

/** A field that holds neither a value nor a list of values: only its kind is kept, for the message. */
export interface NotAValue {
  notAValue: 'list' | 'object' | 'map' | 'set' | 'function' | 'symbol' | 'bigint' | 'deep list';
}

/** Whether a snapshot entry stands for something that is not a value. */
export function isNotAValue(v: unknown): v is NotAValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the indicators of a record once, own properties only (never through
 * a prototype), into a {@link RecordSnapshot}; a field that is `null`, empty
 * text or white space alone is left out, as a blank cell is. A getter is called once, a
 * list is copied element by element up to one more than the indicator
 * accepts, and a field the rule set does not name is never read, however
 * large or deep it is. A record whose fields cannot be read (a getter or a
 * Proxy that throws) gives an `unreadable` error instead; a Promise or any
 * other thenable gives `not-an-object`, naming the Promise (it is never
 * awaited: a synchronous grader cannot).
 */
export function snapshotRecord(
  record: unknown,
  indicators: readonly IndicatorModel[],
  nearMissKeys?: NearMissKeys,
): RecordSnapshot | UnreadableRecord {
  if (record === null || typeof record !== 'object') return notAnObject(record);
  const input = record as Record<string, unknown>;
  const out: RecordSnapshot = new Array(indicators.length);
  // The field being read when a getter or Proxy trap threw: named in the error (hostile-38 M6).
  let reading: string | undefined;
  // Array.isArray is inside: on a revoked Proxy it throws, and that record is unreadable, not a crash.
  try {
    if (Array.isArray(record) || ArrayBuffer.isView(record)) return notAnObject(record);
    // `records.map(async …)` gives Promises: each would otherwise read as a record with every field missing.
    // Read through the prototype on purpose (a Promise's `then` is not its own); gradeSync cannot await it.
    if (typeof (input as { then?: unknown }).then === 'function') return aPromise();
    let defaulted = false;
    for (let i = 0; i < indicators.length; i++) {
      const ind = indicators[i]!;
      reading = ind.name;
      if (!Object.hasOwn(input, ind.name)) {
        if (ind.default !== undefined) defaulted = true;
        continue;
      }
      const v = input[ind.name];
      // JSON's "not stated": left out, as an empty CSV cell or a Parquet NULL is; so is empty or blank text, what a
      // sheet converted to JSON writes for a blank cell (hostile-36 F8: `"c": ""` made the record invalid).
      if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
      // 热泵型 for heat-pump: a value given by its label or an alias is that value, from any input.
      const spellings = ind.valueSpellings;
      out[i] =
        spellings !== undefined && typeof v === 'string'
          ? spelledValue(v, spellings, ind)
          : plain(v, ind.specimens);
    }
    reading = undefined;
    // A defaulted indicator left out: a key that is its name but for case or `_` would leave the default standing in.
    // Listing keys asks a Proxy's ownKeys, which reading own fields never does: one that throws is graded by its fields.
    if (defaulted && nearMissKeys) {
      let near: RecordError | undefined;
      try {
        near = nearMissKeys(input);
      } catch {
        near = undefined;
      }
      if (near) return { errors: [near] };
    }
  } catch (error) {
    return { errors: [unreadableField(reading, error)] };
  }
  return out;
}

/**
 * The error of a record whose field (or whole self: a revoked Proxy) threw when read: the field where one was
 * being read, and what was thrown, so an ORM's lost connection is told from a bad record (hostile-38 M6).
 */
function unreadableField(field: string | undefined, error: unknown): RecordError {
  const thrown = thrownText(error);
  // Quoted: the program's own words, in whatever language it wrote them.
  const why = thrown === '' ? localized('', '') : localized(`：“${thrown}”`, `: "${thrown}"`);
  return {
    field: field ?? '',
    code: 'unreadable',
    message:
      field === undefined
        ? localized(`无法读取记录的字段${why.zh}`, `the record’s fields cannot be read${why.en}`)
        : localized(
            `无法读取记录的字段 ${field}（读取时抛出了错误）${why.zh}`,
            `the record’s field ${field} cannot be read (reading it threw)${why.en}`,
          ),
  };
}

/** What was thrown, its first line, at most 200 characters; `''` when even that cannot be read. */
function thrownText(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const line = text.split('\n')[0]!;
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
  } catch {
    return '';
  }
}

/**
 * A record that is not an object of field values, saying what came and, for the usual slips, what to do
 * (developer-44: a JSON line from readline or a queue, or a message's bytes, was told only "must be an object").
 */
function notAnObject(record: unknown): UnreadableRecord {
  const bytes = ArrayBuffer.isView(record);
  const got = bytes
    ? localized('字节（Buffer 或 Uint8Array）', 'bytes (a Buffer or Uint8Array)')
    : valueKind(record);
  const advice =
    typeof record === 'string' && /^\s*[{[]/.test(record)
      ? localized(
          '这是 JSON 文本：请先用 JSON.parse 解析成对象',
          'it is JSON text: parse it into an object first (JSON.parse)',
        )
      : bytes
        ? localized(
            '请先解码并解析，如 JSON.parse(new TextDecoder().decode(bytes))',
            'decode and parse them first, as JSON.parse(new TextDecoder().decode(bytes))',
          )
        : Array.isArray(record)
          ? // True said to grade([a, b]) and to gradeMany([[a, b]]) alike (contracts-46: the list inside gradeMany's
            // list was told to pass the array to gradeMany, which it was).
            localized(
              '要分级多条记录，请把它们放在一个数组中交给 gradeMany，每项是一条记录对象（数组中的数组不是记录）',
              'to grade several records, pass gradeMany a list of them, each item one record object (a list inside that list is not a record)',
            )
          : undefined;
  return {
    errors: [
      {
        field: '',
        code: 'not-an-object',
        message: localized(
          `${cjkJoin('记录必须是键值对象，收到的是', got.zh)}${advice ? `：${advice.zh}` : ''}`,
          `a record must be an object of field values, got ${got.en}${advice ? `: ${advice.en}` : ''}`,
        ),
      },
    ],
  };
}

function aPromise(): UnreadableRecord {
  return {
    errors: [
      {
        field: '',
        code: 'not-an-object',
        message: localized(
          '记录是一个“Promise”（有“then”方法），不是键值对象：请先“await”它，或给“gradeMany”一个异步可迭代对象',
          'the record is a Promise (it has a "then" method), not an object of field values: await it first, or pass "gradeMany" an async iterable',
        ),
      },
    ],
  };
}

/**
 * The value a text is by a label or alias of its enum's values: as written first (no folding for the
 * usual case, a value or a label as the rule set writes it), then folded; else the text itself.
 * Exported for compare, which asks how each of two rule sets reads one cell.
 *
 * @example
 * spelledValue('单冷型', indicator.valueSpellings!, indicator); // 'cooling-only'
 */
export function spelledValue(
  text: string,
  spellings: ReadonlyMap<string, string | number | boolean>,
  ind: IndicatorModel,
): string | number | boolean {
  const exact = spellings.get(text);
  if (exact !== undefined) return exact;
  if (ind.values?.includes(text)) return text;
  return spellings.get(foldValueText(text)) ?? text;
}

function plain(v: unknown, specimens: number): unknown {
  if (v === null || typeof v !== 'object') return scalar(v);
  // A Map (a DuckDB MAP column, a caller's own) or a Set: told as one, not as an object of no fields.
  if (!Array.isArray(v))
    return { notAValue: v instanceof Map ? 'map' : v instanceof Set ? 'set' : 'object' } satisfies NotAValue;
  // Enough to tell "too many specimens" from a valid list; the rest is never read.
  const n = Math.min(v.length, specimens + 1);
  const list = new Array<unknown>(n);
  // The count the message states (newcomer-32 W2: 5 given read "got 4"): kept on the cut list, which crosses to a worker with it.
  if (v.length > n) (list as SpecimenList).given = v.length;
  for (let i = 0; i < n; i++) {
    const item: unknown = v[i];
    list[i] =
      item === null || typeof item !== 'object'
        ? scalar(item)
        : ({ notAValue: Array.isArray(item) ? 'deep list' : 'object' } satisfies NotAValue);
  }
  return list;
}

/** A list of specimen values cut short of what the record gives: `given` is the record's count. */
interface SpecimenList extends Array<unknown> {
  given?: number;
}

/**
 * How many values a record gives for an indicator whose snapshot entry is `list`: a list longer than the
 * indicator takes is read only to one more than that, and keeps the count it had.
 *
 * @example
 * givenCount(snapshot[slot] as unknown[]); // 5 for [45, 45, 45, 45, 45] under `specimens: { exactly: 3 }`
 */
export function givenCount(list: readonly unknown[]): number {
  return (list as SpecimenList).given ?? list.length;
}

function scalar(v: unknown): unknown {
  const t = typeof v;
  return t === 'function' || t === 'symbol' || t === 'bigint' ? ({ notAValue: t } as NotAValue) : v;
}

/**
 * Notes on a snapshot the indicators its record leaves out by name but gives
 * under their zh or en label, or holds otherwise than as its own property
 * ({@link LabelKeys}), for the "missing" message.
 * Only indicators that can be missing are looked for (required or
 * `requiredWhen`, no default). Called where a snapshot's record is at hand
 * and may be reported: on the error path of reading a record, and for a
 * snapshot sent to a worker, which will not have the record.
 */
export function noteLabelKeys(
  snapshot: RecordSnapshot,
  record: unknown,
  indicators: readonly IndicatorModel[],
): RecordSnapshot {
  const input = record as Record<string, unknown>;
  // The record's keys by their folded form, listed once and only when a key is looked for.
  let keys: ReadonlyMap<string, string> | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    if (snapshot[i] !== undefined || ind.default !== undefined) continue;
    if (!ind.required && ind.requiredWhen === undefined) continue;
    try {
      if (Object.hasOwn(input, ind.name)) continue;
      const labelled = snapshot as LabelKeys;
      // The zh label also as sheets say a method in brackets, the method first (`沸煮法安定性` for 安定性（沸煮法）).
      const key = Object.hasOwn(input, ind.label.zh)
        ? ind.label.zh
        : Object.hasOwn(input, ind.label.en)
          ? ind.label.en
          : methodFirst(ind.label.zh).find((form) => Object.hasOwn(input, form));
      if (key !== undefined) {
        labelled.labelKeys ??= {};
        labelled.labelKeys[ind.name] = key;
        continue;
      }
      // `APF`, `apf `, `air_cooled`: the name or a label but for case, spaces, `_` or `-` — read by a CSV header,
      // skipped by a JSON key (hostile-38 M2); the same notion as a defaulted indicator's near-miss key.
      keys ??= foldedKeys(input);
      const near =
        keys.get(foldedKey(ind.name)) ??
        keys.get(foldedKey(ind.label.zh)) ??
        keys.get(foldedKey(ind.label.en));
      if (near !== undefined) {
        labelled.nearKeys ??= {};
        labelled.nearKeys[ind.name] = near;
        continue;
      }
      // An ORM entity's getter, a Map: the value is there, only not where records are read from.
      const hidden: HiddenKey | undefined =
        input instanceof Map
          ? input.has(ind.name)
            ? 'map'
            : undefined
          : inherits(input, ind.name)
            ? 'prototype'
            : undefined;
      if (hidden === undefined) continue;
      labelled.hiddenKeys ??= {};
      labelled.hiddenKeys[ind.name] = hidden;
    } catch {
      // A record whose keys cannot be read was refused when it was snapshotted.
    }
  }
  return snapshot;
}

// The keys last folded and their forms: the records of one file or one call have the same keys, row after row,
// and folding them again for every row with a missing field was a sixth of the reading thread's CPU of
// `grade --workers 2`.
let lastKeys: readonly string[] = [];
let lastFolded = new Map<string, string>();

/** A record's own string keys by {@link foldKey}, the first of each form. */
function foldedKeys(record: object): ReadonlyMap<string, string> {
  // A Map's entries are told apart by hiddenKeys; its own keys are none.
  if (record instanceof Map) return new Map();
  const keys = Object.keys(record);
  if (sameKeys(keys, lastKeys)) return lastFolded;
  const out = new Map<string, string>();
  for (const key of keys) {
    const form = foldedKey(key);
    if (!out.has(form)) out.set(form, key);
  }
  lastKeys = keys;
  lastFolded = out;
  return out;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Folded names and labels of indicators, and keys: a few hundred texts at most in a run, each folded once
// (NFKC and a regular expression per call). Emptied when it grows past a bound, so odd keys cannot fill it.
const folded = new Map<string, string>();

function foldedKey(text: string): string {
  let form = folded.get(text);
  if (form === undefined) {
    if (folded.size >= 4096) folded.clear();
    form = foldKey(text);
    folded.set(text, form);
  }
  return form;
}

/** Whether a prototype of `record` below Object.prototype has `name` (so `toString` is never one). */
function inherits(record: object, name: string): boolean {
  for (
    let p = Object.getPrototypeOf(record);
    p !== null && p !== Object.prototype;
    p = Object.getPrototypeOf(p)
  )
    if (Object.hasOwn(p, name)) return true;
  return false;
}
