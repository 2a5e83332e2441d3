import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BatchSummary } from '../../../src/batch/batch-summary';
import { createGrader, loadRuleSet, parseRuleSet } from '../../../src/index';
import { createGradeReport } from '../../../src/report/html/grade-report';
import type { ReportResult } from '../../../src/report/html/record-view';
import { REBAR } from '../../grade/rebar-key-fixture';

const AC = 'home-appliances/room-air-conditioner-energy';
// Heat pumps of 2600 W: grade 2 asks APF ≥ 4.50, grade 1 APF ≥ 5.00 (GB 21455-2019, ≤ 4500 W band);
// 1 % of 4.50 is 0.045.
const APF = [4.545, 4.5451, 4.455, 4.4549, 4.5];
const RECORDS: Record<string, unknown>[] = [
  ...APF.map((apf, i) => ({ model: `HP-${i + 1}`, unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf })),
  // SEER ≥ 5.40 for grade 2, ≥ 5.80 for grade 1: 5.41 is 0.19 % above the first.
  { model: 'C-1', unitType: 'cooling-only', ratedCoolingCapacity: 2600, seer: 5.41 },
  { model: 'C-big', unitType: 'cooling-only', ratedCoolingCapacity: 16000, seer: 6.0 },
  { model: 'HP-none', unitType: 'heat-pump', ratedCoolingCapacity: 2600 },
];

async function gradeAll(options: Parameters<typeof createGradeReport>[1] = {}) {
  const ruleSet = await loadRuleSet(AC);
  const grader = createGrader(ruleSet);
  const report = createGradeReport(ruleSet, options);
  const summary = new BatchSummary(ruleSet.grades, { ruleSet });
  RECORDS.forEach((record, i) => {
    const result: ReportResult = {
      ...grader.gradeSync(record),
      row: i + 1,
      kept: { 型号: String(record.model) },
    };
    report.add(result);
    summary.add(result);
  });
  return { report, summary, html: report.render() };
}

