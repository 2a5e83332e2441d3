/// <reference lib="dom" />
// At 1366×768, the most common laptop screen, the results table fits its pane with a rule set whose grade
// label is long (`conforming (强度、凝结时间、安定性和化学指标合格)`): the grade wraps, the failing requirements
// wrap, the row buttons stay in view (studio-23 N13: the pane scrolled sideways, 说明 / 加为测试用例 off-screen).
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, resultsRowLayout, useStudio } from './studio-fixture';

const RULE = 'building-materials/common-portland-cement.yaml';
const CSV = [
  '样品编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性（沸煮法）',
  ',,,MPa,MPa,MPa,MPa,min,min,%,%,%,',
  'C01,P.O,42.5,17,48,4.5,7.5,150,250,3,2.5,0.03,合格',
  'C02,P.O,42.5,16.9,42.4,3.4,6.4,40,601,5.1,3.6,0.07,不合格',
  'C03,P.O,42.5,20,48,4.5,7.5,150,250,3,2.5,0.059,合格',
].join('\n');

const fx = useStudio();

/** The table's, its pane's and the row buttons' geometry. */
function geometry(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector<HTMLElement>('#results-table')!;
    const pane = table.closest<HTMLElement>('.side')!;
    const paneBox = pane.getBoundingClientRect();
    return {
      table: table.scrollWidth,
      pane: table.parentElement!.clientWidth,
      paneScrolls: pane.scrollWidth > pane.clientWidth,
      paneRight: paneBox.right,
      windowWidth: window.innerWidth,
      buttons: [...table.querySelectorAll<HTMLElement>('tr.record button')].map((b) => ({
        right: b.getBoundingClientRect().right,
        whole: b.scrollWidth <= b.clientWidth,
      })),
      // No cell's text cut: each fits its cell.
      cellsFit: [...table.querySelectorAll<HTMLElement>('tr.record td, th')].every(
        (c) => c.scrollWidth <= c.clientWidth + 1,
      ),
      // The grade id is not broken inside the word.
      gradeIdWhole: [...table.querySelectorAll<HTMLElement>('tr.record td.g')].every((td) => {
        const range = document.createRange();
        // The grade's text, in the box that keeps it on one line (studio-29 F1).
        const text = td.querySelector('span')!.firstChild!;
        // Chinese names the grade by its label alone; the English id is the word that must not break.
        if (!text.textContent!.startsWith('conforming')) return true;
        const end = Math.min('conforming'.length, text.textContent!.length);
        range.setStart(text, 0);
        range.setEnd(text, end);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size === 1;
      }),
    };
  });
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test(`the results table fits its pane at ${width}×${height} with a long grade label, in both languages`, async ({
      page,
    }) => {
      const problems = await openRuleFile(page, fx, RULE, 'zh');
      await page.locator('#sample-text').fill(CSV);
      await expect(page.locator('#record-count')).toHaveText(/^3 /);
      // As `qgrade grade --lang zh` prints it: the label alone, no English id before it.
      await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText(
        '强度、凝结时间、安定性和化学指标合格',
      );
      for (const lang of ['zh', 'en'] as const) {
        await page.selectOption('#lang', lang);
        await expect(page.locator('#results-table')).toBeVisible();
        const g = await geometry(page);
        expect(g.table, lang).toBeLessThanOrEqual(g.pane);
        expect(g.paneScrolls, lang).toBe(false);
        expect(g.paneRight, lang).toBeLessThanOrEqual(g.windowWidth);
        expect(g.cellsFit, lang).toBe(true);
        expect(g.gradeIdWhole, lang).toBe(true);
        for (const b of g.buttons) {
          expect(b.right, lang).toBeLessThanOrEqual(g.paneRight);
          expect(b.whole, lang).toBe(true);
        }
        // An unfolded explanation keeps the table in its pane too.
        await page.locator('#results-table tr.record[data-row="2"] button.explain').click();
        const open = await geometry(page);
        expect(open.table, lang).toBeLessThanOrEqual(open.pane);
        expect(open.paneScrolls, lang).toBe(false);
        await page.screenshot({
          path: test.info().outputPath(`results-${width}-${lang}.png`),
          fullPage: false,
        });
        await page.locator('#results-table tr.record[data-row="2"] button.explain').click();
      }
      expect(problems).toEqual([]);
    });

    test(`at ${width}×${height} each sample id and grade is one line, the table in its pane, in both languages`, async ({
      page,
    }) => {
      // studio-29 F1: at 1920 px "KFR-26GW/A1" took 3 lines, "KFR-50LW/C" / "2" broke inside the id and
      // "1 (Grade 1)" took 3 lines; at 1366 px rows were 70 px (zh) and 91 px (en) tall for one line of text.
      const problems = await openRuleFile(page, fx, 'home-appliances/room-air-conditioner-energy.yaml', 'zh');
      await page
        .locator('button.file[data-group=bundled][data-path="examples/air-conditioners-zh.csv"]')
        .click();
      await page.locator('#sample-map').fill('额定制冷量=ratedCoolingCapacity');
      await expect(page.locator('#record-count')).toHaveText(/^9 /);
      for (const lang of ['zh', 'en'] as const) {
        await page.selectOption('#lang', lang);
        await expect(page.locator('#results-table tr.record[data-row="3"] td.g')).toHaveText(
          lang === 'zh' ? '3级' : 'Grade 3',
        );
        for (const unfold of [false, true]) {
          if (unfold) await page.locator('#results-table tr.record[data-row="3"] button.explain').click();
          const rows = await resultsRowLayout(page);
          expect(rows).toHaveLength(9);
          for (const r of rows)
            expect({ row: r.row, id: r.idLines, grade: r.gradeLines, add: r.addCaseOneLine }, lang).toEqual({
              row: r.row,
              id: r.row === '7' ? 0 : 1, // row 7, an unclosed quote, has no id
              grade: 1,
              add: true,
            });
          const g = await geometry(page);
          expect(g.table, lang).toBeLessThanOrEqual(g.pane);
          expect(g.paneScrolls, lang).toBe(false);
          expect(g.cellsFit, lang).toBe(true);
        }
        await page.locator('#results-table tr.record[data-row="3"] button.explain').click();
      }
      expect(problems).toEqual([]);
    });
  });
}
