import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedMemory, packRows, type RowItem, unpackRows } from '../../src/cli/pipeline/rows';

// `grade --workers` sends a batch of rows packed into flat arrays: unpacked on the worker, every row must be
// the row that was packed — its number, its values, its kept columns with their order, its input problems.

const COLUMNS = ['型号', 'sku', 'lot'];
const WIDTH = 3;

const scalar = fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(undefined));
const entry = fc.oneof(scalar, fc.array(fc.double(), { maxLength: 3 }), fc.constant({ notAValue: 'object' }));
const kept = fc
  .subarray(COLUMNS)
  .chain((columns) => fc.tuple(...columns.map((c) => fc.tuple(fc.constant(c), fc.string()))))
  .map((pairs) => (pairs.length ? Object.fromEntries(pairs) : undefined));
const message = { zh: '第 3 行无法读取', en: 'line 3 cannot be read' };
const item: fc.Arbitrary<RowItem> = fc
  .tuple(
    fc.nat(),
    fc.array(entry, { minLength: WIDTH, maxLength: WIDTH }),
    kept,
    fc.constantFrom('plain', 'unreadable', 'conversion', 'not-an-object'),
  )
  .map(([row, values, k, kind]) => {
    const r: RowItem = { row };
    if (kind === 'unreadable') r.unreadable = message;
    else if (kind === 'not-an-object')
      r.snapshot = { errors: [{ field: '', code: 'not-an-object', message }] };
    else r.snapshot = values;
    if (kind === 'conversion') r.conversionErrors = [{ field: 'apf', code: 'wrong-type', message }];
    if (k) r.kept = k;
    return r;
  });

describe('packRows', () => {
  it('unpacks to the rows it packed, kept columns in their order', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 20 }), (items) => {
        const unpacked = unpackRows(structuredClone(packRows(items, WIDTH, COLUMNS)));
        expect(unpacked).toEqual(items);
        unpacked.forEach((u, i) => {
          expect(Object.keys(u.kept ?? {})).toEqual(Object.keys(items[i]!.kept ?? {}));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with --tally-by values and any text (empty, lone surrogates, astral), moved rather than copied', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', '\ud800', 'a\udfffb', '𝐓3'));
    const grouped = fc.tuple(item, text, text).map(([r, group, v]): RowItem => {
      const withText = Array.isArray(r.snapshot) ? { ...r, snapshot: [v, ...r.snapshot.slice(1)] } : r;
      return { ...withText, group };
    });
    fc.assert(
      fc.property(fc.array(grouped, { minLength: 1, maxLength: 20 }), (items) => {
        const packed = packRows(items, WIDTH, COLUMNS);
        const unpacked = unpackRows(structuredClone(packed, { transfer: packedMemory(packed) }));
        expect(unpacked).toEqual(items);
        // Moved: the sender's arrays are empty now.
        expect(packed.kinds.byteLength).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('sends a snapshot that gives fields under their labels as it is, so the labels reach the worker', () => {
    const snapshot = Object.assign([undefined, 4.5, 'x'], { labelKeys: { unitType: '机组类型' } });
    const packed = packRows([{ row: 1, snapshot }], WIDTH, []);
    expect(packed.odd.map((o) => o.index)).toEqual([0]);
    const [unpacked] = unpackRows(structuredClone(packed));
    expect((unpacked!.snapshot as { labelKeys?: unknown }).labelKeys).toEqual({ unitType: '机组类型' });
  });

  it('sends a row of plain values as a few flat arrays, the numbers as one block of bytes', () => {
    const rows: RowItem[] = [1, 2, 3].map((row) => ({
      row,
      snapshot: [row === 2 ? undefined : row / 2, 'x', true],
      kept: { sku: `S${row}` },
    }));
    const packed = packRows(rows, WIDTH, ['sku']);
    expect([...packed.rows]).toEqual([1, 2, 3]);
    expect([...packed.kinds]).toEqual([1, 3, 4, 0, 3, 4, 1, 3, 4]);
    expect([...packed.numbers]).toEqual([0.5, 0, 0, 0, 0, 0, 1.5, 0, 0]);
    expect(packed.others).toEqual([]);
    // The texts as one string: per row its kept value, then its text entries.
    expect(packed.texts).toBe('S1xS2xS3x');
    expect([...packed.textLengths]).toEqual([2, 1, 2, 1, 2, 1]);
    expect([...packed.kept]).toEqual([1, 1, 1]);
    expect(packed.odd).toEqual([]);
  });

  it('keeps what a number is across the trip: -0, NaN, the infinities, the largest and smallest', () => {
    const values = [
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
    ];
    const rows: RowItem[] = values.map((v, row) => ({ row, snapshot: [v, undefined, 1] }));
    const unpacked = unpackRows(structuredClone(packRows(rows, WIDTH, [])));
    unpacked.forEach((u, i) => {
      expect(Object.is((u.snapshot as unknown[])[0], values[i])).toBe(true);
      expect(u.snapshot).toHaveLength(WIDTH);
    });
  });
});
