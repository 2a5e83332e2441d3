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

describe('ColumnStatistics.meanOrSum (hostile-27 W7)', () => {
  // a: 48.4, 50.0, 51.7 (x̄ 50.033…, Σ 150.1); b: 150 each (x̄ 150, Σ 450).
  const s = stats({ a: 48.4, b: 150 }, { a: 50.0, b: 150 }, { a: 51.7, b: 150 });

  it('the mean or the sum to the decimals shown, column by column', () => {
    expect(s.meanOrSum({ a: '50.0', b: '150' }, FIELDS)).toBe(true);
    expect(s.meanOrSum({ a: '50.03', b: 150 }, FIELDS)).toBe(true);
    expect(s.meanOrSum({ a: '150.1', b: '450' }, FIELDS)).toBe(true);
    // Σ under one column, x̄ under the other: a 合计 row of a 汇总表 (counts summed, rates averaged).
    expect(s.meanOrSum({ a: '150.1', b: 150 }, FIELDS)).toBe(true);
  });

  it('one off by one in the last decimal is a record; 50.0 as text is not the number 50 (±0.5)', () => {
    expect(s.meanOrSum({ a: '50.1', b: 150 }, FIELDS)).toBe(false);
    expect(s.meanOrSum({ a: '49.9', b: 150 }, FIELDS)).toBe(false);
    expect(s.meanOrSum({ a: '50.04', b: 150 }, FIELDS)).toBe(false);
    expect(s.meanOrSum({ a: '50.0', b: 151 }, FIELDS)).toBe(false);
    const t = stats({ a: 48.4 }, { a: 50.0 }, { a: 51.9 });
    expect(t.meanOrSum({ a: '50.1' }, FIELDS)).toBe(true);
    expect(t.meanOrSum({ a: '50.0' }, FIELDS)).toBe(false);
    expect(t.meanOrSum({ a: 50 }, FIELDS)).toBe(true);
  });

  it('nothing to compare, one record above, or a column no record above gave: not a summary', () => {
    expect(s.meanOrSum({ a: 'x' }, FIELDS)).toBe(false);
    // Only the mean of values all alike: one more sample like them as well.
    expect(s.meanOrSum({ b: 150 }, FIELDS)).toBe(false);
    expect(s.meanOrSum({ b: 450 }, FIELDS)).toBe(true);
    expect(stats({ a: 50 }).meanOrSum({ a: 50 }, FIELDS)).toBe(false);
    expect(stats({ a: 50 }, { a: 52 }).meanOrSum({ a: 51, b: 3 }, FIELDS)).toBe(false);
  });

  it('the block since the last summary row, or the whole table, each as a whole', () => {
    const t = stats({ a: 80 }, { a: 90 });
    t.endBlock();
    t.add({ a: 10 }, FIELDS);
    t.add({ a: 20 }, FIELDS);
    expect(t.meanOrSum({ a: 15 }, FIELDS)).toBe(true);
    expect(t.meanOrSum({ a: 50 }, FIELDS)).toBe(true);
    expect(t.meanOrSum({ a: 85 }, FIELDS)).toBe(false);
  });
});

describe('ColumnStatistics.tells: a coded row (`S-avg-3`) is a statistic only by columns that differ (standards-31 W1)', () => {
  // a: 50, 40 (mean 45, median 45, min 40, max 50); b: 20 in both rows (every statistic but the sum is 20).
  const s = stats({ a: 50, b: 20 }, { a: 40, b: 20 });

  it('values alike above tell nothing: a row repeating them is no statistic, whatever the word', () => {
    for (const word of ['avg', 'mean', 'AVE', 'Median', 'max', 'min'])
      expect(s.tells(word, { b: 20 }, FIELDS), word).toBe(false);
    // fits, which a bare word asks, still finds nothing against it: the word decides there.
    expect(s.fits('Mean', { b: 20 }, FIELDS)).toBe(true);
  });

  it('the mean of a column that differs tells; off it, the row is a sample', () => {
    expect(s.tells('avg', { a: 45, b: 20 }, FIELDS)).toBe(true);
    expect(s.tells('avg', { a: 20, b: 20 }, FIELDS)).toBe(false);
    expect(s.tells('avg', { a: 44, b: 20 }, FIELDS)).toBe(false);
  });

  it('a sum of values alike is no value of theirs: it tells', () => {
    expect(s.tells('Total', { b: 40 }, FIELDS)).toBe(true);
    expect(s.tells('Total', { b: 20 }, FIELDS)).toBe(false);
  });

  it('a median, max or min is one of the values above: one column landing on it is not enough, two are', () => {
    const t = stats({ a: 50, b: 7 }, { a: 40, b: 5 }, { a: 20, b: 6 });
    expect(t.tells('Median', { a: 40 }, FIELDS)).toBe(false);
    expect(t.tells('Median', { a: 40, b: 6 }, FIELDS)).toBe(true);
    expect(t.tells('Max', { a: 50, b: 7 }, FIELDS)).toBe(true);
    expect(t.tells('Max', { a: 50 }, FIELDS)).toBe(false);
    // The median exactly: 45 is inside the range of 50, 40, 20 but not their median.
    expect(t.tells('Median', { a: 45, b: 6 }, FIELDS)).toBe(false);
  });

  it('a specimen list counts by its mean, read or as text (`50;50;50`, `45；45；45`)', () => {
    const t = stats({ a: '50;50;50', b: 1 }, { a: [40, 40, 40], b: 1 });
    expect(t.tells('avg', { a: '45;45;45', b: 1 }, FIELDS)).toBe(true);
    expect(t.tells('avg', { a: [45, 45, 45], b: 1 }, FIELDS)).toBe(true);
    expect(t.tells('avg', { a: '45；45；45', b: 1 }, FIELDS)).toBe(true);
    expect(t.tells('avg', { a: '20;20;20', b: 1 }, FIELDS)).toBe(false);
    // A bare Mean over them is no mean either: a record named Mean.
    expect(t.fits('Mean', { a: '20;20;20', b: 1 }, FIELDS)).toBe(false);
  });
});

