/**
 * newcomer-35 M3: `test --coverage` said "14 of 14 thresholds" of a rule set whose applicability threshold
 * (`employees > 300`, in supplierScore's requiredWhen and in improveMix's `? :`) no case came near. Those numbers are
 * no requirement's limit and are not counted; the report now lists them and the text says so, zh and en. Rule set:
 * test/fixtures/newcomer-35/dm.yaml.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleSet, thresholdCoverage } from '../../src/index';
import { formatCoverage } from '../../src/report/format-coverage';

const text = readFileSync(new URL('../fixtures/newcomer-35/dm.yaml', import.meta.url), 'utf8');

describe('coverage: numbers compared with in conditions are listed, not counted (newcomer-35 M3)', () => {
  it('lists employees > 300 of the requiredWhen and of the formula; the thresholds are as before (14)', () => {
    const report = thresholdCoverage(parseRuleSet(text, { filename: 'dm.yaml' }), []);
    expect(report.conditionLimits).toEqual([
      { where: 'requiredWhen', owner: 'supplierScore', text: 'employees > 300' },
      { where: 'formula', owner: 'improveMix', text: 'employees > 300' },
    ]);
    // 4 cutoffs, 5 × 2 dimension minimums: the condition is not among them.
    expect(report.thresholds).toHaveLength(14);
    expect(formatCoverage(report, 'dm.yaml', 'zh')).toContain(
      '\n  条件中的数值 2 个未计入（不是要求的限值）：supplierScore 的 requiredWhen 中的 employees > 300；improveMix 的公式中的 employees > 300。请自己为其两侧写用例',
    );
    expect(formatCoverage(report, 'dm.yaml', 'en')).toContain(
      "\n  2 numbers compared with in conditions are not counted (no requirement's limit): employees > 300 in the requiredWhen of supplierScore; employees > 300 in the formula of improveMix. Write cases on both sides yourself",
    );
  });

  it('a number on the left is turned round (300 < employees → employees > 300); no condition, no line', () => {
    const turned = text
      .replace('employees > 300 ?', '300 < employees ?')
      .replace('requiredWhen: { employees: "> 300" }', 'requiredWhen: { employees: ">= 500" }');
    const report = thresholdCoverage(parseRuleSet(turned, { filename: 'dm.yaml' }), []);
    expect(report.conditionLimits.map((c) => c.text)).toEqual(['employees ≥ 500', 'employees > 300']);
    const plain = text
      .replace(
        'employees > 300 ? (improveScore * 60 + supplierScore * 40) / 100 : improveScore',
        'improveScore',
      )
      .replace('    requiredWhen: { employees: "> 300" }\n', '');
    const none = thresholdCoverage(parseRuleSet(plain, { filename: 'dm.yaml' }), []);
    expect(none.conditionLimits).toEqual([]);
    expect(formatCoverage(none, 'dm.yaml', 'en')).not.toContain('conditions');
  });
});
