import { describe, expect, it } from 'vitest';
import { batched, batchesOf } from '../../src/input/batched';
import { recordItems } from '../../src/input/record-items';

async function* chunks(...texts: string[]): AsyncGenerator<string> {
  yield* texts;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const OPTIONS = { mapping: new Map<string, string>(), indicators: [] };

describe('batched input', () => {
  it('gives the same items in batches as one by one', async () => {
    const text = ['a,b\n1,2\n', '3,4\n5', ',6\n"x\ny",7\n', '8\n'];
    const oneByOne = await all(recordItems(chunks(...text), 'csv', 'in.csv', OPTIONS));
    const batches = await all(batchesOf(recordItems(chunks(...text), 'csv', 'in.csv', OPTIONS)));
    expect(batches.flat()).toEqual(oneByOne);
    expect(oneByOne.map((i) => i.row)).toEqual([1, 2, 3, 4, 5]);
    // One batch per chunk of text (a row split over chunks belongs to the chunk that ends it), and one at the end.
    expect(batches.map((b) => b.length)).toEqual([1, 1, 2, 1, 0]);
    // The last row has one cell where the header has two: an error row in its place.
    expect('unreadable' in oneByOne[4]!).toBe(true);
  });

  it('NDJSON: a batch per chunk, bad lines as error rows in place', async () => {
    const items = await all(
      batchesOf(recordItems(chunks('{"a":1}\n{bad\n', '{"a":2}\n'), 'ndjson', 'x', OPTIONS)),
    );
    expect(items.map((b) => b.map((i) => i.row))).toEqual([[1, 2], [3]]);
    expect('unreadable' in items[0]![1]!).toBe(true);
  });

  it('treats any other async iterable as batches of one', async () => {
    const plain = chunks('a', 'b');
    expect(await all(batchesOf(plain))).toEqual([['a'], ['b']]);
    const b = batched(async function* () {
      yield [1, 2];
      yield [];
      yield [3];
    });
    expect(await all(b)).toEqual([1, 2, 3]);
  });
});
