/**
 * Results as JSON text, fast: the same bytes as `JSON.stringify(result)`,
 * written by code that knows the shape of a result. What one rule set's
 * results share — labels, limits, grade labels, the rule-set reference, the
 * explanation of a requirement that does not apply — is frozen and shared
 * between records by the explainer; its JSON is written once, kept by
 * identity, and copied into each line. Only what belongs to the record (its
 * values, verdicts and sentences) is serialised per record.
 *
 * @module
 */

/** A function writing one value as JSON text, as `JSON.stringify` would. */
export type JsonWriter = (value: unknown) => string;

// Frozen objects are shared between results by the explainer; their text is reused. Bounded, so a rule
// set with computed limits (one frozen object per distinct value at most 256 per check) cannot grow it for long.
const MAX_CACHED = 1 << 16;

/**
 * A JSON writer for grading results, with its own cache of the text of
 * frozen (shared) objects. One per rule set and thread: results of one rule
 * set share their frozen parts.
 *
 * @example
 * const toJson = resultJsonWriter();
 * toJson(result) === JSON.stringify(result); // true, for any GradeResult
 */
export function resultJsonWriter(): JsonWriter {
  const cache = new Map<object, string>();
  const write = (value: unknown): string => {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value);
      case 'number':
        return Number.isFinite(value) ? String(value) : 'null';
      case 'boolean':
        return value ? 'true' : 'false';
      case 'object':
        break;
      default:
        // undefined, functions and symbols are left out of objects and written null in arrays, as JSON.stringify does.
        return JSON.stringify(value) ?? 'undefined';
    }
    if (value === null) return 'null';
    const frozen = Object.isFrozen(value);
    if (frozen) {
      const known = cache.get(value);
      if (known !== undefined) return known;
    }
    let text: string;
    if (Array.isArray(value)) {
      text = '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) text += ',';
        const item = value[i];
        text +=
          item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : write(item);
      }
      text += ']';
    } else if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      return JSON.stringify(value);
    } else {
      text = '{';
      let first = true;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        text += first
          ? (KEYS.get(key) ?? `${JSON.stringify(key)}:`)
          : (COMMA_KEYS.get(key) ?? `,${JSON.stringify(key)}:`);
        first = false;
        text += write(item);
      }
      text += '}';
    }
    if (frozen && cache.size < MAX_CACHED) cache.set(value, text);
    return text;
  };
  return write;
}

// The keys of results, written once: `"key":` and `,"key":`.
const RESULT_KEYS = [
  'row',
  'kept',
  'ruleSet',
  'id',
  'version',
  'grade',
  'label',
  'zh',
  'en',
  'conforming',
  'criteria',
  'indicator',
  'value',
  'rounded',
  'specimen',
  'failingSpecimens',
  'unavailable',
  'limit',
  'operator',
  'text',
  'passed',
  'status',
  'effect',
  'capAt',
  'message',
  'nextGrade',
  'blockers',
  'notGradedReason',
  'code',
  'errors',
  'field',
  'scores',
  'total',
  'dimensions',
  'score',
  'weight',
  'contribution',
  'limitingDimension',
];
const KEYS = new Map(RESULT_KEYS.map((k) => [k, `${JSON.stringify(k)}:`]));
const COMMA_KEYS = new Map(RESULT_KEYS.map((k) => [k, `,${JSON.stringify(k)}:`]));
