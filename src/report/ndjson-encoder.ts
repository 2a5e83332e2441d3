import type { GradeOnlyResult } from '../explain/result-detail';
import type { GradeResult } from '../model/grade-result';
import { ByteBuffer } from '../serialize/byte-buffer';
import { resultJsonBytesWriter } from '../serialize/result-json-bytes';

/**
 * Results as NDJSON bytes: one line per result, each `JSON.stringify(result)` in UTF-8 and a `\n` — the
 * bytes `qgrade grade -f ndjson` writes (which `\u`-escape what a terminal would act on: C1 controls, DEL,
 * bidi overrides; the same data), and as fast: the text the results of one rule set share (labels, limits,
 * whole criterion results) is encoded once and then copied (developer-34 S1: stringifying each result and
 * encoding it cost a library user about 4× the grading's CPU).
 *
 * @example
 * const encode: NdjsonEncoder = createNdjsonEncoder();
 */
export type NdjsonEncoder = (results: Iterable<GradeResult | GradeOnlyResult>) => Uint8Array;

/**
 * An encoder of results to NDJSON bytes, for a service or a script streaming results from its own thread
 * (a grader pool has `gradeManyToNdjson`). Keep one per rule set and reuse it: it learns the shared text of
 * the results it encodes (a bounded cache). Each call gives new bytes, the lines of the results given, in
 * their order; works in a browser too (no Node built-ins).
 *
 * @example
 * const encode = createNdjsonEncoder();
 * const batch: GradeResult[] = [];
 * for await (const result of gradeFile(grader, 'samples.csv')) {
 *   batch.push(result);
 *   if (batch.length === 1000) {
 *     if (!process.stdout.write(encode(batch))) await once(process.stdout, 'drain');
 *     batch.length = 0;
 *   }
 * }
 * process.stdout.write(encode(batch));
 * @example
 * new TextDecoder().decode(createNdjsonEncoder()([result])); // `${JSON.stringify(result)}\n`
 */
export function createNdjsonEncoder(): NdjsonEncoder {
  const write = resultJsonBytesWriter();
  return (results) => {
    const out = new ByteBuffer(1 << 14);
    for (const result of results) {
      write(result, out);
      out.byte(10);
    }
    return out.bytes.subarray(0, out.length);
  };
}
