import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Line, splitLines } from '../../src/input/split-lines';

async function* chunks(texts: readonly string[]): AsyncGenerator<string> {
  yield* texts;
}

async function lines(texts: readonly string[], maxLength?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of splitLines(chunks(texts), maxLength)) out.push(line);
  return out;
}

/** The lines of a whole text as readline reads them: LF, CRLF and a lone CR each end one; no last empty line. */
function reference(text: string): Line[] {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.at(-1) === '') parts.pop();
  return parts.map((t, i) => ({ text: t, line: i + 1 }));
}

/** A text cut into chunks at the given places (sorted, within it). */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

describe('splitLines', () => {
  it('ends a line at LF, CRLF or a lone CR (files saved with old Mac line ends)', async () => {
    expect(await lines(['{"a":1}\r{"a":2}\r'])).toEqual([
      { text: '{"a":1}', line: 1 },
      { text: '{"a":2}', line: 2 },
    ]);
    expect(await lines(['a\r\nb\rc\nd'])).toEqual(reference('a\r\nb\rc\nd'));
    // An empty line between two CRs is a line of its own, as between two LFs.
    expect(await lines(['a\r\rb'])).toEqual([
      { text: 'a', line: 1 },
      { text: '', line: 2 },
      { text: 'b', line: 3 },
    ]);
  });

  it('reads a CRLF cut between its CR and its LF as one line end', async () => {
    expect(await lines(['a\r', '\nb\r', '', '\nc'])).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
      { text: 'c', line: 3 },
    ]);
    // A CR at the end of a chunk followed by a line that starts with text: two lines, not one.
    expect(await lines(['a\r', 'b'])).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
    ]);
  });

  it('gives the same lines however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', '{', '中'), maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (text, at) => {
          expect(await lines(cut(text, at))).toEqual(reference(text));
        },
      ),
    );
  });

  it('reports a line longer than the limit as too long and goes on after its end, whatever ends it', async () => {
    expect(await lines(['ok\r', 'x'.repeat(12), 'x\rnext\n'], 10)).toEqual([
      { text: 'ok', line: 1 },
      { tooLong: true, line: 2 },
      { text: 'next', line: 3 },
    ]);
  });
});
