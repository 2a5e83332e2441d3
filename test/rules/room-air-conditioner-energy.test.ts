import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundled, failing, type GraderPair } from '../helpers';

// GB 21455-2019, as given in ../shared/domain/standards.md: minimums for grades 1…5 by capacity band.
const TABLE = {
  'heat-pump': {
    indicator: 'apf',
    bands: [
      [5.0, 4.5, 4.0, 3.5, 3.3],
      [4.5, 4.0, 3.5, 3.3, 3.2],
      [4.2, 3.7, 3.3, 3.2, 3.1],
    ],
  },
  'cooling-only': {
    indicator: 'seer',
    bands: [
      [5.8, 5.4, 5.0, 3.9, 3.7],
      [5.5, 5.1, 4.4, 3.8, 3.6],
      [5.2, 4.7, 4.0, 3.7, 3.5],
    ],
  },
} as const;
type UnitType = keyof typeof TABLE;
const BAND_CAPACITY = [3500, 5000, 10000]; // one capacity inside each band

// Scope as GB 21455-2019 states it (domain reference, findings of 2026-12-02, secondary): air-cooled, hermetic
// compressor, rated cooling capacity ≤ 14,000 W, climate type T1; mobile, multi-split and ducted units excluded.
// Window / through-wall units may have rows of their own ([memory]) that were not found: not graded here.
// Each entry: the field, an out-of-scope value, the scope item and words its reason must carry.
const OUT_OF_SCOPE: [field: string, value: unknown, id: string, en: string, zh: string][] = [
  ['airCooled', false, 'air-cooled', 'air-cooled', '风冷式'],
  ['hermeticCompressor', false, 'hermetic-compressor', 'hermetic compressor', '全封闭型压缩机'],
  ['climateType', 'T2', 'climate-type-t1', 'T1', 'T1'],
  ['climateType', 'T3', 'climate-type-t1', 'T1', 'T1'],
  ['unitConfiguration', 'mobile', 'not-mobile', 'Mobile', '移动式'],
  ['unitConfiguration', 'multi-split', 'not-multi-split', 'Multi-split', '多联式'],
  ['unitConfiguration', 'ducted', 'not-ducted', 'Ducted', '风管送风式'],
  ['unitConfiguration', 'window', 'not-window', 'were not found', '未找到'],
];
/** The in-scope values, which are also what a record that leaves the fields out is taken to have. */
const IN_SCOPE = { airCooled: true, hermeticCompressor: true, climateType: 'T1', unitConfiguration: 'split' };
const SCOPE_IDS = [
  'capacity-in-scope',
  'air-cooled',
  'hermetic-compressor',
  'climate-type-t1',
  'not-mobile',
  'not-multi-split',
  'not-ducted',
  'not-window',
];

/** The grade the standard gives, worked out from its table directly. */
function expectedGrade(unitType: UnitType, capacity: number, value: number): string | null {
  if (capacity > 14000) return null;
  const band = capacity <= 4500 ? 0 : capacity <= 7100 ? 1 : 2;
  const limits = TABLE[unitType].bands[band]!;
  const grade = limits.findIndex((t) => value >= t);
  return grade < 0 ? null : String(grade + 1);
}

