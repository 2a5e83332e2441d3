import { describe, expect, it } from 'vitest';
import { writtenNumber } from '../../src/text/written-number';

describe('writtenNumber: a number with the decimals the lab wrote, never padded', () => {
  it('gives the cell when it is the same number with more zeros', () => {
    expect(writtenNumber(0.8, '0.80')).toBe('0.80');
    expect(writtenNumber(5, '5.00')).toBe('5.00');
    expect(writtenNumber(-1.5, '-1.50')).toBe('-1.50');
  });
  it('nothing when the cell reads as the number already, or is written otherwise', () => {
    expect(writtenNumber(0.8, '0.8')).toBeUndefined();
    expect(writtenNumber(0.8, undefined)).toBeUndefined();
    expect(writtenNumber(0.8, '0.801')).toBeUndefined();
    expect(writtenNumber(0.8, '8.0e-1')).toBeUndefined();
    expect(writtenNumber(0.8, '0,80')).toBeUndefined();
    expect(writtenNumber(0.8, '0.80 %')).toBeUndefined();
    expect(writtenNumber(455, '455;460')).toBeUndefined();
    expect(writtenNumber('0.8', '0.80')).toBeUndefined();
  });
});
