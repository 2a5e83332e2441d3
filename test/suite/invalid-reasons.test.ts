import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { runSuite } from '../../src/suite/run-suite';
import { parseTestSuite } from '../../src/suite/test-suite';

// committee-20 F9: a case's invalid fields listed its reasons joined by an ASCII "; " in Chinese too.
describe("a case's errors that differ: the record's reasons, joined as each language joins them", () => {
  it('zh "；", en "; ", and a space after a label that ends in a symbol', async () => {
    const cement = await loadRuleSet('building-materials/cement-quality-grade');
    const parsed = parseTestSuite(
      `ruleSet: building-materials/cement-quality-grade
cases:
  - name: two missing
    input: { cementType: P.O, strengthClass: "42.5", compressive3d: 23, compressive28d: 49, flexural3d: 5, flexural28d: 7,
      initialSetting: 180, finalSetting: 240, magnesia: 2.8, soundness: true }
    errors: [magnesia]
`,
      'c.test.yaml',
    );
    if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
    const result = await runSuite(parsed, cement);
    const texts = result.cases[0]!.problemTexts!;
    expect(texts[0]!.zh).toBe(
      '无效字段：预期 [magnesia]，实际 [sulfurTrioxide, chloride]（缺少三氧化硫 SO₃；缺少氯离子 Cl⁻）',
    );
    expect(texts[0]!.en).toContain('(sulfurTrioxide (Sulfur trioxide (SO₃)) is missing; chloride');
  });
});