// hostile-31 M1: a lot's SD row copies the lot's strength class (42.5 on every row): that column tells nothing.
describe('SD, CV and range rows beside a column alike in every row', () => {
  const fields = new Set(['cls', 'c3', 'c28']);
  const rows = [
    [24.1, 48.6],
    [23.8, 49.9],
    [24.5, 50.8],
    [23.2, 48.9],
    [24.9, 51.2],
  ];
  const stats = new ColumnStatistics();
  for (const [c3, c28] of rows) stats.add({ cls: '42.5', c3, c28 }, fields);

  it('the sample SD, CV and range with the class copied: that statistic', () => {
    for (const word of ['SD', 'Std', 'STDEV', 'St.Dev', 's', 'S'])
      expect(stats.tells(word, { cls: '42.5', c3: '0.65', c28: '1.14' }, fields), word).toBe(true);
    for (const word of ['CV', 'Cv'])
      expect(stats.tells(word, { cls: '42.5', c3: '2.70', c28: '2.28' }, fields), word).toBe(true);
    for (const word of ['Range', 'R'])
      expect(stats.tells(word, { cls: '42.5', c3: '1.7', c28: '2.6' }, fields), word).toBe(true);
    expect(stats.fits('SD', { cls: '42.5', c3: '0.65', c28: '1.14' }, fields)).toBe(true);
  });

  it('values that are not the statistic, or a class that differs: a record', () => {
    expect(stats.tells('SD', { cls: '42.5', c3: '0.66', c28: '1.09' }, fields)).toBe(false);
    expect(stats.fits('SD', { cls: '42.5', c3: '0.66', c28: '1.09' }, fields)).toBe(false);
    expect(stats.tells('SD', { cls: '52.5', c3: '0.65', c28: '1.14' }, fields)).toBe(false);
    expect(stats.tells('s', { cls: '42.5', c3: '24.1', c28: '48.6' }, fields)).toBe(false);
    // Only the copied column: nothing tells.
    expect(stats.tells('SD', { cls: '42.5' }, fields)).toBe(false);
  });
});

// standards-38 C1: a list compared by its own mean (34;33;33 → 33.33) landed within half a joule of the lists'
// means above (34 and 33.67 → 33.83). Specimen by specimen, it is no mean of theirs.
describe('a specimen list is compared specimen by specimen (standards-38 C1)', () => {
  const t = stats({ a: '34;34;34', b: 20 }, { a: [34, 34, 33], b: 20 });

  it('34;33;33 is no mean, sum or other statistic of 34;34;34 and 34;34;33', () => {
    for (const word of ['mean', 'avg', 'Total', 'Median', 'max', 'min'])
      expect(t.tells(word, { a: '34;33;33', b: 20 }, FIELDS), word).toBe(false);
    expect(t.fits('Mean', { a: '34;33;33', b: 20 }, FIELDS)).toBe(false);
    expect(t.meanOrSum({ a: '34;33;33', b: 20 }, FIELDS)).toBe(false);
  });

  it('the mean of each specimen (34;34;33.5), to the decimals shown, is', () => {
    expect(t.tells('mean', { a: '34;34;33.5', b: 20 }, FIELDS)).toBe(true);
    expect(t.meanOrSum({ a: '34;34;33.5', b: 20 }, FIELDS)).toBe(true);
    expect(t.meanOrSum({ a: '68;68;67', b: 40 }, FIELDS)).toBe(true);
    expect(t.tells('mean', { a: '34;34;33.4', b: 20 }, FIELDS)).toBe(false);
  });

  it('a list of another length, or over rows whose lists differ in length, is no statistic', () => {
    expect(t.tells('mean', { a: '34;34', b: 20 }, FIELDS)).toBe(false);
    expect(t.fits('Mean', { a: '34;34;33.5;34', b: 20 }, FIELDS)).toBe(false);
    const mixed = stats({ a: '34;34;34' }, { a: '34;34' });
    expect(mixed.meanOrSum({ a: '34;34;34' }, FIELDS)).toBe(false);
  });

  it('one value under a list column is compared with the lists’ means (34, 33.67 → 33.83)', () => {
    expect(t.tells('mean', { a: '33.8', b: 20 }, FIELDS)).toBe(true);
    expect(t.tells('mean', { a: '33.7', b: 20 }, FIELDS)).toBe(false);
  });
});
