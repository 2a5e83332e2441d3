import { describe, expect, it } from 'vitest';
import type { UsageError } from '../../../src/errors/usage-error';
import { createGrader, loadRuleSet, QgradeError, thresholdCoverage } from '../../../src/index';
import { createCompareReport } from '../../../src/report/html/compare-report';
import { createGradeReport } from '../../../src/report/html/grade-report';

const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const rebar = await loadRuleSet('steel/hot-rolled-ribbed-bar');
const acResult = createGrader(ac).gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 5.1 });
const rebarResult = createGrader(rebar).gradeSync({});

function usage(run: () => unknown): UsageError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(QgradeError);
  expect((error as QgradeError).code).toBe('usage');
  return error as UsageError;
}

describe('HTML reports and thresholdCoverage: misuse is a usage error, not a TypeError (hostile-18 F13)', () => {
  it('createGradeReport / createCompareReport: a lang other than zh or en is refused when the report is made', () => {
    const e = usage(() => createGradeReport(ac, { lang: 'xx' as never }));
    expect(e.text.en).toBe('createGradeReport\'s options.lang must be "zh" or "en", got the string "xx"');
    expect(e.text.zh).toBe('createGradeReport 的 options.lang 应为“zh”或“en”，收到 字符串 "xx"');
    expect(usage(() => createCompareReport(ac, ac, { lang: 'EN' as never })).text.en).toContain(
      'createCompareReport\'s options.lang must be "zh" or "en"',
    );
    // Both languages and the default still make a page.
    for (const lang of ['zh', 'en', undefined] as const) {
      const report = createGradeReport(ac, lang ? { lang } : {});
      report.add(acResult);
      expect(report.render()).toContain('<html');
    }
  });

  it('report.add refuses a result of another rule set (id or version), naming both', () => {
    const report = createGradeReport(ac);
    const e = usage(() => report.add(rebarResult));
    expect(e.text.en).toBe(
      `report.add takes a result graded by the report's rule set ${ac.id} ${ac.version}, got one graded by ${rebar.id} ${rebar.version}`,
    );
    expect(e.text.zh).toBe(
      `report.add 需要按该报告的规则集 ${ac.id} ${ac.version} 评出的结果，收到的是按 ${rebar.id} ${rebar.version} 评出的结果`,
    );
    const otherVersion = { ...acResult, ruleSet: { ...acResult.ruleSet, version: '0.9.0' } };
    expect(usage(() => report.add(otherVersion)).text.en).toContain('got one graded by');
    // Nothing refused was counted; a result of its own rule set, or one without ruleSet (built by hand), is.
    expect(report.counts().total).toBe(0);
    report.add(acResult);
    const { ruleSet: _, ...bare } = acResult;
    report.add(bare as typeof acResult);
    expect(report.counts().total).toBe(2);
  });

  it('compareReport.add refuses results swapped or of a third rule set', () => {
    const report = createCompareReport(ac, rebar);
    expect(usage(() => report.add(rebarResult, acResult)).text.en).toContain(
      'compareReport.add (resultA) takes',
    );
    expect(usage(() => report.add(acResult, acResult)).text.en).toContain(
      'compareReport.add (resultB) takes',
    );
    report.add(acResult, rebarResult);
    expect(report.render()).toContain('<html');
  });

  it('thresholdCoverage names the element of cases that is not a graded case', () => {
    const e = usage(() => thresholdCoverage(ac, [{}] as never));
    expect(e.text.en).toBe(
      "thresholdCoverage's cases[0] must be a graded case { input, result }, got an empty object",
    );
    expect(e.text.zh).toBe('thresholdCoverage 的 cases[0] 应为已评级的用例 { input, result }，收到 空对象');
    const good = { input: {}, result: acResult };
    expect(usage(() => thresholdCoverage(ac, [good, null] as never)).text.en).toContain('cases[1] must be');
    expect(usage(() => thresholdCoverage(ac, [good, { input: {}, result: 5 }] as never)).text.en).toBe(
      'thresholdCoverage (cases[1].result) takes a grading result (a GradeResult from grade, gradeSync or gradeMany), got the number 5',
    );
    expect(thresholdCoverage(ac, [good]).thresholds.length).toBeGreaterThan(0);
  });
});
