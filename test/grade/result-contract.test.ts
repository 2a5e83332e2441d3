import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, loadRuleSet } from '../../src/index';
import { expectValidResult, fixture, SUPERIOR_CEMENT } from '../helpers';

// What the result's types and schemas/grade-result.schema.json say about nextGrade, `unavailable` and the
// input schema, held to what the grader gives.
const schema = JSON.parse(
  readFileSync(new URL('../../schemas/grade-result.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: true, allowUnionTypes: true });
const valid = ajv.compile(schema);
const plain = (r: GradeResult): Record<string, unknown> => JSON.parse(JSON.stringify(r));

describe('nextGrade: when it is set, when null', async () => {
  const cement = createGrader(await loadRuleSet('building-materials/cement-quality-grade'));
  const ac = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
  const good = { ...SUPERIOR_CEMENT };

  it('gate-failed: the lowest grade, the failed veto item among its blockers', () => {
    const r = cement.gradeSync({ ...good, compressive3d: 16.9 });
    expect(r.notGradedReason?.code).toBe('gate-failed');
    expect(r.nextGrade?.grade).toBe('conforming');
    expect(r.nextGrade?.blockers.map((b) => [b.id, b.effect])).toContainEqual([
      'gb175-compressive-3d',
      'gate',
    ]);
    expectValidResult(r);
  });

  it('below-lowest-grade: the lowest grade with its blockers', () => {
    const r = ac.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 3.0 });
    expect(r.notGradedReason?.code).toBe('below-lowest-grade');
    expect(r.nextGrade).toMatchObject({ grade: '5', blockers: [{ id: 'apf@5' }] });
    expectValidResult(r);
  });

  it('invalid-record and out-of-scope: null; the schema refuses one set', () => {
    const invalid = ac.gradeSync({ unitType: 'heat-pump' });
    const outside = ac.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 20000, apf: 5 });
    expect([invalid.notGradedReason?.code, outside.notGradedReason?.code]).toEqual([
      'invalid-record',
      'out-of-scope',
    ]);
    expect([invalid.nextGrade, outside.nextGrade]).toEqual([null, null]);
    const below = ac.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 3.0 });
    for (const r of [invalid, outside]) {
      expect(valid(plain(r))).toBe(true);
      expect(valid({ ...plain(r), nextGrade: plain(below).nextGrade })).toBe(false);
    }
  });

  it('the schema and the TSDoc say so', () => {
    const text: string = schema.properties.nextGrade.description;
    for (const phrase of ['below-lowest-grade', 'gate-failed', 'lowest grade', 'unavailable', 'out-of-scope'])
      expect(text).toContain(phrase);
    const tsdoc = readFileSync(new URL('../../src/model/grade-result.ts', import.meta.url), 'utf8');
    expect(tsdoc).toMatch(/`below-lowest-grade` or `gate-failed`: then it is\s+\* the lowest grade/);
  });
});

describe('unavailable: a failed requirement of a grade the record does not have, with no limit and no value', () => {
  // test/fixtures/valid/unavailable-grade.yaml: Q390 has no grade F.
  const grades = fixture('valid/unavailable-grade.yaml');

  it('is failed with limit null and value null, though the record gives the value', async () => {
    const r = await grades.grade({ designation: 'Q390', testTemperature: -60, sulfur: 0.005 });
    const f = r.criteria.find((c) => c.id === 'impact-temperature@F')!;
    expect(f).toMatchObject({ unavailable: true, status: 'failed', passed: false, limit: null, value: null });
    expectValidResult(r);
    // The schema says so too: an unavailable requirement with a limit, a value or passed is refused.
    const at = r.criteria.indexOf(f);
    const other = r.criteria.find((c) => c.limit !== null && c.value !== null)!;
    const doctored = (change: Record<string, unknown>) => {
      const copy = plain(r);
      const criteria = copy.criteria as Record<string, unknown>[];
      criteria[at] = { ...criteria[at], ...change };
      return copy;
    };
    expect(valid(doctored({}))).toBe(true);
    expect(valid(doctored({ limit: other.limit }))).toBe(false);
    expect(valid(doctored({ value: -60 }))).toBe(false);
    expect(valid(doctored({ status: 'passed', passed: true }))).toBe(false);
  });

  it('the schema describes it', () => {
    const props = schema.$defs.criterionResult.properties;
    expect(props.unavailable.description).toMatch(/failed.*limit.*null.*value.*null/s);
    expect(props.limit.description).toContain('unavailable');
    expect(props.value.description).toContain('unavailable');
  });
});

describe('inputSchema: what ties fields together is for the grader', async () => {
  const rebar = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
  const record = {
    designation: 'HRB400',
    diameter: 20,
    yieldStrength: [455, 460],
    tensileStrength: [600, 605, 610],
    elongation: 22,
    maxForceElongation: 11.0,
    carbon: 0.21,
    silicon: 0.45,
    manganese: 1.35,
    phosphorus: 0.025,
    sulfur: 0.02,
    massDeviation: -1.5,
    bendTest: true,
  };

  it('a record the input schema accepts, with specimen counts that disagree, is invalid for the grader', () => {
    const input = new Ajv2020({ strict: false }).compile(rebar.inputSchema);
    expect(input(record), JSON.stringify(input.errors)).toBe(true);
    expect(rebar.gradeSync(record).errors?.map((e) => e.code)).toEqual(['specimen-count-mismatch']);
  });

  it("the input schema's description says so, for a rule set with derived values only", async () => {
    expect(rebar.inputSchema.description).toContain('specimen-count-mismatch');
    const ac = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    expect(ac.inputSchema.description).toBe(
      `A record graded by home-appliances/room-air-conditioner-energy ${ac.ruleSet.version}.`,
    );
  });
});

describe('ruleSet: id, version and provenance level, one object per rule set', async () => {
  it('secondary for the air-conditioner set, illustrative for the cement grading; shared by all results', async () => {
    const ac = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const cement = createGrader(await loadRuleSet('building-materials/cement-quality-grade'));
    const a = ac.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1 });
    const b = ac.gradeSync({ unitType: 'heat-pump' }); // invalid: the same ref
    expect(a.ruleSet.provenance).toBe('secondary');
    expect(b.ruleSet).toBe(a.ruleSet);
    const c = cement.gradeSync({ ...SUPERIOR_CEMENT });
    expect(c.ruleSet).toMatchObject({
      id: 'building-materials/cement-quality-grade',
      provenance: 'illustrative',
    });
    for (const r of [a, b, c]) expect(valid(plain(r)), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ ...plain(a), ruleSet: { ...a.ruleSet, provenance: 'guessed' } })).toBe(false);
  });
});