/** The cells of the table row marked with an attribute, as text. */
function cells(html: string, marker: string): string[] {
  const row = new RegExp(`<tr ${marker}>(.*?)</tr>`).exec(html);
  if (!row) throw new Error(`no row ${marker}`);
  return [...row[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

function nearSection(html: string, id: string): string {
  const m = new RegExp(
    `<section class="near" data-criterion="${id}" data-within="(\\d+)">([\\s\\S]*?)</section>`,
  ).exec(html);
  if (!m) throw new Error(`no near-limit section for ${id}`);
  return m[0];
}

describe('createGradeReport: the numbers', () => {
  it('counts grades, not-graded reasons and invalid records as BatchSummary does, and shows them', async () => {
    const { report, summary, html } = await gradeAll({ lang: 'en' });
    // By hand: APF 4.545, 4.5451 and 4.50 reach grade 2, 4.455 and 4.4549 grade 3; SEER 5.41 grade 2.
    expect(report.counts()).toEqual(summary.counts());
    expect(report.counts().graded).toEqual({ '1': 0, '2': 4, '3': 2, '4': 0, '5': 0 });
    expect(report.counts().notGraded).toEqual({ 'out-of-scope': 1 });
    expect(report.counts().invalid).toBe(1);
    expect(cells(html, 'data-grade="2"')).toEqual(['Grade 2', '2', '4', '50.0%']);
    expect(cells(html, 'data-grade="3"')).toEqual(['Grade 3', '3', '2', '25.0%']);
    expect(cells(html, 'data-grade="1"')).toEqual(['Grade 1', '1', '0', '0%']);
    expect(cells(html, 'data-not-graded="out-of-scope"')).toEqual([
      'Not graded: Out of scope',
      '',
      '1',
      '12.5%',
    ]);
    expect(cells(html, 'data-invalid')).toEqual(['Invalid', '', '1', '12.5%']);
    expect(html).toMatch(/<th class="n" data-total>8<\/th>/);
    expect(html).toMatch(/<tr data-problem="missing"><td>Missing value<\/td><td class="n">1<\/td>/);
  });

  it('gives each criterion its passed / failed / missing / not applicable counts and pass rate', async () => {
    const { html } = await gradeAll({ lang: 'en' });
    // apf@2 (≥ 4.50): 4.545, 4.5451, 4.50 pass; 4.455, 4.4549 fail; the two cooling-only units are not heat pumps.
    expect(cells(html, 'data-criterion="apf@2"').slice(2)).toEqual(['3', '2', '0', '2', '60.0%']);
    // apf@1 (≥ 5.00): every heat pump fails.
    expect(cells(html, 'data-criterion="apf@1"').slice(2)).toEqual(['0', '5', '0', '2', '0%']);
    // Every valid record (7) is counted once per criterion; the invalid one has no criteria.
    for (const m of html.matchAll(/<tr data-criterion="([^"]+)">(.*?)<\/tr>/g)) {
      const counts = [...m[2]!.matchAll(/<td class="n">([\d,]+)<\/td>/g)]
        .slice(0, 4)
        .map((x) => Number(x[1]));
      expect(
        counts.reduce((s, x) => s + x, 0),
        m[1],
      ).toBe(7);
    }
    // committee-20 F4: the table says the invalid record is left out, so its rows adding up to 7 of 8 is not a puzzle.
    expect(html).toContain(
      '<p class="meta" data-pass-rate-invalid>The 1 invalid record was not graded and is not counted here; Missing counts only values a valid record left out.</p>',
    );
    const zh = (await gradeAll({ lang: 'zh' })).html;
    expect(zh).toContain('无效记录（1 条）未经评定，不计入本表；“缺少数值”只计有效记录中未给出的数值。');
  });

  it('committee-22 F12: the failing table says its share is of all records, the pass rates of those it applies to', async () => {
    const { html } = await gradeAll({ lang: 'en' });
    // apf@1 fails 5 of 8 records (62.5 %) here, and 5 of the 5 heat pumps (0 % pass rate) in the table below.
    const failing = html.slice(html.indexOf('<h2>Most frequent failing criteria</h2>'));
    expect(failing).toMatch(/<th class="n">Share of all records<\/th>/);
    expect(failing).toMatch(/<code>apf@1<\/code><\/td><td class="n">5<\/td><td class="n">62.5%<\/td>/);
    expect(failing).toContain(
      'Shares are of all 8 records; “Pass rate per criterion” below counts only the records a criterion applies to',
    );
    const zh = (await gradeAll({ lang: 'zh' })).html;
    expect(zh).toContain('<th class="n">占全部记录</th>');
    expect(zh).toContain('占比以全部 8 条记录为分母');
  });

  it('committee-22 F13: scope requirements of one label are told apart by their limits, values by their labels', async () => {
    const zh = (await gradeAll({ lang: 'zh' })).html;
    expect(cells(zh, 'data-criterion="not-window"')[0]).toBe('结构形式 ≠ 整体式（适用范围）');
    expect(cells(zh, 'data-criterion="not-mobile"')[0]).toBe('结构形式 ≠ 移动式（适用范围）');
    const en = (await gradeAll({ lang: 'en' })).html;
    expect(cells(en, 'data-criterion="not-window"')[0]).toBe('Configuration ≠ Single-package (scope)');
    // A label no other requirement of its grade shares stays as it is.
    expect(cells(en, 'data-criterion="apf@2"')[0]).toBe('Annual performance factor (APF) (Grade 2)');
  });

  it('no note on invalid records under the pass rates when there are none', async () => {
    const ruleSet = await loadRuleSet(AC);
    const report = createGradeReport(ruleSet, { lang: 'en' });
    report.add({ ...createGrader(ruleSet).gradeSync(RECORDS[0]!), row: 1 });
    expect(report.render()).not.toContain('data-pass-rate-invalid');
  });

  it('counts a record out of scope only in the scope items: its grade requirements are not applicable', async () => {
    const ruleSet = await loadRuleSet(AC);
    const grader = createGrader(ruleSet);
    const report = createGradeReport(ruleSet, { lang: 'en' });
    // Two heat pumps of 2600 W with APF 4.455 (fails grade 2's ≥ 4.50, within 1 % of it); the mobile one is
    // outside GB 21455-2019's scope.
    const unit = { unitType: 'heat-pump', ratedCoolingCapacity: 2600, apf: 4.455 };
    report.add({ ...grader.gradeSync(unit), row: 1 });
    report.add({ ...grader.gradeSync({ ...unit, unitConfiguration: 'mobile' }), row: 2 });
    const html = report.render();
    // passed, failed, missing, not applicable, rate
    expect(cells(html, 'data-criterion="apf@2"').slice(2)).toEqual(['0', '1', '0', '1', '0%']);
    expect(cells(html, 'data-criterion="not-mobile"').slice(2)).toEqual(['1', '1', '0', '0', '50.0%']);
    // The near-limit count takes the record in scope only.
    expect(nearSection(html, 'apf@2')).toMatch(/data-within="1"/);
  });

  it('counts values within 1 % of a limit: exactly 1 % away counts, just beyond does not', async () => {
    const { html } = await gradeAll({ lang: 'en' });
    // apf@2: 4.545 (+1 %), 4.455 (−1 %) and 4.50 (0) are within; 4.5451 and 4.4549 are not.
    const apf2 = nearSection(html, 'apf@2');
    expect(apf2).toContain('data-within="3"');
    expect(apf2).toContain('3 of 5 values within 1 % of the limit (2 passed, 1 failed)');
    // Bins: 4.4549 in [−2 %, −1 %), 4.455 in [−1 %, 0), 4.50 in [0, +1 %), 4.545 and 4.5451 in [+1 %, +2 %).
    expect(apf2).toContain('<tr><td>[−2%, −1%)</td><td class="n">1</td></tr>');
    expect(apf2).toContain('<tr><td>[−1%, 0%)</td><td class="n">1</td></tr>');
    expect(apf2).toContain('<tr><td>[0%, +1%)</td><td class="n">1</td></tr>');
    expect(apf2).toContain('<tr><td>[+1%, +2%)</td><td class="n">2</td></tr>');
    // apf@1 (≥ 5.00): 4.50 is exactly −10 % (inside the histogram), 4.455 and 4.4549 lie beyond it.
    const apf1 = nearSection(html, 'apf@1');
    expect(apf1).toContain('data-within="0"');
    expect(apf1).toContain('below −10 %: 2; above +10 %: 0');
    expect(apf1).toContain('<tr><td>[−10%, −9%)</td><td class="n">3</td></tr>');
    // seer@2 (≥ 5.40): 5.41 passes within 1 %.
    expect(nearSection(html, 'seer@2')).toContain(
      '1 of 1 value within 1 % of the limit (1 passed, 0 failed)',
    );
  });

  it('lists at most maxRecords records and says how many were left out', async () => {
    const { html } = await gradeAll({ lang: 'en', maxRecords: 3 });
    expect([...html.matchAll(/<tr data-row="(\d+)">/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(html).toContain('data-left-out="5"');
    expect(html).toContain('5 more records are not listed (only the first 3 are)');
    // The counts still cover every record.
    expect(cells(html, 'data-grade="2"')[2]).toBe('4');
    const all = await gradeAll({ lang: 'en' });
    expect(all.html).not.toContain('data-left-out');
    expect([...all.html.matchAll(/<tr data-row=/g)]).toHaveLength(8);
  });

  it('shows kept id columns and folds each explanation under its record', async () => {
    const { html } = await gradeAll({ lang: 'zh' });
    expect(html).toContain('<th>型号</th>');
    const row3 = /<tr data-row="3">(.*?)<\/tr>/.exec(html)![1]!;
    expect(row3).toContain('<td>HP-3</td>');
    expect(row3).toContain('<span class="g">3级</span>');
    expect(row3).toMatch(
      /<details><summary><span class="hold">距 2级：全年能源消耗效率 APF 4.455（≥ 4.50）<\/span><\/summary>/,
    );
    expect(row3).toContain(
      '<li><span class="m no">✗</span> 全年能源消耗效率 APF：4.455，不满足 ≥ 4.50（2级）</li>',
    );
  });

  it('the summary line shows a value as the other formats do: a score to its shown digits (hostile-20 M6)', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const items = {
      leadershipCommitment: 90,
      processControl: 90,
      supplierQuality: 90,
      auditAndImprovement: 90,
    };
    const rest = {
      qualityAnalytics: 90,
      traceability: 90,
      innovation: 95,
      customerFocus: 95,
      talentDevelopment: 95,
    };
    const record = {
      ...items,
      ...rest,
      dataCollection: 89.99,
      productQuality: 95,
      qualityLoss: 95,
      customerSatisfaction: 95,
    };
    for (const [lang, hold] of [
      ['en', 'To reach Excellence: Digitalisation of quality management 89.997 (≥ 90)'],
      ['zh', '距卓越级：质量管理数字化 89.997（≥ 90）'],
    ] as const) {
      const report = createGradeReport(ruleSet, { lang });
      report.add({ ...createGrader(ruleSet).gradeSync(record), row: 1 });
      // (90 + 89.99 + 90) / 3 = 89.99666…, which the table, CSV and explain show as 89.997.
      expect(report.render()).toContain(`<span class="hold">${hold}</span>`);
    }
  });

  it('makes one page with no script and no link to anything outside it', async () => {
    const { html } = await gradeAll({ lang: 'en' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(
      /<script|<link|<iframe|<img|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i,
    );
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect((html.match(/<svg /g) ?? []).length).toBe((html.match(/<title id=/g) ?? []).length);
  });
});

describe('createGradeReport: values near the limit under the rounded-value method (committee-29 M1)', () => {
  // GB/T 1499.2 rebar, compared by GB/T 8170 rounded values: ReL to 1 MPa against ≥ 400, C to 0.01 against ≤ 0.25.
  const BAR = REBAR;
  const BARS = [
    { ...BAR, yieldStrength: 399.4 }, // → 399: fails, −0.25 %
    { ...BAR, yieldStrength: 399.5 }, // → 400 (half to even): meets ≥ 400, at the limit
    { ...BAR, yieldStrength: 400 },
    { ...BAR, carbon: 0.251 }, // → 0.25: meets ≤ 0.25, at the limit
    { ...BAR, carbon: 0.255 }, // → 0.26 (half to even): fails, −4 %
  ];

  async function rebarReport(lang: 'zh' | 'en') {
    const ruleSet = await loadRuleSet('steel/hot-rolled-ribbed-bar');
    const grader = createGrader(ruleSet);
    const report = createGradeReport(ruleSet, { lang });
    for (const [i, bar] of BARS.entries()) report.add({ ...grader.gradeSync(bar), row: i + 1 });
    return report.render();
  }

  it('places a value by its rounded value: 399.5 and 0.251 on the passing side, as their ✓ says', async () => {
    const rel = nearSection(await rebarReport('en'), 'yield-strength');
    expect(rel).toContain('3 of 5 values within 1 % of the limit (2 passed, 1 failed)');
    // 399.4 → 399 is the one failing value; 399.5 → 400 and 400 sit at the limit.
    expect(rel).toContain('<tr><td>[−1%, 0%)</td><td class="n">1</td></tr>');
    expect(rel).toContain('<tr><td>[0%, +1%)</td><td class="n">2</td></tr>');
    const c = nearSection(await rebarReport('en'), 'carbon');
    // 0.251 → 0.25 at the limit (passes); 0.255 → 0.26 is 4 % over (fails); 0.21 three times, 16 % under.
    expect(c).toContain('1 of 5 values within 1 % of the limit (1 passed, 0 failed)');
    expect(c).toContain('<tr><td>[0%, +1%)</td><td class="n">1</td></tr>');
    expect(c).toContain('<tr><td>[−4%, −3%)</td><td class="n">1</td></tr>');
    expect(c).not.toContain('[−1%, 0%)');
    expect(c).not.toContain('[−2%, −1%)');
  });

  it('the bars agree with the heading in Chinese too, and the note says the rounded value is used', async () => {
    const html = await rebarReport('zh');
    const rel = nearSection(html, 'yield-strength');
    expect(rel).toContain('（满足 2，不满足 1）');
    expect(rel).toContain('<tr><td>[−1%, 0%)</td><td class="n">1</td></tr>');
    expect(html).toContain('按修约值比较（GB/T 8170）的要求用修约后的数值');
  });
});

describe('HTML escaping of hostile text', () => {
  const HOSTILE_LABEL = `"<script>alert('zh')</script>\\u0001 \\"APF\\" &amp;"`;
  const HOSTILE_EN = `"</td><script>alert(1)</script><img src=x onerror=alert(2)>\\u0007 'APF'"`;
  const file = new URL('../../../rules/home-appliances/room-air-conditioner-energy.yaml', import.meta.url);
  const text = readFileSync(file, 'utf8')
    .replace(
      'label: { zh: 全年能源消耗效率 APF, en: Annual performance factor (APF) }',
      `label: { zh: ${HOSTILE_LABEL}, en: ${HOSTILE_EN} }`,
    )
    .replace(
      '  en: Room air conditioner energy-efficiency grades',
      '  en: "<style>body{display:none}</style>\\u0000"',
    );
  const ALLOWED_TAGS = new Set(
    'html head meta title style body main footer h1 h2 h3 p strong code ul li b span table thead tbody tfoot tr th td details summary svg desc rect text line div section'.split(
      ' ',
    ),
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

  for (const lang of ['en', 'zh'] as const) {
    it(`keeps rule labels and kept values as text (${lang})`, () => {
      expect(text).toContain('<script>');
      const ruleSet = parseRuleSet(text, { filename: 'hostile.yaml' });
      const grader = createGrader(ruleSet);
      const report = createGradeReport(ruleSet, { lang, input: '"><script>x</script>.csv' });
      const kept = { '"><svg onload=alert(1)>': `<script>alert("kept")</script>\u0000\u001b[31m'` };
      report.add({ ...grader.gradeSync(RECORDS[0]), row: 1, kept });
      report.add({ ...grader.gradeSync(RECORDS[2]), row: 2, kept });
      report.add({ ...grader.gradeSync(RECORDS[7]), row: 3, kept });
      const html = report.render();
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      expect(html).not.toMatch(CONTROL);
      expect(html).not.toMatch(/<script|<img|<svg onload|<style>body/i);
      // The text is still there to read, escaped.
      expect(html).toContain('&lt;script&gt;alert(&quot;kept&quot;)&lt;/script&gt;\ufffd\ufffd[31m&#39;');
      expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
      if (lang === 'zh')
        expect(html).toContain(
          '&lt;script&gt;alert(&#39;zh&#39;)&lt;/script&gt;\ufffd &quot;APF&quot; &amp;amp;',
        );
      else
        expect(html).toContain(
          '&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;\ufffd &#39;APF&#39;',
        );
      // Every start tag is well formed: a name and double-quoted attributes, none ended early by a label.
      for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
        expect(tag).toMatch(/^<[a-z][a-z0-9]*(\s+[a-zA-Z][a-zA-Z0-9-]*(="[^"]*")?)*\s*\/?>$/);
      }
    });
  }
});

describe('createGradeReport: the invalid-records table counts records, not problems (enterprise-19 F1)', () => {
  async function invalidTable(records: Record<string, unknown>[], lang: 'zh' | 'en') {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const grader = createGrader(ruleSet);
    const report = createGradeReport(ruleSet, { lang });
    for (const [i, record] of records.entries()) report.add({ ...grader.gradeSync(record), row: i + 1 });
    return report.render();
  }
  const scores = async () =>
    Object.fromEntries(
      (await loadRuleSet('enterprise/quality-management-capability')).indicators
        .filter((i) => i.type === 'number')
        .map((i) => [i.name, 80]),
    );

  it('one record with three blank cells counts 1 under 缺少数值; no note when the column adds up', async () => {
    const { leadershipCommitment, processControl, supplierQuality, ...rest } = await scores();
    const html = await invalidTable([rest, await scores()], 'zh');
    expect(cells(html, 'data-problem="missing"')[1]).toBe('1');
    // The example names the indicator by its label, not by its id before it (committee-20 F9).
    expect(cells(html, 'data-problem="missing"')[2]).toMatch(/^缺少\p{Script=Han}/u);
    expect(html).not.toContain('leadershipCommitment：');
    expect(html).not.toContain('data-problem-overlap');
  });

  it('a record with two kinds counts under each, and a note says the column can exceed the invalid count', async () => {
    const { leadershipCommitment, processControl, ...rest } = await scores();
    const both = { ...rest, customerSatisfaction: 101 }; // two blanks and one out of range
    const { supplierQuality, ...oneBlank } = await scores();
    const html = await invalidTable([both, oneBlank, await scores()], 'en');
    expect(cells(html, 'data-problem="missing"')[1]).toBe('2');
    expect(cells(html, 'data-problem="out-of-range"')[1]).toBe('1');
    expect(html).toContain(
      '<p data-problem-overlap>Records counts the records with that problem; a record with several kinds of problem counts under each, so the column may add up to more than the 2 invalid records.</p>',
    );
    const zh = await invalidTable([both, oneBlank], 'zh');
    expect(zh).toContain('因此各行之和可能大于无效记录数（2 条）');
  });
});

describe('createGradeReport: the rule set header in the report language (enterprise-19 F5/F6)', () => {
  it('an enterprise rule set: 版次 未查到 (not "not found"), and a notice about grading enterprises, not products', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const zh = createGradeReport(ruleSet, { lang: 'zh' }).render();
    expect(zh).toContain('版次 未查到');
    // (The rule file's clause is one bilingual string: the report language's part, see below.)
    expect(zh).not.toContain('版次 not found');
    expect(zh).toContain(
      '<p class="warn">注意：本规则集的阈值是示例数值，不是任何标准的规定值，不能作为正式的企业等级评价依据。</p>',
    );
    expect(zh).not.toContain('产品等级');
    const en = createGradeReport(ruleSet, { lang: 'en' }).render();
    expect(en).toContain('edition not found');
    expect(en).toContain('must not be used to grade enterprises formally.');
  });

  it('a standard known by its name, its title holding the name: the name once (enterprise-23 W5)', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const zh = createGradeReport(ruleSet, { lang: 'zh' }).render();
    expect(zh).toContain('标准：制造业企业质量管理能力评价规范（团体标准）（版次 未查到，条款 ');
    expect(zh).not.toContain('制造业企业质量管理能力评价规范 制造业企业质量管理能力评价规范');
    // A code the title does not hold stays before it.
    expect(zh).toContain('；工信部联科〔2023〕249号 制造业卓越质量工程实施意见（版次 2023，');
    // The English title does not hold the Chinese name: both, as before.
    const en = createGradeReport(ruleSet, { lang: 'en' }).render();
    expect(en).toContain(
      '制造业企业质量管理能力评价规范 Evaluation specification of quality-management capability of manufacturing enterprises (group standard) (edition not found',
    );
  });

  it('a clause written in both languages shows the report language’s part only (enterprise-23 W5)', async () => {
    const ruleSet = await loadRuleSet('enterprise/quality-management-capability');
    const zh = createGradeReport(ruleSet, { lang: 'zh' }).render();
    expect(zh).toContain('（版次 未查到，条款 五个等级、4 个维度、30 项指标（权重与分级阈值未找到））；');
    expect(zh).toContain('（版次 2023，条款 采用经验级、检验级、保证级、预防级、卓越级五个等级）');
    expect(zh).not.toContain('five levels');
    const en = createGradeReport(ruleSet, { lang: 'en' }).render();
    expect(en).toContain(
      '(edition not found, clause five levels, 4 dimensions, 30 indicators; weights and level thresholds not found);',
    );
    expect(en).toContain('(edition 2023, clause uses the five levels)');
    expect(en).not.toContain('五个等级、4 个维度');
    // A clause in one language is printed as written.
    const cement = createGradeReport(await loadRuleSet('building-materials/cement-quality-grade'), {
      lang: 'en',
    }).render();
    expect(cement).toContain('clause P·O 42.5 的强度、凝结时间、化学指标和安定性要求（作为否决项）');
  });

  it('a product rule set keeps the product wording', async () => {
    const ruleSet = await loadRuleSet('building-materials/cement-quality-grade');
    const zh = createGradeReport(ruleSet, { lang: 'zh' }).render();
    expect(zh).toContain('不能作为正式的产品等级判定依据。');
    expect(zh).toContain('版次 2007');
  });
});
