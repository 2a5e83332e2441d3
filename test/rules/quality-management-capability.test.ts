import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { bundled, failing, type GraderPair } from '../helpers';

// The illustrative scheme of rules/enterprise/quality-management-capability.yaml, copied here as data so this
// test is an independent reference (nothing below is read from the rule file): dimension weights 30/20/20/30,
// items of equal weight except product quality (2), cutoffs 50/65/80/90 with no cutoff for 经验级, the weakest
// dimension capping the level (木桶原理, a design assumption), a major incident capping at 检验级.
const DIMENSIONS = {
  qmsEffectiveness: {
    weight: 30,
    zh: '质量管理体系有效性',
    items: { leadershipCommitment: 1, processControl: 1, supplierQuality: 1, auditAndImprovement: 1 },
  },
  digitalisation: {
    weight: 20,
    zh: '质量管理数字化',
    items: { dataCollection: 1, qualityAnalytics: 1, traceability: 1 },
  },
  sustainedSuccess: {
    weight: 20,
    zh: '持续成功能力',
    items: { innovation: 1, customerFocus: 1, talentDevelopment: 1 },
  },
  qualityPerformance: {
    weight: 30,
    zh: '质量绩效',
    items: { productQuality: 2, qualityLoss: 1, customerSatisfaction: 1 },
  },
} as const;
type Dimension = keyof typeof DIMENSIONS;
const DIMENSION_IDS = Object.keys(DIMENSIONS) as Dimension[];
const LEVELS = ['experience', 'inspection', 'assurance', 'prevention', 'excellence'] as const;
type Level = (typeof LEVELS)[number];
const ZH: Record<Level, string> = {
  experience: '经验级',
  inspection: '检验级',
  assurance: '保证级',
  prevention: '预防级',
  excellence: '卓越级',
};
const EN: Record<Level, string> = {
  experience: 'Experience',
  inspection: 'Inspection',
  assurance: 'Assurance',
  prevention: 'Prevention',
  excellence: 'Excellence',
};
const CUTOFFS: Record<Exclude<Level, 'experience'>, number> = {
  inspection: 50,
  assurance: 65,
  prevention: 80,
  excellence: 90,
};
const INCIDENT_CAP: Level = 'inspection';
const ITEMS = DIMENSION_IDS.flatMap((d) => Object.keys(DIMENSIONS[d].items));
const cutoff = (level: Level): number => (level === 'experience' ? 0 : CUTOFFS[level]);

type Scores = Record<string, number>;
type Record_ = Record<string, unknown>;

interface Expected {
  level: Level;
  dims: Record<Dimension, number>;
  total: number;
  contributions: Record<Dimension, number>;
  /** The next level up, and the ids of its requirements the record fails. */
  next: { level: Level; blockers: string[] } | null;
  /** The lowest-scoring dimension among the next level's blockers (first in order on a tie). */
  limiting: Dimension | null;
  /**
   * Each dimension among the blockers: the points it lacks, and the item that alone closes the gap with the
   * fewest hundredths more (the lowest-scoring first on a tie, then the first in order), or null when no
   * item can, each capped at 100.
   */
  shortfalls: {
    score: Dimension;
    gap: number;
    raise: { indicator: string; from: number; to: number } | null;
  }[];
}

/**
 * Exact reference. Scores are whole hundredths, so every dimension score × 6,000 and the total × 600,000 are
 * integers (item-weight sums 4, 3, 3 and 5 all divide 60; dimension weights sum to 100): every comparison with a
 * cutoff is made on integers, with no rounding tolerance.
 */
