import { describe, expect, it } from 'vitest';
import { numberText } from '../../src/text/number-text';

describe('numberText: String(n), remembering the last number', () => {
  it('gives String(n) in any order of calls, -0 and NaN included', () => {
    const values = [4.62, 4.62, 0, -0, -0, 0, Number.NaN, Number.NaN, 1e21, 4.62, 0.1 + 0.2];
    expect(values.map(numberText)).toEqual(values.map(String));
  });
});
