/**
 * A page's changed title (`…（续）`) right above a repeated CSV header is
 * skipped wherever the chunks of text break (hostile-23 W5), while a one-cell
 * row at the end of a chunk that reads as no title (a co-process's row with
 * only its id) is answered with its chunk, not held for the next line.
 */
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../../src/input/batched';
import type { InputItem } from '../../src/input/input-item';
import { recordItems } from '../../src/input/record-items';
import type { IndicatorInfo } from '../../src/resolve/rule-set';

async function* chunks(...texts: string[]): AsyncGenerator<string> {
  yield* texts;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const strength: IndicatorInfo = {
  name: 'strength',
  type: 'number',
  label: { zh: '强度', en: 'Strength' },
  required: true,
  specimens: 0,
};
const OPTIONS = { mapping: new Map<string, string>(), indicators: [strength] };
const header = 'id,strength\n';

/** Each item as `notes`, `header` (a page-break row) or the record's id. */
const kinds = (items: InputItem[]) =>
  items.map((i) =>
    'record' in i
      ? i.notesOnly
        ? i.notesOnly.header
          ? 'header'
          : 'notes'
        : String((i.record as { id?: string }).id)
      : 'unreadable',
  );

describe('a one-cell line above a repeated CSV header', () => {
  it('a changed title is skipped in one chunk and split from the header by a chunk boundary', async () => {
    const text = ['抽检结果\n', header, 'S1,1\n', '抽检结果（续）\n', header, 'S2,2\n'];
    const whole = await all(recordItems(chunks(text.join('')), 'csv', 'in.csv', OPTIONS));
    const split = await all(recordItems(chunks(...text), 'csv', 'in.csv', OPTIONS));
    expect(kinds(whole)).toEqual(['S1', 'header', 'header', 'S2']);
    expect(kinds(split)).toEqual(kinds(whole));
    expect(split.map((i) => i.row)).toEqual(whole.map((i) => i.row));
  });

  it('a one-cell row that reads as no title is answered with its own chunk', async () => {
    const batches = await all(
      batchesOf(
        recordItems(chunks('抽检结果\n', header, 'S1,1\n', 'S2\n', 'S3,3\n'), 'csv', 'in.csv', OPTIONS),
      ),
    );
    // The chunk `S2\n` gives its row at once (an unreadable short row, as before), not with the next chunk.
    expect(batches.map((b) => b.length)).toEqual([0, 0, 1, 1, 1, 0]);
    expect('unreadable' in batches[3]![0]!).toBe(true);
  });
});
