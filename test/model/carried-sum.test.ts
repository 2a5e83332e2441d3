import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARITHMETIC, carriedSum } from '../../src/model/arithmetic';

/** The rule as documented, with no shortcut: the sum rounded to the 15 significant digits of its larger operand. */
function byToFixed(sum: number, a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) return sum;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (!Number.isFinite(sum) || scale === 0) return sum;
  const decimals = 14 - Math.floor(Math.log10(scale));
  if (decimals <= 0 || decimals > 100) return sum;
  return Number(sum.toFixed(decimals));
}

/** A reading as a lab writes it (up to 9 digits, up to 9 decimals), or a long one of up to 16 digits and 12 decimals. */
const reading = fc.oneof(
  fc
    .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 9 }))
    .map(([digits, decimals]) => Number((digits / 10 ** decimals).toFixed(decimals))),
  fc
    .tuple(fc.maxSafeInteger(), fc.integer({ min: 0, max: 12 }))
    .map(([digits, decimals]) => Number((digits / 10 ** decimals).toFixed(decimals))),
);

describe('carriedSum: the millionths shortcut gives the double the documented rounding gives', () => {
  it('over generated readings and their differences, and differences of near-equal readings (-0 included)', () => {
    fc.assert(
      fc.property(reading, reading, fc.integer({ min: 0, max: 8 }), (a, b, k) => {
        const near = Number((a + (b % 1) / 10 ** k).toFixed(9));
        for (const [x, y] of [
          [a, b],
          [a, -b],
          [a, -a],
          [near, -a],
        ] as const)
          expect(Object.is(carriedSum(x + y, x, y), byToFixed(x + y, x, y))).toBe(true);
      }),
      { seed: 46, numRuns: 20_000 },
    );
  });

  it('at the shortcut’s bounds and past them', () => {
    const cases: [number, number][] = [
      [99_999_999.999999, 0.000001],
      [-99_999_999.999999, -0.000001],
      [99_999_999.999999, 99_999_999.999999],
      [100_000_000.5, 0.25],
      [0.0000001, 0.0000002],
      [0.3, -0.30000000000000004],
      [-0.5, 0.5],
      [Number.MAX_VALUE, 0.5],
      [Number.NaN, 0.1],
    ];
    for (const [a, b] of cases) expect(Object.is(carriedSum(a + b, a, b), byToFixed(a + b, a, b))).toBe(true);
  });

  it('the documented examples', () => {
    expect(ARITHMETIC['-']!(10.3, 10.1)).toBe(0.2);
    expect(ARITHMETIC['+']!(0.1, 0.2)).toBe(0.3);
    expect(ARITHMETIC['-']!(1.35, 1.25)).toBe(0.1);
    expect(Object.is(ARITHMETIC['-']!(0.5, 0.5), 0)).toBe(true);
  });
});
