import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { batched, batchesOf, MAX_BATCH } from '../../src/input/batched';
import { keepColumns } from '../../src/input/keep-columns';
import { recordItems } from '../../src/input/record-items';
import { readXlsxBytes } from '../../src/input/xlsx/read-xlsx';
import { exceljsWorkbook, indicator } from './xlsx/workbook-fixtures';

async function* chunks(...texts: string[]): AsyncGenerator<string> {
  yield* texts;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const OPTIONS = { mapping: new Map<string, string>(), indicators: [] };
// A header that names an indicator (`a`): the header is found on line 1, and nothing is held looking for it.
const NAMED = {
  ...OPTIONS,
  indicators: (await loadRuleSet('home-appliances/room-air-conditioner-energy')).indicators,
  mapping: new Map([['a', 'apf']]),
};

describe('batched input', () => {
  it('gives the same items in batches as one by one', async () => {
    const text = ['a,b\n1,2\n', '3,4\n5', ',6\n"x\ny",7\n', '8\n'];
    const oneByOne = await all(recordItems(chunks(...text), 'csv', 'in.csv', NAMED));
    const batches = await all(batchesOf(recordItems(chunks(...text), 'csv', 'in.csv', NAMED)));
    expect(batches.flat()).toEqual(oneByOne);
    expect(oneByOne.map((i) => i.row)).toEqual([1, 2, 3, 4, 5]);
    // One batch per chunk of text (a row split over chunks belongs to the chunk that ends it), and one at the end.
    expect(batches.map((b) => b.length)).toEqual([1, 1, 2, 1, 0]);
    // The last row has one cell where the header has two: an error row in its place.
    expect('unreadable' in oneByOne[4]!).toBe(true);
    // A header that names none: its lines are held while the header is looked for (10 lines), then given alike.
    const held = await all(batchesOf(recordItems(chunks(...text), 'csv', 'in.csv', OPTIONS)));
    expect(held.flat()).toEqual(await all(recordItems(chunks(...text), 'csv', 'in.csv', OPTIONS)));
    expect(held.map((b) => b.length)).toEqual([0, 0, 0, 0, 0, 5]);
  });

  it('NDJSON: a batch per chunk, bad lines as error rows in place', async () => {
    const items = await all(
      batchesOf(recordItems(chunks('{"a":1}\n{bad\n', '{"a":2}\n'), 'ndjson', 'x', OPTIONS)),
    );
    expect(items.map((b) => b.map((i) => i.row))).toEqual([[1, 2], [3]]);
    expect('unreadable' in items[0]![1]!).toBe(true);
  });

  it(".xlsx: a sheet's rows in batches of 500, as CSV chunks are (hostile-39 S1: --workers got one task per row)", async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['apf']);
      for (let i = 0; i < 1201; i++) ws.addRow([4 + i / 10000]);
    });
    const options = { mapping: new Map<string, string>(), indicators: [indicator('apf', 'number')] };
    const batches = await all(batchesOf(readXlsxBytes(bytes, 'in.xlsx', options).items));
    expect(batches.map((b) => b.length)).toEqual([500, 500, 201]);
    // The same items as one by one, in order.
    const oneByOne = await all(readXlsxBytes(bytes, 'in.xlsx', options).items);
    expect(batches.flat()).toEqual(oneByOne);
    expect(oneByOne.map((i) => i.row)).toEqual(Array.from({ length: 1201 }, (_, i) => i + 1));
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

  it('cuts a chunk of very many records into batches of at most MAX_BATCH, CSV and NDJSON', async () => {
    // A stray quote swallows a megabyte of short lines; they come back as error rows, a bounded batch at a time.
    const n = 3 * MAX_BATCH + 7;
    const csv = `a,b\n"1,2\n${'x\n'.repeat(n)}`;
    const csvBatches = await all(batchesOf(recordItems(chunks(csv), 'csv', 'in.csv', OPTIONS)));
    const ndjson = '{"a":1}\n'.repeat(n);
    const ndBatches = await all(batchesOf(recordItems(chunks(ndjson), 'ndjson', 'x', OPTIONS)));
    const rows = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
    for (const [batches, count] of [
      [csvBatches, n + 1],
      [ndBatches, n],
    ] as const) {
      expect(Math.max(...batches.map((b) => b.length))).toBe(MAX_BATCH);
      expect(batches.flat().map((i) => i.row)).toEqual(rows(count));
    }
    // The stray quote's row and every row after it (one cell where the header has two) are error rows.
    expect(csvBatches.flat().filter((i) => 'unreadable' in i)).toHaveLength(n + 1);
  });

  it('keeps columns of a batch larger than the stack allows to spread', async () => {
    const n = 300_000;
    const items = batched(async function* () {
      yield Array.from({ length: n }, (_, i) => ({ row: i + 1, record: { id: `s${i}`, x: i } }));
    });
    const kept = await keepColumns(items, 'auto', []);
    expect(kept.columns).toEqual(['id']);
    let count = 0;
    for await (const batch of batchesOf(kept.items)) count += batch.length;
    expect(count).toBe(n);
  });
});
