import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers';

// steel/low-alloy-structural-steel: GB/T 1591-2018 quality grades (figures unverified; see the rule file).
const steel = await bundled('steel/low-alloy-structural-steel');
const samples = JSON.parse(
  readFileSync(new URL('../../examples/low-alloy-structural-steel.json', import.meta.url), 'utf8'),
) as Record<string, unknown>[];
const base = samples[0]!;

describe('steel/low-alloy-structural-steel', () => {
  it('grades the example samples: D, F, E, not graded, invalid', async () => {
    const results = [];
    for (const s of samples) results.push(await steel.grade(s));
    expect(results.map((r) => r.grade)).toEqual(['D', 'F', 'E', null, null]);
    expect(results[3]!.notGradedReason?.criteria).toEqual(['impact-mean@B', 'impact-single@B']);
    expect(results[4]!.errors?.[0]).toMatchObject({ field: 'impactEnergy', code: 'too-few-specimens' });
  });

  it('a Q390 sample can never reach F, whatever it is tested at, and nextGrade never suggests F', async () => {
    for (const designation of ['Q390', 'Q390N']) {
      for (const impactTemperature of [-60, -80]) {
        const r = await steel.grade({
          ...base,
          designation,
          impactTemperature,
          yieldStrength: 420,
          tensileStrength: 560,
        });
        expect(r.grade).toBe(designation === 'Q390' ? 'D' : 'E');
        expect(r.nextGrade).toBeNull();
        expect(r.criteria.find((c) => c.id === 'impact-temperature@F')).toMatchObject({ unavailable: true });
      }
    }
  });

  it("Q355N tested at −60 °C: one single value below 27 J is allowed, named in the explanation as grade F's test", async () => {
    const r = await steel.grade(samples[1]);
    const single = r.criteria.find((c) => c.id === 'impact-f-single')!;
    expect(single.failingSpecimens).toEqual([2]);
    expect(single.message.en).toBe(
      "Grade F's test (−60 °C), impact energy KV2, single values: single values 31, 25, 40 J: 1 fails ≥ 27 J (specimen 2), at most 1 allowed (veto item)",
    );
    expect(single.message.zh).toBe(
      'F级试验（−60 °C）冲击吸收能量 KV2 单个值：单个值 31、25、40 J，1 个不满足 ≥ 27 J（第 2 个），允许至多 1 个（否决项）',
    );
    // F's test decides this sample: the 34 J of B–E does not apply to it.
    expect(r.criteria.find((c) => c.id === 'impact-mean@E')).toMatchObject({ status: 'not-applicable' });
  });

  it('27 J proves only F: a designation without F tested at −60 °C must show the 34 J of B–E', async () => {
    const at60 = (designation: string, impactEnergy: number[]) =>
      steel.grade({
        ...base,
        designation,
        impactTemperature: -60,
        impactEnergy,
        yieldStrength: 420,
        tensileStrength: 560,
      });
    expect((await at60('Q355N', [28, 28, 28])).grade).toBe('F');
    for (const designation of ['Q390N', 'Q390', 'Q355']) {
      const r = await at60(designation, [28, 28, 28]);
      expect(r.grade).toBeNull();
      expect(r.notGradedReason?.criteria).toEqual(['impact-mean@B', 'impact-single@B']);
      expect(r.criteria.find((c) => c.id === 'impact-mean@B')!.message.en).toBe(
        'Impact energy KV2, mean: mean 28.0 J does not meet ≥ 34 J (Grade B)',
      );
    }
    expect((await at60('Q390N', [34, 34, 34])).grade).toBe('E');
  });

  it('a Q355N tested at −60 °C that misses F on S or P must show the 34 J and 23.8 J of B–E, each line naming its grade', async () => {
    const at60 = (impactEnergy: number[], chemistry: { phosphorus?: number; sulfur?: number }) =>
      steel.grade({ ...base, designation: 'Q355N', impactTemperature: -60, impactEnergy, ...chemistry });
    // 30 J meets F's 27 J, but F fails on S (0.015 > 0.010) or P (0.022 > 0.020): E and D ask 34 J.
    for (const chemistry of [{ sulfur: 0.015 }, { phosphorus: 0.022, sulfur: 0.008 }]) {
      const r = await at60([30, 30, 30], chemistry);
      expect(r.grade).toBeNull();
      expect(r.notGradedReason?.criteria).toEqual(['impact-mean@B', 'impact-single@B']);
    }
    const e = await at60([30, 30, 30], { sulfur: 0.015 });
    expect(e.criteria.find((c) => c.id === 'impact-mean@E')!.message.en).toBe(
      'Impact energy KV2, mean: mean 30.0 J does not meet ≥ 34 J (Grade E)',
    );
    expect(e.criteria.find((c) => c.id === 'impact-mean@E')!.message.zh).toBe(
      '冲击吸收能量 KV2 平均值：平均值 30.0 J，不满足 ≥ 34 J（E级）',
    );
    // No line reads F's 27 J as a lower grade's.
    expect(e.criteria.filter((c) => c.message.en.includes('27 J'))).toEqual([]);
    expect((await at60([40, 41, 42], { sulfur: 0.015 })).grade).toBe('E');
    // One single value of 20 J: above F's 18.9 J floor, below E's 23.8 J.
    const floor = await at60([45, 45, 20], { sulfur: 0.015 });
    expect(floor.grade).toBeNull();
    expect(floor.notGradedReason?.criteria).toEqual(['impact-floor@B']);
    // With F's chemistry, F's test decides, and 20 J passes its 18.9 J floor.
    expect((await at60([45, 45, 20], { sulfur: 0.005 })).grade).toBe('F');
  });

  it("a Q355N at −60 °C with F's chemistry that fails F's 27 J is not graded: no lower grade was tested", async () => {
    const r = await steel.grade({
      ...base,
      designation: 'Q355N',
      impactTemperature: -60,
      impactEnergy: [26, 26, 26],
      sulfur: 0.005,
    });
    expect(r.grade).toBeNull();
    expect(r.notGradedReason).toMatchObject({
      code: 'gate-failed',
      criteria: ['impact-f-mean', 'impact-f-single'],
    });
    expect(r.criteria.find((c) => c.id === 'impact-f-mean')!.message.en).toBe(
      "Grade F's test (−60 °C), impact energy KV2, mean: mean 26.0 J does not meet ≥ 27 J (veto item)",
    );
  });

  it('the 70 % floor rounds to the 0.1 J of its own limit, as the rounded-value method asks', async () => {
    const floor = async (impactEnergy: number[]) =>
      (await steel.grade({ ...base, impactEnergy })).criteria.find((c) => c.id === 'impact-floor@B')!;
    // 23.75 → 23.8 (half to even) meets ≥ 23.8; 23.74 → 23.7 does not.
    expect(await floor([45, 23.75, 45])).toMatchObject({ passed: true, rounded: 23.8 });
    expect(await floor([45, 23.74, 45])).toMatchObject({ passed: false, rounded: 23.7 });
  });

  it('the mean is compared after rounding to 1 J: 33.5 rounds to 34 (half to even) and meets ≥ 34', async () => {
    const mean = async (impactEnergy: number[]) =>
      (await steel.grade({ ...base, impactEnergy })).criteria.find((c) => c.id === 'impact-mean@B')!;
    expect(await mean([33, 34, 33.5])).toMatchObject({ value: 33.5, rounded: 34, passed: true });
    expect(await mean([33, 33, 34])).toMatchObject({ rounded: 33, passed: false });
  });

  it('single values are rounded to 1 J before they are counted, and the explanation shows it', async () => {
    const r = await steel.grade({ ...base, impactEnergy: [33.5, 32.5, 40] });
    const single = r.criteria.find((c) => c.id === 'impact-single@B')!;
    // 33.5 → 34 (half to even) meets 34 J; 32.5 → 32 does not: one below, allowed.
    expect(single).toMatchObject({ passed: true, failingSpecimens: [2] });
    expect(single.message.en).toContain(
      'single values 33.5, 32.5, 40 J (rounded to 34, 32, 40): 1 fails ≥ 34 J (specimen 2)',
    );
    expect(single.message.zh).toContain(
      '单个值 33.5、32.5、40 J（修约值 34、32、40），1 个不满足 ≥ 34 J（第 2 个）',
    );
  });
});
