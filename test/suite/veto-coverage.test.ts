/**
 * newcomer-29 F2: `test --coverage` counted numeric thresholds only, so a suite with every veto case deleted still
 * reported full coverage: the cap `近三年重大质量事故 = false → 检验级`, the rule that moves a grade most, was never
 * exercised and nothing said so. Now each `cap` / `gate` requirement is listed with whether a valid case fails it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTestSuite, thresholdCoverage } from '../../src/index';
import { formatCoverage } from '../../src/report/format-coverage';

const SUITE = fileURLToPath(
  new URL('../../rules/enterprise/quality-management-capability.test.yaml', import.meta.url),
);

describe('coverage of vetoes (cap, gate)', async () => {
  const suite = await runTestSuite(SUITE);
  const incident = (c: (typeof suite.cases)[number]) =>
    (c.input as Record<string, unknown>).majorQualityIncident === true;

  it('a cap some case fails is covered', () => {
    const report = thresholdCoverage(suite.ruleSet!, suite.cases);
    expect(report.vetoes).toEqual([
      expect.objectContaining({
        criterion: 'no-major-incident',
        effect: 'cap',
        capAt: 'inspection',
        exercised: true,
      }),
    ]);
    expect(formatCoverage(report, 'q.yaml', 'zh')).toContain(
      '封顶/否决要求（cap、gate）1 项，1 项有不满足它的用例',
    );
    expect(formatCoverage(report, 'q.yaml', 'zh')).not.toContain('未覆盖的封顶/否决要求');
  });

  it('with every case that fails it taken out, it is shown as not covered, in zh and en; percent counts thresholds only', () => {
    const all = thresholdCoverage(suite.ruleSet!, suite.cases);
    const cases = suite.cases.filter((c) => !incident(c));
    expect(cases.length).toBeLessThan(suite.cases.length);
    const report = thresholdCoverage(suite.ruleSet!, cases);
    const [veto] = report.vetoes;
    expect(veto).toMatchObject({ criterion: 'no-major-incident', exercised: false });
    expect(veto!.line).toBe(172);
    expect(report.percent).toBe(all.percent);
    const zh = formatCoverage(report, 'q.yaml', 'zh');
    expect(zh).toContain('封顶/否决要求（cap、gate）1 项，0 项有不满足它的用例');
    expect(zh).toContain(
      '    no-major-incident（第 172 行，不满足时封顶于检验级）：没有不满足它的用例，请加一个',
    );
    const en = formatCoverage(report, 'q.yaml', 'en');
    expect(en).toContain('vetoes (cap, gate): 0 of 1 have a case that does not meet them');
    expect(en).toContain(
      '    no-major-incident (line 172, caps at inspection when not met): no case fails it; add one',
    );
  });

  it('an invalid case that fails it does not count', () => {
    const cases = suite.cases
      .filter(incident)
      .map((c) => ({ ...c, result: { ...c.result, errors: [{ code: 'missing' }] } })) as typeof suite.cases;
    expect(thresholdCoverage(suite.ruleSet!, cases).vetoes[0]!.exercised).toBe(false);
  });
});
