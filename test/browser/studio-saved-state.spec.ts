/// <reference lib="dom" />
// What the page says about the file as saved: the comparison's "as saved" is the disk copy now
// (studio-20 F5), "saved" ends at the next edit (F8), and the editor has the keys after a click on Save (F7).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const CSV = 'examples/air-conditioners-zh.csv';
const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');
// Grade 1 for heat pumps ≤ 4500 W raised from APF 5.00 to 5.30: KFR-26GW/A1 (APF 5.27) drops to grade 2.
const raised = original.replace('- ["≤ 4500", 5.00, 4.50,', '- ["≤ 4500", 5.30, 4.50,');

const fx = useStudio();

test.beforeEach(() => writeFileSync(join(fx.dir, RULE), original));

const openRule = (page: Page) => openRuleFile(page, fx, RULE, 'en');

const editorText = (page: Page) =>
  page
    .locator('.cm-content')
    .evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));

test('"this file as saved" is read from disk when Compare is clicked; a save still asks about the change', async ({
  page,
}) => {
  const problems = await openRule(page);
  await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
  await page.locator('#sample-map').fill('额定制冷量=ratedCoolingCapacity');
  await expect(page.locator('#record-count')).toHaveText(/^9 /);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.selectOption('#compare-with', 'saved');
  await expect(page.locator('#comparison')).toContainText('No record changed grade');
  // Another program raises the limit on disk; the editor still has the text as opened.
  writeFileSync(join(fx.dir, RULE), raised);
  await page.locator('#compare-run').click();
  await expect(page.locator('#moved-records > li[data-row="1"] .move')).toHaveText(
    'Row 1 (KFR-26GW/A1): Grade 2 → Grade 1',
  );
  await expect(page.locator('#compare-disk-note')).toContainText('another window or program changed it');
  await page.selectOption('#lang', 'zh');
  await expect(page.locator('#compare-disk-note')).toContainText('打开后它已被其他窗口或程序修改过');
  await page.selectOption('#lang', 'en');
  // Reading it for the comparison did not take the disk's version: a save is still refused, not a silent overwrite.
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# mine');
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toContainText('changed by another window or program');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe(raised);
  // The refused save's 409 is the browser's own console line.
  expect(problems.filter((p) => !p.includes('409 (Conflict)'))).toEqual([]);
});

test('after a click on Save the editor has the keys (redo works), and "saved" ends at the next edit', async ({
  page,
}) => {
  const problems = await openRule(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# draft-20');
  await expect(page.locator('#dirty')).toContainText('unsaved');
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('saved');
  await expect(page.locator('#dirty')).toHaveText('');
  expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null)).toBe(true);
  // Undo, then redo, straight from the keyboard.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => editorText(page)).not.toContain('# draft-20');
  // Never "• unsaved" beside "saved".
  await expect(page.locator('#dirty')).toContainText('unsaved');
  await expect(page.locator('#save-note')).toHaveText('');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => editorText(page)).toContain('# draft-20');
  await expect(page.locator('#dirty')).toHaveText('');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toContain('# draft-20');
  expect(problems).toEqual([]);
});
