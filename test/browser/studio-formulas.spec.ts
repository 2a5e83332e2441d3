/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createGrader, gradeSample, parseRuleSet } from '../../src/browser';
import { rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { openRuleFile, useStudio } from './studio-fixture';

// A workbook whose APF column holds formulas (the mean of three readings) with the results Excel saved:
// refused by default, naming the samples' checkbox; read as saved with it ticked, as gradeSample does.
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const XLSX = 'apf-formulas.xlsx';

/** Columns A… of one row: strings as inline text, numbers as numbers, `[formula, saved]` as a formula. */
function row(r: number, cells: (string | number | [string, string])[]): string {
  const cell = (c: string | number | [string, string], i: number) => {
    const ref = `${'ABCDEF'[i]}${r}`;
    if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${c}</t></is></c>`;
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
    return `<c r="${ref}"><f>${c[0]}</f><v>${c[1]}</v></c>`;
  };
  return `<row r="${r}">${cells.map(cell).join('')}</row>`;
}

const WORKBOOK = rawWorkbook({
  sheets: [
    {
      name: '样品',
      body: `<sheetData>${[
        row(1, ['unitType', 'ratedCoolingCapacity', 'apf', '读数1', '读数2', '读数3']),
        row(2, ['heat-pump', 3500, ['AVERAGE(D2:F2)', '5.2699999999999996'], 5.26, 5.27, 5.28]),
        row(3, ['heat-pump', 3500, ['AVERAGE(D3:F3)', '4.6199999999999992'], 4.61, 4.62, 4.63]),
        row(4, ['heat-pump', 3500, ['AVERAGE(D4:F4)', '3.2000000000000002'], 3.1, 3.2, 3.3]),
      ].join('')}</sheetData>`,
    },
  ],
});

const fx = useStudio();

test.beforeAll(() => {
  writeFileSync(join(fx.dir, XLSX), WORKBOOK);
});

test('a workbook of formulas: refused naming the checkbox; ticked, graded from the saved results as gradeSample does', async ({
  page,
}) => {
  const ruleSet = parseRuleSet(readFileSync(join(fx.dir, RULE), 'utf8'));
  const expected = await gradeSample(createGrader(ruleSet), WORKBOOK, { name: XLSX, formulas: 'saved' });
  const grades = expected.map((g) => g.result.grade);
  // The three rows are three outcomes, so a checkbox that read nothing, or one row, would not pass.
  expect(grades).toEqual(['1', '2', null]);
  const problems = await openRuleFile(page, fx, RULE);
  await page.selectOption('#lang', 'zh');
  const box = page.locator('#sample-formulas');
  await expect(box).not.toBeChecked();
  await expect(page.locator('#sample-formulas-label')).toHaveText('读取公式单元格保存的结果');
  await expect(page.locator('#sample-formulas-label')).toHaveAttribute('title', /保存前已重新计算/);

  await page.locator(`button.file[data-group=folder][data-path="${XLSX}"]`).click();
  await expect(page.locator('#record-count')).toHaveText(/^3 /);
  for (const r of [1, 2, 3])
    await expect(page.locator(`#results-table tr.record[data-row="${r}"] td.g`)).toHaveText('无效');
  await page.locator('#results-table tr.record[data-row="1"] button.explain').click();
  const detail = page.locator('#results-table tr.detail').first();
  await expect(detail).toContainText('单元格 C2 是公式（=AVERAGE(D2:F2)）');
  await expect(detail).toContainText('或勾选“读取公式单元格保存的结果”，读取文件保存的公式结果');
  await expect(detail).not.toContainText('--formulas');
  await page.selectOption('#lang', 'en');
  await expect(detail).toContainText(
    `or tick "Read formula cells' saved results" to read the results the file saved`,
  );
  await expect(page.locator('#sample-formulas-label')).toHaveText("Read formula cells' saved results");
  await page.selectOption('#lang', 'zh');

  // Ticked: the samples are graded again, each row as gradeSample grades it with formulas: 'saved'.
  await box.check();
  await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText('1级');
  await expect(page.locator('#record-count')).toHaveText(/^3 /);
  for (const [i, g] of expected.entries()) {
    const cell = page.locator(`#results-table tr.record[data-row="${i + 1}"] td.g`);
    await expect(cell).toHaveText(g.result.label?.zh ?? '不分级');
  }
  // Compared with the file as saved (the same rules), the rows are read the same way.
  await page.getByRole('tab', { name: '比较' }).click();
  await page.selectOption('#compare-with', 'saved');
  await expect(page.locator('#compare-summary')).toContainText('A 下：已分级 2 条，不分级 1 条');
  await expect(page.locator('#compare-summary')).not.toContainText('记录无效');

  // Unticked again: refused again.
  await page.getByRole('tab', { name: '样品数据' }).click();
  await box.uncheck();
  await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText('无效');
  await page.getByRole('tab', { name: '比较' }).click();
  await expect(page.locator('#compare-summary')).toContainText('A 下：已分级 0 条，不分级 0 条，无效 3 条');
  expect(problems).toEqual([]);
});
