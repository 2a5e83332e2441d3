import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { explanationHtml } from '../../src/report/html/record-view';
import { bundled, failing, type GraderPair } from '../helpers';

// The illustrative scheme of rules/home-appliances/appliance-quality-grading.yaml, copied here as data so this
// test is an independent reference (nothing below is read from the rule file). GB/T 45353-2025 gives only the
// principles; every figure here is the rule set's invented illustration:
// - safety tests and CCC certification are gates (veto items);
// - safety & reliability (30) = mean of failure-rate band points and the reliability score;
//   energy & environment (25) = energy-grade points (item weight 2) and noise band points (weight 1);
//   intelligence (20) = the assessor score; user experience (25) = mean of the UX and after-sales scores;
// - stars at totals 60 / 75 / 88; 2 stars also need safety & reliability ≥ 70, 3 stars ≥ 85 and user
//   experience ≥ 80; energy grade 3 or worse caps at 2 stars.
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
const ENERGY_POINTS: Record<number, number> = { 1: 100, 2: 90, 3: 75, 4: 60, 5: 45 };
const WEIGHTS = { safetyReliability: 30, energyEnvironment: 25, intelligence: 20, userExperience: 25 };
type Dimension = keyof typeof WEIGHTS;
const DIMENSIONS = Object.keys(WEIGHTS) as Dimension[];
const STARS = ['1-star', '2-star', '3-star'] as const;
type Star = (typeof STARS)[number];
const CUTOFFS: Record<Star, number> = { '1-star': 60, '2-star': 75, '3-star': 88 };
const MINIMUMS: [star: Star, dimension: Dimension, minimum: number][] = [
  ['2-star', 'safetyReliability', 70],
  ['3-star', 'safetyReliability', 85],
  ['3-star', 'userExperience', 80],
];
const CAP = { id: 'energy-grade-for-three-stars', maxEnergyGrade: 2, capAt: '2-star' as Star };

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

// Scores in exact arithmetic: every input the tests use is a multiple of 0.1, so 60 × 10 × a dimension score
// and 6000 × the total are integers, and each comparison with a cutoff or minimum is exact.
const SCALE = 6000;
const scaled = (v: number) => Math.round(v * 10); // tenths as an integer

