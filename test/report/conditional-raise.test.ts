/**
 * newcomer-35 W1: an item scored through a conditional derived value (rule-format's pattern for 不适用项,
 * `improveMix = employees > 300 ? (improveScore * 60 + supplierScore * 40) / 100 : improveScore`) is raised no further
 * than either branch allows ([0, 100] here), as a linear formula is. Rule set: test/fixtures/newcomer-35/dm.yaml
 * (weights 25/20/20/20/15, analysisPoints = analysisScore * 20 on 0–5, cutoffs 60/70/80/90). Figures by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { createGradeReport } from '../../src/report/html/grade-report';
import { GradeWorkbook } from '../../src/report/xlsx/grade-workbook';
import { expectValidResult } from '../helpers';

const text = readFileSync(new URL('../fixtures/newcomer-35/dm.yaml', import.meta.url), 'utf8');
const ruleSet = parseRuleSet(text, { filename: 'dm.yaml' });
const grader = createGrader(ruleSet);

// Enterprise 28 of the report: 45 employees, so improveMix = improveScore = 85.1.
const row28 = {
  majorAccident: false,
  employees: 45,
  infraScore: 87,
  collectScore: 90.9,
  analysisScore: 3.9,
  traceScore: 79.7,
  improveScore: 85.1,
};

describe('a conditional derived score is raised within its branches’ reach (newcomer-35 W1)', () => {
  it('row 28: total 84.235, 5.765 short of 90; improveMix cannot go to 123.54, two items are needed', async () => {
    const r = await grader.grade(row28);
    expectValidResult(r);
    // 87·0.25 + 90.9·0.2 + 78·0.2 + 79.7·0.2 + 85.1·0.15 = 21.75 + 18.18 + 15.6 + 15.94 + 12.765 = 84.235.
    const total = r.scores!.shortfalls!.find((s) => s.gap === 5.765)!;
    // improveMix at 100 adds only 14.9·0.15 = 2.235; analysisPoints 78 → 100 adds 4.4, infra 87 → 100 adds 3.25.
    expect(total.raise).toBeNull();
    const zh = formatExplanation(r, 'zh');
    expect(zh).toContain(
      '总分 84.235，差 5.765 分达到 ≥ 90（引领级）；没有哪一项单独提高能达到：至少需提高 2 项，如 质量数据分析 3.9 → 5（得分 78 → 100）、数字化基础 87 → 92.46',
    );
    expect(zh).not.toContain('123.54');
    const en = formatExplanation(r, 'en');
    expect(en).toContain('no single item raised alone reaches it');
    expect(en).not.toContain('123.54');
  });

  it('row 19 (450 employees, improveMix 69.94): the total is raised by an item that can take it, not improveMix → 102.14', async () => {
    const r = await grader.grade({
      majorAccident: false,
      employees: 450,
      infraScore: 75.6,
      collectScore: 73.1,
      analysisScore: 3.7,
      traceScore: 81.8,
      improveScore: 67.1,
      supplierScore: 74.2,
    });
    expectValidResult(r);
    // improveMix = 67.1·0.6 + 74.2·0.4 = 69.94; total 18.9 + 14.62 + 14.8 + 16.36 + 10.491 = 75.171, 4.829 short of
    // 80. improveMix → 100 adds 4.509 only; infra 75.6 + 4.829 / 0.25 = 94.916 → 94.92.
    const zh = formatExplanation(r, 'zh');
    expect(zh).toContain('总分 75.171，差 4.829 分达到 ≥ 80（集成级）；例如 数字化基础 75.6 → 94.92');
    expect(zh).not.toContain('102.14');
  });

  it('the HTML report and the workbook’s 说明 column say the same', async () => {
    const r = { ...(await grader.grade(row28)), row: 1 };
    const report = createGradeReport(ruleSet, { lang: 'zh' });
    report.add(r, undefined, row28);
    const html = report.render();
    expect(html).toContain('质量数据分析 3.9 → 5（得分 78 → 100）、数字化基础 87 → 92.46');
    expect(html).not.toContain('123.54');
    const book = new GradeWorkbook(ruleSet, { lang: 'zh' });
    book.add(r, {});
    const cells = JSON.stringify(book.sheets(report.counts()));
    expect(cells).toContain('质量数据分析 3.9 → 5（得分 78 → 100）、数字化基础 87 → 92.46');
    expect(cells).not.toContain('123.54');
  });
});
