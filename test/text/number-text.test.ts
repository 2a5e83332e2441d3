import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, numberText } from '../../src/text/number-text';

describe('numberText: String(n), remembering the last number', () => {
  it('gives String(n) in any order of calls, -0 and NaN included', () => {
    const values = [4.62, 4.62, 0, -0, -0, 0, Number.NaN, Number.NaN, 1e21, 4.62, 0.1 + 0.2];
    expect(values.map(numberText)).toEqual(values.map(String));
  });
});

describe('countText', () => {
  it('groups digits by three as toLocaleString("en-US") does, for any safe integer', () => {
    for (const n of [
      0,
      7,
      999,
      1000,
      -1000,
      12_345,
      100_000,
      1_000_000,
      -987_654_321,
      Number.MAX_SAFE_INTEGER,
    ])
      expect(countText(n)).toBe(n.toLocaleString('en-US'));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(countText(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });

  it('leaves a fraction to toLocaleString', () => {
    expect(countText(1234.5)).toBe('1,234.5');
  });
});
