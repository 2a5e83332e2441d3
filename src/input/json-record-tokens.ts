// JSON's tokens, as far as the record checks need them: strings (a key when a colon follows), brackets, and
// bare words (numbers, true, false, null). The text has already been read by JSON.parse, so each is well formed.
const TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?|[{}[\]]|[^\s"{}[\],:]+/g;

/** A key of a record, or a bare value at or below a record's level, of a JSON text. */
export interface RecordToken {
  /** The record's index: among the array's elements for a JSON array, 0 for one object (a line). */
  record: number;
  /** A key of the record itself (not of an object nested in it), decoded. */
  key?: string;
  /** A bare value (a number, true, false, null) in the record, as written; nested values too. */
  value?: string;
  /** Set on a bare value given directly for a key of the record (not inside a list or a nested object). */
  top?: true;
}

/**
 * The keys and bare values of the records of a JSON text (one NDJSON line,
 * or a whole document: an array of records or one record), in order: what
 * `JSON.parse` reads without a word — a key given twice, a numeral it
 * rounds — needs the text itself.
 *
 * @example
 * [...recordTokens('{"apf":5.5,"apf":3}')].map((t) => t.key ?? t.value); // ['apf', '5.5', 'apf', '3']
 */
export function* recordTokens(text: string): Generator<RecordToken> {
  let depth = 0;
  let inArray = false;
  let record = -1;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const c = token.charCodeAt(0);
    if (depth === 0) inArray = c === 0x5b;
    const recordDepth = inArray ? 2 : 1;
    const closing = c === 0x5d || c === 0x7d;
    // A value starting at the record level (inside the array, or the document itself) is the next record.
    if (depth === recordDepth - 1 && m[1] === undefined && !closing) record++;
    if (c === 0x7b || c === 0x5b) depth++;
    else if (closing) depth--;
    else if (m[1] !== undefined) {
      if (depth === recordDepth)
        yield { record, key: JSON.parse(token.slice(0, token.lastIndexOf('"') + 1)) };
    } else if (c !== 0x22 && depth >= recordDepth)
      yield depth === recordDepth ? { record, value: token, top: true } : { record, value: token };
  }
}
