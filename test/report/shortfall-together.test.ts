/**
 * What an explanation says of a score that holds a record back, beyond one
 * item raised alone (enterprise-23 W6): the score and its gap at one
 * precision, so that they add up to the limit; what the items must gain
 * together when no single item can close the gap (weighted, each item no
 * higher than its maximum); and, when several scores are short, that all of
 * them must be met together. Figures hand-computed from
 * rules/enterprise/quality-management-capability.yaml (items of a dimension
 * alike, except 产品质量水平 ×2 in 质量绩效; every item in [0, 100]).
 */
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { explanationHtml } from '../../src/report/html/record-view';
import { bundled, enterpriseScores, expectValidResult } from '../helpers';

const all = enterpriseScores;

/** The explanation's line for a score's shortfall: `    质量绩效 64.375，差 0.625 分…`. */
function lineOf(text: string, start: string): string {
  const line = text.split('\n').find((l) => l.startsWith(`    ${start} `));
  if (line === undefined) throw new Error(`no line for ${start} in\n${text}`);
  return line.trim();
}

/** The score and the gap a shortfall line gives, as numbers: `64.375，差 0.625 分` → [64.375, 0.625]. */
function figures(line: string): [number, number] {
  const m = /([\d.]+)(?:，差 |, )([\d.]+)(?: 分| points)/.exec(line);
  if (!m) throw new Error(`no figures in ${line}`);
  return [Number(m[1]), Number(m[2])];
}

describe('a score and its gap at one precision (enterprise-23 W6a)', async () => {
  const qmc = await bundled('enterprise/quality-management-capability');

  it('质量绩效 (2·69 + 59.5 + 60) / 4 = 64.375: 64.375 and 0.625 add up to 65, zh and en (enterprise-23 row 73)', async () => {
    const r = await qmc.grade(all(70, { productQuality: 69, qualityLoss: 59.5, customerSatisfaction: 60 }));
    expect(r.grade).toBe('inspection');
    expect(r.scores!.shortfalls![0]).toMatchObject({ value: 64.375, limit: 65, gap: 0.625 });
    const zh = lineOf(formatExplanation(r, 'zh'), '质量绩效');
    expect(zh).toBe('质量绩效 64.375，差 0.625 分达到 ≥ 65（保证级）；例如 产品质量水平 69 → 70.25');
    const en = lineOf(formatExplanation(r, 'en'), 'Quality performance');
    expect(en).toBe(
      'Quality performance 64.375, 0.625 points short of ≥ 65 (Assurance); e.g. Product quality level 69 → 70.25',
    );
    const [value, gap] = figures(zh);
    expect(value + gap).toBe(65);
    // The requirement lines keep the figure every line of the record shows.
    expect(formatExplanation(r, 'zh')).toContain('  → 质量绩效：64.38，不满足 ≥ 65（保证级）');
  });

  it('a gap of 0.8333…: the score to four decimals too, 79.1667 + 0.8333 = 80', async () => {
    // 数字化 (80 + 80 + 77.5) / 3 = 79.1666…; the others 95: held at 保证级 by it.
    const r = await qmc.grade(all(95, { dataCollection: 80, qualityAnalytics: 80, traceability: 77.5 }));
    expect(r.grade).toBe('assurance');
    const zh = lineOf(formatExplanation(r, 'zh'), '质量管理数字化');
    expect(zh.startsWith('质量管理数字化 79.1667，差 0.8333 分达到 ≥ 80（预防级）')).toBe(true);
    const [value, gap] = figures(zh);
    expect(Math.round((value + gap) * 1e4)).toBe(80 * 1e4);
    const en = lineOf(formatExplanation(r, 'en'), 'Digitalisation of quality management');
    expect(en.startsWith('Digitalisation of quality management 79.1667, 0.8333 points short of ≥ 80')).toBe(
      true,
    );
  });

  it('a score shown whole and a whole gap stay whole: 50, 15 short of 65', async () => {
    const r = await qmc.grade(all(50));
    expect(lineOf(formatExplanation(r, 'zh'), '质量管理数字化')).toBe(
      '质量管理数字化 50，差 15 分达到 ≥ 65（保证级）；例如 质量数据采集 50 → 95',
    );
  });
});

