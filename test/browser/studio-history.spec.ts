/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Undo never reaches past the text a file was opened with (studio-19 F6: Ctrl+Z brought back the previous
// file, or an empty editor, and 保存 wrote it over the file); an empty editor is saved over a file only when
// the author confirms it; Ctrl+S saves as the button does (F8).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'building-materials/cement-quality-grade.yaml';
const SUITE = 'building-materials/cement-quality-grade.test.yaml';
const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');
const originalSuite = readFileSync(join(ROOT, 'rules', SUITE), 'utf8');

const fx = useStudio();

test.beforeEach(() => {
  writeFileSync(join(fx.dir, RULE), original);
  writeFileSync(join(fx.dir, SUITE), originalSuite);
});

async function openStudio(page: Page, lang: 'zh' | 'en' = 'en'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', lang);
  return errors;
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.locator(`button.file[data-group=folder][data-path="${path}"]`).click();
  await expect(page.locator('#file-name')).toHaveText(path);
  await expect(page.locator('#problems')).toContainText(/No problems|没有问题/);
}

/**
 * The editor's whole text, from CodeMirror's state (the DOM holds only the lines in view), reached as
 * EditorView.findFromDOM reaches it.
 */
const editorText = (page: Page) =>
  page.locator('.cm-content').evaluate((el) => {
    type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
    const view = (el as unknown as { cmTile?: Tile }).cmTile?.root?.view;
    if (!view) throw new Error('no CodeMirror view on .cm-content');
    return view.state.doc.toString();
  });

async function undo(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press('ControlOrMeta+z');
}

test('undo stops at the text a file was opened with: never another file’s, never empty', async ({ page }) => {
  const errors = await openStudio(page);
  await openFile(page, RULE);
  await openFile(page, SUITE);
  expect(await editorText(page)).toBe(originalSuite);

  // Ctrl+Z in the freshly opened suite: nothing to undo, so nothing changes and nothing is unsaved.
  await page.locator('.cm-content').click();
  await undo(page, 2);
  expect(await editorText(page)).toBe(originalSuite);
  await expect(page.locator('#dirty')).toHaveText('');

  // One edit, two undos: back to the text as opened, not empty.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# note');
  await expect(page.locator('#dirty')).toContainText('•');
  await undo(page, 2);
  await expect.poll(() => editorText(page)).toBe(originalSuite);
  await expect(page.locator('#dirty')).toHaveText('');
  // Redo brings the edit back: the history of this file is kept.
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => editorText(page)).toBe(`${originalSuite}\n# note`);

  // Saving after the undos writes the suite as it was: the rule file's text never reaches it.
  await undo(page, 1);
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('saved');
  expect(readFileSync(join(fx.dir, SUITE), 'utf8')).toBe(originalSuite);
  expect(errors).toEqual([]);
});

test('“load the version on disk” starts a fresh history too', async ({ page }) => {
  await openStudio(page);
  await openFile(page, RULE);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# mine');
  writeFileSync(join(fx.dir, RULE), `${original}\n# theirs`);
  await page.locator('#save').click();
  await page.locator('#conflict-reload').click();
  await expect.poll(() => editorText(page)).toBe(`${original}\n# theirs`);
  await page.locator('.cm-content').click();
  await undo(page, 3);
  // The discarded edit does not come back to be saved over the other program's change.
  expect(await editorText(page)).toBe(`${original}\n# theirs`);
  await expect(page.locator('#dirty')).toHaveText('');
});

test('an empty editor is saved over a file only when the author confirms it (zh)', async ({ page }) => {
  await openStudio(page, 'zh');
  await openFile(page, RULE);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('#dirty')).toContainText('未保存');

  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('未保存');
  expect(asked).toHaveLength(1);
  expect(asked[0]).toContain(`“${RULE}”：编辑器是空的，保存会清空磁盘上的这个文件`);
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe(original);

  // Confirmed: the author meant it.
  page.once('dialog', (d) => void d.accept());
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('已保存');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe('');
});

test('Ctrl+S saves as the save button does, in the editor and outside it', async ({ page }) => {
  const errors = await openStudio(page);
  // Before a file is open, Ctrl+S does nothing (and the browser's "save page" is not offered).
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.locator('#save-note')).toHaveText('');

  await openFile(page, RULE);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# by keyboard');
  await expect(page.locator('#dirty')).toContainText('•');
  // The key is handled by the page: the browser's default (save the page as HTML) is prevented.
  await page.evaluate(() => {
    window.addEventListener('keydown', (e) => {
      (window as unknown as { prevented?: boolean }).prevented = e.defaultPrevented;
    });
  });
  await page.keyboard.press('ControlOrMeta+s');
  expect(await page.evaluate(() => (window as unknown as { prevented?: boolean }).prevented)).toBe(true);
  await expect(page.locator('#save-note')).toHaveText('saved');
  await expect(page.locator('#dirty')).toHaveText('');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe(`${original}\n# by keyboard`);

  // Focus outside the editor (the samples box): the same.
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# again');
  await page.locator('#sample-map').click();
  await page.keyboard.press('ControlOrMeta+s');
  await expect
    .poll(() => readFileSync(join(fx.dir, RULE), 'utf8'))
    .toBe(`${original}\n# by keyboard\n# again`);
  expect(errors).toEqual([]);
});
