import type { LocalizedText } from '../text/localized-text';

/**
 * Codes of errors thrown by the API (as opposed to issues inside a rule file).
 * `aborted` is thrown only where a caller passed a `signal` and aborted it:
 * a stop asked for, not a mistake (`usage`) nor a bad rule set. `input` (added
 * in 0.2.0) is input that cannot be read at all — a damaged or foreign workbook,
 * bytes not in the encoding read — bad data rather than a bad call: a service
 * answers it, as a `rule-set` error of an uploaded rule file, with a 400.
 *
 * @example
 * if (error instanceof QgradeError && error.code === 'rule-set') process.exitCode = 2;
 * @example
 * // An upload service: the sender's data (400) apart from its own mistake (500).
 * const status = error instanceof QgradeError && (error.code === 'input' || error.code === 'rule-set') ? 400 : 500;
 */
export type QgradeErrorCode = 'rule-set' | 'usage' | 'input' | 'output' | 'aborted';

/**
 * The base of every error qgrade throws on purpose, but one: `roundGbt8170`
 * throws a `RoundingError`, a `RangeError` as a bad argument to a number
 * function is, with the same `code: 'usage'` and `text`. Anything else that
 * escapes is a bug in qgrade. The ESM and CommonJS builds (and `qgrade` and
 * `qgrade/browser`) each have their own class, so an error from one is not
 * `instanceof` the other's: where both may be loaded, or to catch the
 * rounding error too, compare `error.code`.
 *
 * @example
 * try {
 *   await loadRuleSet(path);
 * } catch (error) {
 *   if (error instanceof QgradeError) console.error(`${error.code}: ${error.text?.zh ?? error.message}`);
 * }
 */
export class QgradeError extends Error {
  /** A stable code for programs; the message is for people. */
  readonly code: QgradeErrorCode;
  /**
   * The message in both languages, `{ zh, en }` (zh-CN and English; `message` is its English), to show a
   * user in theirs. Optional in this type, as one class serves every code: every `usage`, `input`, `output`
   * and `aborted` error sets it (the type does not tell by `code`), a `rule-set` error has none: each of its `issues` carries its own `text.zh` and `text.en` (and `message`, the English), with
   * its line:column. Read it with `?.` or after a check (`if (error.text)`), and build a `rule-set` error's
   * answer from its issues.
   *
   * @example
   * catch (error) {
   *   if (error instanceof RuleSetError) show(error.issues.map((issue) => issue.text.zh).join('\n'));
   *   else if (error instanceof QgradeError && error.text) show(error.text.zh);
   * }
   */
  declare readonly text?: LocalizedText;

  /**
   * The class's name, for logs and `toJSON()`: `RuleSetError` (code `rule-set`), `UsageError` (`usage`),
   * `InputError` (`input`), `OutputError` (`output`, the CLI's writes), `AbortError` (`aborted`, as `fetch` names
   * its own) or `QgradeError`. Branch on `code`, the stable field: a new class may come with a new name, never
   * with a new meaning for a code.
   */
  declare name: string;

  constructor(code: QgradeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QgradeError';
    this.code = code;
  }

  /**
   * The error as plain data, for `JSON.stringify` (a log line, a worker's
   * message to its parent: `structuredClone` and `postMessage` keep only an
   * `Error`'s message, dropping `code`, `text` and `issues`): its `name`,
   * `code`, `message` (which is not enumerable, so JSON would leave it out)
   * and its own fields (`text`, a `RuleSetError`'s `issues`). Not the stack
   * or the `cause`.
   *
   * @example
   * catch (error) { if (error instanceof QgradeError) parentPort?.postMessage(JSON.stringify(error)); }
   * // {"name":"UsageError","code":"usage","message":"…","text":{"zh":"…","en":"…"}}
   */
  toJSON(): QgradeErrorJson {
    // Own fields after the three, which they repeat (name, code) in the same places.
    const fields = { ...this } as Record<string, unknown>;
    return { name: this.name, code: this.code, message: this.message, ...fields };
  }
}

/**
 * A {@link QgradeError} as `JSON.stringify` writes it ({@link QgradeError.toJSON}): what a worker thread can send
 * its parent, where `structuredClone` would drop the code.
 *
 * @example
 * const sent: QgradeErrorJson = JSON.parse(JSON.stringify(error));
 */
export interface QgradeErrorJson {
  /**
   * The class's name: `RuleSetError`, `UsageError`, `InputError`, `OutputError`, `AbortError` or `QgradeError`
   * ({@link QgradeError.name}); `code` is the field to branch on.
   */
  name: string;
  /** What kind of error it is. */
  code: QgradeErrorCode;
  /** The message in English. */
  message: string;
  /** The error's other own fields (`text`, `issues`). */
  [field: string]: unknown;
}
