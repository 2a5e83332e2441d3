/**
 * readParquet hands a DuckDB chunk's rows over as one batch: taken one item
 * at a time, a worker pool (`--workers 2`) got one message per row and spent
 * ten times the CPU of one thread (hostile-18 F5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchesOf, MAX_BATCH } from '../../../src/input/batched';
import { readParquet } from '../../../src/input/parquet/read-parquet';
import { writeParquet } from '../../parquet-file';

const dir = mkdtempSync(join(tmpdir(), 'qgrade-read-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readParquet', () => {
  it('gives the rows a chunk at a time, at most MAX_BATCH per batch, numbered from 1 in order', async () => {
    const file = join(dir, 'many.parquet');
    await writeParquet(file, `SELECT i AS apf FROM range(1, 5001) r(i) ORDER BY i`);
    const source = await readParquet(file, { mapping: new Map(), indicators: [] });
    const sizes: number[] = [];
    const rows: number[] = [];
    for await (const batch of batchesOf(source.items)) {
      sizes.push(batch.length);
      for (const item of batch) rows.push(item.row);
    }
    expect(rows).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BATCH);
    // DuckDB's chunks are 2,048 rows: a handful of batches, not one per row.
    expect(sizes.length).toBeLessThan(10);
  });
});