describe('what the items must gain together when no single item can (enterprise-23 W6b)', async () => {
  const qmc = await bundled('enterprise/quality-management-capability');

  it('every item 50: QMS 15 short of 65 needs 4 × 15 = 60 points more, e.g. 15 each (enterprise-23 row 1)', async () => {
    const r = await qmc.grade(all(50));
    const qms = r.scores!.shortfalls!.find((s) => s.score === 'qmsEffectiveness')!;
    // One item alone: +60 on a mean of 4, past 100.
    expect(qms.raise).toBeNull();
    expect(qms.together).toMatchObject({ points: 60, weights: [1, 1, 1, 1], each: 15, atMost: [] });
    // The fewest items named (newcomer-31 M-4): one to its top (+12.5 on the mean), one +10 (+2.5): 15.
    expect(qms.together!.fewest!.map((f) => [f.indicator, f.from, f.to])).toEqual([
      ['leadershipCommitment', 50, 100],
      ['processControl', 50, 60],
    ]);
    expect(lineOf(formatExplanation(r, 'zh'), '质量管理体系有效性')).toBe(
      '质量管理体系有效性 50，差 15 分达到 ≥ 65（保证级）；没有哪一项单独提高能达到：至少需提高 2 项，如 领导作用与质量战略 50 → 100、过程控制 50 → 60；或每项各提高 15 分',
    );
    expect(lineOf(formatExplanation(r, 'en'), 'QMS effectiveness')).toBe(
      'QMS effectiveness 50, 15 points short of ≥ 65 (Assurance); no single item raised alone reaches it: at least 2 items must rise, e.g. Leadership and quality strategy 50 → 100, Process control 50 → 60; or 15 more points each',
    );
    // A shortfall one item closes has no `together`.
    expect(r.scores!.shortfalls!.find((s) => s.score === 'digitalisation')!.together).toBeUndefined();
    // Raised as said, every dimension 65: 保证级.
    expect((await qmc.grade(all(65))).grade).toBe('assurance');
  });

  it('weighted 2:1:1: 质量绩效 (2·88 + 75 + 75) / 4 = 81.5 needs 2·8.5 + 8.5 + 8.5 = 34 more to reach 90', async () => {
    // Alone: 产品质量水平 +12 adds 6; 质量损失控制 or 顾客满意 +25 adds 6.25; the gap is 8.5.
    const record = all(95, { productQuality: 88, qualityLoss: 75, customerSatisfaction: 75 });
    const r = await qmc.grade(record);
    expect(r.grade).toBe('prevention');
    const s = r.scores!.shortfalls!;
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ score: 'qualityPerformance', value: 81.5, gap: 8.5, raise: null });
    expect(s[0]!.together).toMatchObject({ points: 34, weights: [2, 1, 1], each: 8.5, atMost: [] });
    expect(lineOf(formatExplanation(r, 'zh'), '质量绩效')).toBe(
      // No weight ratios (newcomer-31 M-4): 质量损失控制 75 → 100 adds 6.25, 产品质量水平 +4.5 at 2/4 the other 2.25.
      '质量绩效 81.5，差 8.5 分达到 ≥ 90（卓越级）；没有哪一项单独提高能达到：至少需提高 2 项，如 质量损失控制 75 → 100、产品质量水平 88 → 92.5；或每项各提高 8.5 分',
    );
    expect(lineOf(formatExplanation(r, 'en'), 'Quality performance')).toBe(
      'Quality performance 81.5, 8.5 points short of ≥ 90 (Excellence); no single item raised alone reaches it: at least 2 items must rise, e.g. Quality-loss control 75 → 100, Product quality level 88 → 92.5; or 8.5 more points each',
    );
    const raised = await qmc.grade({
      ...record,
      productQuality: 96.5,
      qualityLoss: 83.5,
      customerSatisfaction: 83.5,
    });
    expect(raised.grade).toBe('excellence');
  });

  it('an item brought to its maximum: 98, 74, 74, 74 need 40 more; 98 → 100, the others 12.67 each', async () => {
    // QMS (98 + 3·74) / 4 = 80, 10 short of 90. Even: +10 each, but 领导作用 has 2 of room: 0.5 from it,
    // the other three share 9.5 at 3/4, 12.666… each, rounded up to 12.67 (2 + 3·12.67 = 40.01 ≥ 40).
    const r = await qmc.grade(
      all(95, { leadershipCommitment: 98, processControl: 74, supplierQuality: 74, auditAndImprovement: 74 }),
    );
    expect(r.grade).toBe('prevention');
    const qms = r.scores!.shortfalls!.find((s) => s.score === 'qmsEffectiveness')!;
    expect(qms.together).toMatchObject({
      points: 40,
      weights: [1, 1, 1, 1],
      each: 12.67,
      atMost: [
        {
          indicator: 'leadershipCommitment',
          label: { zh: '领导作用与质量战略', en: 'Leadership and quality strategy' },
          from: 98,
          to: 100,
        },
      ],
    });
    expect(lineOf(formatExplanation(r, 'zh'), '质量管理体系有效性')).toBe(
      '质量管理体系有效性 80，差 10 分达到 ≥ 90（卓越级）；没有哪一项单独提高能达到：至少需提高 2 项，如 过程控制 74 → 100、供应商质量管理 74 → 88；或领导作用与质量战略 提高到最高分 100，其余每项各提高 12.67 分',
    );
    expect(lineOf(formatExplanation(r, 'en'), 'QMS effectiveness')).toContain(
      '; or Leadership and quality strategy to its maximum 100, the others 12.67 more points each',
    );
    const raised = await qmc.grade(
      all(95, {
        leadershipCommitment: 100,
        processControl: 86.67,
        supplierQuality: 86.67,
        auditAndImprovement: 86.67,
      }),
    );
    expect(raised.grade).toBe('excellence');
  });

  it('an item already at its maximum says so: 100, 74, 74, 72 → the others 13.34 each', async () => {
    // QMS (100 + 74 + 74 + 72) / 4 = 80; 10 over three items at 1/4 is 13.33…, rounded up to 13.34.
    const r = await qmc.grade(
      all(95, {
        leadershipCommitment: 100,
        processControl: 74,
        supplierQuality: 74,
        auditAndImprovement: 72,
      }),
    );
    const qms = r.scores!.shortfalls!.find((s) => s.score === 'qmsEffectiveness')!;
    expect(qms.together).toMatchObject({ points: 40, each: 13.34, atMost: [{ from: 100, to: 100 }] });
    expect(lineOf(formatExplanation(r, 'zh'), '质量管理体系有效性')).toContain(
      '：至少需提高 2 项，如 内部审核与改进 72 → 100、过程控制 74 → 86；或领导作用与质量战略 已是最高分 100，其余每项各提高 13.34 分',
    );
    expect(lineOf(formatExplanation(r, 'en'), 'QMS effectiveness')).toContain(
      '; or Leadership and quality strategy already at its maximum 100, the others 13.34 more points each',
    );
    const raised = await qmc.grade(
      all(95, {
        leadershipCommitment: 100,
        processControl: 87.34,
        supplierQuality: 87.34,
        auditAndImprovement: 85.34,
      }),
    );
    expect(raised.grade).toBe('excellence');
  });

  it('items that cannot reach the cutoff even at their maximum: how far they get', () => {
    // Two items in [0, 60], cutoff 70: at most 60, whatever the record.
    const ruleSet = parseRuleSet(`schemaVersion: 1
id: test/low-ceiling
version: 1.0.0
industry: test
subject: enterprise
title: { zh: 上限低于分数线, en: A ceiling below the cutoff }
references: [{ code: T 1, edition: "1" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  a: { type: number, range: "[0, 60]", label: { zh: 甲, en: A } }
  b: { type: number, range: "[0, 60]", label: { zh: 乙, en: B } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
scoring:
  dimensions:
    - id: d
      label: { zh: 维度, en: Dimension }
      weight: 1
      items: [{ indicator: a }, { indicator: b }]
  cutoffs: { high: 70 }
  weakestLink: cap
`);
    const r: GradeResult = createGrader(ruleSet).gradeSync({ a: 40, b: 50 });
    expect(r.grade).toBe('low');
    expectValidResult(r);
    const s = r.scores!.shortfalls!.find((x) => x.score === 'd');
    expect(s).toMatchObject({ value: 45, gap: 25, raise: null });
    expect(s!.together).toEqual({ points: 50, weights: [1, 1], atMost: [], most: 60 });
    expect(lineOf(formatExplanation(r, 'zh'), '维度')).toBe(
      '维度 45，差 25 分达到 ≥ 70（高）；没有哪一项单独提高能达到，各项都提高到最高分也只有 60 分',
    );
    expect(lineOf(formatExplanation(r, 'en'), 'Dimension')).toBe(
      'Dimension 45, 25 points short of ≥ 70 (High); no single item raised alone reaches it, and with every item at its maximum it reaches only 60',
    );
  });
});

