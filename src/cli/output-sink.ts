import { QgradeError } from '../errors/qgrade-error';
import { systemReason } from '../errors/system-reason';
import { ByteBuffer } from '../serialize/byte-buffer';
import type { LocalizedText } from '../text/localized-text';

/**
 * Output that could not be written. `closed`: the reader went away (EPIPE,
 * `qgrade … | head`), which ends a run quietly; anything else (a full disk)
 * is an error the user must see, and the run exits 2.
 */
export class OutputError extends QgradeError {
  readonly closed: boolean;
  /** The message in both languages; `message` is its English. */
  override readonly text: LocalizedText;

  constructor(name: string, error: NodeJS.ErrnoException) {
    const what = error.code ? `${error.message.replace(/^[A-Z]+: /, '')} (${error.code})` : error.message;
    const where = name === 'stdout' ? '标准输出' : name === 'stderr' ? '标准错误' : name;
    const why = systemReason(error).zh;
    const text = {
      zh: `无法写出输出（${where}）：${error.code && !why.includes(error.code) ? `${why}（${error.code}）` : why}`,
      en: `cannot write the output (${name}): ${what}`,
    };
    super('output', text.en, { cause: error });
    this.text = text;
    this.name = 'OutputError';
    this.closed = error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
  }
}

/**
 * Bytes gathered before a write: few large writes, little memory. With a result in full ~8 KB, writes of
 * 32–64 KiB took 13 % of an NDJSON run's profile in Node's write call, writes of 128–256 KiB 1 %.
 */
const CHUNK = 1 << 18;
/**
 * Where the part of `bytes` written from `at` ends: after the last line end within a chunk, as every write of rows
 * gathered on this thread ends, so a stream that reads each write as text (a caller's Writable splitting it into
 * lines) never gets half a row or half a character; a line longer than a chunk is cut between two characters.
 */
