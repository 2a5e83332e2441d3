import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { bundled, failing, type GraderPair } from '../helpers';

// The illustrative scheme of rules/enterprise/quality-management-capability.yaml, copied here as data so this
// test is an independent reference: dimension weights 30/20/20/30, items of equal weight except product quality
// (2), cutoffs 50/65/80/90, the weakest dimension capping the level, a major incident capping at inspection.
const DIMENSIONS = {
  qmsEffectiveness: {
    weight: 30,
    items: { leadershipCommitment: 1, processControl: 1, supplierQuality: 1, auditAndImprovement: 1 },
  },
  digitalisation: { weight: 20, items: { dataCollection: 1, qualityAnalytics: 1, traceability: 1 } },
  sustainedSuccess: { weight: 20, items: { innovation: 1, customerFocus: 1, talentDevelopment: 1 } },
  qualityPerformance: { weight: 30, items: { productQuality: 2, qualityLoss: 1, customerSatisfaction: 1 } },
} as const;
type Dimension = keyof typeof DIMENSIONS;
const LEVELS = ['experience', 'inspection', 'assurance', 'prevention', 'excellence'] as const;
const ZH = ['经验级', '检验级', '保证级', '预防级', '卓越级'];
const CUTOFFS: Record<string, number> = { inspection: 50, assurance: 65, prevention: 80, excellence: 90 };
const ITEMS = Object.values(DIMENSIONS).flatMap((d) => Object.keys(d.items));

type Scores = Record<string, number>;

/** Integer scores in tenths keep the reference exact: every mean below is a ratio of integers. */
function reference(scores: Scores, incident: boolean) {
  const dims = {} as Record<Dimension, number>;
  for (const [id, d] of Object.entries(DIMENSIONS) as [Dimension, (typeof DIMENSIONS)[Dimension]][]) {
    const entries = Object.entries(d.items) as [string, number][];
    dims[id] =
      entries.reduce((s, [item, w]) => s + scores[item]! * w, 0) / entries.reduce((s, [, w]) => s + w, 0);
  }
  const total =
    (Object.keys(dims) as Dimension[]).reduce((s, id) => s + dims[id] * DIMENSIONS[id].weight, 0) / 100;
  const near = (a: number, b: number) => a >= b - 1e-9; // the rule set computes at 15 significant digits
  let level = 0;
  for (let i = 1; i < LEVELS.length; i++) {
    const cut = CUTOFFS[LEVELS[i]!]!;
    if (near(total, cut) && Object.values(dims).every((v) => near(v, cut))) level = i;
    else break;
  }
  if (incident) level = Math.min(level, 1);
  const weakest = (Object.keys(dims) as Dimension[]).reduce((a, b) => (dims[b] < dims[a] ? b : a));
  return { level: LEVELS[level]!, dims, total, weakest };
}

function uniform(score: number, over: Scores = {}): Scores {
  return { ...Object.fromEntries(ITEMS.map((i) => [i, score])), ...over };
}

function withDimension(base: number, dim: Dimension, score: number): Scores {
  return uniform(base, Object.fromEntries(Object.keys(DIMENSIONS[dim].items).map((i) => [i, score])));
}

