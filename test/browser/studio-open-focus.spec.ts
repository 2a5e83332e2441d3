/// <reference lib="dom" />
// Opening a rule file puts the keys in its editor (studio-27 F1: focus was lost, the editor 49 Tabs away); the
// comparison starts at the newest other edition of the rule set (F3); the results name requirements by label,
// as the CLI's table does, not by id (F4).
import { expect, test } from '@playwright/test';
import { openRuleFile, useStudio, watchProblems } from './studio-fixture';

const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const CSV = 'examples/air-conditioners-zh.csv';

const fx = useStudio();

test('Enter on a file button opens it with the keys in the editor: typing edits the file', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'zh');
  // Nothing is open, so nothing was checked: no "没有问题" to mistake for the file's.
  await expect(page.locator('#file-list h2').first()).toHaveText('文件夹');
  await expect(page.locator('#problems')).toHaveText('');
  // The list's titles change language in place: a button focused meanwhile keeps the keys.
  await page.locator(`button.file[data-group=folder][data-path="${RULE}"]`).focus();
  await expect(page.locator('#file-list h2').first()).toHaveText('文件夹');
  await expect(page.locator(`button.file[data-group=folder][data-path="${RULE}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#problems')).toContainText('没有问题');
  await expect(page.locator('#editor .cm-content')).toBeFocused();
  await page.keyboard.type('# ');
  await expect(page.locator('#dirty')).toHaveText('• 未保存');
  await expect(page.locator('#editor .cm-line').first()).toHaveText(/^# /);
  expect(problems).toEqual([]);
});

test('a file still being read does not take the keys from the sample box the author went to', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  // The file's text arrives only after the author has clicked into the sample box and typed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/file?**', async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });
  await page.locator(`button.file[data-group=folder][data-path="${RULE}"]`).click();
  await page.locator('#sample-text').click();
  await page.keyboard.type('unitType,ratedCoolingCapacity,apf\n');
  release();
  await expect(page.locator('#problems')).toContainText('No problems');
  await page.keyboard.type('heat-pump,3500,4.62');
  await expect(page.locator('#sample-text')).toHaveValue(
    'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62',
  );
  await expect(page.locator('#dirty')).toHaveText('');
  await expect(page.locator('#results-table tr.record')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('zh: A starts at the newest other edition (the draft), and the comparison shows as the tab opens', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
  await page.locator('#sample-map').fill('额定制冷量=ratedCoolingCapacity');
  await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText('1级');
  // Not the bundled copy of this same edition (1.2.0): the draft, 1.3.0-draft.
  await expect(page.locator('#compare-with option:checked')).toHaveText(
    '内置：examples/room-air-conditioner-energy-draft.yaml',
  );
  await page.getByRole('tab', { name: '比较' }).click();
  await expect(page.locator('#compare-matrix')).toBeVisible();
  await expect(page.locator('#compare-summary')).toContainText('共 9 条记录');
  expect(problems).toEqual([]);
});

test('a rule set with no other edition starts at "—", the choice as before', async ({ page }) => {
  const problems = await openRuleFile(page, fx, 'building-materials/common-portland-cement.yaml', 'en');
  // Its bundled copy is the same edition: comparing it would compare nothing.
  await expect(page.locator('#compare-with[data-editions-read=true]')).toBeAttached();
  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page.locator('#comparison')).toContainText('Pick a version under "Earlier version (A)" first');
  await expect(page.locator('#compare-with')).toHaveValue('');
  expect(problems).toEqual([]);
});

test('the failing column names requirements as the CLI table does, with no internal id', async ({ page }) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
  await page.locator('#sample-map').fill('额定制冷量=ratedCoolingCapacity');
  const row = page.locator('#results-table tr.record[data-row="2"]');
  await expect(row.locator('td.g')).toHaveText('2级');
  await expect(row.locator('td.failing')).toHaveText('全年能源消耗效率 APF（1级）');
  const cells = await page.locator('#results-table td.failing').allTextContents();
  expect(cells.filter((t) => t.includes('@'))).toEqual([]);
  await expect(page.locator('#results-table td.failing code')).toHaveCount(0);
  expect(problems).toEqual([]);
});
