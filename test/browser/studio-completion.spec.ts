/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Completion in the editor inserts keys and empty skeletons, never a schema's example as a value
// (studio-20 F1: `label` came with the steel label 下屈服强度), and opens the values after `type: ` (F10).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { acceptCompletion, pasteEditorText, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');

const fx = useStudio();

test.beforeEach(() => writeFileSync(join(fx.dir, RULE), original));

async function openStudio(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'zh');
  await page.locator(`button.file[data-group=folder][data-path="${RULE}"]`).click();
  await expect(page.locator('#problems')).toContainText('没有问题');
  return errors;
}

const editorText = (page: Page) =>
  page
    .locator('.cm-content')
    .evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));

/** Puts the cursor at the end of the first line of `text` (the editor's) that matches `line`. */
async function cursorAtEnd(page: Page, text: string, line: RegExp): Promise<void> {
  const n = text.split('\n').findIndex((l) => line.test(l)) + 1;
  // CodeMirror's "go to line" (long lines wrap, so arrow keys do not count lines).
  await page.keyboard.press('ControlOrMeta+Alt+g');
  await page.locator('.cm-panel input').fill(String(n));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

test('accepting `label` inserts an empty { zh, en } to fill in, not the schema example', async ({ page }) => {
  const errors = await openStudio(page);
  const text = original.replace(/^indicators:\n/m, 'indicators:\n  stones:\n    type: integer\n    \n');
  await pasteEditorText(page, text);
  await cursorAtEnd(page, text, /^ {4}$/);
  await page.keyboard.type('lab');
  const completion = page.locator('.cm-tooltip-autocomplete');
  await expect(completion.locator('li', { hasText: /^label/ })).toBeVisible({ timeout: 20_000 });
  // Its help is not an empty box: it says what the value is.
  await expect(page.locator('.cm-completionInfo')).toContainText('中英文文本');
  await acceptCompletion(page);
  await expect.poll(() => editorText(page)).toContain('    label: { zh: , en:  }');
  expect(await editorText(page)).not.toContain('下屈服强度');
  // The cursor is after `zh: `; Tab goes on to `en: `.
  await page.keyboard.type('结石数');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Stones');
  await expect.poll(() => editorText(page)).toContain('    label: { zh: 结石数, en: Stones }');
  await expect(page.locator('#problems')).toContainText('没有问题');
  expect(errors).toEqual([]);
});

test('accepting `type` opens the values it may take; `version` comes without an example value', async ({
  page,
}) => {
  const errors = await openStudio(page);
  const text = original.replace(/^indicators:\n/m, 'indicators:\n  stones:\n    \n');
  await pasteEditorText(page, text);
  await cursorAtEnd(page, text, /^ {4}$/);
  await page.keyboard.type('ty');
  const completion = page.locator('.cm-tooltip-autocomplete');
  await expect(completion.locator('li', { hasText: /^type/ })).toBeVisible({ timeout: 20_000 });
  await acceptCompletion(page);
  // The value list opens by itself (docs/studio.zh-CN.md: values are offered after `key: `).
  await expect(completion.locator('li', { hasText: /^integer$/ })).toBeVisible({ timeout: 20_000 });
  await page.keyboard.type('integ');
  await acceptCompletion(page);
  await expect.poll(() => editorText(page)).toContain('    type: integer');

  // A key with a single example in the schema (`version`: 1.0.0) is inserted alone.
  const noVersion = original.replace(/^version: .*\n/m, '');
  await pasteEditorText(page, noVersion);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('versi');
  await expect(completion.locator('li', { hasText: /^version/ })).toBeVisible({ timeout: 20_000 });
  await acceptCompletion(page);
  await expect.poll(async () => (await editorText(page)).split('\n').at(-1)).toBe('version: ');
  expect(errors).toEqual([]);
});

test('indicator ids are offered after `indicator: ` and as `when:` keys, with their labels; units after `unit: ` (studio-23 N7)', async ({
  page,
}) => {
  const errors = await openStudio(page);
  const completion = page.locator('.cm-tooltip-autocomplete');
  // A new requirement: its indicator.
  const text = original.replace(/^criteria:\n/m, 'criteria:\n  - id: new-one\n    indicator: \n');
  await pasteEditorText(page, text);
  await cursorAtEnd(page, text, /^ {4}indicator: $/);
  await page.keyboard.press('Control+Space');
  const apf = completion.locator('li', { hasText: /^apf/ });
  await expect(apf).toBeVisible({ timeout: 20_000 });
  await expect(apf).toContainText('全年能源消耗效率');
  await expect(completion.locator('li', { hasText: /^unitType/ })).toBeVisible();
  await page.keyboard.type('hermet');
  await acceptCompletion(page);
  await expect.poll(() => editorText(page)).toContain('    indicator: hermeticCompressor\n');
  // A `when:` key, in flow style.
  const flow = original.replace('when: { unitType: heat-pump }', 'when: { unitType: heat-pump, ai }');
  await pasteEditorText(page, flow);
  await cursorAtEnd(page, flow, /when: \{ unitType: heat-pump, ai \}/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Space');
  await expect(completion.locator('li', { hasText: /^airCooled/ })).toBeVisible({ timeout: 20_000 });
  await acceptCompletion(page);
  await expect.poll(() => editorText(page)).toContain('when: { unitType: heat-pump, airCooled:  }');
  // A unit the file already writes.
  const unit = original.replace(/^indicators:\n/m, 'indicators:\n  noise:\n    type: number\n    unit: \n');
  await pasteEditorText(page, unit);
  await cursorAtEnd(page, unit, /^ {4}unit: $/);
  await page.keyboard.press('Control+Space');
  await expect(completion.locator('li', { hasText: /^W$/ })).toBeVisible({ timeout: 20_000 });
  // An enum's codes in its requirement, not its labels.
  const require = original.replace(`require: '≠ "mobile"'`, 'require: "≠ "');
  await pasteEditorText(page, require);
  await cursorAtEnd(page, require, /^ {4}require: "≠ "$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Space');
  await expect(completion.locator('li', { hasText: /^mobile$/ })).toBeVisible({ timeout: 20_000 });
  await expect(completion.locator('li', { hasText: /^split$/ })).toBeVisible();
  await page.keyboard.type('mob');
  await acceptCompletion(page);
  await expect.poll(() => editorText(page)).toContain('    require: "≠ mobile"\n');
  await expect(page.locator('#problems')).toContainText('没有问题');
  expect(errors).toEqual([]);
});
