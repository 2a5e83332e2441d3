/**
 * Standards-39 F5: a value written as a bound is graded where a `when` it is a fact of, or a points band it is
 * scored by, decides alike over every value it leaves, as a rounding mark's interval is; where they differ it is
 * refused, the requirements whose `when` it is a fact of named in one clause. Figures: GB/T 1591 Q355 P ≤ 0.025 %
 * for quality grade D (impact at −20 °C), ≤ 0.020 % for F (standards.md); the F test's `when` reads P ≤ 0.0205
 * (F's 0.020 at 0.001). The appliance set's bands (≤ 40 dB(A): 100 points) are illustrative, as it says.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { Q355_D } from './q355-record';

const Q355 = Q355_D;
const Q355N_F = { ...Q355, designation: 'Q355N', impactTemperature: -60, sulfur: 0.008 };
const APPLIANCE = {
  safetyTest: true,
  cccCertified: true,
  energyGrade: 1,
  noise: 40,
  failureRate: 0.3,
  reliabilityScore: 100,
  intelligenceScore: 100,
  userExperienceScore: 100,
  afterSalesScore: 100,
};

describe('a bound read by a `when` or a points band (standards-39 F5)', async () => {
  const steel = createGrader(await loadRuleSet('steel/low-alloy-structural-steel'));
  const appliance = createGrader(await loadRuleSet('home-appliances/appliance-quality-grading'));

  it('Q355 at −20 °C, P ≤0.025: grade D, as P 0.025 gives; the F test’s `when` is false whatever P is', () => {
    expect(steel.gradeSync(Q355).grade).toBe('D');
    const bound = steel.gradeSync({ ...Q355, phosphorus: '≤0.025' });
    expect(bound.errors).toBeUndefined();
    expect(bound.grade).toBe('D');
    // Above D's limit the bound cannot decide it: refused on the requirement, as before.
    expect(steel.gradeSync({ ...Q355, phosphorus: '≤0.026' }).errors?.[0]).toMatchObject({
      field: 'phosphorus',
      code: 'not-computable',
    });
  });

  it('Q355N at −60 °C: P ≤0.020 lies within the F test’s ≤ 0.0205 (grade F); ≤0.025 straddles it, said once', () => {
    expect(steel.gradeSync({ ...Q355N_F, phosphorus: 0.02 }).grade).toBe('F');
    expect(steel.gradeSync({ ...Q355N_F, phosphorus: '≤0.020' }).grade).toBe('F');
    const across = steel.gradeSync({ ...Q355N_F, phosphorus: '≤0.025' });
    expect(across.grade).toBeNull();
    expect(across.errors).toHaveLength(1);
    const { message } = across.errors![0]!;
    expect(message.en).toBe(
      'phosphorus (Phosphorus P) must be a number: "≤0.025" is a bound, not a measured value (it lies in [0, 0.025]); it decides whether requirements "Impact energy KV2, mean", "Impact energy KV2, single values", "Impact energy KV2, single-value floor (70 %)", "Grade F\'s test (−60 °C), impact energy KV2, mean (veto item)", "Grade F\'s test (−60 °C), impact energy KV2, single values (veto item)" and "Grade F\'s test (−60 °C), impact energy KV2, single-value floor (70 %) (veto item)" apply, which values in that span decide differently: write the measured value',
    );
    expect(message.zh).toBe(
      '磷 P 应为数值：“≤0.025”是界限而非测得值，实测值在 [0, 0.025] 内；该指标还决定要求“冲击吸收能量 KV2 平均值”、“冲击吸收能量 KV2 单个值”、“冲击吸收能量 KV2 单个值下限（70%）”、“F级试验（−60 °C）冲击吸收能量 KV2 平均值（否决项）”、“F级试验（−60 °C）冲击吸收能量 KV2 单个值（否决项）”、“F级试验（−60 °C）冲击吸收能量 KV2 单个值下限（70%）（否决项）”是否适用，区间内的值对此判定不同：请填写实测值',
    );
    expect(message.en.match(/decides whether/g)).toHaveLength(1);
  });

  it('noise ≤40 lies in the band ≤ 40 (100 points): scored as 40 is; >50 as 51 is, not as 50', () => {
    const total = (noise: unknown) => appliance.gradeSync({ ...APPLIANCE, noise }).scores?.total;
    expect(appliance.gradeSync({ ...APPLIANCE, noise: '≤40' }).grade).toBe('3-star');
    expect(total('≤40')).toBe(total(40));
    expect(total('>50')).toBe(total(51));
    expect(total('>50')).not.toBe(total(50));
  });

  it('noise <45 and ≥40 cross a band edge (40, 45): refused, in zh and en', () => {
    for (const noise of ['<45', '≥40']) {
      const result = appliance.gradeSync({ ...APPLIANCE, noise });
      expect(result.grade).toBeNull();
      expect(result.errors?.[0]?.message.en).toContain(
        `"${noise}" is a bound, not a measured value (it lies in ${noise === '<45' ? '[0, 45)' : '[40, 100]'}); it is scored by points bands, which values in that span decide differently: write the measured value`,
      );
      expect(result.errors?.[0]?.message.zh).toContain(
        '该指标还按分档计分，区间内的值对此判定不同：请填写实测值',
      );
    }
  });
});
