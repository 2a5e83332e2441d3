/**
 * migrationMatrix and matrixOrder: every grade of A by every grade of B,
 * "not graded" as `"null"`, zeros included; shown highest first, "not
 * graded" last, and a grade only the counts know just before it; and
 * matrixWithInvalid: invalid records in a row and column of their own, last.
 */
import { describe, expect, it } from 'vitest';
import { matrixWithInvalid } from '../../src/compare/matrix-with-invalid';
import { INVALID_KEY, matrixOrder, migrationMatrix } from '../../src/compare/migration-matrix';

const A = { grades: [{ id: 'l' }, { id: 'h' }] };
const B = { grades: [{ id: 'l' }, { id: 'm' }, { id: 'h' }] };

describe('migrationMatrix', () => {
  it('counts each move from A’s grade to B’s, a null grade as "null"', () => {
    const m = migrationMatrix(A, B);
    m.count('l', 'm');
    m.count('l', 'm');
    m.count('h', null);
    m.count(null, 'l');
    expect(m.cells).toEqual({
      l: { l: 0, m: 2, h: 0, null: 0 },
      h: { l: 0, m: 0, h: 0, null: 1 },
      null: { l: 1, m: 0, h: 0, null: 0 },
    });
  });
});

describe('matrixOrder', () => {
  it('rows and columns highest grade first, "not graded" last', () => {
    expect(matrixOrder(migrationMatrix(A, B).cells, A, B)).toEqual({
      rows: ['h', 'l', 'null'],
      columns: ['h', 'm', 'l', 'null'],
    });
  });

  it('a grade A’s ladder does not list, counted all the same, goes just before "not graded"', () => {
    const m = migrationMatrix(A, B);
    m.count('x', 'h');
    expect(m.cells.x).toEqual({ l: 0, m: 0, h: 1, null: 0 });
    expect(matrixOrder(m.cells, A, B).rows).toEqual(['h', 'l', 'x', 'null']);
  });
});

describe('matrixWithInvalid', () => {
  const invalid = (row: number, under: 'a' | 'b' | 'both') => ({
    row,
    under,
    reason: { zh: '无效', en: 'invalid' },
  });
  const change = (row: number, from: string | null, to: string | null) => ({
    row,
    from,
    to,
    criteria: [],
    causes: [],
  });

  it('moves each invalid record out of "not graded" into an "invalid" row (under A) or column (under B); the sums hold', () => {
    const m = migrationMatrix(A, B);
    m.count('h', 'h'); // 1: valid, graded under both
    m.count('l', null); // 2: invalid under B
    m.count(null, 'm'); // 3: invalid under A
    m.count(null, null); // 4: invalid under both
    m.count(null, null); // 5: below the lowest grade under A, invalid under B
    m.count(null, null); // 6: valid, not graded under either
    const shown = matrixWithInvalid({
      matrix: m.cells,
      invalid: [invalid(2, 'b'), invalid(3, 'a'), invalid(4, 'both'), invalid(5, 'b')],
      changes: [change(2, 'l', null), change(3, null, 'm')],
    });
    expect(shown).toEqual({
      h: { l: 0, m: 0, h: 1, null: 0, [INVALID_KEY]: 0 },
      l: { l: 0, m: 0, h: 0, null: 0, [INVALID_KEY]: 1 },
      null: { l: 0, m: 0, h: 0, null: 1, [INVALID_KEY]: 1 },
      [INVALID_KEY]: { l: 0, m: 1, h: 0, null: 0, [INVALID_KEY]: 1 },
    });
    const total = Object.values(shown)
      .flatMap((line) => Object.values(line))
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(6);
    // The comparison's own matrix (JSON's) is not changed.
    expect(m.cells.null).toEqual({ l: 0, m: 1, h: 0, null: 3 });
    expect(matrixOrder(shown, A, B)).toEqual({
      rows: ['h', 'l', 'null', INVALID_KEY],
      columns: ['h', 'm', 'l', 'null', INVALID_KEY],
    });
  });

  it('no invalid record: the matrix as it is, with no "invalid" row or column', () => {
    const m = migrationMatrix(A, B);
    m.count(null, null);
    const shown = matrixWithInvalid({ matrix: m.cells, invalid: [], changes: [] });
    expect(shown).toBe(m.cells);
    expect(matrixOrder(shown, A, B).rows).toEqual(['h', 'l', 'null']);
  });
});
