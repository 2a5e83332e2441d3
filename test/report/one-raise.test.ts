/**
 * newcomer-31 M-3, M-4 and the banded items of M-8, on their DB32/T 5058-2025-style rule set
 * (test/fixtures/newcomer-31/mfg-digital.yaml; 0–5 items banded 20 points a step, 是/否 items 100/0):
 * one raise that meets every blocker is said first; "no single item" names the fewest items, not 13
 * weight ratios; a banded or 是/否 item says the value to write, the points in brackets. Figures by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { expectValidResult } from '../helpers';

const ruleSet = parseRuleSet(
  readFileSync(new URL('../fixtures/newcomer-31/mfg-digital.yaml', import.meta.url), 'utf8'),
  { filename: 'mfg-digital.yaml' },
);
const grader = createGrader(ruleSet);

/** Their record 18 (常州壬纺织): 四级, total 89.63 and 质量检验数字化 66.67 short of 五级. */
const ROW_18 = {
  autoCollectionRate: 98,
  equipmentNetworking: 5,
  dataStandard: true,
  inspectionDigital: 5,
  hasOwnLine: false,
  lims: false,
  forwardTrace: 4,
  backwardTrace: 5,
  oneCode: true,
  spc: 5,
  qualityAnalytics: 97,
  capaLoop: 5,
  digitalTeam: true,
  staffTraining: 5,
};

/** Their record 14 (盐城戊): 一级, total 41.18, 18.82 short of 二级's 60. */
const ROW_14 = {
  autoCollectionRate: 37,
  equipmentNetworking: 2,
  dataStandard: false,
  inspectionDigital: 3,
  hasOwnLine: true,
  onlineInspection: 73,
  lims: false,
  forwardTrace: 2,
  backwardTrace: 3,
  oneCode: false,
  spc: 2,
  qualityAnalytics: 31,
  capaLoop: 3,
  digitalTeam: true,
  staffTraining: 2,
};

describe('one raise that meets every blocker comes first (newcomer-31 M-3)', () => {
  it('LIMS 否 → 是: 检验 (40·100 + 20·100)/60 = 100 and the total 97.96, both past 五级', async () => {
    const r = await grader.grade(ROW_18);
    expectValidResult(r);
    expect(r.grade).toBe('level4');
    expect(r.scores!.oneRaise).toMatchObject({
      indicator: 'lims',
      from: 0,
      to: 100,
      value: false,
      typed: true,
    });
    const zh = formatExplanation(r, 'zh');
    expect(zh).toContain(
      '  只需一项：实验室信息管理系统 否 → 是（得分 0 → 100），即可同时满足以下 2 项，达到五级；下面每个“例如”只补足其中一项：',
    );
    // Each blocker's own e.g. stays, the banded one with the value to write: 正向追溯 4 → 5.
    expect(zh).toContain('；例如 正向追溯 4 → 5（得分 80 → 100）');
    expect(formatExplanation(r, 'en')).toContain(
      'One change is enough: LIMS false → true (points 0 → 100) meets all 2 below and reaches Level 5',
    );
    // As said: LIMS alone reaches 五级.
    expect((await grader.grade({ ...ROW_18, lims: true })).grade).toBe('level5');
  });

  it('none when no one item meets every blocker: the old sentence stays', async () => {
    // 检验数字化 4 (80 points), 正向追溯 3: 检验 53.33, 追溯 84, total 84.69; LIMS → 是 gives 检验 86.67 and 93.03.
    const r = await grader.grade({ ...ROW_18, inspectionDigital: 4, forwardTrace: 3 });
    expect(r.scores!.oneRaise?.indicator).toBe('lims');
    // 反向追溯 3 too: 追溯 68 and the total 81.49 (四级); LIMS adds 8.33 (89.83 < 90) and leaves 追溯 short.
    const far = await grader.grade({ ...ROW_18, inspectionDigital: 4, forwardTrace: 3, backwardTrace: 3 });
    expect(far.grade).toBe('level4');
    expect(far.scores!.oneRaise).toBeUndefined();
    expect(formatExplanation(far, 'zh')).toContain('这 3 项须同时满足才能达到五级，每个“例如”只补足其中一项');
    expect(formatExplanation(far, 'zh')).not.toContain('只需一项');
  });
});

describe('no single item: the fewest items, named (newcomer-31 M-4)', () => {
  it('record 14: LIMS (+8.33) and 检验过程数字化 3 → 5 (+6.67), then 自动采集率 37 → 75.2 (+3.82)', async () => {
    const r = await grader.grade(ROW_14);
    expect(r.scores!.total).toBeCloseTo(41.18, 9);
    const zh = formatExplanation(r, 'zh');
    expect(zh).toContain(
      '总分 41.18，差 18.82 分达到 ≥ 60（二级）；没有哪一项单独提高能达到：至少需提高 3 项，如 实验室信息管理系统 否 → 是（得分 0 → 100）、检验过程数字化 3 → 5（得分 60 → 100）、质量数据自动采集率 37 → 75.2',
    );
    // No weight ratio and no 11-digit figure anywhere.
    expect(zh).not.toMatch(/\d\.\d{6,}/);
    expect(zh).not.toContain('按权重');
    // As said: the three raised give 41.18 + 8.33 + 6.67 + 3.82 = 60.
    const raised = await grader.grade({
      ...ROW_14,
      lims: true,
      inspectionDigital: 5,
      autoCollectionRate: 75.2,
    });
    expect(raised.grade).toBe('level2');
    expect(
      (await grader.grade({ ...ROW_14, lims: true, inspectionDigital: 5, autoCollectionRate: 75.1 })).grade,
    ).toBe('level1');
  });
});
