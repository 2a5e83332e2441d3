import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundled, failing, type GraderPair } from '../helpers';

// The illustrative scheme of rules/home-appliances/appliance-quality-grading.yaml, copied here as data so this
// test is an independent reference: safety and CCC are gates; failure-rate and noise bands and energy-grade
// points; dimensions weighted 30/25/20/25; stars at totals 60/75/88 with dimension minimums; three stars need
// energy grade 1 or 2.
const FAILURE_BANDS: [max: number, points: number][] = [
  [0.5, 100],
  [1, 85],
  [2, 70],
  [Number.POSITIVE_INFINITY, 40],
];
const NOISE_BANDS: [max: number, points: number][] = [
  [40, 100],
  [45, 85],
  [50, 70],
  [Number.POSITIVE_INFINITY, 50],
];
const ENERGY_POINTS = [0, 100, 90, 75, 60, 45];
const STARS = [
  { id: '1-star', total: 60, minimums: {} },
  { id: '2-star', total: 75, minimums: { safetyReliability: 70 } },
  { id: '3-star', total: 88, minimums: { safetyReliability: 85, userExperience: 80 } },
] as const;

interface Appliance {
  safetyTest: boolean;
  cccCertified: boolean;
  energyGrade: number;
  noise: number;
  failureRate: number;
  reliabilityScore: number;
  intelligenceScore: number;
  userExperienceScore: number;
  afterSalesScore: number;
}

const points = (bands: [number, number][], v: number) => bands.find(([max]) => v <= max)![1];

function reference(a: Appliance) {
  const dims = {
    safetyReliability: (points(FAILURE_BANDS, a.failureRate) + a.reliabilityScore) / 2,
    energyEnvironment: (2 * ENERGY_POINTS[a.energyGrade]! + points(NOISE_BANDS, a.noise)) / 3,
    intelligence: a.intelligenceScore,
    userExperience: (a.userExperienceScore + a.afterSalesScore) / 2,
  };
  const total =
    (dims.safetyReliability * 30 +
      dims.energyEnvironment * 25 +
      dims.intelligence * 20 +
      dims.userExperience * 25) /
    100;
  if (!a.safetyTest || !a.cccCertified) return { grade: null, total, dims };
  const near = (x: number, y: number) => x >= y - 1e-9; // the rule set computes at 15 significant digits
  let stars = 0;
  for (const [i, s] of STARS.entries()) {
    const mins = Object.entries(s.minimums) as [keyof typeof dims, number][];
    if (near(total, s.total) && mins.every(([d, m]) => near(dims[d], m))) stars = i + 1;
    else break;
  }
  if (a.energyGrade > 2) stars = Math.min(stars, 2);
  return { grade: stars === 0 ? null : STARS[stars - 1]!.id, total, dims };
}

const TOP: Appliance = {
  safetyTest: true,
  cccCertified: true,
  energyGrade: 1,
  noise: 38,
  failureRate: 0.4,
  reliabilityScore: 100,
  intelligenceScore: 100,
  userExperienceScore: 100,
  afterSalesScore: 100,
};

describe('home-appliances/appliance-quality-grading (illustrative star rating)', async () => {
  const aq: GraderPair = await bundled('home-appliances/appliance-quality-grading');

  it('says it is illustrative and cites GB/T 45353-2025 for its principles', () => {
    expect(aq.ruleSet.provenance.level).toBe('illustrative');
    expect(aq.ruleSet.references.map((r) => r.code)).toContain('GB/T 45353-2025');
    expect(aq.ruleSet.grades.map((g) => g.label.zh)).toEqual(['一星级', '二星级', '三星级']);
  });

  it.each([
    [39, '2-star', 87.8],
    [40, '3-star', 88],
    [41, '3-star', 88.2],
  ])('intelligence %s with full marks elsewhere: %s (total %s)', async (intelligenceScore, grade, total) => {
    const result = await aq.grade({ ...TOP, intelligenceScore });
    expect(result.grade).toBe(grade);
    expect(result.scores?.total).toBe(total);
  });

  it('a failed safety test or a missing CCC certificate is a veto, whatever the scores', async () => {
    for (const veto of [{ safetyTest: false }, { cccCertified: false }]) {
      const result = await aq.grade({ ...TOP, ...veto });
      expect(result.grade).toBeNull();
      expect(result.notGradedReason?.code).toBe('gate-failed');
      expect(result.criteria.find((c) => c.passed === false)?.effect).toBe('gate');
    }
  });

  it('energy grade 3 caps a 3-star appliance at 2 stars and says so', async () => {
    const result = await aq.grade({ ...TOP, energyGrade: 3 });
    expect(result.grade).toBe('2-star');
    expect(failing(result)).toEqual(['energy-grade-for-three-stars']);
    expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual(['energy-grade-for-three-stars']);
    expect(result.nextGrade?.blockers[0]?.message.zh).toContain('二星级');
  });

  it('a dimension minimum holds a high total down, and the explanation names it', async () => {
    const result = await aq.grade({ ...TOP, failureRate: 0.8, reliabilityScore: 84 });
    expect(result.scores?.total).toBe(95.35);
    expect(result.grade).toBe('2-star');
    expect(failing(result)).toEqual(['safetyReliability@3-star']);
    expect(result.scores?.limitingDimension).toBe('safetyReliability');
    expect(result.scores?.dimensions.find((d) => d.id === 'safetyReliability')).toMatchObject({
      score: 84.5,
      weight: 30,
      contribution: 25.35,
    });
  });

  it('agrees with the reference on random appliances', async () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((t) => t / 10);
    const appliance = fc.record({
      safetyTest: fc.constantFrom(true, true, true, true, false),
      cccCertified: fc.constant(true),
      energyGrade: fc.integer({ min: 1, max: 5 }),
      noise: fc.integer({ min: 300, max: 600 }).map((t) => t / 10),
      failureRate: fc.constantFrom(0, 0.3, 0.5, 0.51, 0.8, 1, 1.01, 1.5, 2, 2.01, 4),
      reliabilityScore: score,
      intelligenceScore: score,
      userExperienceScore: score,
      afterSalesScore: score,
    });
    await fc.assert(
      fc.asyncProperty(appliance, async (a) => {
        const expected = reference(a);
        const result = await aq.grade(a);
        expect(result.grade).toBe(expected.grade);
        expect(result.scores!.total).toBeCloseTo(expected.total, 9);
        for (const d of result.scores!.dimensions) {
          expect(d.score).toBeCloseTo(expected.dims[d.id as keyof typeof expected.dims], 9);
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