function reference(scores: Scores, incident: boolean): Expected {
  const hundredths = (item: string) => Math.round(scores[item]! * 100);
  const dim6000 = {} as Record<Dimension, number>;
  for (const id of DIMENSION_IDS) {
    const entries = Object.entries(DIMENSIONS[id].items) as [string, number][];
    const weightSum = entries.reduce((s, [, w]) => s + w, 0);
    dim6000[id] = entries.reduce((s, [item, w]) => s + hundredths(item) * w, 0) * (60 / weightSum);
  }
  const total600000 = DIMENSION_IDS.reduce((s, id) => s + dim6000[id] * DIMENSIONS[id].weight, 0);
  const totalReaches = (level: Level) => total600000 >= cutoff(level) * 600000;
  const dimReaches = (id: Dimension, level: Level) => dim6000[id] >= cutoff(level) * 6000;

  let index = 0;
  while (
    index + 1 < LEVELS.length &&
    totalReaches(LEVELS[index + 1]!) &&
    DIMENSION_IDS.every((id) => dimReaches(id, LEVELS[index + 1]!))
  )
    index++;
  const capIndex = LEVELS.indexOf(INCIDENT_CAP);
  if (incident) index = Math.min(index, capIndex);

  const dims = Object.fromEntries(DIMENSION_IDS.map((id) => [id, dim6000[id] / 6000])) as Record<
    Dimension,
    number
  >;
  const contributions = Object.fromEntries(
    DIMENSION_IDS.map((id) => [id, (dim6000[id] * DIMENSIONS[id].weight) / 600000]),
  ) as Record<Dimension, number>;

  let next: Expected['next'] = null;
  let limiting: Dimension | null = null;
  const shortfalls: Expected['shortfalls'] = [];
  if (index + 1 < LEVELS.length) {
    const up = LEVELS[index + 1]!;
    const blockers: string[] = [];
    // The cap is a requirement of the level just above it: it blocks only from there.
    if (incident && index === capIndex) blockers.push('no-major-incident');
    if (!totalReaches(up)) blockers.push(`totalScore@${up}`);
    for (const id of DIMENSION_IDS) {
      if (dimReaches(id, up)) continue;
      blockers.push(`${id}@${up}`);
      if (limiting === null || dim6000[id] < dim6000[limiting]) limiting = id;
      shortfalls.push({ score: id, gap: (cutoff(up) * 6000 - dim6000[id]) / 6000, raise: raiseOf(id, up) });
    }
    next = { level: up, blockers };
  }
  return {
    level: LEVELS[index]!,
    dims,
    total: total600000 / 600000,
    contributions,
    next,
    limiting,
    shortfalls,
  };

  /** The one item of `id` that, raised alone to whole hundredths, reaches `level` with the fewest hundredths more. */
  function raiseOf(id: Dimension, level: Level): Expected['shortfalls'][number]['raise'] {
    const entries = Object.entries(DIMENSIONS[id].items) as [string, number][];
    const weightSum = entries.reduce((s, [, w]) => s + w, 0);
    const need = cutoff(level) * 6000 - dim6000[id];
    let best: { indicator: string; from: number; more: number } | null = null;
    for (const [item, w] of entries) {
      // Each hundredth more adds w × 60 / weightSum to the dimension × 6000.
      const step = (w * 60) / weightSum;
      const more = Math.ceil(need / step);
      const from = hundredths(item);
      if (from + more > 10000) continue;
      if (!best || more < best.more || (more === best.more && from < best.from))
        best = { indicator: item, from, more };
    }
    return best && { indicator: best.indicator, from: best.from / 100, to: (best.from + best.more) / 100 };
  }
}

function uniform(score: number, over: Record_ = {}): Record_ {
  return { ...Object.fromEntries(ITEMS.map((i) => [i, score])), ...over };
}

/** Every item at `base`, the items of some dimensions at other scores. */
function profile(base: number, dims: Partial<Record<Dimension, number>>, over: Record_ = {}): Record_ {
  const record = uniform(base);
  for (const [id, score] of Object.entries(dims) as [Dimension, number][])
    for (const item of Object.keys(DIMENSIONS[id].items)) record[item] = score;
  return { ...record, ...over };
}

