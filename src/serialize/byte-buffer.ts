/**
 * A growable UTF-8 byte buffer that output is written into directly, so text
 * is encoded once, in place, and never joined into long strings first. Plain
 * `Uint8Array`s: no Node built-ins, so it runs in a browser too.
 *
 * @example
 * const out = new ByteBuffer(1 << 16);
 * out.text('等级 1\n');
 * stream.write(out.bytes.subarray(0, out.length));
 */
export class ByteBuffer {
  /** The bytes; only the first {@link ByteBuffer.length} are written. */
  bytes: Uint8Array;
  /** Bytes written. */
  length = 0;
  readonly #capacity: number;
  readonly #allocate: (size: number) => Uint8Array;

  /**
   * @param capacity - bytes to start with; it grows as needed
   * @param allocate - how memory is had, e.g. `Buffer.allocUnsafe` where zero-filling it is wasted work
   */
  constructor(capacity = 1 << 16, allocate: (size: number) => Uint8Array = (size) => new Uint8Array(size)) {
    this.#capacity = capacity;
    this.#allocate = allocate;
    this.bytes = allocate(capacity);
  }

  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    const need = this.length + n;
    if (need <= this.bytes.length) return;
    let size = Math.max(this.bytes.length * 2, 64);
    while (size < need) size *= 2;
    const bytes = this.#allocate(size);
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }

  /** Appends bytes. */
  append(bytes: Uint8Array): void {
    const n = bytes.length;
    this.reserve(n);
    // A loop is cheaper than set() for the short fragments most results are made of.
    if (n < 32) {
      const b = this.bytes;
      let p = this.length;
      for (let i = 0; i < n; i++) b[p++] = bytes[i]!;
    } else this.bytes.set(bytes, this.length);
    this.length += n;
  }

  /** Appends one byte. */
  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  /** Appends text known to be ASCII (a number's digits, `true`, `null`): a byte per character. */
  ascii(s: string): void {
    this.reserve(s.length);
    const b = this.bytes;
    let p = this.length;
    for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
    this.length = p;
  }

  /** Appends text as UTF-8 (a lone surrogate becomes U+FFFD, as `TextEncoder` writes it). */
  text(s: string): void {
    this.reserve(s.length * 3);
    const b = this.bytes;
    let p = this.length;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) b[p++] = c;
      else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = c <= 0xdbff && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
          if (d >= 0xdc00 && d <= 0xdfff) {
            p = astral(b, p, c, d);
            i++;
            continue;
          }
          c = 0xfffd;
        }
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.length = p;
  }

  /**
   * The bytes written, handed over (the buffer starts again, empty, in new
   * memory of `capacity` bytes, by default its first size).
   */
  take(capacity = this.#capacity): Uint8Array {
    const written = this.bytes.subarray(0, this.length);
    this.bytes = this.#allocate(capacity);
    this.length = 0;
    return written;
  }
}

/** Writes a surrogate pair as the 4 UTF-8 bytes of its code point; returns the new position. */
export function astral(b: Uint8Array, p: number, high: number, low: number): number {
  const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  b[p++] = 0xf0 | (cp >> 18);
  b[p++] = 0x80 | ((cp >> 12) & 0x3f);
  b[p++] = 0x80 | ((cp >> 6) & 0x3f);
  b[p++] = 0x80 | (cp & 0x3f);
  return p;
}
