import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matrixWithInvalid } from '../../../src/compare/matrix-with-invalid';
import { INVALID_KEY, NONCONFORMING_KEY, OUT_OF_SCOPE_KEY } from '../../../src/compare/migration-matrix';
import { compareRuleSets, createGrader, loadRuleSet } from '../../../src/index';
import { createCompareReport } from '../../../src/report/html/compare-report';

const DRAFT = new URL('../../../examples/room-air-conditioner-energy-draft.yaml', import.meta.url).pathname;
const RECORDS: Record<string, unknown>[] = JSON.parse(
  readFileSync(new URL('../../../examples/room-air-conditioners.json', import.meta.url), 'utf8'),
);

async function build(lang: 'en' | 'zh', maxRecords?: number) {
  const a = await loadRuleSet('home-appliances/room-air-conditioner-energy');
  const b = await loadRuleSet(DRAFT);
  const [ga, gb] = [createGrader(a), createGrader(b)];
  const report = createCompareReport(a, b, maxRecords === undefined ? { lang } : { lang, maxRecords });
  RECORDS.forEach((r, i) => {
    report.add({ ...ga.gradeSync(r), kept: { model: String(r.model) } }, gb.gradeSync(r), i + 1);
  });
  return { a, b, report, html: report.render(), comparison: await compareRuleSets(a, b, RECORDS) };
}

describe('createCompareReport', () => {
  it('names each rule set with the file it was read from, beside its title and version', async () => {
    const { a, b, html } = await build('zh');
    expect(a.title).toEqual(b.title);
    const heads = [
      ...html.matchAll(
        /<p><strong>规则集 ([AB])（[^）]*）<\/strong>：.*? 版本 (\S+) 文件 <code data-file>([^<]*)<\/code><\/p>/g,
      ),
    ];
    expect(heads.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['A', a.version, a.file],
      ['B', b.version, b.file],
    ]);
    expect(b.file).toMatch(/room-air-conditioner-energy-draft\.yaml$/);
  });

  it('counts the record the draft moves down: APF 4.62 meets ≥ 4.50 (grade 2) but not ≥ 4.70', async () => {
    const { a, b, report, html, comparison } = await build('en');
    expect(report.totals()).toMatchObject({
      total: 8,
      unchanged: 7,
      changed: 1,
      up: 0,
      down: 1,
      sideways: 0,
    });
    expect(comparison.changes).toEqual([
      { row: 2, from: '2', to: '3', criteria: ['apf@2'], causes: ['apf@2'] },
    ]);
    expect(html).toContain('<td class="n" data-from="2" data-to="3">1</td>');
    expect(html).toContain('<td class="n" data-from="2" data-to="2">1</td>');
    const row = /<tr data-row="2">(.*?)<\/tr>/.exec(html)![1]!;
    expect(row).toContain('<td>KFR-35GW/B3</td>');
    expect(row).toContain('<span class="down">↓</span>');
    expect(row).toContain(
      '<li data-criterion="apf@2">Annual performance factor (APF) (Grade 2): 4.62, A ≥ 4.50 <span class="m ok">✓</span> → B ≥ 4.70 <span class="m no">✗</span></li>',
    );
    // Both heads, and the draft's illustrative figures called so.
    expect(html).toContain(`version ${a.version}`);
    expect(html).toContain(`version ${b.version}`);
    expect(html).toContain('<p class="warn">Note: the thresholds of this rule set are illustrative.');
  });

  it('matches the library comparison cell for cell, in Chinese too', async () => {
    const { html, comparison } = await build('zh');
    // As the text and the workbook show it: the record invalid under both (row 8) in an "invalid" row and column,
    // and the valid records not graded split into below the lowest grade and out of scope (committee-33 M8).
    const shown = comparison.shown!;
    expect(shown[INVALID_KEY]![INVALID_KEY]).toBe(1);
    expect(shown[NONCONFORMING_KEY]![NONCONFORMING_KEY]).toBe(1);
    expect(shown[OUT_OF_SCOPE_KEY]![OUT_OF_SCOPE_KEY]).toBe(1);
    expect(shown.null).toBeUndefined();
    expect(matrixWithInvalid(comparison).null!.null).toBe(2);
    expect(html.match(/<td class="n" data-from=/g)).toHaveLength(
      Object.values(shown).reduce((n, line) => n + Object.keys(line).length, 0),
    );
    for (const [from, line] of Object.entries(shown)) {
      for (const [to, count] of Object.entries(line)) {
        expect(html).toContain(`<td class="n" data-from="${from}" data-to="${to}">${count}</td>`);
      }
    }
    expect(html).toContain('全年能源消耗效率 APF（2级）：4.62，A ≥ 4.50');
    expect(html).toContain('<h2>等级迁移矩阵</h2>');
  });

  it('lists at most maxRecords moved records and says how many were left out', async () => {
    const { html } = await build('en', 0);
    expect(html).toContain('data-left-out="1"');
    expect(html).not.toContain('<tr data-row=');
  });
});