function compare(result: GradeResult, expected: Expected): void {
  expect(result.grade).toBe(expected.level);
  expect(result.label).toEqual({ zh: ZH[expected.level], en: EN[expected.level] });
  const scores = result.scores!;
  expect(scores.total).toBeCloseTo(expected.total, 9);
  expect(scores.dimensions.map((d) => d.id)).toEqual(DIMENSION_IDS);
  for (const d of scores.dimensions) {
    const id = d.id as Dimension;
    expect(d.weight).toBe(DIMENSIONS[id].weight);
    expect(d.label.zh).toBe(DIMENSIONS[id].zh);
    expect(d.score).toBeCloseTo(expected.dims[id], 9);
    expect(d.contribution).toBeCloseTo(expected.contributions[id], 9);
  }
  expect(scores.dimensions.reduce((s, d) => s + d.contribution!, 0)).toBeCloseTo(expected.total, 9);
  expect(scores.limitingDimension).toBe(expected.limiting);
  // Each dimension's items: the record's scores as points, the rule file's weights, the lowest marked.
  for (const d of scores.dimensions) {
    const items = Object.entries(DIMENSIONS[d.id as Dimension].items);
    expect(d.items?.map((i) => [i.indicator, i.weight])).toEqual(items);
    const points = d.items!.map((i) => i.points!);
    const low = Math.min(...points);
    const alike = points.every((p) => p === low);
    expect(d.items!.filter((i) => i.lowest).map((i) => i.points)).toEqual(
      alike ? [] : points.filter((p) => p === low),
    );
  }
  // What a dimension lacks and what lifts it; the total is left out: the weakest link caps.
  expect(
    (scores.shortfalls ?? []).map((s) => ({
      score: s.score,
      gap: s.gap,
      raise: s.raise && { indicator: s.raise.indicator, from: s.raise.from, to: s.raise.to },
    })),
  ).toEqual(expected.shortfalls.map((s) => ({ ...s, gap: expect.closeTo(s.gap, 9) })));
  if (expected.next === null) expect(result.nextGrade).toBeNull();
  else {
    expect(result.nextGrade?.grade).toBe(expected.next.level);
    expect(result.nextGrade?.label.zh).toBe(ZH[expected.next.level]);
    expect(result.nextGrade?.blockers.map((b) => b.id).sort()).toEqual([...expected.next.blockers].sort());
  }
}

async function check(qmc: GraderPair, record: Record_): Promise<GradeResult> {
  const { majorQualityIncident, ...scores } = record;
  const result = await qmc.grade(record);
  compare(result, reference(scores as Scores, majorQualityIncident === true));
  return result;
}

