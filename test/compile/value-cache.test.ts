import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VALUE_CACHE_SIZE, ValueCache } from '../../src/compile/value-cache';
import { createGrader, loadRuleSet } from '../../src/index';

// The explainer keeps, per limit and verdict, the result it built for a measured value, and gives it to the
// next record with that value. The cache must answer as a Map would, keep no more than it says, and never
// give the result of one value for another.

/** A Map with the cache's rules: -0 and NaN never kept, nothing kept past the size. */
function reference() {
  const map = new Map<unknown, string>();
  return {
    get: (v: unknown) => (Object.is(v, -0) ? undefined : map.get(v)),
    set(v: unknown, made: string) {
      if (map.size >= VALUE_CACHE_SIZE || map.has(v)) return;
      if (typeof v === 'number' && (Number.isNaN(v) || Object.is(v, -0))) return;
      map.set(v, made);
    },
    get size() {
      return map.size;
    },
  };
}

const value = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0, -0, Number.NaN, 4.62, 4.63, 5100, 14000, Number.MIN_VALUE, -Number.MIN_VALUE),
  fc.string({ maxLength: 3 }),
  fc.boolean(),
);

describe('ValueCache', () => {
  it('answers as a Map would, for numbers and other values, up to its size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('get', 'set'), value), { maxLength: 700 }), (ops) => {
        const cache = new ValueCache<string>();
        const ref = reference();
        ops.forEach(([op, v], i) => {
          if (op === 'set') {
            cache.set(v, `#${i}`);
            ref.set(v, `#${i}`);
          }
          expect(cache.get(v)).toBe(ref.get(v));
          expect(cache.size).toBe(ref.size);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps 256 values and not one more, however close they are', () => {
    const cache = new ValueCache<number>();
    // Values a hundredth apart, as measured values are given: many share most of their bits.
    for (let i = 0; i < 300; i++) cache.set(Math.round((3 + i / 100) * 100) / 100, i);
    expect(cache.size).toBe(VALUE_CACHE_SIZE);
    for (let i = 0; i < 300; i++)
      expect(cache.get(Math.round((3 + i / 100) * 100) / 100)).toBe(i < 256 ? i : undefined);
  });

  it('tells 0 from -0, and keeps no NaN', () => {
    const cache = new ValueCache<string>();
    cache.set(0, 'zero');
    cache.set(-0, 'minus zero');
    cache.set(Number.NaN, 'nan');
    expect(cache.get(0)).toBe('zero');
    expect(cache.get(-0)).toBeUndefined();
    expect(cache.get(Number.NaN)).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});

describe('criterion results of the same measured value', async () => {
  const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
  const apf = (record: Record<string, unknown>) =>
    grader.gradeSync(record).criteria.find((c) => c.id === 'apf@1')!;

  it('are one shared object for records with that value, and apart for another value', () => {
    const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
    const first = apf(record);
    expect(apf({ ...record })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const other = apf({ ...record, apf: 4.63 });
    expect(other).not.toBe(first);
    expect(other.value).toBe(4.63);
    expect(first.value).toBe(4.62);
  });
});

describe('criterion results that name the specimen that decides', async () => {
  const grader = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
  const BAR = {
    designation: 'HRB400',
    diameter: 20,
    yieldStrength: [455, 430],
    tensileStrength: [600, 590],
    elongation: [22, 21],
    maxForceElongation: [11, 10.5],
    carbon: 0.21,
    silicon: 0.45,
    manganese: 1.35,
    phosphorus: 0.025,
    sulfur: 0.02,
    massDeviation: -1.5,
    bendTest: true,
  };
  const yieldOf = (record: Record<string, unknown>) =>
    grader.gradeSync(record).criteria.find((c) => c.id === 'yield-strength')!;

  it('are shared, frozen, by records whose same specimen decides with the same value; apart for another specimen', () => {
    const first = yieldOf(BAR);
    expect(first).toMatchObject({ value: 430, specimen: 2, passed: true });
    expect(first.message.en).toBe(
      'Lower yield strength ReL: specimen 2: 430 MPa meets ≥ 400 MPa (Conforming requirement)',
    );
    expect(yieldOf({ ...BAR, yieldStrength: [500, 430] })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.message)).toBe(true);
    // The same value deciding as specimen 1: its own result, naming specimen 1.
    const one = yieldOf({ ...BAR, yieldStrength: [430, 455] });
    expect(one).not.toBe(first);
    expect(one).toMatchObject({ value: 430, specimen: 1 });
    expect(one.message.en).toContain('specimen 1: 430 MPa');
    // Failed: its own result too, saying so.
    const failed = yieldOf({ ...BAR, yieldStrength: [455, 398] });
    expect(failed).toMatchObject({ value: 398, specimen: 2, passed: false, status: 'failed' });
    expect(failed.message.en).toContain('specimen 2: 398 MPa does not meet ≥ 400 MPa');
  });

  it('cannot be changed through one record: a shared result is frozen, another record reads it as built', () => {
    const kept = [yieldOf(BAR), yieldOf({ ...BAR, tensileStrength: [610, 595] })];
    expect(kept[1]).toBe(kept[0]);
    expect(() => {
      (kept[0] as { value: unknown }).value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (kept[0]!.message as { en: string }).en = 'changed';
    }).toThrow(TypeError);
    expect(kept[1]).toMatchObject({ value: 430, specimen: 2 });
    expect(kept[1]!.message.en).toContain('specimen 2: 430 MPa');
  });
});
