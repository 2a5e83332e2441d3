/**
 * newcomer-30 F7: the near-limit values of a count (an integer indicator, 点状缺陷 ≤ 1 个/m²) are shown as the
 * difference in its unit, not as a percentage of the limit: "10 个在限值的 1% 以内" of a limit of 1 meant nothing.
 * A decimal indicator of the same rule set keeps its percentages.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../../src/index';
import { createGradeReport } from '../../../src/report/html/grade-report';

const RULES = `schemaVersion: 1
id: test/near-limit-count
version: 1.0.0
industry: test
subject: product
title: { zh: 计数限值测试, en: Count limit test }
references:
  - { code: TEST 30-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  spots: { type: integer, unit: 个/m², range: ">= 0", label: { zh: 点状缺陷数, en: Spot defects } }
  transmittance: { type: number, unit: "%", range: "[0, 100]", label: { zh: 透光率, en: Transmittance } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: spots-max, indicator: spots, require: "≤ 1" }
  - { id: transmittance-min, indicator: transmittance, require: "≥ 80" }
`;

// Spots against ≤ 1: 0 (+1), 1 (0), 2 (−1) are within 1 个/m²; 3 is 2 over; 12 is 11 over, below −10.
const SPOTS = [0, 1, 1, 2, 3, 12];

function near(html: string, id: string): string {
  const m = new RegExp(`<section class="near" data-criterion="${id}"[\\s\\S]*?</section>`).exec(html);
  if (!m) throw new Error(`no near-limit section for ${id}`);
  return m[0].replace(/<[^>]+>/g, ' ');
}

function report(lang: 'zh' | 'en'): string {
  const ruleSet = parseRuleSet(RULES, { filename: 'count.yaml' });
  const grader = createGrader(ruleSet);
  const r = createGradeReport(ruleSet, { lang });
  SPOTS.forEach((spots, i) => {
    r.add({ ...grader.gradeSync({ spots, transmittance: 80.5 }), row: i + 1 });
  });
  return r.render();
}

describe('near-limit values of a count: the difference in its unit (newcomer-30 F7)', () => {
  it('zh: within 1 个/m², at, below and above the limit', () => {
    const html = report('zh');
    const spots = near(html, 'spots-max');
    expect(spots).toContain('6 个数值中有 4 个与限值相差不超过 1 个/m²');
    expect(spots).toContain('低于 −10 个/m²：1');
    expect(spots).not.toContain('1% 以内');
    // 80.5 against ≥ 80 is 0.625 % above: the decimal indicator keeps its percentages.
    expect(near(html, 'transmittance-min')).toContain('6 个数值中有 6 个在限值的 1% 以内');
  });

  it('en: the same figures, and the note says why a count is not in percent', () => {
    const html = report('en');
    expect(near(html, 'spots-max')).toContain('4 of 6 values within 1 个/m² of the limit');
    expect(near(html, 'transmittance-min')).toContain('6 of 6 values within 1 % of the limit');
    expect(html).toContain('a count (an integer indicator, such as 1 spot per m²)');
  });
});
