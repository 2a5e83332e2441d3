/** standards-38 M4: a number in one unit of time in another, exact, only at the digits reported. */
import { describe, expect, it } from 'vitest';
import { timeConverted } from '../../src/input/time-converted';

describe('timeConverted', () => {
  it.each([
    ['0.75', 'h', 'min', '45'],
    ['0.333', 'h', 'min', '19.98'],
    ['2.5', 'h', 'min', '150'],
    ['1.5', 'min', 's', '90'],
    ['0.05', 'h', 's', '180'],
    ['-0.5', 'h', 'min', '-30'],
    ['0.0', 'h', 'min', '0'],
    ['120', 'min', 'h', '2'],
    ['7200', 's', 'h', '2'],
  ])('%s %s is %s %s', (numeral, from, to, value) => {
    expect(timeConverted(numeral, from, to)).toBe(value);
  });

  it('no number when it needs more decimals than reported, is no finite decimal, or a unit is no time', () => {
    expect(timeConverted('45', 'min', 'h')).toBeUndefined();
    expect(timeConverted('90', 'min', 'h')).toBeUndefined();
    expect(timeConverted('10', 'min', 'h')).toBeUndefined();
    expect(timeConverted('0.1', 'min', 'h')).toBeUndefined();
    expect(timeConverted('3', 'h', 'kg')).toBeUndefined();
    expect(timeConverted('3', 'kW', 'W')).toBeUndefined();
    expect(timeConverted('1e3', 'h', 'min')).toBeUndefined();
  });
});
