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

describe('OutputSink', () => {
  for (const later of [false, true]) {
    it(`writes every byte in order when it gathers into memory again (stream done with a chunk ${later ? 'later' : 'at once'})`, async () => {
      const { writable, text } = stream(later);
      const sink = new OutputSink(writable);
      for (const line of lines) {
        sink.out.text(line);
        if (sink.written()) await sink.flush();
      }
      await sink.end();
      expect(text()).toBe(lines.join(''));
    });
  }

  it('bytes handed over whole (from worker threads) come out between the gathered text, in order', async () => {
    const { writable, text } = stream(true);
    const sink = new OutputSink(writable);
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
});
