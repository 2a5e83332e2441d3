import { describe, expect, it } from 'vitest';
import { BlankBelowValues } from '../../src/input/blank-below-values';

const watch = (values: string[]) => {
  const w = new BlankBelowValues();
  for (const v of values) w.see(v);
  return w;
};

describe('BlankBelowValues', () => {
  it('counts the cells blank below a value, not those before any value', () => {
    const w = watch(['', '', '海螺', '', '', '冀东', '']);
    expect([w.blanks, w.values, w.longestRun]).toEqual([3, 2, 2]);
  });

  it('names written once per block of three rows or more: filled down', () => {
    expect(watch(['海螺', '', '', '冀东', '华新']).looksFilledDown()).toBe(true);
  });

  it('blocks of two rows: blank cells outnumbering the values are; as many as the values are not', () => {
    expect(watch(['A', '', 'B', '', 'C', '']).looksFilledDown()).toBe(false);
    expect(watch(['A', '', 'B', '', 'C', '', '']).looksFilledDown()).toBe(true);
  });

  it('a cell left blank here and there, a column with no value, or none blank: not', () => {
    expect(watch(['A', '', 'B', 'C', '', 'D']).looksFilledDown()).toBe(false);
    expect(watch(['', '', '', '']).looksFilledDown()).toBe(false);
    expect(watch(['A', 'A', 'B']).looksFilledDown()).toBe(false);
    expect(watch([]).looksFilledDown()).toBe(false);
  });

  it('rows none of whose cells could be read are counted apart, not as blank cells (hostile-39 M2)', () => {
    // Each value with whether its row could not be read as a record.
    const read = (rows: readonly (readonly [string, boolean])[]) => {
      const w = new BlankBelowValues();
      for (const [v, unread] of rows) w.see(v, unread);
      return w;
    };
    const w = read([
      ['热泵', false],
      ['', true],
      ['', true],
      ['单冷', false],
      ['', true],
    ]);
    expect([w.blanks, w.values, w.unread, w.looksFilledDown()]).toEqual([0, 2, 3, false]);
    // A value read from a row that is otherwise not a record (a cell too many) counts as a value.
    w.see('热泵', true);
    expect([w.values, w.unread]).toEqual([3, 3]);
    // Nor do they part a run of blank cells.
    const run = read([
      ['A', false],
      ['', false],
      ['', true],
      ['', false],
    ]);
    expect([run.blanks, run.longestRun, run.unread]).toEqual([2, 2, 1]);
  });
});
