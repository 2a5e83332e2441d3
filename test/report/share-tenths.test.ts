/**
 * committee-32 M6: grade shares were rounded half up (53/400 = 13.25 % → 13.3, 25/400 = 6.25 % → 6.3), so a column
 * added up to 100.1 % under its 100 %. Shares are rounded as every other figure is, by GB/T 8170 (half to even).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareText } from '../../src/report/grade-distribution-table';
import { formatShare } from '../../src/report/html/html-texts';
import { shareTenths } from '../../src/report/share-tenths';

describe('shareTenths', () => {
  it('a share exactly halfway rounds to the even tenth, whatever floating point makes of it', () => {
    expect(shareTenths(53, 400)).toBe(132); // 13.25 %
    expect(shareTenths(25, 400)).toBe(62); // 6.25 %
    expect(shareTenths(45, 400)).toBe(112); // 11.25 %
    expect(shareTenths(55, 400)).toBe(138); // 13.75 %
    expect(shareTenths(1, 8)).toBe(125); // 12.5 %: a whole tenth, no rounding
  });

  it('just below and just above halfway round down and up', () => {
    expect(shareTenths(1_325, 10_001)).toBe(132); // 13.2487 %
    expect(shareTenths(1_325, 9_999)).toBe(133); // 13.2513 %
    expect(shareTenths(7, 12)).toBe(583); // 58.33 %
    expect(shareTenths(2, 3)).toBe(667); // 66.67 %
  });

  it('agrees with exact rational half-to-even rounding on any part of any whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1_000_000), (whole, p) => {
        const part = p % (whole + 1);
        const scaled = BigInt(part) * 1000n;
        const q = scaled / BigInt(whole);
        const r2 = 2n * (scaled - q * BigInt(whole));
        const expected = r2 > BigInt(whole) || (r2 === BigInt(whole) && q % 2n === 1n) ? q + 1n : q;
        expect(shareTenths(part, whole)).toBe(Number(expected));
      }),
    );
  });

  it('the committee’s columns add up to 100.0 % (400 records; cement lots)', () => {
    const sum = (parts: number[], whole: number) => parts.reduce((s, p) => s + shareTenths(p, whole), 0);
    // A: 28.0 19.0 15.0 13.8 6.3 16.0 2.0 (100.1 half up); B: 12.5 15.8 20.5 13.5 13.3 5.5 17.0 2.0 (100.1).
    expect(sum([112, 76, 60, 55, 25, 64, 8], 400)).toBe(1000);
    expect(sum([50, 63, 82, 54, 53, 22, 68, 8], 400)).toBe(1000);
  });

  it('the texts: the HTML keeps 0% and 100% for none and all; the compare table one decimal on every row', () => {
    expect(formatShare(53, 400)).toBe('13.2%');
    expect(formatShare(55, 400)).toBe('13.8%');
    expect(formatShare(1, 100_000)).toBe('0.1%');
    expect(formatShare(99_999, 100_000)).toBe('99.9%');
    expect([formatShare(0, 4), formatShare(4, 4), formatShare(0, 0)]).toEqual(['0%', '100%', '–']);
    expect([shareText(53, 400), shareText(25, 400), shareText(0, 4), shareText(4, 4)]).toEqual([
      '13.2%',
      '6.2%',
      '0.0%',
      '100.0%',
    ]);
  });
});