describe('several scores short: all of them must be met together (enterprise-23 W6c)', async () => {
  const qmc = await bundled('enterprise/quality-management-capability');

  it('every item 50: one sentence before the five blockers, zh and en, in text and HTML', async () => {
    const r = await qmc.grade(all(50));
    expect(r.nextGrade!.blockers).toHaveLength(5);
    expect(formatExplanation(r, 'zh')).toContain(
      [
        '距保证级：',
        '  这 5 项须同时满足才能达到保证级，每个“例如”只补足其中一项：',
        '  → 质量管理体系有效性：50，不满足 ≥ 65（保证级）',
      ].join('\n'),
    );
    expect(formatExplanation(r, 'en')).toContain(
      [
        'To reach Assurance:',
        '  All 5 must be met together to reach Assurance; each "e.g." closes only its own gap:',
        '  → QMS effectiveness: 50 does not meet ≥ 65 (Assurance)',
      ].join('\n'),
    );
    expect(explanationHtml(r, 'zh')).toContain(
      '<p>距保证级：</p><p>这 5 项须同时满足才能达到保证级，每个“例如”只补足其中一项：</p><ul class="x">',
    );
    expect(explanationHtml(r, 'en')).toContain(
      '<p>All 5 must be met together to reach Assurance; each &quot;e.g.&quot; closes only its own gap:</p>',
    );
  });

  it('one score short: no such sentence', async () => {
    const r = await qmc.grade(all(70, { productQuality: 69, qualityLoss: 59.5, customerSatisfaction: 60 }));
    expect(r.scores!.shortfalls).toHaveLength(1);
    expect(formatExplanation(r, 'zh')).not.toContain('须同时满足');
    expect(formatExplanation(r, 'en')).not.toContain('must be met together');
    expect(explanationHtml(r, 'zh')).not.toContain('须同时满足');
  });
});
