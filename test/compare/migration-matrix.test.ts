/**
 * migrationMatrix and matrixOrder: every grade of A by every grade of B,
 * "not graded" as `"null"`, zeros included; shown highest first, "not
 * graded" last, and a grade only the counts know just before it.
 */
import { describe, expect, it } from 'vitest';
import { matrixOrder, migrationMatrix } from '../../src/compare/migration-matrix';

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
