import { describe, expect, it } from 'vitest';
import { parseRoundingInterval, roundGbt8170 } from '../../src/index';

describe('GB/T 8170-2008 rounding', () => {
  // The standard's own worked examples (../shared/domain/standards.md, sourced).
  it.each([
    ['12.1498', '0.1', '12.1'],
    ['12.1498', '1', '12'],
    ['10.5002', '1', '11'],
    ['1.050', '0.1', '1.0'],
    ['0.35', '0.1', '0.4'],
    ['2500', '1000', '2000'],
    ['3500', '1000', '4000'],
    ['-0.0365', '0.001', '-0.036'],
    ['15.4546', '1', '15'],
    ['1268', '100', '1300'],
    ['60.28', '0.5', '60.5'],
    ['832', '20', '840'],
  ])('rounds %s at %s to %s', (value, interval, expected) => {
    expect(roundGbt8170(value, interval)).toBe(expected);
  });

  it('rounds numbers as written, not as binary floats', () => {
    // Math.round(x * 10) / 10 gets these wrong: 1.05 is 1.0499999… and 9.85 is 9.8499999… in binary.
    expect(roundGbt8170(1.05, 0.1)).toBe('1.0');
    expect(roundGbt8170(9.85, 0.1)).toBe('9.8');
    expect(roundGbt8170(0.35, 0.1)).toBe('0.4');
    expect(roundGbt8170(9.95, 0.1)).toBe('10.0');
  });

  it('rounds an exact half to the even neighbour and anything above half up', () => {
    expect(roundGbt8170('0.25', '0.1')).toBe('0.2');
    expect(roundGbt8170('0.2500001', '0.1')).toBe('0.3');
    expect(roundGbt8170('0.15', '0.1')).toBe('0.2');
    expect(roundGbt8170('0.1499999', '0.1')).toBe('0.1');
    expect(roundGbt8170('399.5', '1')).toBe('400');
    expect(roundGbt8170('398.5', '1')).toBe('398');
  });

  it('rounds half and fifth units by their multiples', () => {
    expect(roundGbt8170('60.25', '0.5')).toBe('60.0'); // 120.5 → 120 (even)
    expect(roundGbt8170('60.75', '0.5')).toBe('61.0'); // 121.5 → 122 (even)
    expect(roundGbt8170('830', '20')).toBe('840'); // 41.5 → 42 (even)
    expect(roundGbt8170('810', '20')).toBe('800'); // 40.5 → 40 (even)
    expect(roundGbt8170('0.31', '0.2')).toBe('0.4'); // 1.55 → 2
  });

  it('rounds negative values by their absolute value and keeps the sign', () => {
    expect(roundGbt8170('-2.45', '0.1')).toBe('-2.4');
    expect(roundGbt8170('-2.46', '0.1')).toBe('-2.5');
    expect(roundGbt8170('-0.04', '0.1')).toBe('0.0');
  });

  it('prints the interval’s decimals', () => {
    expect(roundGbt8170('7', '0.01')).toBe('7.00');
    expect(roundGbt8170('1e-3', '0.001')).toBe('0.001');
  });

  it('handles values far larger and smaller than the interval without losing digits', () => {
    expect(roundGbt8170('123456789012345678901.5', '1')).toBe('123456789012345678902');
    expect(roundGbt8170('1e-300', '1')).toBe('0');
  });

  it('accepts only intervals of 1, 2 or 5 × 10ⁿ', () => {
    expect(parseRoundingInterval('0.5')).toMatchObject({ unit: 5, exponent: -1, decimals: 1 });
    expect(parseRoundingInterval('0.02')).toMatchObject({ unit: 2, exponent: -2, decimals: 2 });
    expect(parseRoundingInterval('1000')).toMatchObject({ unit: 1, exponent: 3, decimals: 0 });
    for (const bad of ['0.3', '0', '-1', '25', 'abc', '']) expect(parseRoundingInterval(bad)).toBeUndefined();
  });

  it('refuses what it cannot round with its RangeError, coded usage as the rest of the library, in both languages', () => {
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        const e = error as RangeError & { code?: string; text?: { zh: string; en: string } };
        return [e instanceof RangeError, e.code, e.text?.zh, e.message];
      }
      return undefined;
    };
    expect(refusal(() => roundGbt8170('1.2', '0.3'))).toEqual([
      true,
      'usage',
      '修约间隔必须是 1、2 或 5 × 10ⁿ，收到“0.3”',
      'rounding interval must be 1, 2 or 5 × 10ⁿ, got 0.3',
    ]);
    expect(refusal(() => roundGbt8170(1, 0))).toEqual([
      true,
      'usage',
      '修约间隔必须是 1、2 或 5 × 10ⁿ，收到“0”',
      'rounding interval must be 1, 2 or 5 × 10ⁿ, got 0',
    ]);
    expect(refusal(() => roundGbt8170(Number.NaN, 1))).toEqual([
      true,
      'usage',
      '“NaN”不是十进制数',
      'not a decimal number: NaN',
    ]);
    expect(refusal(() => roundGbt8170('1,2', '0.1'))?.slice(0, 2)).toEqual([true, 'usage']);
    // hostile-33 F10: a decimal with a seven-digit exponent is out of range, not "not a decimal number".
    expect(refusal(() => roundGbt8170(' 1e-100000000', '1'))).toEqual([
      true,
      'usage',
      '“1e-100000000”超出 qgrade 读取的范围：指数最多 6 位（不超过 ±999999）',
      'out of the range qgrade reads: 1e-100000000 (an exponent has at most 6 digits, up to ±999999)',
    ]);
    expect(refusal(() => roundGbt8170('1e500', '1'))).toEqual([
      true,
      'usage',
      '修约间隔相对于该数值过细：修约结果会超过 400 位数字',
      'the rounding interval is too fine for the value: the result would have more than 400 digits',
    ]);
  });
});

describe('GB/T 8170 rounding of numbers: the fast path agrees with the decimal algorithm', () => {
  it('on random values and every interval kind, ties included', async () => {
    const fc = (await import('fast-check')).default;
    const { roundNumberGbt8170, roundNumberTextGbt8170 } = await import('../../src/rounding/gbt8170');
    const intervals = [
      '0.001',
      '0.002',
      '0.005',
      '0.01',
      '0.02',
      '0.05',
      '0.1',
      '0.2',
      '0.5',
      '1',
      '2',
      '5',
      '10',
      '20',
      '50',
      '1000',
    ].map((i) => parseRoundingInterval(i)!);
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      // Exact ties and near-ties as written: k.5 steps of each interval, ±1e-12.
      fc
        .tuple(
          fc.integer({ min: -2_000_000, max: 2_000_000 }),
          fc.constantFrom(...intervals),
          fc.constantFrom(0, 1e-12, -1e-12, 1e-9),
        )
        .map(([k, iv, d]) => Number(((k + 0.5) * iv.unit * 10 ** iv.exponent).toPrecision(12)) + d),
      fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(...intervals), (v, iv) => {
        expect(roundNumberGbt8170(v, iv)).toBe(Number(roundGbt8170(v, iv)));
        // The text explanations show: the same digits, trailing zeros and sign (−0.04 to 0.1) as the decimal way.
        expect(roundNumberTextGbt8170(v, iv)).toBe(roundGbt8170(v, iv));
      }),
      { numRuns: 20_000, seed: 8170 },
    );
  });
});
