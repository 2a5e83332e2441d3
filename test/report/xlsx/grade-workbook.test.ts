import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BatchSummary, createGrader, type GradeResult, loadRuleSet } from '../../../src/index';
import { GradeWorkbook } from '../../../src/report/xlsx/grade-workbook';
import { enterpriseScores } from '../../helpers';
import { asWritten, readBack } from './read-back';

const ROOT = join(import.meta.dirname, '../../..');
const records = JSON.parse(readFileSync(join(ROOT, 'examples/room-air-conditioners.json'), 'utf8')) as Record<
  string,
  unknown
>[];

async function graded(): Promise<{ results: GradeResult[]; summary: BatchSummary }> {
  const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
  const grader = createGrader(ruleSet);
  const summary = new BatchSummary(ruleSet.grades);
  const results = records.map((record, i) => {
    const result = { ...grader.gradeSync(record), row: i + 1 };
    summary.add(result);
    return result;
  });
  return { results, summary };
}

async function workbook(lang: 'zh' | 'en', kept: (i: number) => Record<string, string>) {
  const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
  const { results, summary } = await graded();
  const book = new GradeWorkbook(ruleSet, { lang });
  results.forEach((r, i) => {
    book.add(r, kept(i));
  });
  const counts = summary.counts();
  return { sheets: book.sheets(counts), bytes: await book.toBuffer(counts), counts };
}