function partEnd(bytes: Uint8Array, at: number): number {
  const end = at + CHUNK;
  if (end >= bytes.byteLength) return bytes.byteLength;
  const line = bytes.lastIndexOf(0x0a, end - 1);
  if (line >= at) return line + 1;
  // Not inside a UTF-8 sequence: its continuation bytes are 10xxxxxx.
  let cut = end;
  while (cut > at + 1 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return cut;
}

/** Written chunks kept to gather into again. */
const FREE_CHUNKS = 4;

/**
 * Output to a stream, encoded as UTF-8 into a buffer that writers write into
 * directly ({@link OutputSink.out}: a result writer puts each row's bytes
 * there, with no string in between) and written in large chunks, waiting for
 * the stream to drain when it asks to (backpressure), so output never piles
 * up in memory however fast records are graded. What is gathered goes out
 * as soon as the run waits for anything (the next input, a worker): a
 * caller that writes a line and waits for its answer gets it at once, and
 * a run reading as fast as it grades still writes in large chunks. On a
 * terminal, at once. A write error stops the run with an
 * {@link OutputError} instead of a stack trace.
 */
export class OutputSink {
  readonly #stream: NodeJS.WritableStream;
  readonly #tty: boolean;
  // Chunks the stream has finished writing, gathered into again: new memory for every write (fresh pages
  // to fault in and zero, external memory for the GC to track) cost more than writing the bytes.
  readonly #free: Uint8Array[] = [];
  readonly #reuse: boolean;
  // Plain Uint8Array memory, as every other ByteBuffer holds: a Buffer here would make the byte loops of the
  // result writers polymorphic (Buffer and Uint8Array).
  #out = new ByteBuffer(CHUNK, (size) => (size === CHUNK && this.#free.pop()) || new Uint8Array(size));
  #timer: ReturnType<typeof setImmediate> | undefined;
  #error: OutputError | undefined;
  readonly #destroyed: () => void;

  /**
   * @param name - how messages name the stream
   * @param options - `reuse`: the stream keeps no reference to bytes it has written (see
   *   `CliIo.stdoutReleasesBytes`), so their memory is gathered into again once it is done with them
   */
  constructor(
    stream: NodeJS.WritableStream & { isTTY?: boolean },
    name = 'stdout',
    options: { reuse?: boolean } = {},
  ) {
    this.#stream = stream;
    this.#reuse = options.reuse === true;
    this.#tty = stream.isTTY === true;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.#error ??= new OutputError(name, error);
    });
    // A stream destroyed without an error (a caller's socket it closed) never drains and emits no error: writes
    // to it fail in their callbacks only, so a run waiting to write would wait for ever. It is a reader gone.
    this.#destroyed = () => {
      if ((stream as { destroyed?: boolean }).destroyed === true)
        this.#error ??= new OutputError(
          name,
          Object.assign(new Error('the stream was destroyed'), { code: 'ERR_STREAM_DESTROYED' }),
        );
    };
    stream.on('close', this.#destroyed);
  }

  /** Where to write bytes; call {@link written} after writing. */
  get out(): ByteBuffer {
    this.#check();
    return this.#out;
  }

  /** Says bytes were written into {@link out}; returns true when it is time to {@link flush}. */
  written(): boolean {
    // A reader gone (EPIPE at the last timed write) stops the run here, not when the next half chunk is due:
    // a co-process fed a line a second would read and grade ~230 more lines first (developer-23 L1).
    if (this.#error) this.#check();
    if (this.#out.length === 0) return false;
    // A macrotask runs only once the run waits for I/O: reading the next input chunk, a worker's answer
    // (developer-25 P1: a 50 ms timer here held a lock-step caller to ~17 answers a second).
    this.#timer ??= setImmediate(() => this.#writeGathered());
    return this.#tty || this.#out.length >= CHUNK / 2;
  }

  /** Adds text; returns true when it is time to {@link flush}. */
  write(text: string): boolean {
    this.#check();
    this.#out.text(text);
    return this.written();
  }

  /**
   * Writes bytes (already encoded output, e.g. from worker threads) after
   * what was gathered. With `reuse`, `done` is called once the stream is
   * done with them, so their memory can be written over; without, never.
   */
  async writeBytes(bytes: Uint8Array, done?: () => void): Promise<void> {
    this.#check();
    if (bytes.byteLength < CHUNK / 4) {
      this.#out.append(bytes);
      if (this.#reuse) done?.();
      if (this.written()) await this.flush();
      return;
    }
    await this.flush();
    const release = this.#reuse ? this.#once(done) : undefined;
    // A chunk at a time: one write of a worker's whole batch (~4 MB of NDJSON) into a file took four times the
    // kernel's time of the same bytes in chunks (a 100,000-row `--workers 2` run: 1.3 s of system time, 0.4 s).
    let more = true;
    for (let at = 0; at < bytes.byteLength; ) {
      const end = partEnd(bytes, at);
      const last = end === bytes.byteLength;
      more = this.#stream.write(bytes.subarray(at, end), last ? release : undefined);
      at = end;
    }
    if (release && this.#nothingBuffered()) release();
    if (!more) await this.#drain();
    this.#check();
  }

  /** Writes what was gathered, and waits for the stream to drain if it is full. */
  async flush(): Promise<void> {
    this.#check();
    const full =
      !this.#writeGathered() || (this.#stream as { writableNeedDrain?: boolean }).writableNeedDrain;
    if (full) await this.#drain();
    this.#check();
  }

  /** Writes what is left and waits until the stream has taken it, reporting a write error. */
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve) => {
      this.#stream.write('', () => resolve());
    });
    // An error on the last write is reported after its callback.
    await new Promise((resolve) => setImmediate(resolve));
    this.#check();
  }

  /**
   * Writes what was gathered and waits until the stream has taken it, for a
   * run the input stopped (exit 2): the output written before the error
   * stays whole, the same in every run, whatever the stream. A write error
   * here is not reported: the run fails with the input's error.
   */
  async settle(): Promise<void> {
    if (this.#error) return;
    try {
      await this.end();
    } catch {
      // The stream failed too; the input's error is the one to report.
    }
  }

  /**
   * For a run that stopped on `error`: settles what was written before it
   * ({@link OutputSink.settle}) unless the error is this output's own.
   */
  async stoppedBy(error: unknown): Promise<void> {
    if (!(error instanceof OutputError)) await this.settle();
  }

  /** Stops the timer; what is still gathered is dropped. For a run that failed. */
  discard(): void {
    clearImmediate(this.#timer);
    this.#timer = undefined;
    this.#out.length = 0;
  }

  /** Writes what was gathered; false when the stream asks the writer to wait. */
  #writeGathered(): boolean {
    clearImmediate(this.#timer);
    this.#timer = undefined;
    if (this.#out.length === 0 || this.#error) return true;
    // The stream keeps the bytes until it has written them; then their memory is gathered into again. A
    // stream with nothing left buffered after the call (a file or a pipe as stdout, written synchronously)
    // is done with them at once; another says so in the write's callback.
    const chunk = this.#out.bytes;
    const reuse =
      this.#reuse && chunk.length === CHUNK
        ? this.#once(() => {
            if (this.#free.length < FREE_CHUNKS) this.#free.push(chunk);
          })
        : undefined;
    const more = this.#stream.write(this.#out.take(), reuse);
    if (reuse && this.#nothingBuffered()) reuse();
    return more;
  }
  /** `f`, to be called at most once (when the stream calls back, or at once if it kept nothing). */
  #once(f: (() => void) | undefined): (() => void) | undefined {
    if (!f) return undefined;
    let called = false;
    return () => {
      if (called) return;
      called = true;
      f();
    };
  }

  /** The stream has written everything it was given: a synchronous stream, after a write returns. */
  #nothingBuffered(): boolean {
    return (this.#stream as { writableLength?: number }).writableLength === 0;
  }

  #drain(): Promise<void> {
    this.#destroyed();
    if (this.#error) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.#stream.off('drain', done);
        this.#stream.off('error', done);
        this.#stream.off('close', done);
        resolve();
      };
      this.#stream.on('drain', done);
      this.#stream.on('error', done);
      this.#stream.on('close', done);
    });
  }

  #check(): void {
    if (this.#error) {
      this.discard();
      throw this.#error;
    }
  }
}
