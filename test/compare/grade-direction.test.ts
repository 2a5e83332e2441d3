import { describe, expect, it } from 'vitest';
import { gradeDirection, gradeRank, movableBy } from '../../src/compare/grade-direction';

// GB/T 1591-2018 quality grades, lowest first (figures unverified, see the domain reference): hot-rolled
// Q355 comes in B–D; an illustrative revision drops B and adds E.
const ladder = (...ids: string[]) => ({ grades: ids.map((id) => ({ id })) });
const hotRolled = ladder('B', 'C', 'D');
const revised = ladder('C', 'D', 'E');
const all = ladder('B', 'C', 'D', 'E', 'F');

describe('gradeRank', () => {
  it("ranks by B's ladder where B has the grade, B's lowest grade included; else by A's; not graded lowest", () => {
    const rank = gradeRank(hotRolled, revised);
    expect(rank('C')).toBe(0);
    expect(rank('D')).toBe(1);
    expect(rank('E')).toBe(2);
    // Only A has B: its place in A's ladder.
    expect(rank('B')).toBe(0);
    expect(rank(null)).toBe(-1);
  });
});

describe('gradeDirection', () => {
  it('up, down, and sideways between two grades of the same rank', () => {
    const direction = gradeDirection(hotRolled, revised);
    expect(direction('C', 'D')).toBe('up');
    expect(direction('D', 'C')).toBe('down');
    expect(direction(null, 'C')).toBe('up');
    expect(direction('C', null)).toBe('down');
    // B (only A's, rank 0 there) and C (B's lowest, rank 0): neither up nor down.
    expect(direction('B', 'C')).toBe('sideways');
    expect(direction('C', 'B')).toBe('sideways');
  });

  it('on one ladder, a grade one step apart moves up or down, never sideways', () => {
    const direction = gradeDirection(all, all);
    expect(direction('B', 'C')).toBe('up');
    expect(direction('F', 'E')).toBe('down');
    expect(direction(null, 'B')).toBe('up');
    expect(direction('B', null)).toBe('down');
  });
});

describe('movableBy', () => {
  it('only requirements of a grade reached under one rule set and not the other, and scope, can move a record', () => {
    const could = movableBy(all, all)('C', 'E');
    expect(['B', 'C', 'D', 'E', 'F'].filter(could)).toEqual(['D', 'E']);
    expect(could(null)).toBe(true);
    // The same move downwards names the same grades.
    expect(['B', 'C', 'D', 'E', 'F'].filter(movableBy(all, all)('E', 'C'))).toEqual(['D', 'E']);
  });

  it('from not graded: the lowest grade up to the one reached', () => {
    expect(['B', 'C', 'D', 'E', 'F'].filter(movableBy(all, all)(null, 'C'))).toEqual(['B', 'C']);
  });

  it('between two grades of the same rank: any requirement of a grade at or below them', () => {
    const could = movableBy(hotRolled, revised)('B', 'C');
    expect(['B', 'C', 'D', 'E'].filter(could)).toEqual(['B', 'C']);
  });
});
