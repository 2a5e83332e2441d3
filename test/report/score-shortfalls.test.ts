/**
 * What holds a scored record back, item by item (enterprise-19 F3): each
 * dimension's items with their points and weights, the lowest marked, and for
 * each score among the next grade's blockers the points it lacks and one item
 * that, raised alone, lifts it. Figures hand-computed from the rule files'
 * weights (rules/enterprise/quality-management-capability.yaml: dimensions
 * 30/20/20/30, items alike except product quality ×2; rules/home-appliances/
 * appliance-quality-grading.yaml: dimensions 30/25/20/25).
 */
import { describe, expect, it } from 'vitest';
import { createGraderPool, type GradeResult } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { explanationHtml } from '../../src/report/html/record-view';
import { holdsDown } from '../../src/report/summarize-result';
import { APPLIANCE_NEAR_LIMITS, bundled, enterpriseScores } from '../helpers';

const all = enterpriseScores;
const APPLIANCE = APPLIANCE_NEAR_LIMITS;

describe('score shortfalls: the items of a score that holds a record back, and what lifts it', async () => {
  const qmc = await bundled('enterprise/quality-management-capability');
  const appliance = await bundled('home-appliances/appliance-quality-grading');

  it('领导作用与质量战略 0, the rest 90: QMS 67.5 lacks 12.5 of ≥ 80; 0 → 50 lifts it (enterprise-19 row 28)', async () => {
    const r = await qmc.grade(all(90, { leadershipCommitment: 0 }));
    expect(r.grade).toBe('assurance');
    const qms = r.scores!.dimensions[0]!;
    // (0 + 90 + 90 + 90) / 4 = 67.5
    expect(qms.score).toBe(67.5);
    expect(qms.items).toEqual([
      {
        indicator: 'leadershipCommitment',
        label: { zh: '领导作用与质量战略', en: 'Leadership and quality strategy' },
        points: 0,
        weight: 1,
        lowest: true,
      },
      expect.objectContaining({ indicator: 'processControl', points: 90, weight: 1 }),
      expect.objectContaining({ indicator: 'supplierQuality', points: 90, weight: 1 }),
      expect.objectContaining({ indicator: 'auditAndImprovement', points: 90, weight: 1 }),
    ]);
    // Every item alike: none is marked lowest.
    expect(r.scores!.dimensions[1]!.items!.some((i) => i.lowest)).toBe(false);
    // 80 − 67.5 = 12.5 on a mean of 4: +50 on one item; only 领导作用 has room (90 → 100 adds 2.5).
    expect(r.scores!.shortfalls).toEqual([
      {
        score: 'qmsEffectiveness',
        label: { zh: '质量管理体系有效性', en: 'QMS effectiveness' },
        criterion: 'qmsEffectiveness@prevention',
        value: 67.5,
        limit: 80,
        gap: 12.5,
        raise: {
          indicator: 'leadershipCommitment',
          label: { zh: '领导作用与质量战略', en: 'Leadership and quality strategy' },
          from: 0,
          to: 50,
        },
      },
    ]);
    const zh = formatExplanation(r, 'zh');
    expect(zh).toContain(
      [
        '  质量管理体系有效性：67.5 × 30/100 → 20.25  ← 短板',
        '    领导作用与质量战略：0 × 1/4  ← 最低',
        '    过程控制：90 × 1/4',
        '    供应商质量管理：90 × 1/4',
        '    内部审核与改进：90 × 1/4',
        '  质量管理数字化：90 × 20/100 → 18',
      ].join('\n'),
    );
    expect(zh).toContain(
      [
        '距预防级：',
        '  → 质量管理体系有效性：67.5，不满足 ≥ 80（预防级）',
        '    质量管理体系有效性 67.5，差 12.5 分达到 ≥ 80（预防级）；例如 领导作用与质量战略 0 → 50',
      ].join('\n'),
    );
    const en = formatExplanation(r, 'en');
    expect(en).toContain('    Leadership and quality strategy: 0 × 1/4  ← lowest\n');
    expect(en).toContain(
      '    QMS effectiveness 67.5, 12.5 points short of ≥ 80 (Prevention); e.g. Leadership and quality strategy 0 → 50',
    );
    // A dimension that holds nothing back lists no items.
    expect(zh).not.toContain('质量数据采集');
    // Raised as said, the record reaches 预防级.
    expect((await qmc.grade(all(90, { leadershipCommitment: 50 }))).grade).toBe('prevention');
    expect((await qmc.grade(all(90, { leadershipCommitment: 49.99 }))).grade).toBe('assurance');
  });

  it('产品质量水平 counts twice: 质量绩效 (2·84 + 95 + 95) / 4 = 89.5; 84 → 85 reaches 卓越级 (row 24)', async () => {
    const r = await qmc.grade(all(95, { productQuality: 84 }));
    expect(r.grade).toBe('prevention');
    const perf = r.scores!.dimensions[3]!;
    expect(perf.score).toBe(89.5);
    expect(perf.items!.map((i) => [i.indicator, i.points, i.weight, i.lowest ?? false])).toEqual([
      ['productQuality', 84, 2, true],
      ['qualityLoss', 95, 1, false],
      ['customerSatisfaction', 95, 1, false],
    ]);
    // 0.5 lacking: +1 on product quality (weight 2/4) beats +2 on either other item (1/4).
    expect(r.scores!.shortfalls).toEqual([
      expect.objectContaining({ score: 'qualityPerformance', value: 89.5, limit: 90, gap: 0.5 }),
    ]);
    expect(r.scores!.shortfalls![0]!.raise).toMatchObject({ indicator: 'productQuality', from: 84, to: 85 });
    expect(formatExplanation(r, 'zh')).toContain(
      '    质量绩效 89.5，差 0.5 分达到 ≥ 90（卓越级）；例如 产品质量水平 84 → 85',
    );
    expect((await qmc.grade(all(95, { productQuality: 85 }))).grade).toBe('excellence');
  });

  it('a gap no single item closes says so, and the weakest link leaves the total out (every dimension 80)', async () => {
    const r = await qmc.grade(all(80));
    expect(r.grade).toBe('prevention');
    // The weakest link caps: the dimensions come first, the total after them.
    expect(r.nextGrade!.blockers.map((b) => b.id)).toEqual([
      'qmsEffectiveness@excellence',
      'digitalisation@excellence',
      'sustainedSuccess@excellence',
      'qualityPerformance@excellence',
      'totalScore@excellence',
    ]);
    const s = r.scores!.shortfalls!;
    // QMS: +10 on a mean of 4 is +40 on one item, past 100; 数字化 and 持续成功: +30 of 3, past 100 too.
    // 质量绩效: product quality (2/4) needs +20: 80 → 100, exactly its maximum.
    expect(s.map((x) => [x.score, x.gap, x.raise && [x.raise.indicator, x.raise.to]])).toEqual([
      ['qmsEffectiveness', 10, null],
      ['digitalisation', 10, null],
      ['sustainedSuccess', 10, null],
      ['qualityPerformance', 10, ['productQuality', 100]],
    ]);
    const zh = formatExplanation(r, 'zh');
    // No item alone: what the four must gain together, 4 × 10 (enterprise-23 W6b).
    expect(zh).toContain(
      '    质量管理体系有效性 80，差 10 分达到 ≥ 90（卓越级）；没有哪一项单独提高能达到：至少需提高 2 项，如 领导作用与质量战略 80 → 100、过程控制 80 → 100；或每项各提高 10 分\n',
    );
    expect(zh).toContain(
      '；没有哪一项单独提高能达到：至少需提高 2 项，如 质量数据采集 80 → 100、质量数据分析与应用 80 → 90；或每项各提高 10 分',
    );
    expect(formatExplanation(r, 'en')).toContain(
      '    QMS effectiveness 80, 10 points short of ≥ 90 (Excellence); no single item raised alone reaches it: at least 2 items must rise, e.g. Leadership and quality strategy 80 → 100, Process control 80 → 100; or 10 more points each\n',
    );
    // The short reason of the table, CSV and workbook names the dimensions before the total.
    expect(holdsDown(r, 'zh')).toBe(
      '距卓越级：质量管理体系有效性 80（≥ 90）、质量管理数字化 80（≥ 90）、持续成功能力 80（≥ 90）、质量绩效 80（≥ 90）、总分 80（≥ 90）',
    );
  });

  it('a capped record has no shortfall; a record at the top grade neither', async () => {
    const capped = await qmc.grade(all(95, { majorQualityIncident: true }));
    expect(capped.nextGrade!.blockers.map((b) => b.id)).toEqual(['no-major-incident']);
    expect(capped.scores!.shortfalls).toBeUndefined();
    expect(capped.scores!.dimensions[0]!.items).toHaveLength(4);
    const top = await qmc.grade(all(100));
    expect(top.nextGrade).toBeNull();
    expect(top.scores!.shortfalls).toBeUndefined();
  });

  it('without the weakest link the total can hold a record back: one item across dimensions lifts it', async () => {
    const r = await appliance.grade(APPLIANCE);
    expect(r.grade).toBe('2-star');
    // Total 87.996 of ≥ 88: 0.004 lacking. Intelligence (one item, 20/100) needs +0.02; reliability (½ of 30/100)
    // +0.0267 → 90.03; user experience (½ of 25/100) +0.032 → 90.04: intelligence needs fewest points.
    expect(r.scores!.shortfalls).toEqual([
      expect.objectContaining({ score: 'totalScore', criterion: 'totalScore@3-star', limit: 88, gap: 0.004 }),
    ]);
    expect(r.scores!.shortfalls![0]!.raise).toMatchObject({
      indicator: 'intelligenceScore',
      from: 59.98,
      to: 60,
    });
    expect(formatExplanation(r, 'zh')).toContain(
      '    总分 87.996，差 0.004 分达到 ≥ 88（三星级）；例如 智能化水平 59.98 → 60',
    );
    expect((await appliance.grade({ ...APPLIANCE, intelligenceScore: 60 })).grade).toBe('3-star');
  });

  it('an item scored by points is raised to a points entry, and names the value that gives it', async () => {
    // Every item scored as itself at 100; energy grade 5 scores 45 (weight 2 of 3), noise 55 scores 50 (1 of 3):
    // 节能环保 (2·45 + 50) / 3 = 46.67; total 30 + 25·46.67/100 + 20 + 25 = 86.67, 1.33 short of ≥ 88.
    const r = await appliance.grade({
      ...APPLIANCE,
      energyGrade: 5,
      noise: 55,
      reliabilityScore: 100,
      intelligenceScore: 100,
      userExperienceScore: 100,
      afterSalesScore: 100,
    });
    expect(r.grade).toBe('2-star');
    const energy = r.scores!.dimensions[1]!;
    expect(energy.items!.map((i) => [i.indicator, i.points, i.weight, i.lowest ?? false])).toEqual([
      ['energyGrade', 45, 2, true],
      ['noise', 50, 1, false],
    ]);
    // Energy grade (share 2/3 × 25/100 = 1/6) needs +8 points: 53, so the entry "4" (60);
    // noise (1/12) needs +16: 66, so the band "(45, 50]" (70): energy grade takes fewer points.
    const [shortfall] = r.scores!.shortfalls!;
    expect(shortfall).toMatchObject({ score: 'totalScore', limit: 88 });
    expect(shortfall!.gap).toBeCloseTo(4 / 3, 9);
    expect(shortfall!.raise).toMatchObject({ indicator: 'energyGrade', from: 45, to: 60, toValue: '4' });
    // The value the officer writes first, the points in brackets (newcomer-31 M-8): grade 5 → 4.
    expect(shortfall!.raise).toMatchObject({ value: 5, typed: 4 });
    expect(formatExplanation(r, 'zh')).toContain('；例如 能效等级 5 → 4（得分 45 → 60）');
    expect(formatExplanation(r, 'en')).toContain('; e.g. Energy-efficiency grade 5 → 4 (points 45 → 60)');
  });

  it('HTML: the items under a held-back dimension, what lifts it under its blocker, and full-width colons in zh', async () => {
    const r = await qmc.grade(all(90, { leadershipCommitment: 0 }));
    const zh = explanationHtml(r, 'zh');
    expect(zh).toContain('<p>总分：83.25</p>');
    expect(zh).toContain(
      '<li>质量管理体系有效性：67.5 × 30/100 → 20.25  ← 短板<ul><li>领导作用与质量战略：0 × 1/4  ← 最低</li>',
    );
    expect(zh).toContain(
      '<li>→ 质量管理体系有效性：67.5，不满足 ≥ 80（预防级）<br><small>质量管理体系有效性 67.5，差 12.5 分达到 ≥ 80（预防级）；例如 领导作用与质量战略 0 → 50</small></li>',
    );
    expect(zh).not.toMatch(/[^\s]: \d/);
    const en = explanationHtml(r, 'en');
    expect(en).toContain('<p>Total score: 83.25</p>');
    expect(en).toContain('e.g. Leadership and quality strategy 0 → 50</small>');
  });

  it('an invalid record under zh names each field by its label only, in explain and HTML', async () => {
    const r = await qmc.grade(all(90, { productQuality: 'abc', customerFocus: undefined }));
    expect(r.errors).toBeDefined();
    const zh = formatExplanation(r, 'zh');
    expect(zh).not.toMatch(/productQuality|customerFocus/);
    expect(zh).toMatch(/\n {2}✗ 产品质量水平/);
    expect(explanationHtml(r, 'zh')).not.toMatch(/productQuality|customerFocus/);
    // English keeps the id before the sentence, as before.
    expect(formatExplanation(r, 'en')).toMatch(/✗ productQuality: /);
  });

  it('a grader pool gives the same items and shortfalls as one grader', async () => {
    const records = [
      all(90, { leadershipCommitment: 0 }),
      all(95, { productQuality: 84 }),
      all(80),
      all(95, { majorQualityIncident: true }),
      all(90, { productQuality: 'abc' }),
    ];
    const expected: GradeResult[] = [];
    for (const record of records) expected.push(JSON.parse(JSON.stringify(qmc.compiled.gradeSync(record))));
    const pool = await createGraderPool(
      { pathOrId: 'enterprise/quality-management-capability' },
      { workers: 1, batchSize: 2 },
    );
    try {
      const got: GradeResult[] = [];
      for await (const r of pool.gradeMany(records)) got.push(JSON.parse(JSON.stringify(r)));
      expect(got).toEqual(expected);
      expect(got[0]!.scores!.shortfalls![0]!.raise!.to).toBe(50);
    } finally {
      await pool.close();
    }
    // Appliance: items scored by a points map and bands cross the threads too.
    const appliancePool = await createGraderPool(
      { pathOrId: 'home-appliances/appliance-quality-grading' },
      { workers: 1 },
    );
    try {
      const input = [APPLIANCE, { ...APPLIANCE, energyGrade: 3, noise: 47 }];
      const got: GradeResult[] = [];
      for await (const r of appliancePool.gradeMany(input)) got.push(JSON.parse(JSON.stringify(r)));
      expect(got).toEqual(input.map((x) => JSON.parse(JSON.stringify(appliance.compiled.gradeSync(x)))));
      expect(got[1]!.scores!.dimensions[1]!.items!.map((i) => i.points)).toEqual([75, 70]);
    } finally {
      await appliancePool.close();
    }
  });
});