function reference(a: Appliance) {
  const dims: Record<Dimension, number> = {
    safetyReliability: 300 * (10 * points(FAILURE_BANDS, a.failureRate) + scaled(a.reliabilityScore)),
    energyEnvironment: 200 * (2 * 10 * ENERGY_POINTS[a.energyGrade]! + 10 * points(NOISE_BANDS, a.noise)),
    intelligence: 600 * scaled(a.intelligenceScore),
    userExperience: 300 * (scaled(a.userExperienceScore) + scaled(a.afterSalesScore)),
  };
  // Σ weight × score / Σ weights, with Σ weights = 100.
  const total = DIMENSIONS.reduce((sum, d) => sum + WEIGHTS[d] * dims[d], 0) / 100;
  const fails: string[] = [];
  if (!a.safetyTest) fails.push('safety');
  if (!a.cccCertified) fails.push('ccc');
  if (a.energyGrade > CAP.maxEnergyGrade) fails.push(CAP.id);
  for (const s of STARS) if (total < CUTOFFS[s] * SCALE) fails.push(`totalScore@${s}`);
  for (const [s, d, m] of MINIMUMS) if (dims[d] < m * SCALE) fails.push(`${d}@${s}`);
  const gradeOf = (id: string): Star => {
    if (id === CAP.id) return STARS[STARS.indexOf(CAP.capAt) + 1]!;
    const at = id.indexOf('@');
    return at < 0 ? '1-star' : (id.slice(at + 1) as Star);
  };
  const lowestFailed = Math.min(STARS.length, ...fails.map((id) => STARS.indexOf(gradeOf(id))));
  const grade = lowestFailed === 0 ? null : STARS[lowestFailed - 1]!;
  const next = STARS[lowestFailed] ?? null;
  const blockers = next ? fails.filter((id) => gradeOf(id) === next) : [];
  const blockedDims = DIMENSIONS.filter((d) => blockers.includes(`${d}@${next}`));
  const limiting = blockedDims.sort((x, y) => dims[x] - dims[y])[0] ?? null;
  const gates = fails.filter((id) => id === 'safety' || id === 'ccc');
  const notGraded = grade !== null ? undefined : gates.length > 0 ? 'gate-failed' : 'below-lowest-grade';
  return {
    grade,
    total: total / SCALE,
    dims: Object.fromEntries(DIMENSIONS.map((d) => [d, dims[d] / SCALE])) as Record<Dimension, number>,
    fails,
    next,
    blockers,
    limiting,
    notGraded,
  };
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

/** Checks a result against the reference in every part: grade, failing ids, scores, contributions, explanation. */
function expectReference(result: GradeResult, a: Appliance) {
  const expected = reference(a);
  expect(result.grade).toBe(expected.grade);
  expect(failing(result)).toEqual(expected.fails);
  expect(result.notGradedReason?.code).toBe(expected.notGraded);
  expect(result.nextGrade?.grade ?? null).toBe(expected.next);
  expect(result.nextGrade?.blockers.map((b) => b.id) ?? []).toEqual(expected.blockers);
  const scores = result.scores!;
  expect(scores.total).toBeCloseTo(expected.total, 9);
  expect(scores.dimensions.map((d) => d.id)).toEqual(DIMENSIONS);
  for (const d of scores.dimensions) {
    const id = d.id as Dimension;
    expect(d.weight).toBe(WEIGHTS[id]);
    expect(d.score).toBeCloseTo(expected.dims[id], 9);
    expect(d.contribution).toBeCloseTo((WEIGHTS[id] / 100) * expected.dims[id], 9);
  }
  expect(scores.limitingDimension).toBe(expected.limiting);
  return expected;
}

describe('home-appliances/appliance-quality-grading (illustrative star rating)', async () => {
  const aq: GraderPair = await bundled('home-appliances/appliance-quality-grading');

  it('says it is illustrative, cites GB/T 45353-2025 for its principles and GB 21455-2019 for the energy grade', () => {
    expect(aq.ruleSet.provenance.level).toBe('illustrative');
    expect(aq.ruleSet.provenance.note.en).toMatch(/illustrative/);
    expect(aq.ruleSet.provenance.note.zh).toMatch(/示例/);
    expect(aq.ruleSet.references.map((r) => r.code)).toEqual(['GB/T 45353-2025', 'GB 21455-2019']);
    expect(aq.ruleSet.grades.map((g) => g.id)).toEqual([...STARS]);
    expect(aq.ruleSet.grades.map((g) => g.label.zh)).toEqual(['一星级', '二星级', '三星级']);
  });

  // Each cutoff at, just below (total − 0.02) and just above (+ 0.02): intelligence moves the total by 0.2 a point.
  const base3 = TOP; // rest of the total 80 → intelligence 40 puts it at 88
  const base2 = { ...TOP, userExperienceScore: 60, afterSalesScore: 60 }; // rest 70 → intelligence 25 at 75
  const base1 = {
    ...TOP,
    noise: 48,
    failureRate: 2.5,
    reliabilityScore: 40,
    userExperienceScore: 40,
    afterSalesScore: 40,
  }; // rest 44.5 → 77.5 at 60
  it.each([
    ['3-star', base3, 39.9, 87.98, '2-star'],
    ['3-star', base3, 40, 88, '3-star'],
    ['3-star', base3, 40.1, 88.02, '3-star'],
    ['2-star', base2, 24.9, 74.98, '1-star'],
    ['2-star', base2, 25, 75, '2-star'],
    ['2-star', base2, 25.1, 75.02, '2-star'],
    ['1-star', base1, 77.4, 59.98, null],
    ['1-star', base1, 77.5, 60, '1-star'],
    ['1-star', base1, 77.6, 60.02, '1-star'],
  ] as const)(
    '%s cutoff: intelligence %s → total %s, grade %s',
    async (star, base, intelligenceScore, total, grade) => {
      const a = { ...base, intelligenceScore };
      const result = await aq.grade(a);
      expectReference(result, a);
      expect(result.grade).toBe(grade);
      expect(result.scores!.total).toBe(total);
      const cutoff = result.criteria.find((c) => c.id === `totalScore@${star}`)!;
      expect(cutoff.limit).toEqual({ operator: '>=', value: CUTOFFS[star], text: `≥ ${CUTOFFS[star]}` });
      expect(cutoff.passed).toBe(total >= CUTOFFS[star]);
      if (!cutoff.passed) {
        expect(result.nextGrade?.grade).toBe(star);
        expect(result.nextGrade?.blockers.map((b) => b.id)).toContain(`totalScore@${star}`);
        expect(cutoff.message.en).toBe(
          `Total score: ${total} does not meet ≥ ${CUTOFFS[star]} (${star.replace('-star', ' star')}${star === '1-star' ? '' : 's'})`,
        );
      }
    },
  );

  it('a total just short of a cutoff says so with every digit, not rounded onto the cutoff', async () => {
    // intelligence 39.99 → total 87.998, which two decimals would show as 88.00, contradicting the result.
    const result = await aq.grade({ ...TOP, intelligenceScore: 39.99 });
    expect(result.grade).toBe('2-star');
    const cutoff = result.criteria.find((c) => c.id === 'totalScore@3-star')!;
    expect(cutoff.value).toBe(87.998);
    expect(cutoff.message.en).toBe('Total score: 87.998 does not meet ≥ 88 (3 stars)');
    expect(cutoff.message.zh).toContain('87.998');
    // The breakdown adds up to the total it shows: the contribution 39.99 × 20 % is 7.998, not "8".
    const text = formatExplanation(result, 'en');
    expect(text).toContain('Total score: 87.998\n');
    expect(text).toContain('Intelligence: 39.99 × 20/100 → 7.998\n');
    expect(explanationHtml(result, 'zh')).toContain('39.99 × 20/100 → 7.998');
  });

  it.each([
    ['safetyReliability', '2-star', { failureRate: 1.5, reliabilityScore: 69 }, 69.5, '1-star'],
    ['safetyReliability', '2-star', { failureRate: 1.5, reliabilityScore: 70 }, 70, '2-star'],
    ['safetyReliability', '2-star', { failureRate: 1.5, reliabilityScore: 71 }, 70.5, '2-star'],
    ['safetyReliability', '3-star', { failureRate: 0.8, reliabilityScore: 84 }, 84.5, '2-star'],
    ['safetyReliability', '3-star', { failureRate: 0.8, reliabilityScore: 85 }, 85, '3-star'],
    ['safetyReliability', '3-star', { failureRate: 0.8, reliabilityScore: 86 }, 85.5, '3-star'],
    ['userExperience', '3-star', { userExperienceScore: 80, afterSalesScore: 79 }, 79.5, '2-star'],
    ['userExperience', '3-star', { userExperienceScore: 80, afterSalesScore: 80 }, 80, '3-star'],
    ['userExperience', '3-star', { userExperienceScore: 80, afterSalesScore: 81 }, 80.5, '3-star'],
  ] as const)(
    '%s minimum for %s: %o → %s, grade %s (weakest link holds a high total down)',
    async (dim, star, change, score, grade) => {
      const a = { ...TOP, ...change };
      const result = await aq.grade(a);
      expectReference(result, a);
      expect(result.grade).toBe(grade);
      expect(result.scores!.total).toBeGreaterThan(CUTOFFS['3-star']); // the total alone would give 3 stars
      const dimension = result.scores!.dimensions.find((d) => d.id === dim)!;
      expect(dimension.score).toBe(score);
      const minimum = MINIMUMS.find(([s, d]) => s === star && d === dim)![2];
      const requirement = result.criteria.find((c) => c.id === `${dim}@${star}`)!;
      expect(requirement.limit?.text).toBe(`≥ ${minimum}`);
      expect(requirement.passed).toBe(score >= minimum);
      if (score < minimum) {
        expect(failing(result)).toEqual(
          star === '2-star' ? [`${dim}@2-star`, `${dim}@3-star`] : [`${dim}@${star}`],
        );
        expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual([`${dim}@${star}`]);
      } else expect(result.nextGrade?.blockers.map((b) => b.id) ?? []).not.toContain(`${dim}@${star}`);
      // Below 3 stars this dimension is what holds the grade down (safety & reliability 70–70.5 still
      // misses the 3-star minimum of 85); at 3 stars nothing does.
      expect(result.scores!.limitingDimension).toBe(grade === '3-star' ? null : dim);
    },
  );

  it('explains a dimension that holds the grade down: scores, contribution, blocker', async () => {
    const result = await aq.grade({ ...TOP, failureRate: 0.8, reliabilityScore: 84 });
    expect(result.scores).toMatchObject({ total: 95.35, limitingDimension: 'safetyReliability' });
    expect(result.scores!.dimensions.map((d) => [d.id, d.score, d.weight, d.contribution])).toEqual([
      ['safetyReliability', 84.5, 30, 25.35],
      ['energyEnvironment', 100, 25, 25],
      ['intelligence', 100, 20, 20],
      ['userExperience', 100, 25, 25],
    ]);
    const [blocker] = result.nextGrade!.blockers;
    expect(blocker!.message.en).toBe('Safety and reliability: 84.5 does not meet ≥ 85 (3 stars)');
    expect(blocker!.message.zh).toBe('安全可靠：84.5，不满足 ≥ 85（三星级）');
  });

  it('names the lower of two blocked dimensions as the one holding the grade down', async () => {
    // safety & reliability 84.5 (< 85), user experience 79.5 (< 80): both block 3 stars.
    const a = {
      ...TOP,
      failureRate: 0.8,
      reliabilityScore: 84,
      userExperienceScore: 80,
      afterSalesScore: 79,
    };
    const result = await aq.grade(a);
    expectReference(result, a);
    expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual([
      'safetyReliability@3-star',
      'userExperience@3-star',
    ]);
    expect(result.scores!.limitingDimension).toBe('userExperience');
  });

  it.each([
    [1, 100, '3-star', []],
    [2, 90, '3-star', []],
    [3, 75, '2-star', ['energy-grade-for-three-stars']],
    [4, 60, '2-star', ['energy-grade-for-three-stars']],
    [5, 45, '2-star', ['energy-grade-for-three-stars']],
  ] as const)(
    'energy grade %s: %s points; with full marks elsewhere → %s (cap above grade 2)',
    async (energyGrade, pts, grade, fails) => {
      const a = { ...TOP, energyGrade };
      const result = await aq.grade(a);
      expectReference(result, a);
      expect(result.scores!.dimensions.find((d) => d.id === 'energyEnvironment')!.score).toBeCloseTo(
        (2 * pts + 100) / 3,
        9,
      );
      expect(result.grade).toBe(grade);
      expect(failing(result)).toEqual(fails);
      const cap = result.criteria.find((c) => c.id === CAP.id)!;
      expect(cap).toMatchObject({ effect: 'cap', capAt: '2-star', grade: '3-star', limit: { text: '≤ 2' } });
    },
  );

  it('the energy cap is the blocker for 3 stars and its message says where it caps', async () => {
    const result = await aq.grade({ ...TOP, energyGrade: 3 });
    expect(result.nextGrade?.grade).toBe('3-star');
    const [blocker] = result.nextGrade!.blockers;
    expect(blocker!.id).toBe(CAP.id);
    expect(blocker!.message.en).toBe(
      'Energy-efficiency grade: 3 does not meet ≤ 2 (failing it caps the grade at 2 stars)',
    );
    expect(blocker!.message.zh).toContain('二星级');
    expect(result.scores!.limitingDimension).toBeNull(); // the cap is no dimension
  });

  it.each([
    [0.5, 100],
    [0.51, 85],
    [1, 85],
    [1.01, 70],
    [2, 70],
    [2.01, 40],
  ])('failure rate %s %% scores %s points', async (failureRate, pts) => {
    const a = { ...TOP, failureRate };
    const result = await aq.grade(a);
    expectReference(result, a);
    expect(result.scores!.dimensions[0]!.score).toBe((pts + 100) / 2);
  });

  it.each([
    [40, 100],
    [40.1, 85],
    [45, 85],
    [45.1, 70],
    [50, 70],
    [50.1, 50],
  ])('noise %s dB(A) scores %s points', async (noise, pts) => {
    const a = { ...TOP, noise };
    const result = await aq.grade(a);
    expectReference(result, a);
    expect(result.scores!.dimensions[1]!.score).toBeCloseTo((200 + pts) / 3, 9);
  });

  it.each([
    [{ safetyTest: false }, ['safety']],
    [{ cccCertified: false }, ['ccc']],
    [{ safetyTest: false, cccCertified: false }, ['safety', 'ccc']],
    [{ safetyTest: false, intelligenceScore: 0, userExperienceScore: 0, afterSalesScore: 0 }, ['safety']],
  ])('gate %o: not graded whatever the scores, and the gates are the reason', async (veto, gates) => {
    const a = { ...TOP, ...veto };
    const result = await aq.grade(a);
    expectReference(result, a);
    expect(result.grade).toBeNull();
    expect(result.conforming).toBe(false);
    expect(result.notGradedReason?.code).toBe('gate-failed');
    expect(result.notGradedReason?.criteria).toEqual(gates);
    for (const id of gates) {
      const gate = result.criteria.find((c) => c.id === id)!;
      expect(gate).toMatchObject({ effect: 'gate', passed: false, limit: { text: '= true' } });
      expect(gate.message.en).toContain('veto item');
    }
    expect(result.nextGrade?.grade).toBe('1-star');
    expect(result.scores).toBeDefined(); // still scored, for the report
  });

  it.each([
    [{ energyGrade: 6 }, ['energyGrade']],
    [{ energyGrade: 1.5 }, ['energyGrade']],
    [{ noise: undefined }, ['noise']],
    [{ failureRate: -0.1 }, ['failureRate']],
    [{ safetyTest: 'passed' }, ['safetyTest']],
    [{ intelligenceScore: 120, afterSalesScore: -1 }, ['intelligenceScore', 'afterSalesScore']],
  ])('invalid record %o: not graded, and each bad field is named', async (change, fields) => {
    const result = await aq.grade({ ...TOP, ...change });
    expect(result.grade).toBeNull();
    expect(result.notGradedReason?.code).toBe('invalid-record');
    expect(result.errors?.map((e) => e.field).sort()).toEqual([...fields].sort());
    expect(result.criteria).toEqual([]);
    expect(result.scores).toBeUndefined();
  });

  it('agrees with the reference on a grid of dimension levels', async () => {
    let checked = 0;
    const grades = new Set<string | null>();
    for (const energyGrade of [1, 2, 3, 5])
      for (const failureRate of [0.5, 1.5, 3])
        for (const reliabilityScore of [60, 85, 100])
          for (const intelligenceScore of [0, 50, 100])
            for (const ux of [40, 80, 95]) {
              const a = {
                ...TOP,
                energyGrade,
                failureRate,
                reliabilityScore,
                intelligenceScore,
                userExperienceScore: ux,
                afterSalesScore: ux,
              };
              grades.add(expectReference(await aq.grade(a), a).grade);
              checked++;
            }
    expect(checked).toBe(324);
    expect(grades).toEqual(new Set([null, '1-star', '2-star', '3-star']));
  });

  it('agrees with the reference on random appliances', async () => {
    // Tenths, with the cutoffs' and minimums' neighbourhoods drawn often.
    const score = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
      fc.constantFrom(39.9, 40, 40.1, 59.9, 60, 60.1, 69.9, 70, 70.1, 79.9, 80, 80.1, 84.9, 85, 85.1, 100),
    );
    const appliance = fc.record({
      safetyTest: fc.constantFrom(true, true, true, true, true, false),
      cccCertified: fc.constantFrom(true, true, true, true, true, false),
      energyGrade: fc.integer({ min: 1, max: 5 }),
      noise: fc.oneof(
        fc.integer({ min: 300, max: 600 }).map((t) => t / 10),
        fc.constantFrom(40, 40.1, 45, 45.1, 50, 50.1),
      ),
      failureRate: fc.constantFrom(0, 0.3, 0.5, 0.51, 0.8, 1, 1.01, 1.5, 2, 2.01, 4),
      reliabilityScore: score,
      intelligenceScore: score,
      userExperienceScore: score,
      afterSalesScore: score,
    });
    const seen = new Set<string | null>();
    await fc.assert(
      fc.asyncProperty(appliance, async (a) => {
        seen.add(expectReference(await aq.grade(a), a).grade);
      }),
      { numRuns: 400, seed: 45353 },
    );
    expect(seen).toEqual(new Set([null, '1-star', '2-star', '3-star']));
  });
});
