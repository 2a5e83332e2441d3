import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputSink } from '../../src/cli/output-sink';

/** Lines of different lengths, so a chunk written over too early shows as changed text. */
const lines = Array.from({ length: 3000 }, (_, i) => `{"row":${i + 1},"note":"${'等级'.repeat(i % 17)}"}\n`);

/**
 * A stream that reads each chunk only when it says it is done with it — at
 * once, or a moment later — as a file, a pipe or a socket does.
 */
function stream(later: boolean): { writable: Writable; text: () => string } {
  const received: Buffer[] = [];
  const writable = new Writable({
    // Room for many chunks before it asks the sink to wait: chunks are still unread when more are written.
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, done) {
      if (!later) {
        received.push(Buffer.from(chunk));
        done();
        return;
      }
      setImmediate(() => {
        received.push(Buffer.from(chunk));
        done();
      });
    },
  });
  return { writable, text: () => Buffer.concat(received).toString('utf8') };
}

async function writeLines(sink: OutputSink): Promise<void> {
  for (const line of lines) {
    sink.out.text(line);
    if (sink.written()) await sink.flush();
  }
  await sink.end();
}

describe('OutputSink', () => {
  for (const later of [false, true]) {
    it(`with reuse, writes every byte in order when it gathers into memory again (stream done with a chunk ${later ? 'later' : 'at once'})`, async () => {
      const { writable, text } = stream(later);
      await writeLines(new OutputSink(writable, 'stdout', { reuse: true }));
      expect(text()).toBe(lines.join(''));
    });
  }

  it('holds a row while the run goes on, and writes it as soon as the run waits (a caller waiting for its answer)', async () => {
    const { writable, text } = stream(false);
    const sink = new OutputSink(writable);
    sink.write('{"row":1}\n');
    sink.write('{"row":2}\n');
    // Still in the same turn of the run: gathered, not written, so a fast run writes in large chunks.
    await Promise.resolve();
    expect(text()).toBe('');
    // The run waits for its next input (a macrotask): what was gathered goes out, with no timer to wait for.
    await new Promise((resolve) => setImmediate(resolve));
    expect(text()).toBe('{"row":1}\n{"row":2}\n');
  });

  it('without reuse, a stream that keeps the chunks it is given (as a collector does) keeps every byte', async () => {
    const kept: Uint8Array[] = [];
    const writable = new Writable({
      write(chunk: Uint8Array, _encoding, done) {
        kept.push(chunk);
        done();
      },
    });
    await writeLines(new OutputSink(writable));
    expect(Buffer.concat(kept).toString('utf8')).toBe(lines.join(''));
  });

  it('bytes handed over whole (from worker threads) come out between the gathered text, in order', async () => {
    const { writable, text } = stream(true);
    const sink = new OutputSink(writable, 'stdout', { reuse: true });
    const encoder = new TextEncoder();
    let expected = '';
    for (let i = 0; i < 200; i++) {
      const gathered = lines[i]!;
      sink.out.text(gathered);
      sink.written();
      const whole = lines.slice(i, i + 40).join('');
      await sink.writeBytes(encoder.encode(whole));
      expected += gathered + whole;
    }
    await sink.end();
    expect(text()).toBe(expected);
  });

  for (const later of [false, true]) {
    it(`a worker's batch of megabytes goes out in writes of 256 KiB at most, its memory given back once, after the last (stream done ${later ? 'later' : 'at once'})`, async () => {
      const sizes: number[] = [];
      const received: Buffer[] = [];
      let given = 0;
      const writable = new Writable({
        highWaterMark: 1 << 24,
        write(chunk: Buffer, _encoding, done) {
          const take = () => {
            // The sink's closing write is empty; the memory is the worker's again only once every part of it is
            // written.
            if (chunk.byteLength > 0) {
              sizes.push(chunk.byteLength);
              received.push(Buffer.from(chunk));
              if (given !== 0) sizes.push(-1);
            }
            done();
          };
          if (later) setImmediate(take);
          else take();
        },
      });
      const sink = new OutputSink(writable, 'stdout', { reuse: true });
      const batch = new Uint8Array((1 << 20) + 1000).map((_, i) => 97 + (i % 26));
      await sink.writeBytes(batch, () => given++);
      await sink.end();
      expect(sizes).toEqual([1 << 18, 1 << 18, 1 << 18, 1 << 18, 1000]);
      expect(given).toBe(1);
      expect(Buffer.concat(received).equals(Buffer.from(batch))).toBe(true);
    });
  }
});
