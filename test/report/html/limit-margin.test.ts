import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriterionResult, Limit } from '../../../src/model/grade-result';
import { CriterionTallies } from '../../../src/report/html/criterion-tally';
import {
  limitMargin,
  marginPercentFloor,
  marginToNumber,
  nearLimit,
  nearLimitAbsolute,
  withinPercent,
} from '../../../src/report/html/limit-margin';

const atLeast = (value: number): Limit => ({ operator: '>=', value, text: `≥ ${value}` });
const atMost = (value: number): Limit => ({ operator: '<=', value, text: `≤ ${value}` });
const range = (low: number, high: number): Limit => ({
  operator: 'between',
  value: [low, high],
  text: `[${low}, ${high}]`,
});

function within1(value: number, limit: Limit): boolean {
  const m = limitMargin(value, limit);
  if (!m) throw new Error('no margin');
  return withinPercent(m, 1);
}

describe('limitMargin and withinPercent: 1 % of the limit, exactly', () => {
  it('counts a value exactly 1 % above or below a minimum, and not one just beyond', () => {
    // APF ≥ 4.50 (GB 21455-2019, heat pumps ≤ 4500 W, grade 2): 1 % of 4.50 is 0.045.
    expect(within1(4.545, atLeast(4.5))).toBe(true);
    expect(within1(4.5451, atLeast(4.5))).toBe(false);
    expect(within1(4.455, atLeast(4.5))).toBe(true);
    expect(within1(4.4549, atLeast(4.5))).toBe(false);
    expect(within1(4.5, atLeast(4.5))).toBe(true);
  });

  it('is exact where binary floating point is not: 0.303 is exactly 1 % above 0.3', () => {
    // (0.303 − 0.3) / 0.3 is 0.010000000000000009 in floating point.
    expect((0.303 - 0.3) / 0.3).toBeGreaterThan(0.01);
    expect(within1(0.303, atLeast(0.3))).toBe(true);
    expect(within1(0.297, atLeast(0.3))).toBe(true);
    expect(within1(0.30301, atLeast(0.3))).toBe(false);
  });

  it('turns the sign for a maximum: positive on the passing side', () => {
    const inside = limitMargin(4.95, atMost(5))!;
    const outside = limitMargin(5.05, atMost(5))!;
    expect(marginToNumber(inside)).toBeCloseTo(0.01, 12);
    expect(marginToNumber(outside)).toBeCloseTo(-0.01, 12);
    expect(withinPercent(inside, 1)).toBe(true);
    expect(withinPercent(outside, 1)).toBe(true);
    expect(within1(5.0501, atMost(5))).toBe(false);
    // The scope limit of the air-conditioner rule set: ≤ 14000 W; 1 % is 140 W.
    expect(within1(14140, atMost(14000))).toBe(true);
    expect(within1(14141, atMost(14000))).toBe(false);
  });

  it('measures a negative limit by its size', () => {
    const m = limitMargin(-10.1, atLeast(-10))!;
    expect(marginToNumber(m)).toBeCloseTo(-0.01, 12);
    expect(withinPercent(m, 1)).toBe(true);
    expect(within1(-10.11, atLeast(-10))).toBe(false);
  });

  it('takes the nearer end of a range', () => {
    // [1.25, 1.30]: 1 % of 1.25 is 0.0125, 1 % of 1.30 is 0.013.
    expect(within1(1.2625, range(1.25, 1.3))).toBe(true);
    expect(within1(1.2626, range(1.25, 1.3))).toBe(false);
    expect(within1(1.287, range(1.25, 1.3))).toBe(true);
    expect(within1(1.2869, range(1.25, 1.3))).toBe(false);
    expect(within1(1.313, range(1.25, 1.3))).toBe(true);
    expect(marginToNumber(limitMargin(1.313, range(1.25, 1.3))!)).toBeCloseTo(-0.01, 12);
    // In the middle, 1.275 is 2 % of 1.25 from the lower end but 0.025 / 1.30 ≈ 1.92 % from the upper one.
    expect(marginToNumber(limitMargin(1.275, range(1.25, 1.3))!)).toBeCloseTo(0.025 / 1.3, 12);
  });

  it('gives no margin where a percentage of the limit means nothing', () => {
    expect(limitMargin(0.1, atLeast(0))).toBeUndefined();
    expect(limitMargin(3, { operator: '=', value: 3, text: '= 3' })).toBeUndefined();
    expect(limitMargin(3, { operator: 'in', value: [1, 2, 3], text: '∈ {1, 2, 3}' })).toBeUndefined();
    expect(limitMargin(3, { operator: '>=', value: 'high', text: '≥ high' })).toBeUndefined();
    expect(limitMargin(Number.NaN, atLeast(3))).toBeUndefined();
  });
});

