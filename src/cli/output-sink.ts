import { once } from 'node:events';

/**
 * Text to a stream, gathered into large writes, waiting for the stream to
 * drain when it asks to (backpressure), so output never piles up in memory
 * however fast records are graded. On a terminal every write goes out at
 * once, so rows appear as they are graded.
 */
export class OutputSink {
  readonly #stream: NodeJS.WritableStream;
  readonly #limit: number;
  #parts: string[] = [];
  #size = 0;

  constructor(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout) {
    this.#stream = stream;
    this.#limit = stream.isTTY ? 0 : 1 << 16;
  }

  /** Adds text; returns true when it is time to {@link flush}. */
  write(text: string): boolean {
    if (text.length === 0) return false;
    this.#parts.push(text);
    this.#size += text.length;
    return this.#size >= this.#limit;
  }

  /** Writes bytes (already encoded output, e.g. from worker threads) after what was gathered. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (bytes.byteLength > 0 && !this.#stream.write(bytes)) await once(this.#stream, 'drain');
  }

  /** Writes what was gathered, and waits for the stream to drain if it is full. */
  async flush(): Promise<void> {
    if (this.#size === 0) return;
    const data = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    if (!this.#stream.write(data)) await once(this.#stream, 'drain');
  }
}
