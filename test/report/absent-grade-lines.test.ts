import { describe, expect, it } from 'vitest';
import { createGradeReport, createGrader, loadRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';

// Hot-rolled Q355 is made in grades B–D only (GB/T 1591-2018 as the bundled rule set encodes it, unverified):
// every requirement of E and F fails alike, "grade E does not exist for this product (n/a)".
const ruleSet = await loadRuleSet('steel/low-alloy-structural-steel');
const steel = createGrader(ruleSet);
const hotRolled = {
  designation: 'Q355',
  thickness: 20,
  impactTemperature: -20,
  impactEnergy: [40, 40, 40],
  carbon: 0.18,
  silicon: 0.4,
  manganese: 1.4,
  phosphorus: 0.02,
  sulfur: 0.02,
  yieldStrength: 400,
  tensileStrength: 550,
};

describe('requirements of a grade the product does not have', () => {
  const result = steel.gradeSync(hotRolled);
  const absent = result.criteria.filter((c) => c.unavailable);
  const count = (grade: string) => absent.filter((c) => c.grade === grade).length;

  it('are one line per grade, with how many, in the explanation (zh and en)', () => {
    expect(result.grade).toBe('D');
    expect(count('E')).toBeGreaterThan(1);
    expect(count('F')).toBeGreaterThan(1);
    const en = formatExplanation(result, 'en');
    expect(en).toContain(
      `\n  ✗ Grade E does not exist for this product (n/a), so the record cannot reach it (${count('E')} requirements; --all lists each)\n`,
    );
    expect(en).toContain(
      `\n  ✗ Grade F does not exist for this product (n/a), so the record cannot reach it (${count('F')} requirements; --all lists each)\n`,
    );
    expect(en.match(/does not exist/g)).toHaveLength(2);
    const zh = formatExplanation(result, 'zh');
    expect(zh).toContain(
      `\n  ✗ 此产品没有E级（n/a），不能评为该等级（${count('E')} 项要求，--all 逐项列出）\n`,
    );
    expect(zh.match(/此产品没有/g)).toHaveLength(2);
  });

  it('are each listed with --all', () => {
    const all = formatExplanation(result, 'en', { showNotApplicable: true });
    expect(all.match(/does not exist for this product/g)).toHaveLength(absent.length);
    expect(all).not.toContain('--all lists each');
  });

  it('are one line per grade in the HTML report too, with a criterion’s note once', () => {
    const report = createGradeReport(ruleSet, { lang: 'en' });
    report.add(result);
    const html = report.render();
    expect(html).toContain(
      `Grade E does not exist for this product (n/a), so the record cannot reach it (${count('E')} requirements)`,
    );
    expect(html.match(/does not exist for this product/g)).toHaveLength(2);
    expect(html.match(/Note: One single value may be below the limit\./g)).toHaveLength(1);
  });
});
