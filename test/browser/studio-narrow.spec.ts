/// <reference lib="dom" />
// At 800 px wide, unfolding an explanation keeps the results pane from scrolling sideways: the row number,
// the grade and the distribution's grade names stay in view (studio-27 M2: the pane scrolled 58 px right).
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, resultsRowLayout, useStudio } from './studio-fixture';

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
      lang === 'zh' ? '1级' : 'Grade 1',
    );
    // Ids and grades on one line, the add-case button's text too or an icon titled with it (studio-29 F1: rows
    // 189 px (zh) and 333 px (en) tall, "KFR-50LW/C" / "2", "+ 加为测试用例" one character a line).
    await expectOneLineCells(page, lang);
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
    await expectOneLineCells(page, lang);
    expect(problems).toEqual([]);
  });
}

/** Every record's id and grade on one line; its add-case button on one line, named and titled in `lang`. */
async function expectOneLineCells(page: Page, lang: 'zh' | 'en') {
  const rows = await resultsRowLayout(page);
  expect(rows).toHaveLength(9);
  const name = lang === 'zh' ? '加为测试用例' : 'Add as test case';
  for (const r of rows) {
    // Row 7 (an unclosed quote) has no id to show.
    expect({ row: r.row, id: r.idLines, grade: r.gradeLines, add: r.addCaseOneLine }).toEqual({
      row: r.row,
      id: r.row === '7' ? 0 : 1,
      grade: 1,
      add: true,
    });
  }
  // Rows whose record can be a case (the unreadable row 7 cannot) keep the button's name for screen readers.
  const adds = rows.filter((r) => r.addCaseName !== '');
  expect(adds.length).toBeGreaterThan(5);
  for (const r of adds) expect([r.addCaseName.trim(), r.addCaseTitle]).toEqual([`+ ${name}`, name]);
}

test('at 800×900 a long sample id and a long grade label wrap in their columns; the table stays in its pane', async ({
  page,
}) => {
  // The worst case for one-line ids and grades (studio-29 F1): a 40-character id without a break point and
  // cement's `Conforming on strength, setting time, soundness and chemistry`.
  const problems = await openRuleFile(page, fx, 'building-materials/common-portland-cement.yaml', 'en');
  await page
    .locator('#sample-text')
    .fill(
      [
        '样品编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性（沸煮法）',
        ',,,MPa,MPa,MPa,MPa,min,min,%,%,%,',
        'PO425_2026_LOT_000123_SAMPLE_A_LINE_3_XY,P.O,42.5,17,48,4.5,7.5,150,250,3,2.5,0.03,合格',
        'C02,P.O,42.5,16.9,42.4,3.4,6.4,40,601,5.1,3.6,0.07,不合格',
      ].join('\n'),
    );
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  for (const lang of ['en', 'zh'] as const) {
    await page.selectOption('#lang', lang);
    await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toContainText(
      lang === 'en' ? 'Conforming on strength' : '合格',
    );
    const l = await layout(page, 1);
    expect([l.table <= l.pane, l.paneScrolls, l.rowNumber, l.grade], lang).toEqual([true, false, true, true]);
    const [first] = await resultsRowLayout(page);
    expect(first!.idLines, lang).toBeGreaterThan(1);
    expect(first!.addCaseOneLine, lang).toBe(true);
  }
  expect(problems).toEqual([]);
});
