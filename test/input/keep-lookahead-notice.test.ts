import { once } from 'node:events';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/input/input-item';
import { keepColumns } from '../../src/input/keep-columns';
import { stdinMayWait } from '../../src/input/open-input';
import { tempDir } from '../temp-dir';

/**
 * A co-process's stdin: one record, then nothing until `more` is resolved. Choosing a sample-id column reads
 * ahead, so without the notice this input would give no result and no word until it ends (hostile-19 F11).
 */
function pausedInput(more: Promise<void>): AsyncIterable<InputItem> {
  return (async function* () {
    yield { row: 1, record: { 编号: 'A1', strength: 42 } };
    await more;
    yield { row: 2, record: { 编号: 'A2', strength: 43 } };
  })();
}

describe('choosing a sample-id column on a stream says why no result comes yet', () => {
  it('tells once while reading ahead, then the rows come with the column chosen', async () => {
    let told = 0;
    let release!: () => void;
    const more = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The input goes on only once the caller was told: the notice comes while the lookahead waits.
    const kept = await keepColumns(pausedInput(more), 'auto', [], undefined, {
      slowLookahead: {
        after: 0,
        tell: () => {
          told++;
          release();
        },
      },
    });
    expect(told).toBe(1);
    expect(kept.columns).toEqual(['编号']);
    const rows: InputItem[] = [];
    for await (const item of kept.items) rows.push(item);
    expect(rows.map((r) => r.row)).toEqual([1, 2]);
  });

  it('not when the column is named, nor when none is kept: those answer each row at once', async () => {
    for (const keep of [['编号'], 'none'] as const) {
      let told = 0;
      const kept = await keepColumns(
        (async function* () {
          yield { row: 1, record: { 编号: 'A1', strength: 42 } } as InputItem;
        })(),
        keep === 'none' ? 'none' : [...keep],
        [],
        undefined,
        { json: true, slowLookahead: { after: 0, tell: () => told++ } },
      );
      for await (const _ of kept.items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(told).toBe(0);
    }
  });

  it('a lookahead that ends before the time is up tells nothing', async () => {
    let told = 0;
    const kept = await keepColumns(
      (async function* () {
        yield { row: 1, record: { 编号: 'A1', strength: 42 } } as InputItem;
      })(),
      'auto',
      [],
      undefined,
      { slowLookahead: { after: 1, tell: () => told++ } },
    );
    for await (const _ of kept.items);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(told).toBe(0);
  });
});

describe('whether stdin may wait on a writer', () => {
  it('a pipe or any other stream may; a file redirected to stdin (a file stream) never does', async () => {
    const dir = tempDir('stdin');
    const file = join(dir, 'samples.csv');
    writeFileSync(file, 'strength\n42\n');
    const fromFile = createReadStream(file);
    // Opened, then closed before the test's folder is removed: a stream still opening it then failed the run.
    await once(fromFile, 'open');
    try {
      expect(stdinMayWait(fromFile)).toBe(false);
      expect(stdinMayWait(new PassThrough())).toBe(true);
    } finally {
      fromFile.destroy();
      await once(fromFile, 'close');
    }
  });
});
