/**
 * A record that leaves out an indicator with a `default` is graded with the
 * default. Its explanation must say so: "气候类型：T1" reads as a measured
 * value, and a certifier cannot tell it from one the sample sheet gave. The
 * value tested (a scope item's climate type) and the values a formula took
 * (GB/T 1499.2's Ceq over Cr, V, Mo, Cu, Ni) are both named.
 */
import { describe, expect, it } from 'vitest';
import { compileGrader } from '../../src/grade/create-grader';
import { explainPacked, packOutcomes } from '../../src/grade/pool-outcomes';
import {
  type CriterionResult,
  createGrader,
  type GradeResult,
  loadRuleSet,
  parseRuleSet,
} from '../../src/index';

const AC = 'home-appliances/room-air-conditioner-energy';
const REBAR = 'steel/hot-rolled-ribbed-bar';

// A heat pump of 2,600 W; APF 5.27 reaches grade 1 in the ≤ 4,500 W band (GB 21455-2019 table 1: ≥ 5.00).
const ac = { unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.27 };

// A heat of HRB400E, 20 mm: every element but Cr, Mo, Cu and Ni given.
const rebar = {
  designation: 'HRB400E',
  diameter: 20,
  yieldStrength: [445, 452],
  tensileStrength: [612, 618],
  elongation: [24.5, 23],
  maxForceElongation: [11.8, 12.2],
  carbon: 0.22,
  silicon: 0.45,
  manganese: 1.38,
  phosphorus: 0.026,
  sulfur: 0.018,
  vanadium: 0.035,
  nitrogen: 0.0085,
  massDeviation: -2.3,
  bendTest: true,
};

function criterion(result: GradeResult, id: string): CriterionResult {
  const c = result.criteria.find((x) => x.id === id);
  expect(c, id).toBeDefined();
  return c!;
}

