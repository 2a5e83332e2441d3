/// <reference lib="dom" />
// The samples' tab under zh (studio-20 F11): pasted samples are 粘贴的文本 (notes, report, download name),
// the same record added twice gets a name of its own, a units row under the header is said, and the file
// buttons are the page's own (not the browser's "Choose File").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const SUITE = 'home-appliances/room-air-conditioner-energy.test.yaml';
const suite = readFileSync(join(ROOT, 'rules', SUITE), 'utf8');

const fx = useStudio();

test.beforeEach(() => writeFileSync(join(fx.dir, SUITE), suite));

const openRule = (page: Page) => openRuleFile(page, fx, RULE, 'zh');

test('pasted samples are 粘贴的文本 under zh; a record added twice is a second case, named apart', async ({
  page,
}) => {
  const problems = await openRule(page);
  // A column close to an indicator's label: the hint names the sample.
  await page
    .locator('#sample-text')
    .fill('型号,机组类型,额定制冷量（CC）,全年能源消耗效率 APF\nS04,heat-pump,2600,5.27\n');
  await expect(page.locator('#sample-notices')).toContainText('粘贴的文本：“额定制冷量（CC）”列与指标');
  await expect(page.locator('#sample-notices')).not.toContainText('pasted');
  await page.selectOption('#lang', 'en');
  await expect(page.locator('#sample-notices')).toContainText('pasted: the column "额定制冷量（CC）"');
  await page.selectOption('#lang', 'zh');
  await expect(page.locator('#sample-notices')).toContainText('粘贴的文本：');
  const download = page.waitForEvent('download');
  await page.locator('#grade-report').click();
  expect((await download).suggestedFilename()).toBe('粘贴的文本-report.html');

  await page.locator('#sample-map').fill('额定制冷量（CC）=ratedCoolingCapacity');
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  const add = page.locator('#results-table tr.record[data-row="1"] button.add-case');
  await add.click();
  await expect(page.locator('#suite-summary')).toHaveText(/：通过 \d+ 个，失败 0 个$/);
  await page.getByRole('tab', { name: '样品数据' }).click();
  await add.click();
  await expect.poll(() => readFileSync(join(fx.dir, SUITE), 'utf8')).toContain('- name: S04 (2)\n');
  const text = readFileSync(join(fx.dir, SUITE), 'utf8');
  expect(text.match(/^ {2}- name: S04$/gm)).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('a units row under the header is said in the page, and the file buttons are in the page language', async ({
  page,
}) => {
  const problems = await openRule(page);
  await page
    .locator('#sample-text')
    .fill('型号,机组类型,额定制冷量,全年能源消耗效率 APF\n,,W,\nS01,heat-pump,2600,5.27\n');
  await expect(page.locator('#sample-notices')).toContainText(
    '粘贴的文本：第 2 行是表头下的单位行（W），作为表头的一部分读取，不是记录',
  );
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  // The page's own buttons open the browser's file chooser; its "Choose File" is not shown.
  for (const [input, label] of [
    ['#open-file', '打开文件…'],
    ['#sample-file', '打开样品文件'],
  ] as const) {
    const box = await page.locator(input).boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(1);
    const chooser = page.waitForEvent('filechooser');
    await page.locator(`label:has(${input}) > span`).filter({ hasText: label }).click();
    expect((await chooser).element()).toBeTruthy();
  }
  expect(problems).toEqual([]);
});
