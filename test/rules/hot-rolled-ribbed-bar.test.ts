import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CriterionResult, GradeResult } from '../../src/index';
import { bundled, failing, type GraderPair } from '../helpers';
import {
  type Bar,
  chemistryVariants,
  conformingBar,
  DESIGNATIONS,
  DIAMETERS,
  expectedFailing,
  mechanicalVariants,
} from './hot-rolled-ribbed-bar.reference';

// GB/T 1499.2-2018: the independent reference is ./hot-rolled-ribbed-bar.reference.ts (figures copied from
// /work/shared/domain/standards.md, never read from the rule file).

const byId = (result: GradeResult, id: string): CriterionResult => {
  const c = result.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
};

describe('hot-rolled ribbed bars, GB/T 1499.2-2018', async () => {
  const rebar: GraderPair = await bundled('steel/hot-rolled-ribbed-bar');

  async function check(bar: Bar, what = ''): Promise<GradeResult> {
    const result = await rebar.grade(bar);
    const expected = expectedFailing(bar);
    const context = `${what} ${JSON.stringify(bar)}`;
    expect(failing(result).sort(), context).toEqual(expected);
    expect(result.grade, context).toBe(expected.length === 0 ? 'conforming' : null);
    // Every requirement names its indicator.
    for (const c of result.criteria) expect(c.indicator, c.id).not.toBeNull();
    return result;
  }

  describe('mechanical properties, elongation by diameter and mass deviation: every designation and band', () => {
    const rows = DESIGNATIONS.flatMap((d) => DIAMETERS.map((diameter): [string, number] => [d, diameter]));
    it.each(rows)('%s, d %d mm', async (designation, diameter) => {
      for (const [what, change] of mechanicalVariants(designation, diameter))
        await check({ ...conformingBar(designation, diameter), ...change }, what);
    });
  });

  describe('chemistry, Ceq by strength level and nitrogen', () => {
    it.each(DESIGNATIONS)('%s', async (designation) => {
      for (const [what, change] of chemistryVariants(designation))
        await check({ ...conformingBar(designation, 16), ...change }, what);
    });
  });

  it('the reference grid is not trivial: it holds conforming and failing bars of every kind', async () => {
    const seen = new Set<string>();
    let conforming = 0;
    for (const designation of DESIGNATIONS)
      for (const diameter of DIAMETERS) {
        const bars = [...mechanicalVariants(designation, diameter), ...chemistryVariants(designation)].map(
          ([, change]) => ({ ...conformingBar(designation, diameter), ...change }),
        );
        for (const bar of bars) {
          const f = expectedFailing(bar);
          if (f.length === 0) conforming++;
          for (const id of f) seen.add(id);
        }
      }
    expect(conforming).toBeGreaterThan(1000);
    expect([...seen].sort()).toEqual(
      [
        'bend-test',
        'carbon',
        'carbon-equivalent',
        'elongation',
        'manganese',
        'mass-deviation-lower',
        'mass-deviation-upper',
        'max-force-elongation',
        'nitrogen',
        'overstrength-ratio',
        'phosphorus',
        'silicon',
        'strength-ratio',
        'sulfur',
        'tensile-strength',
        'yield-strength',
      ].sort(),
    );
  });

  describe('the rounded-value method decides', () => {
    it.each([
      ['HRB400', { yieldStrength: 399.5 }, []], // → 400
      ['HRB400', { yieldStrength: 399.4 }, ['yield-strength']], // → 399
      ['HRB500', { yieldStrength: 498.5 }, ['yield-strength']], // → 498, half to even
      // A and Agt at 0.5 % (GB/T 228.1), not at the limit's digits: the reference's own example, 8.76 → 9.0.
      ['HRB400E', { maxForceElongation: 8.76 }, []], // → 9.0, meets ≥ 9.0
      ['HRB400E', { maxForceElongation: 8.74 }, ['max-force-elongation']], // → 8.5
      ['HRB500E', { maxForceElongation: 8.75 }, []], // 2 × 8.75 = 17.5 → 18 (even) → 9.0
      ['HRB400', { maxForceElongation: 7.25 }, ['max-force-elongation']], // 2 × 7.25 = 14.5 → 14 (even) → 7.0
      ['HRB400', { maxForceElongation: 7.26 }, []], // → 7.5
      ['HRB600', { maxForceElongation: 7.45 }, []], // → 7.5 (at 0.1 % it would be 7.4 and fail)
      ['HRB400', { elongation: 15.75 }, []], // 2 × 15.75 = 31.5 → 32 (even) → 16.0, meets ≥ 16
      ['HRB400', { elongation: 15.74 }, ['elongation']], // → 15.5
      ['HRBF400', { elongation: 15.5 }, ['elongation']], // stays 15.5 (at 1 % it would be 16 and pass)
      ['HRB400', { carbon: 0.255, manganese: 1.2 }, ['carbon']], // → 0.26
      ['HRB400', { phosphorus: 0.0454 }, []], // → 0.045
    ] as [string, Partial<Bar>, string[]][])('%s %j → failing %j', async (designation, change, expected) => {
      const result = await check({ ...conformingBar(designation, 20), ...change });
      expect(failing(result)).toEqual(expected);
    });
  });

  describe('explanations', () => {
    it('a failed specimen: indicator, limit as data and text, measured and rounded value, specimen', async () => {
      const result = await check({
        ...conformingBar('HRB400', 20),
        yieldStrength: [455, 399.4],
        tensileStrength: [601, 601],
      });
      expect(result).toMatchObject({ grade: null, conforming: false });
      expect(result.notGradedReason).toMatchObject({
        code: 'below-lowest-grade',
        criteria: ['yield-strength'],
      });
      expect(byId(result, 'yield-strength')).toMatchObject({
        indicator: 'yieldStrength',
        value: 399.4,
        rounded: 399,
        specimen: 2,
        limit: { operator: '>=', value: 400, text: '≥ 400' },
        passed: false,
        status: 'failed',
        grade: 'conforming',
      });
      const message = byId(result, 'yield-strength').message;
      expect(message.en).toContain('specimen 2');
      expect(message.en).toContain('399.4');
      expect(message.en).toContain('rounded to 399');
      expect(message.zh).toContain('修约值 399');
      expect(result.nextGrade).toMatchObject({ grade: 'conforming', blockers: [{ id: 'yield-strength' }] });
    });

    it('a computed number from the library is read at 15 digits, and shown as read beside its 修约值 (standards-30 W1)', async () => {
      // 0.2850000000000001 is 0.285 at 15 digits, which rounds half to even to 0.28: it meets ≤ 0.28, and the
      // message shows 0.285, not digits that would round to 0.29.
      const result = await rebar.grade({ ...conformingBar('HRB600', 20), carbon: 0.2850000000000001 });
      const carbon = byId(result, 'carbon');
      expect(carbon).toMatchObject({ value: 0.2850000000000001, rounded: 0.28, passed: true });
      expect(carbon.message.en).toBe(
        'Carbon C: 0.285 % (rounded to 0.28) meets ≤ 0.28 % (Conforming requirement)',
      );
      expect(carbon.message.zh).toBe('碳 C：0.285 %（修约值 0.28），满足 ≤ 0.28 %（合格要求）');
    });

    it('Agt is rounded at 0.5 % (GB/T 228.1); the limit keeps the digits the standard writes (≥ 9.0, ≥ 7.5)', async () => {
      const e = await check({ ...conformingBar('HRBF500E', 20), maxForceElongation: 8.74 });
      expect(byId(e, 'max-force-elongation')).toMatchObject({
        indicator: 'maxForceElongation',
        value: 8.74,
        rounded: 8.5,
        limit: { operator: '>=', value: 9, text: '≥ 9.0' },
        passed: false,
      });
      const meets = await check({ ...conformingBar('HRBF500E', 20), maxForceElongation: 8.76 });
      expect(byId(meets, 'max-force-elongation')).toMatchObject({ value: 8.76, rounded: 9, passed: true });
      const plain = await check({ ...conformingBar('HRB600', 20), maxForceElongation: 7.24 });
      expect(byId(plain, 'max-force-elongation')).toMatchObject({
        rounded: 7,
        limit: { text: '≥ 7.5' },
        passed: false,
      });
    });

    it('strengths are rounded at 1 MPa: ReL 399.5 → 400 meets ≥ 400, 498.5 → 498 fails ≥ 500', async () => {
      const at = await check({ ...conformingBar('HRB400', 20), yieldStrength: 399.5, tensileStrength: 600 });
      expect(byId(at, 'yield-strength')).toMatchObject({ rounded: 400, passed: true });
      const rm = await check({ ...conformingBar('HRB500', 20), tensileStrength: 629.5 });
      expect(byId(rm, 'tensile-strength')).toMatchObject({ rounded: 630, passed: true }); // 629.5 → 630 (even)
      const rmLow = await check({ ...conformingBar('HRB600', 20), tensileStrength: 728.5 });
      expect(byId(rmLow, 'tensile-strength')).toMatchObject({ rounded: 728, passed: false }); // → 728 (even)
    });

    it('elongation: the limit is lowered by diameter', async () => {
      for (const [diameter, text] of [
        [25, '≥ 16'],
        [28, '≥ 15'],
        [40, '≥ 15'],
        [50, '≥ 14'],
      ] as const) {
        const result = await check({ ...conformingBar('HRB400E', diameter), elongation: 13.4 });
        expect(byId(result, 'elongation')).toMatchObject({
          indicator: 'elongation',
          value: 13.4,
          rounded: 13.5, // at 0.5 %
          limit: { operator: '>=', text },
          passed: false,
        });
      }
    });

    it('mass deviation: the tolerance band follows the diameter; rounding keeps the sign', async () => {
      const result = await check({ ...conformingBar('HRB500', 12), massDeviation: -6.06 });
      expect(failing(result)).toEqual(['mass-deviation-lower']);
      expect(byId(result, 'mass-deviation-lower')).toMatchObject({
        indicator: 'massDeviation',
        value: -6.06,
        rounded: -6.1,
        limit: { operator: '>=', value: -6, text: '≥ -6.0' },
      });
      expect(byId(result, 'mass-deviation-upper')).toMatchObject({ passed: true, limit: { text: '≤ 6.0' } });
      const wide = await check({ ...conformingBar('HRB500', 22), massDeviation: 4.15 });
      expect(byId(wide, 'mass-deviation-upper')).toMatchObject({
        value: 4.15,
        rounded: 4.2,
        limit: { operator: '<=', text: '≤ 4.0' },
        passed: false,
      });
    });

    it('carbon equivalent is computed, rounded to 0.01 and compared with its strength level', async () => {
      const chem = { carbon: 0.22, manganese: 1.5, chromium: 0.1, vanadium: 0.15, copper: 0.3 };
      // Ceq = 0.22 + 0.25 + 0.05 + 0.02 = 0.54
      const r400 = await check({ ...conformingBar('HRB400', 20), ...chem });
      expect(byId(r400, 'carbon-equivalent')).toMatchObject({
        indicator: 'carbonEquivalent',
        value: 0.54,
        rounded: 0.54,
        limit: { operator: '<=', value: 0.54, text: '≤ 0.54' },
        passed: true,
      });
      const high = await check({ ...conformingBar('HRB400', 20), ...chem, nickel: 0.15 }); // 0.55
      expect(failing(high)).toEqual(['carbon-equivalent']);
      const r500 = await check({ ...conformingBar('HRB500', 20), ...chem, nickel: 0.15 });
      expect(byId(r500, 'carbon-equivalent')).toMatchObject({ limit: { text: '≤ 0.55' }, passed: true });
      const r600 = await check({ ...conformingBar('HRB600', 20), ...chem, nickel: 0.15 });
      expect(byId(r600, 'carbon-equivalent')).toMatchObject({ limit: { text: '≤ 0.58' }, passed: true });
    });

    it('E designations: strength ratio and overstrength ratio, per specimen, with their limits', async () => {
      const result = await check({
        ...conformingBar('HRB400E', 20),
        yieldStrength: [440, 455],
        tensileStrength: [600, 560],
      });
      expect(failing(result)).toEqual(['strength-ratio']);
      expect(byId(result, 'strength-ratio')).toMatchObject({
        indicator: 'strengthRatio',
        rounded: 1.23,
        specimen: 2,
        limit: { operator: '>=', value: 1.25, text: '≥ 1.25' },
      });
      expect(byId(result, 'strength-ratio').value).toBeCloseTo(560 / 455, 12);
      const over = await check({ ...conformingBar('HRB500E', 20), yieldStrength: 655, tensileStrength: 850 });
      expect(byId(over, 'overstrength-ratio')).toMatchObject({
        indicator: 'overstrengthRatio',
        value: 1.31,
        rounded: 1.31,
        limit: { operator: '<=', value: 1.3, text: '≤ 1.30' },
        passed: false,
      });
    });

    it('the E requirements do not apply to other designations: reported as not applicable', async () => {
      for (const designation of ['HRB400', 'HRBF500', 'HRB600']) {
        const result = await check({
          ...conformingBar(designation, 20),
          tensileStrength: 740,
          yieldStrength: 640,
        });
        for (const id of ['strength-ratio', 'overstrength-ratio'])
          expect(byId(result, id), `${designation} ${id}`).toMatchObject({
            status: 'not-applicable',
            passed: null,
            limit: null,
          });
      }
    });

    it('nitrogen left out counts as 0', async () => {
      const result = await check(conformingBar('HRB400', 20));
      expect(byId(result, 'nitrogen')).toMatchObject({
        indicator: 'nitrogen',
        value: 0,
        limit: { operator: '<=', value: 0.012, text: '≤ 0.012' },
        passed: true,
      });
    });

    it('bend test failed', async () => {
      const result = await check({ ...conformingBar('HRB600', 40), bendTest: false });
      expect(byId(result, 'bend-test')).toMatchObject({
        indicator: 'bendTest',
        value: false,
        limit: { operator: '=', value: true, text: '= true' },
        passed: false,
      });
    });

    it('a conforming bar: grade, label, no next grade', async () => {
      const result = await check(conformingBar('HRBF400E', 32));
      expect(result).toMatchObject({
        grade: 'conforming',
        label: { zh: '合格', en: 'Conforming' },
        conforming: true,
        nextGrade: null,
      });
    });
  });

  describe('scope and invalid records', () => {
    it.each([5, 55, 5.9, 50.1])('d %d mm is outside the standard and not graded', async (diameter) => {
      const result = await check(conformingBar('HRB400', diameter));
      expect(result.grade).toBeNull();
      expect(result.notGradedReason).toMatchObject({ code: 'out-of-scope', criteria: ['diameter-in-scope'] });
      expect(result.notGradedReason!.message.en).toContain('GB/T 1499.2-2018');
      expect(byId(result, 'elongation').status).toBe('not-applicable');
    });

    it.each([6, 50])('d %d mm is inside the standard', async (diameter) => {
      expect((await check(conformingBar('HRB400', diameter))).grade).toBe('conforming');
    });

    it.each([
      [{ designation: 'HRB335' }, 'designation', 'not-allowed'],
      [{ designation: 'HRBF600' }, 'designation', 'not-allowed'],
      [{ designation: 'HRB400e' }, 'designation', 'not-allowed'],
      [{ sulfur: undefined }, 'sulfur', 'missing'],
      [{ yieldStrength: [450, 451, 452, 453, 454] }, 'yieldStrength', 'too-many-specimens'],
      [
        { yieldStrength: [450, 460], tensileStrength: [600, 610, 620] },
        'yieldStrength',
        'specimen-count-mismatch',
      ],
      [{ bendTest: 'ok' }, 'bendTest', 'wrong-type'],
      [{ yieldStrength: -1 }, 'yieldStrength', 'out-of-range'],
    ] as [Record<string, unknown>, string, string][])('%j → %s %s', async (change, field, code) => {
      const record: Record<string, unknown> = { ...conformingBar('HRB400E', 20), ...change };
      for (const k of Object.keys(record)) if (record[k] === undefined) delete record[k];
      const result = await rebar.grade(record);
      expect(result).toMatchObject({ grade: null, conforming: false, criteria: [], nextGrade: null });
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toContainEqual(expect.objectContaining({ field, code }));
    });
  });

  it('tells what it encodes: the 2018 edition, superseded, secondary, rounded-value method', () => {
    const rs = rebar.ruleSet;
    expect(rs.references[0]).toMatchObject({
      code: 'GB/T 1499.2-2018',
      edition: '2018',
      status: 'superseded',
      supersededBy: 'GB 1499.2-2024',
    });
    // No copy of the 2018 text was read (domain reference, findings of 2026-12-02): secondary, not sourced.
    expect(rs.provenance.level).toBe('secondary');
    expect(rs.provenance.note.en).toContain('GB 1499.2-2024');
    expect(rs.provenance.note.en).toContain('GB/T 228.1');
    expect(rs.provenance.note.zh).toContain('GB/T 228.1');
    expect(rs.provenance.note.en).toMatch(/unverified/);
    expect(rs.references.map((r) => r.code)).toEqual(['GB/T 1499.2-2018']);
    expect(rs.description?.en).toContain('GB 1499.2-2024');
    expect(rs.comparison).toBe('rounded');
    expect(rs.grades.map((g) => g.id)).toEqual(['conforming']);
    const designation = rs.indicators.find((i) => i.name === 'designation')!;
    expect(designation).toMatchObject({ type: 'enum' });
    expect([...designation.values!].sort()).toEqual([...DESIGNATIONS].sort());
    for (const name of ['yieldStrength', 'tensileStrength', 'elongation', 'maxForceElongation'])
      expect(
        rs.indicators.find((i) => i.name === name),
        name,
      ).toMatchObject({ specimens: 4 });
    for (const name of ['chromium', 'vanadium', 'molybdenum', 'copper', 'nickel', 'nitrogen'])
      expect(
        rs.indicators.find((i) => i.name === name),
        name,
      ).toMatchObject({ required: false });
    for (const name of [
      'carbon',
      'silicon',
      'manganese',
      'phosphorus',
      'sulfur',
      'massDeviation',
      'bendTest',
    ])
      expect(
        rs.indicators.find((i) => i.name === name),
        name,
      ).toMatchObject({ required: true });
  });

  it('grades the sample data in examples/steel-rebar.json as the reference does', async () => {
    const records = JSON.parse(
      readFileSync(new URL('../../examples/steel-rebar.json', import.meta.url), 'utf8'),
    ) as (Bar & { batch: string })[];
    const outcomes: string[] = [];
    for (const record of records) {
      if (!DESIGNATIONS.includes(record.designation)) {
        const result = await rebar.grade(record);
        expect(result.notGradedReason?.code).toBe('invalid-record');
        outcomes.push(`invalid: ${result.errors!.map((e) => e.field).join(', ')}`);
        continue;
      }
      const result = await check(record);
      outcomes.push(result.grade ?? failing(result).join(', '));
    }
    // Most conform; the others fail different requirements; one is invalid.
    expect(outcomes).toEqual([
      'conforming',
      'conforming',
      'conforming',
      'conforming',
      'conforming',
      'conforming',
      'strength-ratio',
      'max-force-elongation',
      'mass-deviation-lower',
      'carbon-equivalent, bend-test',
      'conforming',
      'invalid: designation',
    ]);
  });
});
