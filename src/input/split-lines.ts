import { inSlices } from './batched';
/** A line of text with its 1-based number, or a line too long to keep. */
export type Line = { text: string; line: number } | { tooLong: true; line: number };

/**
 * Splits decoded text chunks into lines (LF or CRLF), in order, in memory
 * bounded by `maxLength`: a longer line is reported as too long and skipped.
 */
export async function* splitLines(chunks: AsyncIterable<string>, maxLength = 1 << 20): AsyncGenerator<Line> {
  for await (const batch of splitLineBatches(chunks, maxLength)) yield* batch;
}

/** {@link splitLines}, the lines of each chunk as batches (possibly empty) of at most `MAX_BATCH`. */
export async function* splitLineBatches(
  chunks: AsyncIterable<string>,
  maxLength = 1 << 20,
): AsyncGenerator<Line[]> {
  let buffer = '';
  let line = 1;
  let skipping = false;
  for await (const chunk of chunks) {
    const out: Line[] = [];
    let from = 0;
    for (;;) {
      const at = chunk.indexOf('\n', from);
      if (at < 0) break;
      if (skipping) skipping = false;
      else {
        const text = buffer + chunk.slice(from, at);
        buffer = '';
        if (text.length > maxLength) out.push({ tooLong: true, line });
        else out.push({ text: text.endsWith('\r') ? text.slice(0, -1) : text, line });
      }
      line++;
      from = at + 1;
    }
    if (!skipping) {
      buffer += chunk.slice(from);
      if (buffer.length > maxLength) {
        out.push({ tooLong: true, line });
        buffer = '';
        skipping = true;
      }
    }
    yield* inSlices(out);
  }
  if (!skipping && buffer.length > 0)
    yield [{ text: buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer, line }];
}
