/// <reference lib="dom" />
// At 800 px wide, unfolding an explanation keeps the results pane from scrolling sideways: the row number,
// the grade and the distribution's grade names stay in view (studio-27 M2: the pane scrolled 58 px right).
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, useStudio } from './studio-fixture';

const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const CSV = 'examples/air-conditioners-zh.csv';

const fx = useStudio();

test.use({ viewport: { width: 800, height: 900 } });

/** Where the results pane and the cells that must stay in view are. */
function layout(page: Page, row: number) {
  return page.evaluate((n) => {
    const table = document.querySelector<HTMLElement>('#results-table')!;
    const pane = table.closest<HTMLElement>('.side')!;
    const box = pane.getBoundingClientRect();
    const inView = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
    };
    const record = table.querySelector(`tr.record[data-row="${n}"]`)!;
    return {
      scrollLeft: pane.scrollLeft,
      paneScrolls: pane.scrollWidth > pane.clientWidth,
      table: table.scrollWidth,
      pane: table.parentElement!.clientWidth,
      rowNumber: inView(record.querySelector('td.n')),
      grade: inView(record.querySelector('td.g')),
      gradeNames: [...document.querySelectorAll('#grade-counts th')].every(inView),
      // The explanation's lines wrap inside the pane.
      explanation: inView(record.nextElementSibling!.querySelector('.explanation')),
    };
  }, row);
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: at 800×900 an unfolded explanation wraps in the pane; the row number stays visible`, async ({
    page,
  }) => {
    const problems = await openRuleFile(page, fx, RULE, lang);
    await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
    await page.locator('#sample-map').fill('额定制冷量=ratedCoolingCapacity');
    await expect(page.locator('#record-count')).toHaveText(/^9 /);
    // Graded with the mapping (without it every row is invalid): KFR-26GW/A1, APF 5.27, is grade 1.
    await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText(
      lang === 'zh' ? '1级' : /^1 /,
    );
    for (const row of [3, 5, 7]) {
      const toggle = page.locator(`#results-table tr.record[data-row="${row}"] button.explain`);
      // A late regrade can redraw the table under the click: click again until the row is unfolded.
      await expect(async () => {
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
      }).toPass();
      // Measured once the unfolded row is laid out (a redraw may still be under way).
      await expect
        .poll(() => layout(page, row), { message: `row ${row}` })
        .toMatchObject({
          scrollLeft: 0,
          paneScrolls: false,
          rowNumber: true,
          grade: true,
          gradeNames: true,
          explanation: true,
        });
      const l = await layout(page, row);
      expect(l.table, `row ${row}`).toBeLessThanOrEqual(l.pane);
    }
    expect(problems).toEqual([]);
  });
}
