import { inSlices } from './batched';
/** A line of text with its 1-based number, or a line too long to keep. */
export type Line = { text: string; line: number } | { tooLong: true; line: number };

const LF = 10;

/**
 * Splits decoded text chunks into lines (LF, CRLF or a lone CR, as Node's
 * readline and Excel's old "Macintosh" text read them), in order, in memory
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
  // The last chunk ended in CR: a LF starting this one is the same line end.
  let afterCr = false;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    const out: Line[] = [];
    let from = afterCr && chunk.charCodeAt(0) === LF ? 1 : 0;
    afterCr = false;
    // Most files have no CR at all, or one before each LF: look for each kind of end once per line at most.
    let lf = chunk.indexOf('\n', from);
    let cr = chunk.indexOf('\r', from);
    for (;;) {
      if (lf >= 0 && lf < from) lf = chunk.indexOf('\n', from);
      if (cr >= 0 && cr < from) cr = chunk.indexOf('\r', from);
      const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      if (at < 0) break;
      if (skipping) skipping = false;
      else {
        const text = buffer + chunk.slice(from, at);
        buffer = '';
        out.push(text.length > maxLength ? { tooLong: true, line } : { text, line });
      }
      line++;
      from = at + 1;
      if (at === cr) {
        if (from === chunk.length) afterCr = true;
        else if (chunk.charCodeAt(from) === LF) from++;
      }
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
  if (!skipping && buffer.length > 0) yield [{ text: buffer, line }];
}
