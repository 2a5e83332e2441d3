import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteBuffer } from '../../src/serialize/byte-buffer';

describe('ByteBuffer', () => {
  it('encodes text as Node encodes UTF-8 (lone surrogates as U+FFFD), growing as needed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary' }),
            fc.string(),
            fc.constantFrom('\ud800', 'a\udc00', '😀型号'),
          ),
        ),
        (parts) => {
          const out = new ByteBuffer(4);
          for (const p of parts) out.text(p);
          expect(
            Buffer.from(out.bytes.subarray(0, out.length)).equals(Buffer.from(parts.join(''), 'utf8')),
          ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('appends bytes, short and long, and take() hands them over and starts again', () => {
    const out = new ByteBuffer(8);
    const long = new Uint8Array(100).map((_, i) => i);
    out.append(new Uint8Array([1, 2, 3]));
    out.append(long);
    const taken = out.take();
    expect([...taken]).toEqual([1, 2, 3, ...long]);
    expect(out.length).toBe(0);
    expect(out.bytes.length).toBe(8);
    out.text('x');
    expect([...taken.subarray(0, 3)]).toEqual([1, 2, 3]);
  });

  it('take(capacity) starts again in memory of that size, not sharing the bytes handed over', () => {
    const out = new ByteBuffer(8);
    out.text('等级');
    const taken = out.take(300);
    expect(out.bytes.length).toBe(300);
    expect(out.bytes.buffer).not.toBe(taken.buffer);
    out.text('abc');
    expect(new TextDecoder().decode(taken)).toBe('等级');
  });
});