describe('a value the record left out, graded with the rule file’s default', () => {
  it('says so for the indicator tested, and only when it was left out', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const left = grader.gradeSync(ac);
    const climate = criterion(left, 'climate-type-t1');
    expect(climate.value).toBe('T1');
    expect(climate.defaulted).toBe(true);
    expect(climate.message).toEqual({
      zh: '气候类型：T1（未提供，按默认值），满足 = T1（适用范围）',
      en: 'Climate type: T1 (not given; the default) meets = T1 (scope)',
    });
    // JSON null counts as left out.
    expect(criterion(grader.gradeSync({ ...ac, climateType: null }), 'climate-type-t1').defaulted).toBe(true);
    const stated = criterion(grader.gradeSync({ ...ac, climateType: 'T1' }), 'climate-type-t1');
    expect(stated.defaulted).toBeUndefined();
    expect(stated.message.zh).toBe('气候类型：T1，满足 = T1（适用范围）');
    // The grade does not change: only the explanation says where the value came from.
    expect(left.grade).toBe(grader.gradeSync({ ...ac, climateType: 'T1' }).grade);
    // A boolean default reads 是 in Chinese; by its value label where it has one (airCooled since AC 1.1.6).
    expect(criterion(left, 'hermetic-compressor').message.zh).toBe(
      '全封闭型压缩机：全封闭型（未提供，按默认值），满足 = 全封闭型（适用范围）',
    );
    expect(criterion(left, 'air-cooled').message.zh).toBe(
      '风冷式：风冷式（未提供，按默认值），满足 = 风冷式（适用范围）',
    );
  });

  it('names the defaults a computed value took, and no others', async () => {
    const grader = createGrader(await loadRuleSet(REBAR));
    const ceq = criterion(grader.gradeSync(rebar), 'carbon-equivalent');
    // Ceq = C + Mn/6 + (Cr + V + Mo)/5 + (Cu + Ni)/15 = 0.22 + 0.23 + 0.007 = 0.457 with Cr, Mo, Cu, Ni at 0.
    expect(ceq.value).toBeCloseTo(0.457, 12);
    expect(ceq.defaulted).toBe(true);
    expect(ceq.message.zh).toBe(
      '碳当量 Ceq：0.457 %（修约值 0.46）（未提供，按默认值计：铬 Cr 0 %、钼 Mo 0 %、铜 Cu 0 %、镍 Ni 0 %），满足 ≤ 0.54 %（合格要求）',
    );
    expect(ceq.message.en).toBe(
      'Carbon equivalent Ceq: 0.457 % (rounded to 0.46) (defaults for values not given: Chromium Cr 0 %, Molybdenum Mo 0 %, Copper Cu 0 %, Nickel Ni 0 %) meets ≤ 0.54 % (Conforming requirement)',
    );
    // Vanadium given: not named. Nitrogen given: its own requirement is not marked.
    expect(criterion(grader.gradeSync(rebar), 'nitrogen').defaulted).toBeUndefined();
    const all = { ...rebar, chromium: 0.1, molybdenum: 0, copper: 0.05, nickel: 0 };
    const full = criterion(grader.gradeSync(all), 'carbon-equivalent');
    expect(full.defaulted).toBeUndefined();
    expect(full.message.zh).not.toContain('默认值');
    // One left out: only it is named.
    const { nickel: _left, ...noNickel } = all;
    expect(criterion(grader.gradeSync(noNickel), 'carbon-equivalent').message.en).toContain(
      '(defaults for values not given: Nickel Ni 0 %)',
    );
  });

  it('says so where a default fails, in the reason the record is not graded', async () => {
    const ruleSet = parseRuleSet(
      `schemaVersion: 1
id: test/defaulted
version: 1.0.0
industry: test
subject: product
title: { zh: 默认值, en: Defaults }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
  y: { type: number, unit: mm, required: false, default: 0, label: { zh: 乙, en: Y } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: x-min, indicator: x, require: "≥ 1" }
  - { id: y-min, indicator: y, require: "≥ 1" }
`,
      { filename: 'defaulted.yaml' },
    );
    const grader = createGrader(ruleSet);
    const result = grader.gradeSync({ x: 2 });
    expect(result.grade).toBeNull();
    const y = criterion(result, 'y-min');
    expect([y.passed, y.defaulted]).toEqual([false, true]);
    expect(y.message.zh).toBe('乙：0 mm（未提供，按默认值），不满足 ≥ 1 mm（合格要求）');
    expect(result.notGradedReason?.message.en).toBe(
      'does not reach OK: Y: 0 mm (not given; the default) does not meet ≥ 1 mm (OK requirement)',
    );
    // The failing-only result (CSV, --detail failing) says the same.
    const split = compileGrader(ruleSet);
    expect(split.gradeFailing({ record: { x: 2 } }).criteria).toEqual([y]);
    // Given as 0, the same value is the record's own.
    expect(criterion(grader.gradeSync({ x: 2, y: 0 }), 'y-min').message.zh).toBe(
      '乙：0 mm，不满足 ≥ 1 mm（合格要求）',
    );
  });

  it('marks each record by its own defaults when records alternate between leaving values out and giving them', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const records = [
      ac,
      { ...ac, climateType: 'T1' },
      ac,
      { ...ac, climateType: 'T1', unitConfiguration: 'split', airCooled: true, hermeticCompressor: true },
      { ...ac, unitConfiguration: 'split' },
      ac,
    ];
    const marked = records.map((r) =>
      grader
        .gradeSync(r)
        .criteria.filter((c) => c.defaulted)
        .map((c) => c.id),
    );
    expect(marked).toEqual([
      [
        'air-cooled',
        'hermetic-compressor',
        'climate-type-t1',
        'not-mobile',
        'not-multi-split',
        'not-ducted',
        'not-window',
      ],
      ['air-cooled', 'hermetic-compressor', 'not-mobile', 'not-multi-split', 'not-ducted', 'not-window'],
      [
        'air-cooled',
        'hermetic-compressor',
        'climate-type-t1',
        'not-mobile',
        'not-multi-split',
        'not-ducted',
        'not-window',
      ],
      [],
      ['air-cooled', 'hermetic-compressor', 'climate-type-t1'],
      [
        'air-cooled',
        'hermetic-compressor',
        'climate-type-t1',
        'not-mobile',
        'not-multi-split',
        'not-ducted',
        'not-window',
      ],
    ]);
  });

  it('reaches a grader pool’s thread: the results gradeSync gives', async () => {
    const worker = compileGrader(await loadRuleSet(REBAR));
    const caller = compileGrader(await loadRuleSet(REBAR));
    const records = [rebar, { ...rebar, chromium: 0.1, molybdenum: 0, copper: 0.05, nickel: 0 }, rebar];
    const packed = structuredClone(
      packOutcomes(
        worker,
        records.map((r) => ({ snapshot: worker.snapshot(r) })),
      ),
    );
    const got = [...explainPacked(caller, packed)];
    expect(got).toStrictEqual(records.map((r) => worker.grader.gradeSync(r)));
    expect(got.map((r) => criterion(r, 'carbon-equivalent').defaulted)).toEqual([true, undefined, true]);
  });
});