describe('GradeWorkbook, read back by exceljs', () => {
  it('writes every cell it meant to, in zh, with the kept column first', async () => {
    const { sheets, bytes } = await workbook('zh', (i) => ({ 型号: String(records[i]!.model) }));
    const read = await readBack(bytes);
    expect(read.map((s) => s.name)).toEqual(['结果', '汇总']);
    expect(read[0]!.rows).toEqual(asWritten(sheets[0]!));
    expect(read[1]!.rows).toEqual(asWritten(sheets[1]!));
    expect(read[0]!.rows[0]!.slice(0, 8)).toEqual([
      '型号',
      '序号',
      '等级',
      '等级名称',
      '不分级原因',
      '制约要求',
      '说明',
      '要求编号',
    ]);
  });

  it('lists a failed veto with the grade’s own failures beside it, as CSV’s blockers do (newcomer-40 M3)', async () => {
    const ruleSet = await loadRuleSet('home-appliances/appliance-quality-grading');
    const grader = createGrader(ruleSet);
    // Fails the safety veto and, on its scores alone, the lowest grade's cutoff too.
    const record = { ...applianceBelowCutoff(), safetyTest: false };
    const result = { ...grader.gradeSync(record), row: 1 };
    const ids = result.nextGrade!.blockers.map((b) => b.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toEqual(['safety', 'totalScore@1-star']);
    const summary = new BatchSummary(ruleSet.grades);
    summary.add(result);
    const book = new GradeWorkbook(ruleSet, { lang: 'en' });
    book.add(result, {});
    const [sheet] = await readBack(await book.toBuffer(summary.counts()));
    const header = sheet!.rows[0]!;
    const row = sheet!.rows[1]!;
    expect(row[header.indexOf('Criterion ids')]).toBe(ids.join('; '));
  });

  it('says what holds each record down, from the standard table: APF 4.62 at 3500 W is grade 2, 5.00 needed for 1', async () => {
    const { bytes } = await workbook('zh', (i) => ({ 型号: String(records[i]!.model) }));
    const [results] = await readBack(bytes);
    const row = (model: string) => results!.rows.find((r) => r[0] === model)!;
    expect(row('KFR-35GW/B3').slice(0, 8)).toEqual([
      'KFR-35GW/B3',
      2,
      '2',
      '2级',
      null,
      '全年能源消耗效率 APF 4.62（≥ 5.00）',
      '距 1级：全年能源消耗效率 APF：4.62，不满足 ≥ 5.00（1级）',
      'apf@1',
    ]);
    expect(row('KFR-26GW/A1').slice(2, 7)).toEqual(['1', '1级', null, null, '已达最高等级']);
    expect(row('RF-160W/G1').slice(2, 6)).toEqual([
      null,
      null,
      '超出适用范围',
      '额定制冷量 CC 16000 W（≤ 14000 W）',
    ]);
    expect(row('KF-120LW/F2').slice(4, 6)).toEqual([
      '未达最低等级',
      '制冷季节能源消耗效率 SEER 3.42（≥ 3.50）',
    ]);
    expect(row('KFR-35GW/H0').slice(4, 8)).toEqual([
      '记录无效',
      '全年能源消耗效率 APF',
      // With why its requiredWhen asks for it (newcomer-35 M5).
      '记录无效：缺少全年能源消耗效率 APF：这条记录的机组类型为 热泵型、额定制冷量 CC 为 3500，满足其必填条件，该指标为必填项',
      'apf',
    ]);
  });

  it('writes a summary whose counts are the batch counts', async () => {
    const { bytes, counts } = await workbook('en', () => ({}));
    const summary = (await readBack(bytes))[1]!;
    const count = (category: string, item: string) =>
      summary.rows.find((r) => r[0] === category && r[1] === item)?.[2];
    expect(summary.rows[0]!.slice(0, 4)).toEqual(['Category', 'Item', 'Records', 'Note']);
    // Grades 1, 2, 3, 5, 2 and three not graded: one out of scope, one below grade 5, one invalid.
    expect([1, 2, 3, 4, 5].map((g) => count('Grade', `Grade ${g}`))).toEqual([1, 2, 1, 0, 1]);
    // The grade's id in the note column, not in the item (committee-22 F13: 合格 (conforming) in a zh sheet).
    expect(summary.rows.find((r) => r[0] === 'Grade' && r[1] === 'Grade 2')?.[3]).toBe('id 2');
    expect(count('Not graded', 'out of scope')).toBe(counts.notGraded['out-of-scope']);
    expect(count('Not graded', 'out of scope')).toBe(1);
    expect(count('Not graded', 'below the lowest grade')).toBe(1);
    // No record failed a veto item: no row saying 0 of them did (committee-29).
    expect(count('Not graded', 'veto item failed')).toBeUndefined();
    expect(summary.rows.find((r) => r[0] === 'Invalid')?.slice(2, 4)).toEqual([1, 'rows 8']);
    expect(summary.rows.find((r) => r[0] === 'Total')?.slice(2, 4)).toEqual([
      8,
      '5 graded, 2 not graded, 1 invalid',
    ]);
    const failing = summary.rows.filter((r) => r[0] === 'Most frequent failing criteria');
    expect(failing.map((r) => [r[3], r[2]])).toEqual(counts.failing.map((f) => [`id ${f.id}`, f.count]));
    // APF below grade 1's limit: 4.62 < 5.00 (≤ 4500 W), 3.95 < 4.50 (5000 W), 3.15 < 4.20 (7200 W).
    // Named with its grade, as stderr and the HTML report name it; the id in the note column.
    expect(failing[0]!.slice(0, 4)).toEqual([
      'Most frequent failing criteria',
      'Annual performance factor (APF) (Grade 1)',
      3,
      'id apf@1',
    ]);
  });

  it('freezes the header row (and the kept columns), names the sheets in the language, and fits widths to Chinese text', async () => {
    const { bytes } = await workbook('zh', (i) => ({
      型号: String(records[i]!.model),
      批次: '2024年第一批',
    }));
    const [results, summary] = await readBack(bytes);
    expect(results!.frozen).toEqual({ rows: 1, columns: 2 });
    expect(summary!.frozen).toEqual({ rows: 1, columns: 0 });
    // 型号: longest "KFR-120LW/F2"-like model, 11 characters, + 2.
    expect(results!.widths[0]).toBe(13);
    // 批次: "2024年第一批" is 4 digits and 4 Chinese characters = 12 columns, + 2.
    expect(results!.widths[1]).toBe(14);
    // 行: numbers 1–8 under a one-character heading: the narrowest width, 6.
    expect(results!.widths[2]).toBe(6);
    // 类别: "最常不满足的要求", 8 Chinese characters = 16, + 2.
    expect(summary!.widths[0]).toBe(18);
  });

  it('keeps hostile kept values as text: no formula, no broken XML, cut at 32,767 characters', async () => {
    const hostile = ['=1+1', 'a\u0000b\u001Fc', '<&>"\'', 'x'.repeat(40_000), '+SUM(A1)', '型号\r\n第二行'];
    const { bytes } = await workbook('en', (i) => ({ id: hostile[i] ?? '' }));
    const [results] = await readBack(bytes);
    const ids = results!.rows.slice(1).map((r) => r[0]);
    expect(ids.slice(0, 3)).toEqual(['=1+1', 'abc', '<&>"\'']);
    // Compared by length and ends, so a failure does not print 32,767 characters.
    const long = String(ids[3]);
    expect([long.length, long.slice(0, 3), long.slice(-2)]).toEqual([32_767, 'xxx', 'x…']);
    expect(ids.slice(4, 6)).toEqual(['+SUM(A1)', '型号\n第二行']); // a line break as Excel writes it in a cell
    expect(results!.widths[0]).toBe(80);
  });

  it('refuses a record past the most it takes, saying to write CSV or NDJSON', async () => {
    const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
    const { results } = await graded();
    const book = new GradeWorkbook(ruleSet, { lang: 'en', maxRecords: 7 });
    for (const r of results.slice(0, 7)) book.add(r);
    expect(() => book.add(results[7]!)).toThrow(
      '-f xlsx writes at most 7 records, and there are more: write -f csv or -f ndjson, which stream',
    );
  });

  it('a scored rule set gets the total and each dimension score after the other columns, and the explanation says what lifts a score', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const grader = createGrader(ruleSet);
    const all = enterpriseScores;
    const summary = new BatchSummary(ruleSet.grades);
    // An invalid record first: the columns come from the rule set, not from the first scored result.
    const records = [all('x'), all(90, { leadershipCommitment: 0 }), all(100)];
    for (const lang of ['zh', 'en'] as const) {
      const book = new GradeWorkbook(ruleSet, { lang });
      records.forEach((record, i) => {
        const result = { ...grader.gradeSync(record), row: i + 1 };
        if (lang === 'zh') summary.add(result);
        book.add(result, { 企业名称: `企业${i + 1}` });
      });
      const [results] = await readBack(await book.toBuffer(summary.counts()));
      const header = results!.rows[0]!;
      expect(header.slice(8)).toEqual(
        lang === 'zh'
          ? ['总分', '质量管理体系有效性', '质量管理数字化', '持续成功能力', '质量绩效']
          : [
              'Total score',
              'QMS effectiveness',
              'Digitalisation of quality management',
              'Capability for sustained success',
              'Quality performance',
            ],
      );
      // Invalid: no scores. 领导作用 0: QMS (0 + 3·90) / 4 = 67.5, total 0.3·67.5 + 0.7·90 = 83.25.
      expect(results!.rows[1]!.length).toBeLessThanOrEqual(8);
      expect(results!.rows[2]!.slice(8)).toEqual([83.25, 67.5, 90, 90, 90]);
      expect(results!.rows[3]!.slice(8)).toEqual([100, 100, 100, 100, 100]);
      expect(results!.rows[2]![6]).toBe(
        lang === 'zh'
          ? '距预防级：质量管理体系有效性：67.5，不满足 ≥ 80（预防级）。质量管理体系有效性 67.5，差 12.5 分达到 ≥ 80（预防级）；例如 领导作用与质量战略 0 → 50'
          : 'To reach Prevention: QMS effectiveness: 67.5 does not meet ≥ 80 (Prevention). QMS effectiveness 67.5, 12.5 points short of ≥ 80 (Prevention); e.g. Leadership and quality strategy 0 → 50',
      );
    }
  });

  it('a score is written whole and shown to the decimals its explanation shows (newcomer-31 M-8)', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const grader = createGrader(ruleSet);
    // 领导作用 91, the rest 90: QMS (91 + 3·90) / 4 = 90.25, total 0.3·90.25 + 0.7·90 = 90.075, explained as 90.08.
    const result = { ...grader.gradeSync(enterpriseScores(90, { leadershipCommitment: 91 })), row: 1 };
    const summary = new BatchSummary(ruleSet.grades);
    summary.add(result);
    const book = new GradeWorkbook(ruleSet, { lang: 'zh' });
    book.add(result, { 企业名称: '企业1' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await book.toBuffer(summary.counts())) as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2);
    const cells = [9, 10, 11].map((c) => row.getCell(c));
    expect(cells.map((c) => c.value)).toEqual([90.075, 90.25, 90]);
    expect(cells.map((c) => c.numFmt)).toEqual(['0.00', '0.00', '0']);
  });

  it('a score computed from a value written with a rounding mark is the interval it lies in, as text, as the CSV writes it; the exact ones stay numbers (fix-marks6-36)', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const grader = createGrader(ruleSet);
    // Leadership 90(−), [89.5, 90), one of four equal items: QMS in [89.875, 90), the total (30 %) in [89.9625, 90).
    const results = [
      { ...grader.gradeSync(enterpriseScores(90, { leadershipCommitment: '90(−)' })), row: 1 },
      { ...grader.gradeSync(enterpriseScores(90)), row: 2 },
    ];
    const summary = new BatchSummary(ruleSet.grades);
    const book = new GradeWorkbook(ruleSet, { lang: 'en' });
    for (const r of results) {
      summary.add(r);
      book.add(r);
    }
    const [sheet] = await readBack(await book.toBuffer(summary.counts()));
    expect(sheet!.rows[1]!.slice(-5)).toEqual(['[89.9625, 90)', '[89.875, 90)', 90, 90, 90]);
    expect(sheet!.rows[2]!.slice(-5)).toEqual([90, 90, 90, 90, 90]);
    expect(results[0]!.scores!.totalWritten).toBe('[89.9625, 90)');
  });

  it('the explanation column: a score and its gap that add up, what the items need together, all blockers at once (enterprise-23 W6)', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const grader = createGrader(ruleSet);
    const all = enterpriseScores;
    const summary = new BatchSummary(ruleSet.grades);
    // 质量绩效 (2·69 + 59.5 + 60) / 4 = 64.375; every item 50: four dimensions 15 short of 65.
    const records = [all(70, { productQuality: 69, qualityLoss: 59.5, customerSatisfaction: 60 }), all(50)];
    const text: Record<string, string[]> = {};
    for (const lang of ['zh', 'en'] as const) {
      const book = new GradeWorkbook(ruleSet, { lang });
      records.forEach((record, i) => {
        const result = { ...grader.gradeSync(record), row: i + 1 };
        if (lang === 'zh') summary.add(result);
        book.add(result, { 企业名称: `企业${i + 1}` });
      });
      const [results] = await readBack(await book.toBuffer(summary.counts()));
      text[lang] = [results!.rows[1]![6] as string, results!.rows[2]![6] as string];
    }
    expect(text.zh![0]).toContain(
      '。质量绩效 64.375，差 0.625 分达到 ≥ 65（保证级）；例如 产品质量水平 69 → 70.25',
    );
    expect(text.en![0]).toContain('. Quality performance 64.375, 0.625 points short of ≥ 65 (Assurance)');
    expect(text.zh![0]).not.toContain('须同时满足');
    expect(text.zh![1]).toContain(
      '总分：50，不满足 ≥ 65（保证级）。这 5 项须同时满足才能达到保证级，每个“例如”只补足其中一项。质量管理体系有效性 50，差 15 分达到 ≥ 65（保证级）；没有哪一项单独提高能达到：至少需提高 2 项，如 领导作用与质量战略 50 → 100、过程控制 50 → 60；或每项各提高 15 分。',
    );
    expect(text.en![1]).toContain(
      '. All 5 must be met together to reach Assurance; each "e.g." closes only its own gap. QMS effectiveness 50, 15 points short of ≥ 65 (Assurance); no single item raised alone reaches it: at least 2 items must rise, e.g. Leadership and quality strategy 50 → 100, Process control 50 → 60; or 15 more points each. ',
    );
  });

  it('a rule set without scores gets no score columns', async () => {
    const { bytes } = await workbook('zh', (i) => ({ 型号: String(records[i]!.model) }));
    const [results] = await readBack(bytes);
    expect(results!.rows[0]).not.toContain('总分');
    expect(results!.rows[0]!.at(-1)).toBe('要求编号');
  });
});

/** An appliance whose scores fall short of the lowest cutoff (total well under 60). */
function applianceBelowCutoff(): Record<string, unknown> {
  return {
    safetyTest: true,
    cccCertified: true,
    energyGrade: 5,
    noise: 60,
    failureRate: 10,
    reliabilityScore: 0,
    intelligenceScore: 0,
    userExperienceScore: 0,
    afterSalesScore: 0,
  };
}
