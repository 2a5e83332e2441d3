/**
 * How explanations show a number: a derived value at its `decimals`, a
 * computed one (a formula without `decimals`, a mean) to six significant
 * digits; never rounded onto a limit it fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computedText, intervalOf, shownValue } from '../../src/compile/shown-value';
import type { Limit } from '../../src/model/grade-result';
import { bundled } from '../helpers';

const atLeast = (value: number): Limit => ({ operator: '>=', value, text: `≥ ${value}` });
const computed = (v: number, limit: Limit | null = null, passed: boolean | null = null) =>
  computedText(v, String(v), limit, passed);

describe('computedText', () => {
  it('keeps six significant digits of a long figure, whole digits always', () => {
    expect(computed(0.433333333333333)).toBe('0.433333');
    expect(computed(33.8333333333333)).toBe('33.8333');
    expect(computed(1.35714285714286)).toBe('1.35714');
    expect(computed(0.000123456789)).toBe('0.000123457');
    expect(computed(1234567.891)).toBe('1234568');
  });

  it('leaves a figure of six significant digits or fewer as written', () => {
    for (const v of [0.43, 4.625, 123456, 0.000012, -33.5, 1e25]) expect(computed(v)).toBe(String(v));
  });

  it('takes more digits where six would read the other way', () => {
    // 64.9999966 at six digits is 65.0000, which would "not meet ≥ 65": the fewest digits that show it short.
    expect(computed(64.9999966, atLeast(65), false)).toBe('64.999997');
    expect(computed(64.9999966, atLeast(60), true)).toBe('65.0000');
  });
});

describe('shownValue', () => {
  it('rounds to the interval, with more digits only against a contradiction', () => {
    expect(shownValue(3.0459, intervalOf(1), null, null)).toBe('3.0');
    expect(shownValue(3.0459, intervalOf(1), { operator: '<=', value: 3, text: '≤ 3.0' }, false)).toBe(
      '3.05',
    );
    expect(shownValue(2.96, intervalOf(1), { operator: '<=', value: 3, text: '≤ 3.0' }, true)).toBe('2.96');
  });

  it('takes up to four more digits, then every digit', () => {
    // 64.99991234 against ≥ 65, not met: 65, 65.0, 65.00, 65.000 all read as met; 64.9999 (four more) does not.
    expect(shownValue(64.99991234, intervalOf(0), atLeast(65), false)).toBe('64.9999');
    // 64.999991234: four more digits still read 65.0000; every digit instead.
    expect(shownValue(64.999991234, intervalOf(0), atLeast(65), false)).toBe('64.999991234');
  });
});

describe('explanations of computed values', () => {
  it('a KV2 mean and a rebar strength ratio read one decimal finer than the step they are compared at, the value keeps every digit', async () => {
    const steel = await bundled('steel/low-alloy-structural-steel');
    const r = await steel.grade({
      designation: 'Q355',
      thickness: 20,
      yieldStrength: 400,
      tensileStrength: 540,
      impactTemperature: -20,
      impactEnergy: [40, 40, 23.6],
      carbon: 0.15,
      manganese: 1.2,
      phosphorus: 0.015,
      sulfur: 0.005,
    });
    const mean = r.criteria.find((c) => c.id === 'impact-mean@B')!;
    expect(mean.value).toBeCloseTo((40 + 40 + 23.6) / 3, 12);
    expect(mean.message.en).toBe(
      // interval: 1 (J): one decimal more, and one further: 34.5 would round half to even to 34, not the 35 compared.
      'Impact energy KV2, mean: mean 34.53 J (rounded to 35) meets ≥ 34 J (Grade B)',
    );

    const rebar = await bundled('steel/hot-rolled-ribbed-bar');
    const bars = JSON.parse(
      readFileSync(new URL('../../examples/steel-rebar.json', import.meta.url), 'utf8'),
    ) as unknown[];
    const ratio = (await rebar.grade(bars[0])).criteria.find((c) => c.id === 'strength-ratio')!;
    expect(String(ratio.value).length).toBeGreaterThan(10);
    expect(ratio.message.en).toMatch(
      // Against ≥ 1.25, rounded to its two decimals: three.
      /^Strength ratio Rm°\/ReL°: specimen \d: \d\.\d{3} \(rounded to \d\.\d\d\) meets/,
    );
  });
});
