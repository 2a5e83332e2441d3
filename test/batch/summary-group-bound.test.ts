/**
 * A summary counted by a column of nearly unique values keeps a group for
 * the first `maxGroups` values only and counts the later values' records as
 * one group, `otherGroups`; the totals still add up.
 */
import { describe, expect, it } from 'vitest';
import { BatchSummary, DEFAULT_MAX_GROUPS, type SummaryEntry } from '../../src/index';

const GRADES = [
  { id: 'low', label: { zh: '合格', en: 'Low' } },
  { id: 'high', label: { zh: '优等', en: 'High' } },
];

/** Entry i: grade high when i is even, else low; invalid when i % 5 === 4. */
function entry(i: number, group: string): SummaryEntry {
  if (i % 5 === 4) return { grade: null, invalid: true, failing: [], group, row: i + 1 };
  return { grade: i % 2 === 0 ? 'high' : 'low', invalid: false, failing: [], group, row: i + 1 };
}

// Values in order: a b (none) c d a e b f; with a bound of 3: a, b, c have groups, d e f are "other".
const KEYS = ['a', 'b', '', 'c', 'd', 'a', 'e', 'b', 'f'];

describe('BatchSummary with a bound on its groups', () => {
  it('keeps the first maxGroups values, counts the rest as otherGroups, the no-value group aside', () => {
    const summary = new BatchSummary(GRADES, { maxGroups: 3 });
    for (const [i, key] of KEYS.entries()) summary.addEntry(entry(i, key));
    const c = summary.counts();
    expect(c.groups!.map((g) => [g.key, g.total])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 1],
      ['', 1],
    ]);
    // d (row 4: invalid), e (row 6: high), f (row 8: high).
    expect(c.otherGroups).toEqual({
      after: 3,
      total: 3,
      graded: { low: 0, high: 2 },
      notGraded: {},
      invalid: 1,
    });
    const sum = c.groups!.reduce((s, g) => s + g.total, 0) + c.otherGroups!.total;
    expect(sum).toBe(KEYS.length);
    expect(c.total).toBe(KEYS.length);
  });

  it('merged from unbounded batch tallies, in order, counts as one pass does', () => {
    const whole = new BatchSummary(GRADES, { maxGroups: 3 });
    for (const [i, key] of KEYS.entries()) whole.addEntry(entry(i, key));
    for (const size of [1, 2, 4, 9]) {
      const merged = new BatchSummary(GRADES, { maxGroups: 3 });
      for (let start = 0; start < KEYS.length; start += size) {
        const batch = new BatchSummary(GRADES, { maxGroups: Number.POSITIVE_INFINITY });
        for (let i = start; i < Math.min(start + size, KEYS.length); i++) batch.addEntry(entry(i, KEYS[i]!));
        merged.addTally(structuredClone(batch.tally()));
      }
      expect(merged.counts()).toEqual(whole.counts());
    }
    // A bounded summary's tally carries its other group on.
    const again = new BatchSummary(GRADES, { maxGroups: 3 });
    again.addTally(structuredClone(whole.tally()));
    expect(again.counts()).toEqual(whole.counts());
  });

  it('prints the other values as one row, "(other)", before "(no value)", and says so in the heading', () => {
    const summary = new BatchSummary(GRADES, { maxGroups: 3 });
    for (const [i, key] of KEYS.entries()) summary.addEntry(entry(i, key));
    expect(summary.formatGroups('en', 'id')).toBe(
      [
        'by id (5 groups; more than 3 values, the rest as "(other)"):',
        '  id          High  Low  not graded  invalid  total',
        '  a              1    1           0        0      2',
        '  b              0    2           0        0      2',
        '  c              0    1           0        0      1',
        '  (other)        2    0           0        1      3',
        '  (no value)     1    0           0        0      1',
        '  total          4    4           0        1      9',
      ].join('\n'),
    );
    expect(summary.formatGroups('zh', 'id').split('\n')[0]).toBe(
      '按“id”统计（5 组；取值超过 3 个，其余合为“（其他）”）：',
    );
    expect(summary.formatGroups('zh', 'id')).toContain('\n  （其他）');
  });

  it('by default keeps 1,000 values; a column of 200,000 keeps 1,000 groups and one other', () => {
    expect(DEFAULT_MAX_GROUPS).toBe(1000);
    const summary = new BatchSummary(GRADES);
    for (let i = 0; i < 200_000; i++)
      summary.addEntry({ grade: 'high', invalid: false, failing: [], group: `S${i}` });
    const c = summary.counts();
    expect(c.groups).toHaveLength(1000);
    expect(c.groups!.at(-1)!.key).toBe('S999');
    expect(c.otherGroups).toMatchObject({ after: 1000, total: 199_000 });
    expect(summary.formatGroups('en', 'id').split('\n')).toHaveLength(1 + 1 + 1000 + 1 + 1);
    // At the bound exactly: no other group.
    const exact = new BatchSummary(GRADES);
    for (let i = 0; i < 1000; i++)
      exact.addEntry({ grade: 'high', invalid: false, failing: [], group: `S${i}` });
    expect(exact.counts().otherGroups).toBeUndefined();
    expect(exact.tally().otherGroups).toBeUndefined();
  });

  it('maxGroups must be a whole number from 1, or Infinity', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '10'])
      expect(() => new BatchSummary(GRADES, { maxGroups: bad as number })).toThrow(/maxGroups/);
    expect(() => new BatchSummary(GRADES, { maxGroups: Number.POSITIVE_INFINITY })).not.toThrow();
  });
});
