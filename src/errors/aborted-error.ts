import { type LocalizedText, localized } from '../text/localized-text';
import { QgradeError } from './qgrade-error';

/**
 * What a stream of results (`gradeMany`, `gradeFile`, a pool's
 * `gradeManyToNdjson`) throws to its loop when the `signal` it was given is
 * aborted: code `aborted`, and `name` `AbortError` as `fetch` and Node's own
 * APIs name theirs, so a service's `error.name === 'AbortError'` check
 * catches it too; `cause` is the signal's `reason` (a `TimeoutError` from
 * `AbortSignal.timeout`). Not a usage error: stopping was asked for.
 *
 * @example
 * throw new AbortedError('gradeMany', signal.reason);
 */
export class AbortedError extends QgradeError {
  /** The message in both languages; `message` is its English. */
  override readonly text: LocalizedText;

  constructor(method: string, reason: unknown) {
    const why = reasonText(reason);
    const text = localized(
      `${method} 已停止：options.signal 已中止${why ? `（${why}）` : ''}`,
      `${method} stopped: options.signal was aborted${why ? ` (${why})` : ''}`,
    );
    super('aborted', text.en, { cause: reason });
    this.name = 'AbortError';
    this.text = text;
  }
}

/** The reason's own words, where it has some (an Error's message, a string); nothing for the default reason. */
function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  // abort() with no reason gives "This operation was aborted", which the message already says.
  if ((reason as { name?: unknown } | null)?.name === 'AbortError') return '';
  if (reason instanceof Error || (typeof reason === 'object' && reason !== null && 'message' in reason)) {
    const message = (reason as { message?: unknown }).message;
    return typeof message === 'string' ? message : '';
  }
  return '';
}
