/**
 * committee-39 M2: the grade report's "Values near the limit" measured the lower side of a ± tolerance (mass
 * deviation ≥ −6.0 %, a limit below 0) in percentage points and the upper side (≤ +6.0 %) in % of the limit, so
 * "within 1 %" meant ±1 point on one side and ±0.06 point on the other. Both sides of one indicator now share the
 * scale its lower side needs: the difference in its unit, percentage points for a quantity in %, and the texts say
 * "percentage point(s)" / "个百分点" where they said "%".
 *
 * Hand count, GB/T 1499.2-2018 as bundled (d = 12 mm: [6, 14) band, −6.0 % … +6.0 %; values rounded to the
 * limit's 0.1 %, half to even, before the comparison and the distance):
 *
 *   value  rounded  lower: v − (−6.0)  upper: 6.0 − v
 *   −6.0   −6.0      0.0  within        12.0
 *   −5.9   −5.9      0.1  within        11.9
 *   −5.0   −5.0      1.0  within        11.0
 *   +6.0   +6.0     12.0                 0.0  within
 *   +5.95  +6.0     12.0                 0.0  within (5.95 → 6.0, half to even)
 *   +5.5   +5.5     11.5                 0.5  within (8.3 % of the limit: not within before)
 *   +6.1   +6.1     12.1                −0.1  within, fails (−1.7 % of the limit: not within before)
 *   −7.2   −7.2     −1.2  fails          13.2
 *   +4.9   +4.9     10.9                 1.1
 *    0.0    0.0      6.0                 6.0
 *
 * Lower: 3 of 10 within 1 point (3 passed, 0 failed); below −10: 0, above +10: 5.
 * Upper: 4 of 10 within 1 point (3 passed, 1 failed); below −10: 0, above +10: 4 (12.0, 11.9, 11.0, 13.2).
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet, parseRuleSet } from '../../../src/index';
import { createGradeReport } from '../../../src/report/html/grade-report';
import { REBAR } from '../../grade/rebar-key-fixture';
import { ruleFileHeader } from '../../rule-file-header';

const MASS = [-6.0, -5.9, -5.0, 6.0, 5.95, 5.5, 6.1, -7.2, 4.9, 0];

function near(html: string, id: string): string {
  const m = new RegExp(`<section class="near" data-criterion="${id}"[\\s\\S]*?</section>`).exec(html);
  if (!m) throw new Error(`no near-limit section for ${id}`);
  return m[0];
}

async function rebarReport(lang: 'zh' | 'en'): Promise<string> {
  const ruleSet = await loadRuleSet('steel/hot-rolled-ribbed-bar');
  const grader = createGrader(ruleSet);
  const report = createGradeReport(ruleSet, { lang });
  for (const [i, massDeviation] of MASS.entries()) {
    report.add({ ...grader.gradeSync({ ...REBAR, diameter: 12, massDeviation }), row: i + 1 });
  }
  return report.render();
}

describe('the two sides of a ± tolerance on one scale (committee-39 M2)', () => {
  it('en: both sides of the mass deviation in percentage points, as counted by hand', async () => {
    const html = await rebarReport('en');
    const lower = near(html, 'mass-deviation-lower');
    const upper = near(html, 'mass-deviation-upper');
    expect(lower).toContain('data-within="3"');
    expect(lower).toContain('3 of 10 values within 1 percentage point of the limit (3 passed, 0 failed)');
    expect(lower).toContain('below −10 percentage points: 0; above +10 percentage points: 5');
    expect(upper).toContain('data-within="4"');
    expect(upper).toContain('4 of 10 values within 1 percentage point of the limit (3 passed, 1 failed)');
    expect(upper).toContain('below −10 percentage points: 0; above +10 percentage points: 4');
    // The bins, in points: 6.0 and 5.95 (→ 6.0) at the limit, 5.5 half a point inside; 6.1 a tenth over.
    expect(upper).toContain('<tr><td>[0 %, +1 %)</td><td class="n">3</td></tr>');
    expect(upper).toContain('<tr><td>[−1 %, 0 %)</td><td class="n">1</td></tr>');
    expect(upper).toContain('<tr><td>[+1 %, +2 %)</td><td class="n">1</td></tr>');
    for (const side of [lower, upper]) {
      expect(side).toContain('Distance from the limit (percentage points)');
      expect(side).not.toContain('of the limit)');
    }
    // The intro states the rule.
    expect(html).toContain(
      'An indicator with any limit of 0 or below (a deviation, such as a mass deviation of ≥ −5.5 % and ≤ +5.5 %) has every one of its limits measured so',
    );
  });

  it('zh: the same counts, in 个百分点', async () => {
    const html = await rebarReport('zh');
    expect(near(html, 'mass-deviation-lower')).toContain(
      '10 个数值中有 3 个与限值相差不超过 1 个百分点（满足 3，不满足 0）',
    );
    const upper = near(html, 'mass-deviation-upper');
    expect(upper).toContain('10 个数值中有 4 个与限值相差不超过 1 个百分点（满足 3，不满足 1）');
    expect(upper).toContain('低于 −10 个百分点：0；高于 +10 个百分点：4');
    expect(upper).toContain('与限值之差（百分点）');
    expect(html).toContain('它的每项限值都这样计算，使正负两侧用同一尺度');
  });

  it('the scale does not depend on which side the rule set lists first; other indicators keep % of the limit', () => {
    const rules = `${ruleFileHeader('test/tolerance-order', { zh: '偏差测试', en: 'Deviation test' })}indicators:
  deviation: { type: number, unit: "%", range: "(-100, 100)", label: { zh: 偏差, en: Deviation } }
  strength: { type: number, unit: MPa, range: "> 0", label: { zh: 强度, en: Strength } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: deviation-upper, indicator: deviation, require: "≤ 5.0" }
  - { id: deviation-lower, indicator: deviation, require: "≥ -5.0" }
  - { id: strength-min, indicator: strength, require: "≥ 400" }
`;
    const ruleSet = parseRuleSet(rules, { filename: 'order.yaml' });
    const grader = createGrader(ruleSet);
    const report = createGradeReport(ruleSet, { lang: 'en' });
    // Upper (listed first): 4.5 is 0.5 point under +5.0 (10 % of the limit: not within 1 % of it, as it was
    // counted before), 3.2 is 1.8, −4.6 is 9.6. Lower: −4.6 is 0.4 point inside −5.0. 402 is 0.5 % over 400.
    for (const [i, deviation] of [4.5, 3.2, -4.6].entries()) {
      report.add({ ...grader.gradeSync({ deviation, strength: 402 }), row: i + 1 });
    }
    const html = report.render();
    expect(near(html, 'deviation-upper')).toContain('1 of 3 values within 1 percentage point of the limit');
    expect(near(html, 'deviation-lower')).toContain('1 of 3 values within 1 percentage point of the limit');
    expect(near(html, 'strength-min')).toContain('3 of 3 values within 1 % of the limit');
  });
});

describe('a narrow ± tolerance is measured in a twentieth of its width, and the note says so (newcomer-40 M4)', () => {
  // Illustrative: a size deviation of ± 0.6 % (newcomer-40's tile draft, not a standard's figure). Width 1.2 / 20
  // = 0.06, rounded down to 0.05 point: 0.6 (at the limit) and 0.58 (0.02 inside) are near; 0.5 (0.1 inside) and
  // −0.3 are not, though all four lie within 1 point.
  const rules = `${ruleFileHeader('test/narrow-tolerance', { zh: '尺寸偏差测试', en: 'Size deviation test' })}indicators:
  sizeDeviation: { type: number, unit: "%", label: { zh: 尺寸偏差, en: Size deviation } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: size, indicator: sizeDeviation, require: "± 0.6" }
`;
  async function report(lang: 'zh' | 'en'): Promise<string> {
    const ruleSet = parseRuleSet(rules, { filename: 'narrow.yaml' });
    const grader = createGrader(ruleSet);
    const r = createGradeReport(ruleSet, { lang });
    for (const [i, sizeDeviation] of [0.6, 0.58, 0.5, -0.3].entries())
      r.add({ ...grader.gradeSync({ sizeDeviation }), row: i + 1 });
    return r.render();
  }
  it('en: 2 of 4 within 0.05 point; the intro names the twentieth', async () => {
    const html = await report('en');
    expect(near(html, 'size')).toContain('2 of 4 values within 0.05 percentage points of the limit');
    expect(html).toContain(
      'for a range narrower than 20 units (a tolerance of ±0.5 %) a twentieth of its width is used instead',
    );
  });
  it('zh: the same, in 个百分点', async () => {
    const html = await report('zh');
    expect(near(html, 'size')).toContain('4 个数值中有 2 个与限值相差不超过 0.05 个百分点');
    expect(html).toContain('改用其宽度的二十分之一');
  });
});
