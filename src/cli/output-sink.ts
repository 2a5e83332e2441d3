import { QgradeError } from '../errors/qgrade-error';

/**
 * Output that could not be written. `closed`: the reader went away (EPIPE,
 * `qgrade … | head`), which ends a run quietly; anything else (a full disk)
 * is an error the user must see, and the run exits 2.
 */
export class OutputError extends QgradeError {
  readonly closed: boolean;

  constructor(name: string, error: NodeJS.ErrnoException) {
    const what = error.code ? `${error.message.replace(/^[A-Z]+: /, '')} (${error.code})` : error.message;
    super('output', `cannot write the output (${name}): ${what}`, { cause: error });
    this.name = 'OutputError';
    this.closed = error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
  }
}

/** How long output may wait in the sink before it is written, when rows come slowly. */
const LATENCY_MS = 50;

/** Bytes gathered before a write: few large writes, little memory. */
const CHUNK = 1 << 16;

/**
 * Text to a stream, encoded as UTF-8 into a buffer as it comes and written
 * in large chunks, waiting for the stream to drain when it asks to
 * (backpressure), so output never piles up in memory however fast records
 * are graded. (Encoding piece by piece into a buffer is several times
 * cheaper than joining the pieces into one string first.) What is gathered
 * goes out within {@link LATENCY_MS} even when rows come slowly
 * (`tail -f log | qgrade …`), and at once on a terminal. A write error
 * stops the run with an {@link OutputError} instead of a stack trace.
 */
export class OutputSink {
  readonly #stream: NodeJS.WritableStream;
  readonly #tty: boolean;
  #buffer = Buffer.allocUnsafe(CHUNK);
  #used = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #error: OutputError | undefined;

  constructor(stream: NodeJS.WritableStream & { isTTY?: boolean }, name = 'stdout') {
    this.#stream = stream;
    this.#tty = stream.isTTY === true;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.#error ??= new OutputError(name, error);
    });
  }

  /** Adds text; returns true when it is time to {@link flush}. */
  write(text: string): boolean {
    this.#check();
    if (text.length === 0) return false;
    // A UTF-8 byte sequence takes at most 3 bytes per UTF-16 unit.
    if (this.#used + text.length * 3 > this.#buffer.length) {
      if (this.#used > 0) this.#writeGathered();
      if (text.length * 3 > this.#buffer.length) {
        this.#stream.write(text);
        return !this.#tty;
      }
    }
    this.#used += this.#buffer.write(text, this.#used);
    this.#timer ??= setTimeout(() => this.#writeGathered(), LATENCY_MS);
    return this.#tty || this.#used >= CHUNK / 2;
  }

  /** Writes bytes (already encoded output, e.g. from worker threads) after what was gathered. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (bytes.byteLength > 0 && !this.#stream.write(bytes)) await this.#drain();
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

  /** Stops the timer; what is still gathered is dropped. For a run that failed. */
  discard(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#used = 0;
  }

  /** Writes what was gathered; false when the stream asks the writer to wait. */
  #writeGathered(): boolean {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#used === 0 || this.#error) return true;
    // The stream keeps the buffer until it is written: hand it over and start a new one.
    const data = this.#buffer.subarray(0, this.#used);
    this.#buffer = Buffer.allocUnsafe(CHUNK);
    this.#used = 0;
    return this.#stream.write(data);
  }

  #drain(): Promise<void> {
    if (this.#error) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.#stream.off('drain', done);
        this.#stream.off('error', done);
        resolve();
      };
      this.#stream.on('drain', done);
      this.#stream.on('error', done);
    });
  }

  #check(): void {
    if (this.#error) {
      this.discard();
      throw this.#error;
    }
  }
}
