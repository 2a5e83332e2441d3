/**
 * A Latin summary word that is also a name (hostile-25 M8): a row is a statistic of the rows above only when its
 * values are that statistic, to the rounding they are written with.
 */
import { describe, expect, it } from 'vitest';
import { ColumnStatistics } from '../../src/input/statistic-rows';

const FIELDS = new Set(['a', 'b']);

function stats(...rows: Record<string, unknown>[]): ColumnStatistics {
  const s = new ColumnStatistics();
  for (const r of rows) s.add(r, FIELDS);
  return s;
}

describe('ColumnStatistics.fits', () => {
  const s = stats({ a: 80, b: 70 }, { a: 90, b: 75 });

  it('the sum, mean, count, max, min, range and deviation of the rows above fit their words', () => {
    expect(s.fits('TOTAL', { a: 170, b: 145 }, FIELDS)).toBe(true);
    expect(s.fits('Mean', { a: 85, b: 72.5 }, FIELDS)).toBe(true);
    expect(s.fits('Avg.', { a: '85.0', b: '72.5' }, FIELDS)).toBe(true);
    expect(s.fits('Count', { a: 2, b: 2 }, FIELDS)).toBe(true);
    expect(s.fits('Max', { a: 90, b: 75 }, FIELDS)).toBe(true);
    expect(s.fits('Min', { a: 80, b: 70 }, FIELDS)).toBe(true);
    expect(s.fits('Range', { a: 10, b: 5 }, FIELDS)).toBe(true);
    expect(s.fits('SD', { a: 7.07, b: 3.54 }, FIELDS)).toBe(true);
    expect(s.fits('Median', { a: 85, b: 72 }, FIELDS)).toBe(true);
  });

  it('values that are no such statistic do not: a record named TOTAL, Count, Range, CV', () => {
    expect(s.fits('TOTAL', { a: 85, b: 85 }, FIELDS)).toBe(false);
    expect(s.fits('Count', { a: 85, b: 85 }, FIELDS)).toBe(false);
    expect(s.fits('Range', { a: 85, b: 85 }, FIELDS)).toBe(false);
    expect(s.fits('CV', { a: 85, b: 85 }, FIELDS)).toBe(false);
    expect(s.fits('Mean', { a: 86, b: 72.5 }, FIELDS)).toBe(false);
  });

  it('a Chinese word, or a row with no number to compare, is left to the word (true)', () => {
    expect(s.fits('合计', { a: 1, b: 1 }, FIELDS)).toBe(true);
    expect(s.fits('TOTAL', { a: 'x' }, FIELDS)).toBe(true);
    // No record above to compare with (a scale line over the records), or a unit after the word: left to the word.
    expect(stats().fits('TOTAL', { a: 85 }, FIELDS)).toBe(true);
    expect(s.fits('CV(%)', { a: 100, b: 100 }, FIELDS)).toBe(true);
  });

  it('a block since the last summary row counts as well as the whole table', () => {
    const t = stats({ a: 80 }, { a: 90 });
    t.endBlock();
    t.add({ a: 10 }, FIELDS);
    expect(t.fits('Subtotal', { a: 10 }, FIELDS)).toBe(true);
    expect(t.fits('Total', { a: 180 }, FIELDS)).toBe(true);
    expect(t.fits('Total', { a: 170 }, FIELDS)).toBe(false);
  });
});