describe('enterprise/quality-management-capability (illustrative scheme)', async () => {
  const qmc: GraderPair = await bundled('enterprise/quality-management-capability');

  it('says it is illustrative and names the five levels lowest first, in Chinese and English', () => {
    expect(qmc.ruleSet.provenance.level).toBe('illustrative');
    expect(qmc.ruleSet.provenance.note?.en).toMatch(/not public/);
    expect(qmc.ruleSet.provenance.note?.en).toMatch(/design assumption/);
    expect(qmc.ruleSet.references.map((r) => r.code)).toContain('工信部联科〔2023〕249号');
    expect(qmc.ruleSet.grades.map((g) => g.id)).toEqual([...LEVELS]);
    expect(qmc.ruleSet.grades.map((g) => g.label)).toEqual(LEVELS.map((l) => ({ zh: ZH[l], en: EN[l] })));
  });

  it('attributes the levels, dimensions and indicators to the group standard, and 249号 as the policy using them', () => {
    // Findings of 2026-12-02: the group standard 《制造业企业质量管理能力评价规范》 (ten associations, 27 September,
    // year not found) defines them; 工信部联科〔2023〕249号 (December 2023) uses the levels.
    const [spec, policy] = qmc.ruleSet.references;
    expect(spec).toMatchObject({ code: '制造业企业质量管理能力评价规范' });
    expect(spec!.edition).not.toMatch(/\d{4}/); // no year was found: none is claimed
    expect(spec!.note?.en).toMatch(/ten associations/);
    expect(spec!.note?.en).toMatch(/not found/);
    expect(spec!.note?.zh).toMatch(/十家行业协会/);
    expect(spec!.clause).toMatch(/30/);
    expect(policy).toMatchObject({ code: '工信部联科〔2023〕249号', edition: '2023' });
    expect(policy!.note?.en).toMatch(/uses the five levels/);
    expect(qmc.ruleSet.provenance.note.en).toMatch(/group standard/);
    expect(qmc.ruleSet.provenance.note.zh).toMatch(/团体标准/);
  });

  // Every cutoff with the whole profile exactly at it, a tenth and a hundredth below, and a tenth above.
  const boundaries = Object.entries(CUTOFFS).flatMap(([level, c]) => {
    const below = LEVELS[LEVELS.indexOf(level as Level) - 1]!;
    return [
      [c - 0.1, below],
      [c - 0.01, below],
      [c, level],
      [c + 0.1, level],
    ] as [number, Level][];
  });
  it.each(boundaries)('every score %s → %s', async (score, level) => {
    const result = await check(qmc, uniform(score));
    expect(result.grade).toBe(level);
    expect(result.scores?.total).toBeCloseTo(score, 9);
  });

  it('a score of 0 everywhere is still 经验级: every valid enterprise has a level', async () => {
    const result = await check(qmc, uniform(0));
    expect(result.grade).toBe('experience');
    expect(result.label?.zh).toBe('经验级');
    expect(result.notGradedReason).toBeUndefined();
    expect(result.nextGrade?.grade).toBe('inspection');
    expect(result.nextGrade?.label.zh).toBe('检验级');
    // Nothing belongs to 经验级 itself: no requirement of it can fail.
    expect(result.criteria.filter((c) => c.grade === 'experience')).toEqual([]);
  });

  it('every score 100: 卓越级, with no next grade and no dimension holding it down', async () => {
    const result = await check(qmc, uniform(100));
    expect(result.label?.zh).toBe('卓越级');
    expect(result.nextGrade).toBeNull();
    expect(result.scores?.limitingDimension).toBeNull();
  });

  describe.each(DIMENSION_IDS)('the weakest dimension caps the level (barrel principle): %s', (dim) => {
    it.each([
      [89.9, 'prevention'],
      [90, 'excellence'],
      [64.9, 'inspection'],
      [65, 'assurance'],
      [49.9, 'experience'],
    ] as [number, Level][])('%s there, every other item 100 → %s', async (score, level) => {
      const result = await check(qmc, profile(100, { [dim]: score }));
      expect(result.grade).toBe(level);
      if (level === 'excellence') return;
      expect(result.scores?.limitingDimension).toBe(dim);
      const up = LEVELS[LEVELS.indexOf(level) + 1]!;
      expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual([`${dim}@${up}`]);
      const blocker = result.nextGrade!.blockers[0]!;
      expect(blocker.value).toBeCloseTo(score, 9);
      expect(blocker.limit).toMatchObject({ operator: '>=', value: CUTOFFS[up as keyof typeof CUTOFFS] });
      // A score shows its shortest figure (89.9, 65), as its breakdown line does: not 89.90 or 65.00.
      expect(blocker.message.en).toBe(
        `${result.scores!.dimensions.find((d) => d.id === dim)!.label.en}: ${score} does not meet ≥ ${cutoff(up)} (${EN[up]})`,
      );
      expect(blocker.message.zh).toBe(`${DIMENSIONS[dim].zh}：${score}，不满足 ≥ ${cutoff(up)}（${ZH[up]}）`);
    });
  });

  it('a total well above a cutoff does not lift a weak dimension: total 89.2, held at 检验级', async () => {
    const result = await check(qmc, profile(100, { qmsEffectiveness: 64 }));
    expect(result.scores?.total).toBe(89.2);
    expect(result.grade).toBe('inspection');
    expect(failing(result)).toEqual([
      'qmsEffectiveness@assurance',
      'qmsEffectiveness@prevention',
      // The weakest link caps: a level's dimensions come before its total, which is never the reason alone.
      'qmsEffectiveness@excellence',
      'totalScore@excellence',
    ]);
  });

  it('the lowest of several failing dimensions is the one holding the grade down', async () => {
    const result = await check(qmc, profile(95, { qmsEffectiveness: 70, digitalisation: 55 }));
    expect(result.grade).toBe('inspection');
    expect(result.scores?.limitingDimension).toBe('digitalisation');
    expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual(['digitalisation@assurance']);
    // Of two dimensions short of the next level, the lower one is named.
    const two = await check(qmc, profile(95, { qmsEffectiveness: 85, qualityPerformance: 82 }));
    expect(two.grade).toBe('prevention');
    expect(two.scores?.limitingDimension).toBe('qualityPerformance');
    expect(two.nextGrade?.blockers.map((b) => b.id)).toEqual([
      'qmsEffectiveness@excellence',
      'qualityPerformance@excellence',
      'totalScore@excellence',
    ]);
  });

  it('reports each dimension score, weight and contribution', async () => {
    const result = await check(
      qmc,
      uniform(95, { productQuality: 90, qualityLoss: 70, customerSatisfaction: 70 }),
    );
    expect(result.scores?.dimensions).toEqual([
      expect.objectContaining({ id: 'qmsEffectiveness', score: 95, weight: 30, contribution: 28.5 }),
      expect.objectContaining({ id: 'digitalisation', score: 95, weight: 20, contribution: 19 }),
      expect.objectContaining({ id: 'sustainedSuccess', score: 95, weight: 20, contribution: 19 }),
      expect.objectContaining({ id: 'qualityPerformance', score: 80, weight: 30, contribution: 24 }),
    ]);
    expect(result.scores?.total).toBe(90.5);
    // Product quality counts twice: (2 × 90 + 70 + 70) / 4 = 80, exactly the prevention cutoff.
    expect(result.grade).toBe('prevention');
    expect(result.scores?.limitingDimension).toBe('qualityPerformance');
    const below = await check(
      qmc,
      uniform(95, { productQuality: 89.9, qualityLoss: 70, customerSatisfaction: 70 }),
    );
    expect(below.grade).toBe('assurance');
  });

  it('a dimension just short of a cutoff is shown with the digits that show it short (64.997), not rounded onto the cutoff', async () => {
    const result = await check(
      qmc,
      uniform(95, { dataCollection: 65, qualityAnalytics: 65, traceability: 64.99 }),
    );
    expect(result.grade).toBe('inspection');
    const blocker = result.nextGrade!.blockers[0]!;
    expect(blocker.id).toBe('digitalisation@assurance');
    expect(blocker.message.en).toBe(
      'Digitalisation of quality management: 64.997 does not meet ≥ 65 (Assurance)',
    );
    expect(blocker.message.zh).toBe('质量管理数字化：64.997，不满足 ≥ 65（保证级）');
  });

  it('a major quality incident caps the level at 检验级, and never lifts or lowers below it', async () => {
    const capped = await check(qmc, uniform(95, { majorQualityIncident: true }));
    expect(capped.grade).toBe('inspection');
    expect(capped.label?.zh).toBe('检验级');
    expect(failing(capped)).toEqual(['no-major-incident']);
    expect(capped.criteria.find((c) => c.id === 'no-major-incident')).toMatchObject({
      effect: 'cap',
      capAt: 'inspection',
      grade: 'assurance',
    });
    // The incident alone blocks 保证级: no dimension holds the grade down.
    expect(capped.nextGrade?.blockers.map((b) => b.id)).toEqual(['no-major-incident']);
    expect(capped.scores?.limitingDimension).toBeNull();
    expect(capped.nextGrade?.blockers[0]?.message.zh).toBe(
      '近三年发生重大质量事故：是，不满足要求（要求为“否”）（未满足时等级不高于检验级）',
    );
    // Scores are still computed and reported.
    expect(capped.scores?.total).toBe(95);

    expect((await check(qmc, uniform(50, { majorQualityIncident: true }))).grade).toBe('inspection');
    expect((await check(qmc, uniform(49.9, { majorQualityIncident: true }))).grade).toBe('experience');
    expect((await check(qmc, uniform(95, { majorQualityIncident: false }))).grade).toBe('excellence');
    // Left out, it defaults to false.
    expect((await check(qmc, uniform(95))).grade).toBe('excellence');
  });

  it.each([
    ['a missing score', (s: Record_) => delete s.traceability, ['traceability']],
    ['a score of 101', (s: Record_) => (s.innovation = 101), ['innovation']],
    ['a score of 100.01', (s: Record_) => (s.innovation = 100.01), ['innovation']],
    ['a score of -1', (s: Record_) => (s.innovation = -1), ['innovation']],
    ['a score as text', (s: Record_) => (s.processControl = '85'), ['processControl']],
    ['a score of null', (s: Record_) => (s.customerFocus = null), ['customerFocus']],
    ['an incident flag as text', (s: Record_) => (s.majorQualityIncident = 'yes'), ['majorQualityIncident']],
    [
      'two bad fields',
      (s: Record_) => {
        s.processControl = 100.5;
        delete s.customerSatisfaction;
      },
      ['processControl', 'customerSatisfaction'],
    ],
  ] as [string, (s: Record_) => void, string[]][])(
    '%s makes the record invalid, naming the field',
    async (_, mutate, fields) => {
      const record = uniform(80);
      mutate(record);
      const result = await qmc.grade(record);
      expect(result.grade).toBeNull();
      expect(result.label).toBeNull();
      expect(result.scores).toBeUndefined();
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors?.map((e) => e.field).sort()).toEqual([...fields].sort());
      expect(result.notGradedReason?.message.zh).toMatch(/^记录无效：/);
    },
  );

  it('the bounds of the range are valid scores', async () => {
    // innovation 0 pulls sustained success to 66.67: 保证级.
    expect((await check(qmc, uniform(100, { innovation: 0 }))).grade).toBe('assurance');
    expect((await check(qmc, uniform(0, { innovation: 100 }))).grade).toBe('experience');
  });

  it('agrees with the exact reference on random assessments (scores in tenths)', async () => {
    const score = fc.integer({ min: 0, max: 1000 }).map((t) => t / 10);
    // Profiles cluster around the cutoffs, where a mistake would show; a dimension may be set as a whole.
    const clustered = fc
      .tuple(fc.constantFrom(50, 65, 80, 90), fc.integer({ min: -15, max: 15 }))
      .map(([c, d]) => Math.min(100, Math.max(0, (c * 10 + d) / 10)));
    const item = fc.oneof(score, clustered);
    const record = fc
      .record({
        items: fc.record(Object.fromEntries(ITEMS.map((i) => [i, item]))),
        base: clustered,
        flat: fc.subarray(DIMENSION_IDS),
        incident: fc.oneof(fc.constant(undefined), fc.boolean()),
      })
      .map(({ items, base, flat, incident }) => {
        const r: Record_ = { ...items };
        // Whole dimensions at one clustered score make exact ties with a cutoff common.
        for (const d of flat) for (const i of Object.keys(DIMENSIONS[d].items)) r[i] = base;
        if (incident !== undefined) r.majorQualityIncident = incident;
        return r;
      });
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(record, async (r) => {
        const result = await check(qmc, r);
        seen.add(result.grade!);
      }),
      { numRuns: 400, seed: 20231 },
    );
    // The generator reaches every level, so the property is not vacuous.
    expect([...seen].sort()).toEqual([...LEVELS].sort());
  });
});
