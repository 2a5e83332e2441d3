/**
 * standards-40 M1, M3: the gap under a blocker is one figure that agrees with the "meets it" value beside it.
 * - A value written with a GB/T 8170 rounding mark is an interval (docs/cli.md "Values with a rounding mark"):
 *   `5.00(−)` lies in [4.995, 5.00), so it is at most 0.005 short of GB 21455-2019's APF ≥ 5.00 (grade 1, heat
 *   pump ≤ 4500 W); `4.99(+)`, in (4.99, 4.995], is 0.005 to 0.01 short — never the 0.0001 of the number graded
 *   (4.99999999). GB 175-2023 P·O 42.5, 28-day compressive ≥ 42.5 MPa: `42.5(−)` at most 0.05, `42.4(+)` 0.05 to 0.1.
 * - Under the rounded-value method the gap runs to the edge that rounds onto the limit: GB/T 1499.2-2018 HRB400
 *   ReL ≥ 400 MPa at 1 MPa: 399.49 is 0.01 short of 399.5 (not 400 − 399 = 1); A ≥ 16 % at 0.5 %: 15.5 is 0.25
 *   short of 15.75; HRB400E Rm°/ReL° ≥ 1.25 at 0.01: 747/600 = 1.245 rounds to 1.24, any more meets it.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { blockerLifts } from '../../src/report/blocker-lifts';
import { REBAR } from '../grade/rebar-key-fixture';
import { enterpriseScores } from '../helpers';

describe('a value written with a rounding mark (standards-40 M1)', () => {
  it('APF 5.00(−) is at most 0.005 short of ≥ 5.00; 4.99(+) is 0.005 to 0.01 short', async () => {
    const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    const g = createGrader(ac).gradeSync;
    const lift = (apf: string | number) => {
      const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf };
      return blockerLifts(ac)(g(record), record).get('apf@1');
    };
    expect(lift('5.00(-)')).toEqual({
      zh: '按修约符号差不超过 0.005',
      en: 'at most 0.005 short, as the rounding mark reads',
    });
    expect(lift('4.99(+)')).toEqual({
      zh: '按修约符号差 0.005 至 0.01',
      en: '0.005 to 0.01 short, as the rounding mark reads',
    });
    // Without a mark, the value as measured, to its own digits: 4.9999 is 0.0001 short, 4.99 0.01.
    expect(lift(4.9999)?.en).toBe('0.0001 short');
    expect(lift(4.99)?.en).toBe('0.01 short');
    expect(g({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.0 }).grade).toBe('1');
  });

  it('a measured value with many digits is not rounded up to the limit’s: 4.49999999 is 0.00000001 short', async () => {
    const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.49999999 };
    const r = createGrader(ac).gradeSync(record);
    expect(r.grade).toBe('3');
    expect(blockerLifts(ac)(r, record).get('apf@2')?.zh).toBe('差 0.00000001');
  });

  it('cement P·O 42.5, 28-day ≥ 42.5 MPa: 42.5(−) at most 0.05 MPa short, 42.4(+) 0.05 to 0.1', async () => {
    const cement = await loadRuleSet('building-materials/common-portland-cement');
    const g = createGrader(cement).gradeSync;
    const base = {
      cementType: 'P.O',
      strengthClass: '42.5',
      compressive3d: 22,
      flexural3d: 5,
      flexural28d: 8,
      initialSetting: 150,
      finalSetting: 300,
      magnesia: 3,
      sulfurTrioxide: 2.5,
      chloride: 0.03,
      soundness: true,
    };
    const lifts = (compressive28d: string) => {
      const record = { ...base, compressive28d };
      const r = g(record);
      expect(r.grade).toBeNull();
      return [...blockerLifts(cement)(r, record).values()];
    };
    expect(lifts('42.5(-)')).toEqual([
      { zh: '按修约符号差不超过 0.05 MPa', en: 'at most 0.05 MPa short, as the rounding mark reads' },
    ]);
    expect(lifts('42.4(+)')).toEqual([
      { zh: '按修约符号差 0.05 至 0.1 MPa', en: '0.05 to 0.1 MPa short, as the rounding mark reads' },
    ]);
  });
});

describe('the gap runs to the edge that meets the limit once rounded (standards-40 M3)', () => {
  it('HRB400 ReL 399.49 is 0.01 MPa short of ≥ 399.5, which rounds onto 400; 399.5 conforms', async () => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const g = createGrader(rebar).gradeSync;
    const record = { ...REBAR, yieldStrength: 399.49 };
    expect(blockerLifts(rebar)(g(record), record).get('yield-strength')).toEqual({
      zh: '差 0.01 MPa；按 GB/T 8170 修约到 1 后比较，≥ 399.5 MPa 即满足',
      en: '0.01 MPa short; compared after rounding to 1 (GB/T 8170), ≥ 399.5 MPa meets it',
    });
    expect(g({ ...REBAR, yieldStrength: 399.49 + 0.01 }).grade).toBe('conforming');
    expect(g({ ...REBAR, yieldStrength: 399.499 }).grade).toBeNull();
  });

  it('A 15.5 % is 0.25 percentage points short of ≥ 15.75 (16 % at 0.5 %); 15.75 conforms, 15.74 does not', async () => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const g = createGrader(rebar).gradeSync;
    const record = { ...REBAR, elongation: 15.5 };
    expect(blockerLifts(rebar)(g(record), record).get('elongation')?.en).toBe(
      '0.25 percentage points short; compared after rounding to 0.5 (GB/T 8170), ≥ 15.75 % meets it',
    );
    expect(g({ ...REBAR, elongation: 15.75 }).grade).toBe('conforming');
    expect(g({ ...REBAR, elongation: 15.74 }).grade).toBeNull();
  });

  it('HRB400E Rm°/ReL° 747/600 = 1.245 sits on the strict edge > 1.245: any increase meets it', async () => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const g = createGrader(rebar).gradeSync;
    const record = { ...REBAR, designation: 'HRB400E', yieldStrength: 600, tensileStrength: 747 };
    const lift = blockerLifts(rebar)(g(record), record).get('strength-ratio');
    expect(lift?.zh).toMatch(/^恰在界限上，略增即满足；按 GB\/T 8170 修约到 0\.01 后比较，> 1\.245 即满足；/);
    expect(lift?.en).toMatch(
      /^at the edge: any increase meets it; compared after rounding to 0\.01 \(GB\/T 8170\), > 1\.245 meets it; /,
    );
    // 744/600 = 1.24: more than 0.005 short (1.245 itself rounds to 1.24).
    const less = { ...record, tensileStrength: 744 };
    expect(blockerLifts(rebar)(g(less), less).get('strength-ratio')?.en).toMatch(/^more than 0\.005 short; /);
    const ratio = (tensileStrength: number) =>
      g({ ...record, tensileStrength }).criteria.find((c) => c.id === 'strength-ratio')?.status;
    expect([ratio(747), ratio(747.5)]).toEqual(['failed', 'passed']);
  });
});

describe('an input named for a derived value is stated to what the indicator is reported to (standards-40 M2)', () => {
  // GB/T 1499.2-2018: Ceq = C + Mn/6 + (Cr + V + Mo)/5 + (Cu + Ni)/15 ≤ 0.54 % for 400 grades, compared at 0.01.
  const ceqOf = async (record: Record<string, unknown>) => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const g = createGrader(rebar).gradeSync;
    return { g, lift: blockerLifts(rebar)(g(record), record).get('carbon-equivalent') };
  };

  it('Mn written 1.6 (limit ≤ 1.60): Mn ≤ 1.17 %, not 1.1; 1.17 conforms and 1.18 does not', async () => {
    const record = {
      ...REBAR,
      carbon: 0.05,
      manganese: 1.6,
      chromium: 1.0,
      vanadium: 0.3,
      copper: 0.3,
      nickel: 0.3,
    };
    const { g, lift } = await ceqOf(record);
    expect(lift?.zh).toBe(
      '超出 0.072 个百分点；按 GB/T 8170 修约到 0.01 后比较，≤ 0.545 % 即满足；如 锰 Mn ≤ 1.17 %（其余不变）',
    );
    expect(lift?.en).toContain('e.g. Manganese Mn ≤ 1.17 % (others as measured)');
    expect(g({ ...record, manganese: 1.17 }).grade).toBe('conforming');
    expect(g({ ...record, manganese: 1.18 }).grade).toBeNull();
  });

  it('HRBF400E C 0.24: C ≤ 0.23 % at C’s 0.01, and exactly ≤ 0.235 % (Ceq 0.545 rounds to 0.54)', async () => {
    const record = { ...REBAR, designation: 'HRBF400E', carbon: 0.24, manganese: 1.56, vanadium: 0.25 };
    const { g, lift } = await ceqOf(record);
    expect(lift?.en).toBe(
      '0.005 percentage points over; compared after rounding to 0.01 (GB/T 8170), ≤ 0.545 % meets it; ' +
        'e.g. Carbon C ≤ 0.23 % (≤ 0.235 % exactly; others as measured)',
    );
    expect(lift?.zh).toContain('如 碳 C ≤ 0.23 %（精确为 ≤ 0.235 %；其余不变）');
    expect(g({ ...record, carbon: 0.235 }).grade).toBe('conforming');
    expect(g({ ...record, carbon: 0.236 }).grade).toBeNull();
    expect(g({ ...record, carbon: 0.24 }).grade).toBeNull();
  });
});

describe('a ratio of single values gets an input too (standards-40 M3)', () => {
  const statusOf = (r: { criteria: { id: string; status: string }[] }, id: string) =>
    r.criteria.find((c) => c.id === id)?.status;

  it('HRB500E Rm 747 ÷ ReL 600 = 1.245 against ≥ 1.25: Rm ≥ 748 MPa', async () => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const g = createGrader(rebar).gradeSync;
    const record = { ...REBAR, designation: 'HRB500E', yieldStrength: 600, tensileStrength: 747 };
    expect(blockerLifts(rebar)(g(record), record).get('strength-ratio')?.en).toBe(
      'at the edge: any increase meets it; compared after rounding to 0.01 (GB/T 8170), > 1.245 meets it; ' +
        'e.g. Tensile strength Rm ≥ 748 MPa (others as measured)',
    );
    expect(statusOf(g({ ...record, tensileStrength: 748 }), 'strength-ratio')).toBe('passed');
  });

  it('HRB500E ReL 660 ÷ 500 = 1.32 against ≤ 1.30: ReL ≤ 652 MPa, 652.5 exactly (1.305 rounds to 1.30)', async () => {
    const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const g = createGrader(rebar).gradeSync;
    const record = { ...REBAR, designation: 'HRB500E', yieldStrength: 660, tensileStrength: 850 };
    const lift = blockerLifts(rebar)(g(record), record).get('overstrength-ratio');
    expect(lift?.en).toBe(
      '0.015 over; compared after rounding to 0.01 (GB/T 8170), ≤ 1.305 meets it; ' +
        'e.g. Lower yield strength ReL ≤ 652 MPa (≤ 652.5 MPa exactly; others as measured)',
    );
    expect(lift?.zh).toContain('如 下屈服强度 ReL ≤ 652 MPa（精确为 ≤ 652.5 MPa；其余不变）');
    expect(statusOf(g({ ...record, yieldStrength: 652.5 }), 'overstrength-ratio')).toBe('passed');
    expect(statusOf(g({ ...record, yieldStrength: 652.6 }), 'overstrength-ratio')).toBe('failed');
  });

  it('GB/T 1591 Q355 CEV (a requirement with a `when`): C 0.15, Mn 1.86 gives 0.46: C ≤ 0.14 %', async () => {
    const steel = await loadRuleSet('steel/low-alloy-structural-steel');
    const g = createGrader(steel).gradeSync;
    const record = {
      designation: 'Q355',
      thickness: 20,
      yieldStrength: 400,
      tensileStrength: 540,
      impactTemperature: -20,
      impactEnergy: [40, 41, 42],
      carbon: 0.15,
      manganese: 1.86,
      phosphorus: 0.01,
      sulfur: 0.005,
    };
    const r = g(record);
    const lift = blockerLifts(steel)(r, record).get(r.nextGrade?.blockers[0]?.id ?? '');
    expect(lift?.en).toContain('< 0.455 % meets it; e.g. Carbon C ≤ 0.14 % (others as measured)');
    expect(g({ ...record, carbon: 0.14 }).grade).not.toBe(r.grade);
    expect(g({ ...record, carbon: 0.145 }).grade).toBe(r.grade);
  });
});

describe('a count of specimens says which to move, and to what (standards-40 M3)', () => {
  // GB/T 1591-2018 Q355: KV2 ≥ 34 J at −20 °C (grade B), at most one single value below, compared at 1 J.
  const Q355 = {
    designation: 'Q355',
    thickness: 20,
    yieldStrength: 400,
    tensileStrength: 540,
    impactTemperature: -20,
    carbon: 0.15,
    manganese: 1.2,
    phosphorus: 0.01,
    sulfur: 0.005,
  };

  it('33, 33, 33 J: raise 2 of them to ≥ 33.5 J (rounds to 34); 33.5, 33.5, 33 meets it, 33.5, 33.4, 33 does not', async () => {
    const steel = await loadRuleSet('steel/low-alloy-structural-steel');
    const g = createGrader(steel).gradeSync;
    const record = { ...Q355, impactEnergy: [33, 33, 33] };
    const r = g(record);
    const single = r.nextGrade?.blockers.find((b) => b.failingSpecimens !== undefined);
    const lift = blockerLifts(steel)(r, record).get(single?.id ?? '');
    expect(lift).toEqual({
      zh: '将 2 个试样（第 1 个 33 J、第 2 个 33 J）提高；按 GB/T 8170 修约到 1 后比较，≥ 33.5 J 即满足',
      en: 'raise 2 specimens (#1 33 J, #2 33 J); compared after rounding to 1 (GB/T 8170), ≥ 33.5 J meets it',
    });
    const status = (impactEnergy: number[]) =>
      g({ ...Q355, impactEnergy }).criteria.find((c) => c.id === single?.id)?.status;
    expect([status([33.5, 33.5, 33]), status([33.5, 33.4, 33])]).toEqual(['passed', 'failed']);
  });

  it('Q355N F test 26, 45, 25 J against ≥ 27 J, one allowed: raise the nearest, #1, above 26.5 J', async () => {
    const steel = await loadRuleSet('steel/low-alloy-structural-steel');
    const g = createGrader(steel).gradeSync;
    const record = { ...Q355, designation: 'Q355N', impactTemperature: -60, impactEnergy: [26, 45, 25] };
    const r = g(record);
    const lifts = blockerLifts(steel)(r, record);
    // Not graded at all: the veto item is grade F's own test, so meeting it lands F, above the lowest grade B.
    expect([...lifts.values()].map((l) => l.en)).toContain(
      'raise 1 specimen (#1 26 J); compared after rounding to 1 (GB/T 8170), > 26.5 J meets it; ' +
        'this alone reaches Grade F',
    );
    // 26.5 rounds to 26 (even) and fails; 26.51 rounds to 27.
    expect(g({ ...record, impactEnergy: [26.51, 45, 25] }).grade).toBe('F');
    expect(g({ ...record, impactEnergy: [26.5, 45, 25] }).grade).toBeNull();
  });
});

describe('advice that reaches a grade above the one it promises says so (standards-40 M4)', () => {
  it('Q355N at −60 °C, P 0.024 %: P ≤ 0.0205 for grade E also meets F’s P ≤ 0.020, so it alone reaches F', async () => {
    const steel = await loadRuleSet('steel/low-alloy-structural-steel');
    const g = createGrader(steel).gradeSync;
    const record = {
      designation: 'Q355N',
      thickness: 20,
      yieldStrength: 400,
      tensileStrength: 540,
      impactTemperature: -60,
      impactEnergy: [40, 41, 42],
      carbon: 0.15,
      manganese: 1.2,
      phosphorus: 0.024,
      sulfur: 0.005,
    };
    const r = g(record);
    expect([r.grade, r.nextGrade?.grade]).toEqual(['D', 'E']);
    expect(blockerLifts(steel)(r, record).get(r.nextGrade!.blockers[0]!.id)).toEqual({
      zh: '超出 0.0035 个百分点；按 GB/T 8170 修约到 0.001 后比较，≤ 0.0205 % 即满足；仅此一项即可达到 F级',
      en:
        '0.0035 percentage points over; compared after rounding to 0.001 (GB/T 8170), ≤ 0.0205 % meets it; ' +
        'this alone reaches Grade F',
    });
    expect(g({ ...record, phosphorus: 0.0205 }).grade).toBe('F');
    // Advice that lands where it promises says nothing more: −20 °C has no F test, P 0.024 → E at most.
    const cold = { ...record, impactTemperature: -40 };
    const rc = g(cold);
    const said = [...blockerLifts(steel)(rc, cold).values()].map((l) => l.en).join('\n');
    expect(said).not.toContain('reaches');
  });

  it('an enterprise capped at inspection by a major incident: required false alone reaches Excellence', async () => {
    const qmc = await loadRuleSet('enterprise/quality-management-capability');
    const g = createGrader(qmc).gradeSync;
    const record = enterpriseScores(95, { majorQualityIncident: true });
    const r = g(record);
    expect([r.grade, r.nextGrade?.grade]).toEqual(['inspection', 'assurance']);
    expect(blockerLifts(qmc)(r, record).get('no-major-incident')).toEqual({
      zh: '仅此一项即可达到卓越级',
      en: 'this alone reaches Excellence',
    });
    expect(g({ ...record, majorQualityIncident: false }).grade).toBe('excellence');
  });
});
