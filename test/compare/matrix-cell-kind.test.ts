/**
 * The kind of a migration-matrix cell the HTML report's heat map and the studio's matrix both colour by
 * (committee-38 F3): up and down by the ladders, a renamed grade at its place, invalid and two reasons for no
 * grade neither.
 */
import { describe, expect, it } from 'vitest';
import { matrixCellKind } from '../../src/compare/matrix-cell-kind';
import {
  INVALID_KEY,
  NONCONFORMING_KEY,
  NOT_GRADED_KEY,
  OUT_OF_SCOPE_KEY,
} from '../../src/compare/migration-matrix';
import { matrixShade } from '../../src/report/matrix-shades';

// GB 21455-2019's five grades, lowest first; B drops nothing but ranks as A.
const ladder = { grades: ['5', '4', '3', '2', '1'].map((id) => ({ id })) };

describe('matrixCellKind', () => {
  const kind = matrixCellKind(ladder, ladder);
  it('5 → 4 is up, 1 → 2 down, the diagonal the same', () => {
    expect(kind('5', '4')).toBe('up');
    expect(kind('1', '2')).toBe('down');
    expect(kind('3', '3')).toBe('same');
  });
  it('below the lowest grade → 5 is up, 5 → out of scope down; below ↔ out of scope and invalid are neither', () => {
    expect(kind(NONCONFORMING_KEY, '5')).toBe('up');
    expect(kind('5', OUT_OF_SCOPE_KEY)).toBe('down');
    expect(kind(NONCONFORMING_KEY, OUT_OF_SCOPE_KEY)).toBe('neither');
    expect(kind(NOT_GRADED_KEY, OUT_OF_SCOPE_KEY)).toBe('neither');
    expect(kind(INVALID_KEY, '1')).toBe('neither');
    expect(kind('1', INVALID_KEY)).toBe('neither');
  });
  it('a grade only one ladder has, at the same place, is neither', () => {
    const b = { grades: [{ id: '5' }, { id: '4b' }, { id: '3' }] };
    const a = { grades: [{ id: '5' }, { id: '4' }, { id: '3' }] };
    expect(matrixCellKind(a, b)('4', '4b')).toBe('neither');
  });
});

describe('matrixShade', () => {
  it('0 for an empty cell, 6 for the largest, at least 1 for any record', () => {
    expect(matrixShade(0, 12)).toBe(0);
    expect(matrixShade(12, 12)).toBe(6);
    expect(matrixShade(1, 1000)).toBe(1);
    expect(matrixShade(6, 12)).toBe(3);
  });
});
