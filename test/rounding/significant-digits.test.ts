import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFifteenDigits } from '../../src/rounding/significant-digits';

describe('toFifteenDigits', () => {
  it('drops arithmetic noise: 0.7 − 0.1 is 0.6', () => {
    expect(toFifteenDigits(0.7 - 0.1)).toBe(0.6);
    expect(toFifteenDigits(0.1 + 0.2)).toBe(0.3);
  });

  it('rounds a product that lands on a tie as the exact value does: 700 / 499 is 1.40280561122244', () => {
    // 700 / 499 × 10¹⁴ rounds to …244.5 in binary, though the quotient's 16th digit is a 4.
    expect(toFifteenDigits(700 / 499)).toBe(1.40280561122244);
    expect(toFifteenDigits(-700 / 499)).toBe(-1.40280561122244);
  });

  it('gives the digits toPrecision(15) gives, for any double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        // + 0: the sign of zero is not a digit.
        expect(toFifteenDigits(v) + 0).toBe(Number(v.toPrecision(15)) + 0);
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b) => {
        expect(toFifteenDigits(a / b)).toBe(Number((a / b).toPrecision(15)));
      }),
      { numRuns: 20_000 },
    );
  });
});
