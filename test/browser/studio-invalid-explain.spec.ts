/// <reference lib="dom" />
// An invalid record's explanation in the studio says what `qgrade explain` says (studio-27 M3): the same head
// (不分级：记录无效：…) and each problem as explain lists it, with no label said twice and no line blamed on 序号.
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { createGrader, type GradeResult, gradeFile, type Language, loadRuleSet } from '../../src/index';
import { criterionNotes } from '../../src/report/criterion-notes';
import { formatExplanation } from '../../src/report/format-explanation';
import { modelOf } from '../../src/resolve/rule-set';
import { openRuleFile, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const CSV = 'examples/air-conditioners-zh.csv';
const MAP = '额定制冷量=ratedCoolingCapacity';

const fx = useStudio();

/** What `qgrade explain -r <rule> <csv> --map … --row N --lang <lang>` prints for each record, without the sample line. */
async function explainLines(lang: Language): Promise<Map<number, string[]>> {
  const ruleSet = await loadRuleSet(join(ROOT, 'rules', RULE));
  const out = new Map<number, string[]>();
  const results: GradeResult[] = [];
  for await (const r of gradeFile(createGrader(ruleSet), join(ROOT, CSV), {
    map: { 额定制冷量: 'ratedCoolingCapacity' },
  }))
    results.push(r);
  for (const r of results) {
    const text = formatExplanation(r, lang, {
      notes: criterionNotes(modelOf(ruleSet), ruleSet.document),
      grades: ruleSet.grades,
    });
    out.set(
      r.row!,
      text.split('\n').map((l) => l.trim()),
    );
  }
  return out;
}

/** A record's unfolded explanation in the page: its paragraphs and list items, a line each. */
async function studioLines(page: Page, row: number): Promise<string[]> {
  const record = page.locator(`#results-table tr.record[data-row="${row}"]`);
  if ((await record.locator('button.explain').getAttribute('aria-expanded')) !== 'true')
    await record.locator('button.explain').click();
  const detail = page.locator(`#results-table tr.record[data-row="${row}"] + tr.detail .explanation`);
  return detail.evaluate((el) => [...el.querySelectorAll('p, li')].map((n) => (n.textContent ?? '').trim()));
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: invalid records 5–8 of the Chinese CSV are explained as qgrade explain explains them`, async ({
    page,
  }) => {
    const problems = await openRuleFile(page, fx, RULE, lang);
    await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
    await page.locator('#sample-map').fill(MAP);
    await expect(page.locator('#record-count')).toHaveText(/^9 /);
    // Graded with the mapping (without it every row is invalid): KFR-26GW/A1, APF 5.27, is grade 1.
    await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText(
      lang === 'zh' ? '1级' : 'Grade 1',
    );
    const expected = await explainLines(lang);
    for (const row of [5, 6, 7, 8]) {
      await expect(page.locator(`#results-table tr.record[data-row="${row}"] td.g`)).toHaveText(
        lang === 'zh' ? '无效' : 'Invalid',
      );
      expect(await studioLines(page, row)).toEqual(expected.get(row));
    }
    if (lang === 'zh') {
      // The findings, as the checker saw them: the label once, the unreadable line not on 序号.
      expect(await studioLines(page, 5)).toContain(
        '✗ 额定制冷量 CC 应为数值："7,200" 含千位分隔符或小数逗号，应写如 1234.5（第 6 行第 3 列）',
      );
      // With why its requiredWhen asks for it (newcomer-35 M5).
      expect(await studioLines(page, 6)).toContain(
        '✗ 缺少全年能源消耗效率 APF（第 7 行第 4 列）：这条记录的机组类型为 热泵型、额定制冷量 CC 为 3500，满足其必填条件，该指标为必填项',
      );
      expect((await studioLines(page, 7)).at(-1)).toMatch(/^✗ 第 8 行无法读取：/);
    }
    expect(problems).toEqual([]);
  });
}
