/**
 * Interval division, which a derived value from a marked input needs (500 ÷ 400(+)): bounded where the divisor's
 * interval does not hold 0, refused where it does (fix-marks6-36).
 */
import { describe, expect, it } from 'vitest';
import { divide, point } from '../../src/resolve/formula-interval';

describe('divide', () => {
  it('500 ÷ (400, 400.5] is [1.248439…, 1.25): the open end of the divisor gives the open end of the quotient', () => {
    const q = divide(point(500), { lo: 400, loIn: false, hi: 400.5, hiIn: true })!;
    expect(q.lo).toBeCloseTo(500 / 400.5, 12);
    expect(q).toMatchObject({ loIn: true, hi: 1.25, hiIn: false });
  });

  it('a negative divisor turns the interval round: [1, 2] ÷ [−4, −2] is [−1, −0.25]', () => {
    expect(
      divide({ lo: 1, loIn: true, hi: 2, hiIn: true }, { lo: -4, loIn: true, hi: -2, hiIn: true }),
    ).toEqual({
      lo: -1,
      loIn: true,
      hi: -0.25,
      hiIn: true,
    });
  });

  it('a divisor that holds 0, at an end or inside, or whose bounds are not known, gives no interval', () => {
    expect(divide(point(1), { lo: 0, loIn: true, hi: 1, hiIn: true })).toBeUndefined();
    expect(divide(point(1), { lo: -1, loIn: true, hi: 1, hiIn: true })).toBeUndefined();
    expect(divide(point(1), { lo: Number.NaN, loIn: false, hi: Number.NaN, hiIn: false })).toBeUndefined();
  });
});
