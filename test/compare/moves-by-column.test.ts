/**
 * createMovesByColumn: each record counted once per value of a column, by
 * how it moved (up, down, sideways, unchanged, invalid), the parts adding up;
 * the bound on values shared with grade --tally-by.
 */
import { describe, expect, it } from 'vitest';
import { createMovesByColumn } from '../../src/compare/moves-by-column';
import type { GradeResult } from '../../src/model/grade-result';

// A's ladder has a "b" B's lacks: "b" ranks by A's place (1), as B's "m" does: a → m is sideways.
const A = { grades: [{ id: 'l' }, { id: 'b' }, { id: 'h' }] };
const B = { grades: [{ id: 'l' }, { id: 'm' }, { id: 'h' }] };

/** A result with a grade; with none, below the lowest grade (valid) or, `invalid`, an invalid record. */
function result(grade: string | null, invalid = false): GradeResult {
  const r = { grade, criteria: [], nextGrade: null } as unknown as GradeResult;
  if (grade === null)
    r.notGradedReason = invalid
      ? ({ code: 'invalid-record', message: { zh: '无效', en: 'invalid' } } as GradeResult['notGradedReason'])
      : ({
          code: 'below-lowest-grade',
          message: { zh: '未达', en: 'below' },
        } as GradeResult['notGradedReason']);
  return r;
}

/** A group's moves without its sides' outcomes (checked apart). */
function movesOnly<T extends { a?: unknown; b?: unknown }>(g: T): Omit<T, 'a' | 'b'> {
  const { a: _a, b: _b, ...moves } = g;
  return moves;
}

describe('createMovesByColumn', () => {
  it('counts up, down, sideways, unchanged and invalid per value, in order of first appearance, no value last', () => {
    const moves = createMovesByColumn(A, B, 'producer');
    moves.add('p', result('l'), result('h')); // up
    moves.add('', result('h'), result('l')); // down
    moves.add('q', result('b'), result('m')); // sideways
    moves.add('p', result('h'), result(null)); // down: graded, then not graded (valid)
    moves.add(' q ', result(null), result(null)); // unchanged: not graded under both, valid
    moves.add('p', result(null, true), result('h')); // invalid under A
    moves.add('q', result(null, true), result(null, true)); // invalid under both
    const r = moves.result();
    const far = {
      upOne: 0,
      upTwoOrMore: 0,
      upFromNotGraded: 0,
      downOne: 0,
      downTwoOrMore: 0,
      downToNotGraded: 0,
    };
    expect(r.groups.map(movesOnly)).toEqual([
      {
        key: 'p',
        total: 3,
        up: 1,
        down: 1,
        sideways: 0,
        unchanged: 0,
        invalid: 1,
        ...far,
        upTwoOrMore: 1,
        downToNotGraded: 1,
        downToNotGradedBy: { 'below-lowest-grade': 1 },
      },
      { key: 'q', total: 3, up: 0, down: 0, sideways: 1, unchanged: 1, invalid: 1, ...far },
      { key: '', total: 1, up: 0, down: 1, sideways: 0, unchanged: 0, invalid: 0, ...far, downTwoOrMore: 1 },
    ]);
    expect(movesOnly(r.whole)).toEqual({
      total: 7,
      up: 1,
      down: 2,
      sideways: 1,
      unchanged: 1,
      invalid: 2,
      ...far,
      upTwoOrMore: 1,
      downTwoOrMore: 1,
      downToNotGraded: 1,
      downToNotGradedBy: { 'below-lowest-grade': 1 },
    });
    expect(r.otherGroups).toBeUndefined();
    // Each side's outcomes of p (l → h, h → not graded, invalid → h): committee-40 M6.
    expect(r.groups[0]!.a).toEqual({ graded: { b: 0, l: 1, h: 1 }, notGraded: {}, invalid: 1 });
    expect(r.groups[0]!.b).toEqual({
      graded: { l: 0, m: 0, h: 2 },
      notGraded: { 'below-lowest-grade': 1 },
      invalid: 0,
    });
    const sum = (o: {
      graded: Record<string, number>;
      notGraded: Partial<Record<string, number>>;
      invalid: number;
    }) =>
      Object.values(o.graded).reduce((x, y) => x + y, 0) +
      Object.values(o.notGraded).reduce((x: number, y) => x + (y ?? 0), 0) +
      o.invalid;
    for (const g of [...r.groups, r.whole]) {
      expect(sum(g.a)).toBe(g.total);
      expect(sum(g.b)).toBe(g.total);
      expect(g.up + g.down + g.sideways + g.unchanged + g.invalid).toBe(g.total);
      expect(g.upOne + g.upTwoOrMore + g.upFromNotGraded).toBe(g.up);
      expect(g.downOne + g.downTwoOrMore + g.downToNotGraded).toBe(g.down);
    }
  });

  it('how far records moved: one grade, two or more, from or to not graded (ranked as up and down are)', () => {
    const moves = createMovesByColumn(A, B, 'producer');
    moves.add('r', result('l'), result('m')); // up one
    moves.add('r', result('b'), result('h')); // up one: b ranks as m
    moves.add('r', result(null), result('l')); // up from not graded (valid under both)
    moves.add('r', result('h'), result('m')); // down one
    moves.add('r', result('h'), result('l')); // down two
    moves.add('r', result('l'), result(null)); // down to not graded, from the lowest grade
    moves.add('r', result('l'), result(null, true)); // invalid under B: not a move
    const g = moves.result().groups[0]!;
    expect(movesOnly(g)).toEqual({
      key: 'r',
      total: 7,
      up: 3,
      down: 3,
      sideways: 0,
      unchanged: 0,
      invalid: 1,
      upOne: 2,
      upTwoOrMore: 0,
      upFromNotGraded: 1,
      downOne: 1,
      downTwoOrMore: 1,
      downToNotGraded: 1,
      // By why the side that does not grade them does not (committee-24 F9).
      upFromNotGradedBy: { 'below-lowest-grade': 1 },
      downToNotGradedBy: { 'below-lowest-grade': 1 },
    });
  });

  it('past maxGroups values, the later values share one group; the no-value group is never bounded', () => {
    const moves = createMovesByColumn(A, B, 'id', 2);
    for (const key of ['a', 'b', '', 'c', 'a', 'd']) moves.add(key, result('l'), result('h'));
    const r = moves.result();
    expect(r.groups.map((g) => [g.key, g.total])).toEqual([
      ['a', 2],
      ['b', 1],
      ['', 1],
    ]);
    expect(movesOnly(r.otherGroups!)).toEqual({
      after: 2,
      total: 2,
      up: 2,
      down: 0,
      sideways: 0,
      unchanged: 0,
      invalid: 0,
      upOne: 0,
      upTwoOrMore: 2,
      upFromNotGraded: 0,
      downOne: 0,
      downTwoOrMore: 0,
      downToNotGraded: 0,
    });
    expect(r.whole.total).toBe(6);
  });
});
