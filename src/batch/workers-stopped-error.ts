import { type LocalizedText, localized } from '../text/localized-text';

/**
 * Why a worker stage gave up on its threads: they kept dying, and fresh sets
 * of them died too before any batch was done. It becomes the message of the
 * error rows of the batches it stops, in both languages (`text`).
 */
export class WorkersStoppedError extends Error {
  /** The message in both languages; `message` is its English. */
  readonly text: LocalizedText;

  constructor(freshStarts: number) {
    const text = localized(
      `工作线程反复退出，重新启动 ${freshStarts} 次后仍未完成任何一批记录，已停止启动新的工作线程`,
      `the worker threads kept stopping: ${freshStarts} fresh starts in a row graded no batch, so no more threads are started`,
    );
    super(text.en);
    this.name = 'WorkersStoppedError';
    this.text = text;
  }
}
