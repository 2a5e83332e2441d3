import type { Language } from '../text/localized-text';
import { countText } from '../text/number-text';
import type { CliContext } from './context';
import type { OutputStream } from './io';

/** A progress bar for long runs; see {@link createProgress}. */
export interface Progress {
  /** Called after each record with the count so far; redraws at most ten times a second. */
  update(rows: number): void;
  /** Clears the bar. */
  done(): void;
}

/** What the bar shows. */
export interface ProgressState {
  rows: number;
  bytes: number;
  /** Input size in bytes, when known. */
  total?: number;
  elapsedMs: number;
  /** Columns available. */
  width: number;
  lang: Language;
}

const SILENT: Progress = { update() {}, done() {} };

/**
 * A progress bar on a terminal's stderr: nothing at all unless the stream is
 * a TTY, and nothing for runs shorter than half a second.
 */
export function createProgress(options: {
  stream?: OutputStream;
  enabled?: boolean;
  total?: number;
  bytesRead: () => number;
  lang: Language;
}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.enabled === false || !stream.isTTY) return SILENT;
  const started = Date.now();
  let last = started;
  let drawn = false;
  return {
    update(rows) {
      if ((rows & 255) !== 0) return;
      const now = Date.now();
      if (now - last < 100 || now - started < 500) return;
      last = now;
      const state: ProgressState = {
        rows,
        bytes: options.bytesRead(),
        elapsedMs: now - started,
        width: stream.columns || 80,
        lang: options.lang,
      };
      if (options.total !== undefined) state.total = options.total;
      stream.write(`\r\u001b[2K${renderProgress(state)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}

/**
 * The progress bar of a command reading an input, on the context's stderr:
 * a share of the input's size when the size is known.
 */
export function inputProgress(
  ctx: CliContext,
  source: { size?: number; bytesRead(): number },
  enabled: boolean,
): Progress {
  const options: Parameters<typeof createProgress>[0] = {
    stream: ctx.io.stderr,
    enabled,
    bytesRead: source.bytesRead,
    lang: ctx.lang,
  };
  if (source.size !== undefined) options.total = source.size;
  return createProgress(options);
}

/** One line of progress: a bar and percentage when the size is known, the rows and the rate. */
export function renderProgress(s: ProgressState): string {
  const n = (x: number) => countText(Math.round(x));
  const rate = s.elapsedMs > 0 ? (s.rows * 1000) / s.elapsedMs : 0;
  const counts =
    s.lang === 'zh' ? `${n(s.rows)} 条  ${n(rate)} 条/秒` : `${n(s.rows)} rows  ${n(rate)} rows/s`;
  if (!s.total) return counts.slice(0, Math.max(0, s.width - 1));
  const share = Math.min(1, s.bytes / s.total);
  const barWidth = Math.max(10, Math.min(40, s.width - counts.length - 10));
  const full = Math.round(share * barWidth);
  const bar = `${'█'.repeat(full)}${'░'.repeat(barWidth - full)}`;
  return `${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${counts}`.slice(
    0,
    Math.max(0, s.width - 1),
  );
}
