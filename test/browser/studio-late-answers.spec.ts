/// <reference lib="dom" />
// What the studio does when the server answers late (studio-29): a file that arrives after a later choice
// is dropped (C1: it replaced the file opened after it, unsaved typing and all); a second save waits for the
// first (M1: sent at once, it met the first as "changed by another program"). With them: a suite's ruleSet
// naming no listed file is a problem at its line (M2), warnings say so in words (M5), arrows move between tabs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, type Route, test } from '@playwright/test';
import { openRuleFile, useStudio, watchProblems } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const AC = 'home-appliances/room-air-conditioner-energy.yaml';
const SUITE = 'home-appliances/room-air-conditioner-energy.test.yaml';
const REBAR = 'steel/hot-rolled-ribbed-bar.yaml';
const original = readFileSync(join(ROOT, 'rules', AC), 'utf8');
const suiteText = readFileSync(join(ROOT, 'rules', SUITE), 'utf8');

const fx = useStudio();

const CSV = 'home-appliances/late-samples.csv';

test.beforeEach(() => {
  writeFileSync(join(fx.dir, AC), original);
  writeFileSync(join(fx.dir, SUITE), suiteText);
  writeFileSync(
    join(fx.dir, CSV),
    'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\nheat-pump,3500,5.2\nheat-pump,3500,3.9\n',
  );
});

/** Holds the answers to requests for `path` (GET, or PUT) until the returned function is called. */
async function hold(page: Page, path: string, method = 'GET'): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/file?**', async (route: Route) => {
    const url = new URL(route.request().url());
    if (route.request().method() === method && url.searchParams.get('path') === path) await held;
    await route.continue();
  });
  return release;
}

const fileButton = (page: Page, path: string) =>
  page.locator(`button.file[data-group=folder][data-path="${path}"]`);

test('a file that arrives after another was opened is dropped: the typing in the later one stays', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, AC, 'zh');
  const release = await hold(page, REBAR);
  await fileButton(page, REBAR).click();
  await expect(page.locator('#file-list')).toHaveAttribute('aria-busy', 'true');
  await fileButton(page, SUITE).click();
  await expect(page.locator('#file-name')).toHaveText(SUITE);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# 我的注释');
  await expect(page.locator('#dirty')).toContainText('未保存');
  release();
  await expect(page.locator('#file-list')).not.toHaveAttribute('aria-busy', 'true');
  // The rebar file's answer came and went: the suite is still open, with the typing.
  await expect(page.locator('#file-name')).toHaveText(SUITE);
  await expect(page.locator('#dirty')).toContainText('未保存');
  await expect(page.locator('.cm-content')).toContainText('# 我的注释');
  expect(problems).toEqual([]);
});

test('a sample file that arrives after text was typed in the sample box does not replace it', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, AC);
  const release = await hold(page, CSV);
  await fileButton(page, CSV).click();
  await page.locator('#sample-text').fill('unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n');
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  release();
  await expect(page.locator('#file-list')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  await expect(page.locator('#sample-text')).toHaveValue(/^unitType,ratedCoolingCapacity,apf\n/);
  expect(problems).toEqual([]);
});

test('Save twice while the first save is answered: one file saved, no conflict', async ({ page }) => {
  const problems = await openRuleFile(page, fx, AC);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# saved twice');
  const release = await hold(page, AC, 'PUT');
  await page.locator('#save').click();
  await page.locator('#save').click();
  release();
  await expect(page.locator('#save-note')).toHaveText('saved');
  await expect(page.locator('#dirty')).toHaveText('');
  await expect(page.locator('#save-note')).not.toContainText('changed');
  expect(readFileSync(join(fx.dir, AC), 'utf8')).toBe(`${original}\n# saved twice`);
  expect(problems).toEqual([]);
});

test('a suite whose ruleSet names no listed file: a problem at its line, with the file it likely means', async ({
  page,
}) => {
  const line = suiteText.split('\n').findIndex((l) => l.startsWith('ruleSet:')) + 1;
  expect(line).toBeGreaterThan(0);
  writeFileSync(
    join(fx.dir, SUITE),
    suiteText.replace(/^ruleSet: .*$/m, 'ruleSet: ./room-air-conditioner-enrgy.yaml'),
  );
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'zh');
  await fileButton(page, SUITE).click();
  const item = page.locator(`#problem-list li[data-line="${line}"]`);
  await expect(item).toContainText(
    '本套件的 ruleSet“./room-air-conditioner-enrgy.yaml”所指的文件不在本页的文件列表中',
  );
  await expect(item).toContainText('是否要写“./room-air-conditioner-energy.yaml”');
  await page.getByRole('tab', { name: '测试' }).click();
  await expect(page.locator('#suite')).toContainText('所指的文件不在本页的文件列表中');
  await expect(page.locator('#suite')).not.toContainText('请打开规则文件');
});

test('a warning says so in words; the arrow keys move between the tabs', async ({ page }) => {
  // A placeholder left in a title is a warning: the file still grades.
  writeFileSync(join(fx.dir, AC), original.replace('  zh: 房间空气调节器能效等级', '  zh: 待定'));
  const problems = watchProblems(page);
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'zh');
  await fileButton(page, AC).click();
  // The title's line, wherever the file's header comments end.
  const titleLine = original.split('\n').indexOf('  zh: 房间空气调节器能效等级') + 1;
  await expect(page.locator('#problem-list li[data-code=placeholder] button')).toHaveText(
    new RegExp(`^${titleLine}:7 警告：`),
  );
  await page.getByRole('tab', { name: '样品数据' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '比较' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '比较' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: '测试' })).toHaveAttribute('aria-selected', 'true');
  expect(problems).toEqual([]);
});
