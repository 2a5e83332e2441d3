/// <reference lib="dom" />
// At 1280×720 the samples' results table fits its pane: explanations wrap, the row buttons stack
// (studio-20 F6: the table was 606 px in a 506 px pane, "+ 加为测试用例" cut, 样品编号 one character a line).
import { expect, test } from '@playwright/test';
import { openRuleFile, resultsRowLayout, useStudio } from './studio-fixture';

const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
// A sample id column, and a long value that cannot be read, with no place to break a line (no space, no hyphen).
const LONG = '5.27%(measured_per_GB21455_2019_annex_A;see_test_report_QG_2026_000123_page_4_table_2)';
const CSV = [
  '样品编号,机组类型,额定制冷量,全年能源消耗效率 APF,制冷季节能源消耗效率 SEER',
  'KFR-26GW/A1-2026-0001,heat-pump,2600,5.27,',
  `KFR35GWB3_2026_0002_batchA_line3,heat-pump,3500,${LONG},`,
].join('\n');

const fx = useStudio();

test.use({ viewport: { width: 1280, height: 720 } });

test('the results table fits its pane at 1280×720 with a long explanation unfolded, in both languages', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  await page.locator('#sample-text').fill(CSV);
  await page.locator('#sample-map').fill('额定制冷量=ratedCoolingCapacity');
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  const invalid = page.locator('#results-table tr.record[data-row="2"]');
  await invalid.locator('button.explain').click();
  await expect(page.locator('#results-table tr.detail').nth(1)).toContainText('GB21455_2019_annex_A');
  const widths = () =>
    page.evaluate(() => {
      const table = document.querySelector<HTMLElement>('#results-table')!;
      const pane = table.closest<HTMLElement>('.side')!;
      const buttons = [...table.querySelectorAll<HTMLElement>('tr.record button')].map((b) => ({
        right: b.getBoundingClientRect().right,
        text: b.scrollWidth <= b.clientWidth,
      }));
      const range = document.createRange();
      const lines = (el: Element) => {
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      };
      return {
        table: table.scrollWidth,
        pane: table.parentElement!.clientWidth,
        paneScrolls: pane.scrollWidth > pane.clientWidth,
        paneRight: pane.getBoundingClientRect().right,
        buttons,
        // Each header (序号, 样品编号…) on one line, not a character a line.
        headLines: Math.max(...[...table.querySelectorAll('th')].map(lines)),
        // No header cut inside a word.
        headsFit: [...table.querySelectorAll<HTMLElement>('th')].every(
          (th) => th.scrollWidth <= th.clientWidth,
        ),
      };
    });
  for (const lang of ['zh', 'en'] as const) {
    await page.selectOption('#lang', lang);
    if (lang === 'en') await page.locator('#results-table tr.record[data-row="2"] button.explain').click();
    const w = await widths();
    expect(w.table, lang).toBeLessThanOrEqual(w.pane);
    expect(w.paneScrolls, lang).toBe(false);
    for (const b of w.buttons) {
      expect(b.right, lang).toBeLessThanOrEqual(w.paneRight);
      expect(b.text, lang).toBe(true);
    }
    expect(w.headsFit, lang).toBe(true);
    if (lang === 'zh') expect(w.headLines).toBe(1);
    // A 21-character id and the grade on one line; the 32-character id without a break point wraps, in its
    // column (studio-29 F1). The add-case button keeps its words on one line or shows "+", titled with them.
    const [first, second] = await resultsRowLayout(page);
    expect([first?.idLines, first?.gradeLines, first?.addCaseOneLine], lang).toEqual([1, 1, true]);
    expect(second!.idLines, lang).toBeGreaterThan(1);
    expect(first?.addCaseTitle, lang).toBe(lang === 'zh' ? '加为测试用例' : 'Add as test case');
  }
  expect(problems).toEqual([]);
});