describe('enterprise/quality-management-capability (illustrative scheme)', async () => {
  const qmc: GraderPair = await bundled('enterprise/quality-management-capability');

  it('says it is illustrative and names the five MIIT levels lowest first, in Chinese and English', () => {
    expect(qmc.ruleSet.provenance.level).toBe('illustrative');
    expect(qmc.ruleSet.grades.map((g) => g.id)).toEqual([...LEVELS]);
    expect(qmc.ruleSet.grades.map((g) => g.label.zh)).toEqual(ZH);
  });

  it.each([
    [49, 'experience'],
    [50, 'inspection'],
    [64, 'inspection'],
    [65, 'assurance'],
    [79, 'assurance'],
    [80, 'prevention'],
    [89, 'prevention'],
    [90, 'excellence'],
    [100, 'excellence'],
  ])('every score %s → %s', async (score, level) => {
    const result = await qmc.grade(uniform(score));
    expect(result.grade).toBe(level);
    expect(result.scores?.total).toBe(score);
  });

  it('a low score is still 经验级: every enterprise has a level', async () => {
    const result = await qmc.grade(uniform(0));
    expect(result.grade).toBe('experience');
    expect(result.label?.zh).toBe('经验级');
    expect(result.nextGrade).toMatchObject({ grade: 'inspection' });
  });

  it.each(Object.keys(DIMENSIONS) as Dimension[])(
    'the weakest dimension caps the level (barrel principle): %s at 89, the rest at 95',
    async (dim) => {
      const result = await qmc.grade(withDimension(95, dim, 89));
      expect(result.grade).toBe('prevention');
      expect(failing(result)).toEqual([`${dim}@excellence`]);
      expect(result.scores?.limitingDimension).toBe(dim);
      expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual([`${dim}@excellence`]);
      expect(result.nextGrade?.blockers[0]?.message.en).toMatch(/89\.00 does not meet ≥ 90/);
      expect((await qmc.grade(withDimension(95, dim, 90))).grade).toBe('excellence');
    },
  );

  it('a dimension just short of a cutoff is shown with every digit, not rounded onto the cutoff', async () => {
    const result = await qmc.grade(
      uniform(95, { dataCollection: 65, qualityAnalytics: 65, traceability: 64.99 }),
    );
    expect(result.grade).toBe('inspection');
    const blocker = result.nextGrade!.blockers[0]!;
    expect(blocker.id).toBe('digitalisation@assurance');
    expect(blocker.message.en).toBe(
      'Digitalisation of quality management: 64.9966666666667 does not meet ≥ 65 (Assurance)',
    );
  });

  it('reports each dimension score, weight and contribution', async () => {
    const result = await qmc.grade(
      uniform(95, { productQuality: 90, qualityLoss: 70, customerSatisfaction: 70 }),
    );
    expect(result.scores?.dimensions).toEqual([
      expect.objectContaining({ id: 'qmsEffectiveness', score: 95, weight: 30, contribution: 28.5 }),
      expect.objectContaining({ id: 'digitalisation', score: 95, weight: 20, contribution: 19 }),
      expect.objectContaining({ id: 'sustainedSuccess', score: 95, weight: 20, contribution: 19 }),
      expect.objectContaining({ id: 'qualityPerformance', score: 80, weight: 30, contribution: 24 }),
    ]);
    expect(result.scores?.total).toBe(90.5);
    expect(result.grade).toBe('prevention');
    expect(result.scores?.limitingDimension).toBe('qualityPerformance');
  });

  it('a major quality incident caps the level at 检验级, and never lifts one', async () => {
    const capped = await qmc.grade(uniform(95, { majorQualityIncident: true } as unknown as Scores));
    expect(capped.grade).toBe('inspection');
    expect(failing(capped)).toEqual(['no-major-incident']);
    expect(capped.criteria.find((c) => c.id === 'no-major-incident')).toMatchObject({
      effect: 'cap',
      capAt: 'inspection',
    });
    const low = await qmc.grade(uniform(40, { majorQualityIncident: true } as unknown as Scores));
    expect(low.grade).toBe('experience');
  });

  it.each([
    ['a missing score', (s: Scores) => delete s.traceability, 'traceability'],
    ['a score above 100', (s: Scores) => (s.innovation = 100.5), 'innovation'],
    ['a negative score', (s: Scores) => (s.innovation = -0.5), 'innovation'],
    [
      'a score as text',
      (s: Scores) => ((s as Record<string, unknown>).processControl = '85'),
      'processControl',
    ],
  ])('%s makes the record invalid, naming the field', async (_, mutate, field) => {
    const record = uniform(80);
    mutate(record);
    const result: GradeResult = await qmc.grade(record);
    expect(result.grade).toBeNull();
    expect(result.notGradedReason?.code).toBe('invalid-record');
    expect(result.errors?.map((e) => e.field)).toEqual([field]);
  });

  it('agrees with the reference on random assessments (scores in tenths)', async () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((t) => t / 10);
    // Profiles cluster around the cutoffs, where a mistake would show.
    const clustered = fc
      .tuple(fc.constantFrom(50, 65, 80, 90), fc.integer({ min: -15, max: 15 }))
      .map(([c, d]) => Math.min(100, Math.max(0, c + d / 10)));
    const scores = fc.record(Object.fromEntries(ITEMS.map((i) => [i, fc.oneof(score, clustered)])));
    await fc.assert(
      fc.asyncProperty(scores, fc.boolean(), async (s, incident) => {
        const expected = reference(s, incident);
        const result = await qmc.grade({ ...s, majorQualityIncident: incident });
        expect(result.grade).toBe(expected.level);
        expect(result.scores!.total).toBeCloseTo(expected.total, 9);
        for (const d of result.scores!.dimensions)
          expect(d.score).toBeCloseTo(expected.dims[d.id as Dimension], 9);
        const next = LEVELS.indexOf(expected.level) + 1;
        if (next < LEVELS.length && !incident) expect(result.nextGrade?.grade).toBe(LEVELS[next]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
