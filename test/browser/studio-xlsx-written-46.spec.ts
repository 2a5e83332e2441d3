/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { openRuleFile, useStudio } from './studio-fixture';

// A lab's workbook uploaded as a sample: Chinese headers, one with its unit, APF kept in a fixed-decimal
// format (0.00, one cell 0.000). The explanation shows 4.50 and 4.500 as the sheet shows them, not 4.5, and
// grades by GB 21455-2019:
// heat pumps, APF ≥ 5.00 for grade 1 and ≥ 4.50 for grade 2 up to 4500 W; ≥ 4.50 for grade 1 above 4500 W up
// to 7100 W.
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';

const header = (value: string): Cell => ({ value, fontWeight: 'bold' });
const text = (value: string): Cell => ({ value, type: String });
const watts = (value: number): Cell => ({ value, type: Number });
const apf = (value: number, format = '0.00'): Cell => ({ value, type: Number, format });

/** The workbook, written by write-excel-file as a program (not Excel) writes one. */
function workbook(): Promise<Buffer> {
  return writeXlsxFile([
    [header('型号'), header('机组类型'), header('额定制冷量（W）'), header('全年能源消耗效率 APF')],
    // At grade 2's 4.50 (≤ 4500 W): grade 2, short of grade 1's 5.00 by 0.50.
    [text('KFR-35GW/A1'), text('热泵型'), watts(3500), apf(4.5)],
    // 4.5 in the (4500, 7100] band, at grade 1's limit there; its cell shows three decimals (0.000).
    [text('KFR-50LW/B2'), text('热泵型'), watts(5000), apf(4.5, '0.000')],
    // Shown 4.50 by the format, stored 4.499: just below grade 2's 4.50 (full-value method): grade 3.
    [text('KFR-26GW/C3'), text('热泵型'), watts(2600), apf(4.499)],
  ]).toBuffer() as Promise<Buffer>;
}

const fx = useStudio();

test('an uploaded .xlsx: grades by GB 21455-2019, and the explanation shows 4.50 as written, in zh and en', async ({
  page,
}) => {
  const buffer = await workbook();
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  await page.locator('#sample-file').setInputFiles({
    name: '能效检测.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page.locator('#sample-name')).toHaveText('能效检测.xlsx');
  await expect(page.locator('#record-count')).toHaveText(/^3 /);
  // The header with its unit (W, the indicator's) is read as ratedCoolingCapacity: no hint of a close column.
  await expect(page.locator('#sample-notices')).not.toContainText('相近');
  await expect(page.locator('#sample-error')).not.toBeVisible();
  const rows = page.locator('#results-table tr.record');
  await expect(rows.locator('td.kept')).toHaveText(['KFR-35GW/A1', 'KFR-50LW/B2', 'KFR-26GW/C3']);
  await expect(rows.locator('td.g')).toHaveText(['2级', '1级', '3级']);

  await rows.nth(0).locator('button.explain').click();
  const detail = page.locator('#results-table tr.record[data-row="1"] + tr.detail');
  await expect(detail.locator('li', { hasText: '（1级）' }).first()).toHaveText(
    '✗ 全年能源消耗效率 APF：4.50，不满足 ≥ 5.00（1级）',
  );
  await expect(detail.locator('li', { hasText: '（2级）' })).toHaveText([
    '✓ 全年能源消耗效率 APF：4.50，满足 ≥ 4.50（2级）',
  ]);
  await expect(detail).toContainText('额定制冷量 CC：3500 W');
  await expect(detail).not.toContainText('4.5，');

  await rows.nth(1).locator('button.explain').click();
  const second = page.locator('#results-table tr.record[data-row="2"] + tr.detail');
  await expect(second.locator('li', { hasText: '（1级）' })).toHaveText([
    '✓ 全年能源消耗效率 APF：4.500，满足 ≥ 4.50（1级）',
  ]);

  await rows.nth(2).locator('button.explain').click();
  const third = page.locator('#results-table tr.record[data-row="3"] + tr.detail');
  // The stored figure, compared whole: the format's 4.50 would have met grade 2.
  await expect(third.locator('li', { hasText: '（2级）' }).first()).toHaveText(
    '✗ 全年能源消耗效率 APF：4.499，不满足 ≥ 4.50（2级）',
  );

  await page.selectOption('#lang', 'en');
  await expect(rows.locator('td.g')).toHaveText(['Grade 2', 'Grade 1', 'Grade 3']);
  await expect(detail.locator('li', { hasText: '(Grade 1)' }).first()).toHaveText(
    '✗ Annual performance factor (APF): 4.50 does not meet ≥ 5.00 (Grade 1)',
  );
  expect(problems).toEqual([]);
});