function record(unitType: UnitType, capacity: number, value: number): Record<string, unknown> {
  return { unitType, ratedCoolingCapacity: capacity, [TABLE[unitType].indicator]: value };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('room air conditioners, GB 21455-2019', async () => {
  const ac: GraderPair = await bundled('home-appliances/room-air-conditioner-energy');

  const cases: [UnitType, number, number][] = [];
  for (const unitType of Object.keys(TABLE) as UnitType[]) {
    for (const [band, limits] of TABLE[unitType].bands.entries()) {
      for (const t of limits)
        for (const v of [t, round2(t - 0.01), round2(t + 0.01)])
          cases.push([unitType, BAND_CAPACITY[band]!, v]);
    }
  }

  it.each(cases)(
    '%s at %d W with %d: at, just below and just above each threshold',
    async (unitType, capacity, value) => {
      const result = await ac.grade(record(unitType, capacity, value));
      expect(result.grade).toBe(expectedGrade(unitType, capacity, value));
    },
  );

  it.each([
    [4500, '2'],
    [4500.01, '1'],
    [7100, '1'],
    [7100.01, '1'],
  ])('band edge: a heat pump of %d W with APF 4.50 is grade %s', async (capacity, grade) => {
    // 4500 W belongs to the first band (≤ 4500), where 4.50 is grade 2; above it, 4.50 is grade 1.
    expect((await ac.grade(record('heat-pump', capacity, 4.5))).grade).toBe(grade);
  });

  it.each([
    [7100, '2'],
    [7100.01, '1'],
    [14000, '1'],
  ])('band edge: a heat pump of %d W with APF 4.20 is grade %s', async (capacity, grade) => {
    expect((await ac.grade(record('heat-pump', capacity, 4.2))).grade).toBe(grade);
  });

  it('explains every requirement: measured value, limit as data and text, pass or fail, grade', async () => {
    const result = await ac.grade(record('heat-pump', 3500, 4.62));
    expect(result.grade).toBe('2');
    expect(result.label).toEqual({ zh: '2级', en: 'Grade 2' });
    expect(result.conforming).toBe(true);
    expect(result.criteria.map((c) => c.id)).toEqual([
      ...SCOPE_IDS,
      ...['5', '4', '3', '2', '1'].map((g) => `apf@${g}`),
      ...['5', '4', '3', '2', '1'].map((g) => `seer@${g}`),
    ]);
    const apf1 = result.criteria.find((c) => c.id === 'apf@1')!;
    expect(apf1).toMatchObject({
      indicator: 'apf',
      value: 4.62,
      limit: { operator: '>=', value: 5, text: '≥ 5.00' },
      passed: false,
      status: 'failed',
      grade: '1',
    });
    expect(apf1.message.en).toContain('4.62');
    expect(apf1.message.en).toContain('≥ 5.00');
    expect(apf1.message.zh).toContain('不满足 ≥ 5.00');
    expect(result.criteria.find((c) => c.id === 'apf@2')).toMatchObject({
      passed: true,
      limit: { text: '≥ 4.50' },
    });
    // SEER does not apply to a heat pump: reported, not silently dropped.
    expect(
      result.criteria
        .filter((c) => c.indicator === 'seer')
        .every((c) => c.status === 'not-applicable' && c.passed === null),
    ).toBe(true);
    expect(result.nextGrade).toMatchObject({ grade: '1', blockers: [{ id: 'apf@1' }] });
  });

  it('grade 1 has no next grade', async () => {
    const result = await ac.grade(record('cooling-only', 9000, 5.2));
    expect(result.grade).toBe('1');
    expect(result.nextGrade).toBeNull();
  });

  it('below grade 5 a unit is not graded, and the explanation names the requirement', async () => {
    const result = await ac.grade(record('cooling-only', 5000, 3.59));
    expect(result).toMatchObject({ grade: null, label: null, conforming: false });
    expect(result.notGradedReason).toMatchObject({ code: 'below-lowest-grade', criteria: ['seer@5'] });
    expect(result.notGradedReason!.message.en).toContain('≥ 3.60');
    expect(result.nextGrade).toMatchObject({ grade: '5', blockers: [{ id: 'seer@5', value: 3.59 }] });
    expect(failing(result)).toEqual(['seer@5', 'seer@4', 'seer@3', 'seer@2', 'seer@1']);
  });

  it('outside the capacity range a unit is not graded, and the explanation says so', async () => {
    const result = await ac.grade(record('heat-pump', 14000.01, 5.5));
    expect(result.grade).toBeNull();
    expect(result.notGradedReason).toMatchObject({ code: 'out-of-scope', criteria: ['capacity-in-scope'] });
    expect(result.notGradedReason!.message.en).toContain('outside the scope of GB 21455-2019');
    // The headline is the rule set's scope: some of it (window units) the standard covers and the rule set does not encode.
    expect(result.notGradedReason!.message.en).toMatch(/^outside this rule set's scope: /);
    expect(result.notGradedReason!.message.zh).toMatch(/^不在本规则集的适用范围内：/);
    const window = await ac.grade({ ...record('heat-pump', 3500, 5.5), unitConfiguration: 'window' });
    expect(window.notGradedReason!.message.en).toMatch(/^outside this rule set's scope: /);
    expect(window.notGradedReason!.message.en).not.toContain('scope of the standard');
    expect(result.nextGrade).toBeNull();
    // No table row covers 14000.01 W, so no APF limit applies.
    expect(result.criteria.filter((c) => c.indicator === 'apf').map((c) => c.status)).toEqual(
      Array(5).fill('not-applicable'),
    );
  });

  describe('scope as GB 21455-2019 states it', () => {
    it.each(OUT_OF_SCOPE)(
      '%s %j is outside: scope item %s, with its reason',
      async (field, value, id, en, zh) => {
        for (const [unitType, capacity, v] of [
          ['heat-pump', 3500, 5.27],
          ['cooling-only', 10000, 3.6],
        ] as const) {
          const result = await ac.grade({ ...record(unitType, capacity, v), [field]: value });
          expect(result).toMatchObject({ grade: null, label: null, conforming: false, nextGrade: null });
          expect(result.notGradedReason).toMatchObject({ code: 'out-of-scope', criteria: [id] });
          expect(result.notGradedReason!.message.en).toContain(en);
          expect(result.notGradedReason!.message.zh).toContain(zh);
          expect(result.notGradedReason!.message.en).toContain('GB 21455-2019');
          const item = result.criteria.find((c) => c.id === id)!;
          expect(item).toMatchObject({ indicator: field, value, passed: false, status: 'failed' });
          // Every other scope item still passes and is reported.
          expect(
            result.criteria.filter((c) => SCOPE_IDS.includes(c.id) && c.id !== id).every((c) => c.passed),
          ).toBe(true);
        }
      },
    );

    it('a record that leaves the scope fields out grades as one that gives the in-scope values', async () => {
      for (const [unitType, capacity, value] of cases) {
        const bare = await ac.grade(record(unitType, capacity, value));
        const explicit = await ac.grade({ ...record(unitType, capacity, value), ...IN_SCOPE });
        expect(explicit.grade).toBe(bare.grade);
        expect(bare.grade).toBe(expectedGrade(unitType, capacity, value));
        expect(failing(explicit)).toEqual(failing(bare));
      }
      const result = await ac.grade(record('heat-pump', 3500, 4.62));
      for (const [field, value] of Object.entries(IN_SCOPE))
        expect(result.criteria.find((c) => c.indicator === field && SCOPE_IDS.includes(c.id))?.value).toBe(
          value,
        );
    });

    it('reports every scope failure at once', async () => {
      const result = await ac.grade({
        ...record('heat-pump', 15000, 5.5),
        airCooled: false,
        climateType: 'T3',
        unitConfiguration: 'multi-split',
      });
      expect(result.notGradedReason).toMatchObject({
        code: 'out-of-scope',
        criteria: ['capacity-in-scope', 'air-cooled', 'climate-type-t1', 'not-multi-split'],
      });
    });

    it.each([
      ['climateType', 'T4', 'not-allowed'],
      ['unitConfiguration', 'cassette', 'not-allowed'],
      ['airCooled', 'yes', 'wrong-type'],
      ['hermeticCompressor', 1, 'wrong-type'],
    ])('%s %j is an invalid record (%s)', async (field, value, code) => {
      const result = await ac.grade({ ...record('heat-pump', 3500, 4.62), [field]: value });
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toContainEqual(expect.objectContaining({ field, code }));
    });
  });

  // standards-26 F2: kW figures under a header without a unit were graded as W (7.2 → the ≤ 4500 W band, Grade 3;
  // 7200 W is Grade 1). plausible "≥ 1000" is the rule author's check, not GB 21455's: no room air conditioner is
  // rated under about 1.5 kW.
  describe('a capacity under 1000 W is implausible: an invalid record that says to check the unit', () => {
    it('7.2 (kW written as W): invalid, the message names the check, says it is not the standard’s, and asks kW?', async () => {
      const result = await ac.grade(record('heat-pump', 7.2, 4.3));
      expect(result.grade).toBeNull();
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toEqual([
        {
          field: 'ratedCoolingCapacity',
          code: 'implausible',
          message: {
            zh: '额定制冷量 CC 7.2 W 低于核对范围 ≥ 1000 W（规则作者给出的核对范围，不是标准的限值）：请核对单位（是否为 kW？）或数值',
            en: "ratedCoolingCapacity (Rated cooling capacity (CC)) 7.2 W is below the check range ≥ 1000 W (the rule author's plausibility check, not a standard's limit): check the unit (is it kW?) or the figure",
          },
        },
      ]);
    });

    it('1000 exactly is graded (the ≤ 4500 band); 999.9 is invalid', async () => {
      const at = await ac.grade(record('heat-pump', 1000, 5.0));
      expect(at.errors).toBeUndefined();
      expect(at.grade).toBe('1');
      const below = await ac.grade(record('heat-pump', 999.9, 5.0));
      expect(below.notGradedReason?.code).toBe('invalid-record');
      expect(below.errors).toEqual([
        expect.objectContaining({ field: 'ratedCoolingCapacity', code: 'implausible' }),
      ]);
      // 999.9 kW is no air conditioner's either: no unit is guessed.
      expect(below.errors?.[0]?.message.en).toMatch(/: check the unit or the figure$/);
      expect(below.errors?.[0]?.message.zh).toMatch(/：请核对单位或数值$/);
    });

    it('an out-of-range value gets the range error only, not the plausibility one as well', async () => {
      const result = await ac.grade(record('heat-pump', 0, 5.0));
      expect(result.errors?.map((e) => e.code)).toEqual(['out-of-range']);
    });
  });

  describe('invalid records are not graded, and errors say what is wrong field by field', () => {
    it.each([
      [{ unitType: 'heat-pump', ratedCoolingCapacity: 3500 }, 'apf', 'missing'],
      [{ unitType: 'heat-pump', ratedCoolingCapacity: 3500, seer: 5 }, 'apf', 'missing'],
      [{ unitType: 'cooling-only', ratedCoolingCapacity: 3500, apf: 5 }, 'seer', 'missing'],
      [{ unitType: 'heat-pump', apf: 4 }, 'ratedCoolingCapacity', 'missing'],
      [{ unitType: 'heatpump', ratedCoolingCapacity: 3500, apf: 4 }, 'unitType', 'not-allowed'],
      [{ unitType: 'heat-pump', ratedCoolingCapacity: '3500', apf: 4 }, 'ratedCoolingCapacity', 'wrong-type'],
      [{ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: '4.5' }, 'apf', 'wrong-type'],
      [{ unitType: 'heat-pump', ratedCoolingCapacity: -1, apf: 4 }, 'ratedCoolingCapacity', 'out-of-range'],
      [{ unitType: 'heat-pump', ratedCoolingCapacity: 0, apf: 4 }, 'ratedCoolingCapacity', 'out-of-range'],
      [{ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: Number.NaN }, 'apf', 'wrong-type'],
      [
        { unitType: 'heat-pump', ratedCoolingCapacity: Number.POSITIVE_INFINITY, apf: 4 },
        'ratedCoolingCapacity',
        'wrong-type',
      ],
    ])('%j → %s %s', async (input, field, code) => {
      const result = await ac.grade(input);
      expect(result).toMatchObject({ grade: null, conforming: false, criteria: [], nextGrade: null });
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toContainEqual(expect.objectContaining({ field, code }));
    });

    it('shows -0 as -0 in the out-of-range message, not as the 0 a reader would take for a wrong verdict', async () => {
      const negativeZero = await ac.grade({ unitType: 'heat-pump', ratedCoolingCapacity: -0, apf: 4 });
      expect(negativeZero.errors?.[0]?.message).toEqual({
        zh: '额定制冷量 CC 应 > 0，实际为 -0',
        en: 'ratedCoolingCapacity (Rated cooling capacity (CC)) must be > 0, got -0',
      });
      const zero = await ac.grade({ unitType: 'heat-pump', ratedCoolingCapacity: 0, apf: 4 });
      expect(zero.errors?.[0]?.message.en).toMatch(/must be > 0, got 0$/);
    });

    it('reports every bad field, not only the first', async () => {
      const result = await ac.grade({ unitType: 'window', ratedCoolingCapacity: -5 });
      expect(result.errors?.map((e) => e.field).sort()).toEqual(['ratedCoolingCapacity', 'unitType']);
    });

    it.each([null, 42, 'text', [1, 2]])('a record that is not an object (%j)', async (input) => {
      const result = await ac.grade(input);
      expect(result.errors).toMatchObject([{ field: '', code: 'not-an-object' }]);
    });

    it('ignores fields the rule set does not name', async () => {
      const result = await ac.grade({ ...record('heat-pump', 3500, 4.62), model: 'KFR-35GW', id: 17 });
      expect(result.grade).toBe('2');
    });
  });

  it('gradeMany yields one result per record, in input order, from an array or an async iterable', async () => {
    const records = [record('heat-pump', 3500, 5.1), { unitType: 'bad' }, record('cooling-only', 9000, 3.5)];
    async function* stream() {
      for (const r of records) yield r;
    }
    for (const grader of [ac.compiled, ac.engine]) {
      const fromArray = [];
      for await (const r of grader.gradeMany(records)) fromArray.push(r.grade);
      const fromStream = [];
      for await (const r of grader.gradeMany(stream())) fromStream.push(r.grade);
      expect(fromArray).toEqual(['1', null, '5']);
      expect(fromStream).toEqual(fromArray);
    }
  });
});

describe('its English texts are English (developer-18 C5)', () => {
  it('no en text of the rule file (scope messages, descriptions) holds Chinese', () => {
    const text = readFileSync(
      new URL('../../rules/home-appliances/room-air-conditioner-energy.yaml', import.meta.url),
      'utf8',
    );
    const english: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if (key === 'en' && typeof value === 'string') english.push(value);
          else walk(value);
        }
    };
    walk(parse(text));
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);
  });
});