describe('marginPercentFloor: the histogram bin', () => {
  it('puts [k %, (k+1) %) in bin k, a value at the limit in bin 0', () => {
    const bin = (value: number, limit: Limit) => marginPercentFloor(limitMargin(value, limit)!);
    expect(bin(4.5, atLeast(4.5))).toBe(0);
    expect(bin(4.54, atLeast(4.5))).toBe(0);
    expect(bin(4.545, atLeast(4.5))).toBe(1);
    expect(bin(4.4775, atLeast(4.5))).toBe(-1); // −0.5 %
    expect(bin(4.455, atLeast(4.5))).toBe(-1); // exactly −1 %
    expect(bin(4.4549, atLeast(4.5))).toBe(-2);
    expect(bin(4.05, atLeast(4.5))).toBe(-10); // exactly −10 %
    expect(bin(4.0499, atLeast(4.5))).toBe(-11);
    expect(bin(1e12, atLeast(4.5))).toBe(1_000_000);
  });
});

describe('nearLimit: the fast path agrees with the exact margin', () => {
  const exact = (value: number, limit: Limit) => {
    const m = limitMargin(value, limit);
    return m && { bin: marginPercentFloor(m), within: withinPercent(m, 1) };
  };

  it('at the exact edges of 1 % and of every bin', () => {
    for (const limit of [atLeast(4.5), atMost(14000), atLeast(0.3), range(1.25, 1.3), atLeast(-10)]) {
      const l = typeof limit.value === 'number' ? limit.value : 1.25;
      for (let k = -12; k <= 12; k++) {
        for (const nudge of [-1e-9, 0, 1e-9]) {
          const value = Number((l + (Math.abs(l) * k) / 100 + nudge).toPrecision(12));
          expect(nearLimit(value, limit), `${value} ${limit.text}`).toEqual(exact(value, limit));
        }
      }
    }
  });

  it('for values and limits drawn at random, with two decimals as measurements have', () => {
    const hundredths = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        hundredths,
        hundredths,
        hundredths,
        fc.constantFrom('>=', '>', '<=', '<', 'between'),
        (v, a, b, op) => {
          const limit: Limit =
            op === 'between'
              ? { operator: op, value: [Math.min(a, b), Math.max(a, b)], text: '' }
              : { operator: op as Limit['operator'], value: a, text: '' };
          expect(nearLimit(v, limit)).toEqual(exact(v, limit));
        },
      ),
      { numRuns: 5000, seed: 8170 },
    );
  });
});

describe('nearLimitAbsolute with a step: a tolerance of ±0.2 mm in 0.02 mm bins (newcomer-26 M9)', () => {
  const tolerance = range(-0.2, 0.2);
  it.each([
    [0.17, 1, false], // 0.03 inside: the second bin, not near
    [0.18, 1, true], // exactly one step inside: near, and the bin above the limit's first
    [0.19, 0, true],
    [0.2, 0, true], // at the limit
    [-0.21, -1, true], // 0.01 outside
    [-0.22, -1, true], // exactly one step outside
    [-0.23, -2, false],
    [0, 10, false], // the middle: 10 steps from either end
  ])('%d mm: bin %d, near %s', (value, bin, within) => {
    expect(nearLimitAbsolute(value, tolerance, 0.02)).toEqual({ bin, within });
  });

  it('the tally picks the step from the range: a twentieth of its width, rounded down to 1, 2 or 5 × 10ⁿ', () => {
    const stepOf = (low: number, high: number) => {
      const tallies = new CriterionTallies(new Map([['x', 'mm']]));
      const criterion = {
        id: 'c',
        label: { zh: '偏差', en: 'Deviation' },
        grade: 'g',
        effect: 'grade',
        indicator: 'x',
        status: 'passed',
        value: 0,
        limit: range(low, high),
      } as unknown as CriterionResult;
      tallies.add({ criteria: [criterion] });
      return [tallies.get('c')!.near!.unit, tallies.get('c')!.near!.step];
    };
    expect(stepOf(-0.2, 0.2)).toEqual(['mm', 0.02]);
    expect(stepOf(-0.1, 0.1)).toEqual(['mm', 0.01]);
    expect(stepOf(-1.5, 1.5)).toEqual(['mm', 0.1]);
    expect(stepOf(-5, 5)).toEqual(['mm', 0.5]);
    // 20 units wide or more: 1 unit, as before.
    expect(stepOf(-10, 10)).toEqual(['mm', undefined]);
  });
});
