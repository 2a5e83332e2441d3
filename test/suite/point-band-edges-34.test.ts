/**
 * Newcomer-33 M7: `test --coverage` said "20 of 20 thresholds" of a scored rule set whose `points` band edges no
 * case touched; those edges are no requirement's limit and are not counted (docs/cli.md, test). The report now
 * counts them (each item's distinct finite band ends, its outermost aside) and the text says so, zh and en.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, thresholdCoverage } from '../../src/index';
import { formatCoverage } from '../../src/report/format-coverage';

const RULES = `schemaVersion: 1
id: enterprise/band-edges
version: 0.1.0
industry: enterprise
subject: enterprise
title: { zh: 分档, en: Bands }
references: [{ code: demo, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 示例, en: illustrative } }
indicators:
  self: { type: number, range: "[0, 5]", label: { zh: 自评分, en: Self score } }
  rate: { type: number, unit: "%", range: "[0, 100]", label: { zh: 合格率, en: Pass rate } }
  a: { type: number, range: "[0, 100]", label: { zh: 数据采集率, en: Data collection } }
grades:
  - { id: l1, label: { zh: 一级, en: L1 } }
  - { id: l2, label: { zh: 二级, en: L2 } }
scoring:
  dimensions:
    - id: d
      label: { zh: 维度, en: Dimension }
      weight: 100
      items:
        - { indicator: self, points: [["[0, 1)", 0], ["[1, 3)", 50], ["[3, 5]", 100]] }
        - { indicator: rate, points: [["≥ 99", 100], ["[97, 99)", 80], ["< 97", 0]] }
        - { indicator: a }
  cutoffs: { l2: 60 }
`;

describe('coverage: scoring points band edges are counted apart (newcomer-33 M7)', () => {
  const ruleSet = parseRuleSet(RULES, { filename: 'bands.yaml' });

  it('counts the inner edges: 1 and 3 of the 0–5 score, 99 and 97 of the rate; the range ends 0 and 5 are not', () => {
    const report = thresholdCoverage(ruleSet, []);
    expect(report.pointBandEdges).toBe(4);
    // The cutoff is the only threshold.
    expect(report.thresholds.map((t) => t.criterion)).toEqual(['totalScore@l2']);
  });

  it('the text says how many are not counted, zh and en', () => {
    const report = thresholdCoverage(ruleSet, []);
    // Each named with its indicator (newcomer-39 F9); with no cases, none is reached.
    expect(formatCoverage(report, 'bands.yaml', 'zh')).toContain(
      '\n  scoring 的 points 分档端点 4 个未计入（不是要求的限值），请自己为它们写用例；用例的取值：\n    self 1（d；略低于、略高于指与 1 相差不超过 1 的值）：没有用例触及\n    self 3（d；略低于、略高于指与 3 相差不超过 1 的值）：没有用例触及\n    rate 97（d；略低于、略高于指与 97 相差不超过 1 的值）：没有用例触及',
    );
    expect(formatCoverage(report, 'bands.yaml', 'en')).toContain(
      "\n  4 band edges of scoring points are not counted (no requirement's limit); write cases for them yourself. The cases' values:\n    self 1 (d; just below/above: a value within 1 of 1): no case near it",
    );
  });

  it('a rule set without points bands has none and no line', () => {
    const plain = parseRuleSet(RULES.replace(/, points: \[\[.*\]\] \}/g, ' }'), { filename: 'plain.yaml' });
    const report = thresholdCoverage(plain, []);
    expect(report.pointBandEdges).toBe(0);
    expect(formatCoverage(report, 'plain.yaml', 'en')).not.toContain('band edge');
  });
});
