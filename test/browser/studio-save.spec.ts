/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The studio never loses an author's work: unsaved edits are asked about, a save over a file changed
// elsewhere is refused, a page without this run's token says so, a cancelled save dialog is not "downloaded".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const OTHER = 'home-appliances/appliance-quality-grading.yaml';
const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');

const fx = useStudio();

test.beforeEach(() => writeFileSync(join(fx.dir, RULE), original));

/** Opens the studio in a language, recording uncaught page errors. */
async function openStudio(page: Page, url: string, lang: 'zh' | 'en' = 'en'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', lang);
  return errors;
}

async function openRule(page: Page, path = RULE, group = 'folder'): Promise<void> {
  await page.locator(`button.file[data-group=${group}][data-path="${path}"]`).click();
  await expect(page.locator('#file-name')).toContainText(path);
  await expect(page.locator('#problems')).toContainText('No problems');
}

/** Types a comment at the end of the editor's text, as an author would. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await expect(page.locator('#dirty')).toContainText('•');
}

const editorText = (page: Page) =>
  page
    .locator('.cm-content')
    .evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));

/** Whether the page cancels a `beforeunload` (the browser's "leave the page?" prompt). */
const unloadCancelled = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('unsaved edits: another file asks first, and leaving the page is prompted', async ({ page }) => {
  const errors = await openStudio(page, fx.studio.url);
  await openRule(page);
  expect(await unloadCancelled(page)).toBe(false);
  await typeAtEnd(page, '\n# draft note');
  expect(await unloadCancelled(page)).toBe(true);

  // Cancel: the edit stays, the file stays open.
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await page.locator(`button.file[data-group=folder][data-path="${OTHER}"]`).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain(`"${RULE}" has unsaved changes`);
  expect(await editorText(page)).toContain('# draft note');
  await expect(page.locator('#file-name')).toContainText(RULE);

  // OK: the other file opens, the edit is dropped, and nothing is left to prompt about.
  page.once('dialog', (d) => void d.accept());
  await openRule(page, OTHER);
  expect(await editorText(page)).not.toContain('# draft note');
  expect(await unloadCancelled(page)).toBe(false);
  // Nothing unsaved: no question.
  page.once('dialog', (d) => {
    asked.push(d.message());
    void d.dismiss();
  });
  await openRule(page);
  expect(asked).toHaveLength(1);
  expect(errors).toEqual([]);
  // The browser's own prompt when the page is left with an edit unsaved.
  await typeAtEnd(page, '\n# another');
  const seen: string[] = [];
  page.once('dialog', (d) => {
    seen.push(d.type());
    // Playwright may already have answered the prompt of a closing page.
    d.accept().catch(() => undefined);
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => seen).toEqual(['beforeunload']);
});

test('two pages: a save over the other page’s save is refused until the author chooses', async ({
  browser,
}) => {
  const [one, two] = await Promise.all([pageOf(browser), pageOf(browser)]);
  await openStudio(one, fx.studio.url);
  const errors = await openStudio(two, fx.studio.url, 'zh');
  await openRule(one);
  await two.locator(`button.file[data-group=folder][data-path="${RULE}"]`).click();
  await expect(two.locator('#problems')).toContainText('没有问题');

  await typeAtEnd(one, '\n# tab one');
  await one.locator('#save').click();
  await expect(one.locator('#save-note')).toHaveText('saved');

  await two.locator('.cm-content').click();
  await two.keyboard.press('ControlOrMeta+End');
  await two.keyboard.type('\n# tab two');
  await two.locator('#save').click();
  await expect(two.locator('#conflict')).toContainText('文件已被其他窗口或程序修改');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe(`${original}\n# tab one`);
  expect(await editorText(two)).toContain('# tab two');
  await expect(two.locator('#dirty')).toContainText('未保存');

  // Load the disk version: tab one's save, nothing unsaved.
  await two.locator('#conflict-reload').click();
  await expect(two.locator('#dirty')).toHaveText('');
  expect(await editorText(two)).toContain('# tab one');
  expect(await editorText(two)).not.toContain('# tab two');

  // Again, and this time overwrite.
  await typeAtEnd(one, '\n# tab one again');
  await one.locator('#save').click();
  await expect(one.locator('#save-note')).toHaveText('saved');
  await two.locator('.cm-content').click();
  await two.keyboard.press('ControlOrMeta+End');
  await two.keyboard.type('\n# tab two wins');
  await two.locator('#save').click();
  await two.locator('#conflict-overwrite').click();
  await expect(two.locator('#save-note')).toHaveText('已保存');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe(`${original}\n# tab one\n# tab two wins`);
  // Tab two's next save is from what it wrote: no conflict.
  await typeAtEnd(two, '\n# more');
  await two.locator('#save').click();
  await expect(two.locator('#save-note')).toHaveText('已保存');
  expect(errors).toEqual([]);
  await Promise.all([one.context().close(), two.context().close()]);
});

async function pageOf(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('without the token, or with one not this run’s, the page says so and lists the bundled files', async ({
  page,
}) => {
  const errors = await openStudio(page, `${fx.studio.origin}/`, 'zh');
  await expect(page.locator('#mode')).toContainText('此地址缺少令牌');
  await expect(page.locator('#mode')).toContainText('qgrade studio 打印的地址');
  await expect(page.locator('button.file[data-group=folder]')).toHaveCount(0);
  await expect(page.locator(`button.file[data-group=bundled][data-path="rules/${RULE}"]`)).toHaveCount(1);

  await openStudio(page, `${fx.studio.origin}/?token=${fx.studio.token.slice(0, -1)}`, 'zh');
  await expect(page.locator('#mode')).toContainText('地址中的令牌不是本次运行的');
  await page.selectOption('#lang', 'en');
  await expect(page.locator('#mode')).toContainText('The token in this address is not this run’s');
  await expect(page.locator(`button.file[data-group=bundled][data-path="rules/${RULE}"]`)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a read-only file: a cancelled save dialog is not "downloaded"; a chosen file is "saved to"', async ({
  page,
}) => {
  // Headless Chromium cannot show the save dialog: stand in for it.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.written = '';
    w.showSaveFilePicker = async () => {
      if (w.cancel) throw new DOMException('The user aborted a request.', 'AbortError');
      return {
        createWritable: async () => ({
          write: async (text: string) => {
            w.written = text;
          },
          close: async () => undefined,
        }),
      };
    };
  });
  const errors = await openStudio(page, fx.studio.url, 'zh');
  await page.locator(`button.file[data-group=bundled][data-path="rules/${RULE}"]`).click();
  await expect(page.locator('#problems')).toContainText('没有问题');
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# mine');
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).cancel = true;
  });
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('未保存');
  await expect(page.locator('#dirty')).toContainText('未保存');

  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).cancel = false;
  });
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('已保存到所选文件');
  await expect(page.locator('#dirty')).toHaveText('');
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).written)).toContain(
    '# mine',
  );
  expect(errors).toEqual([]);
});

test('a save the studio does not answer, or refuses for an earlier run’s token, says so in the page’s language and keeps the text', async ({
  page,
}) => {
  const errors = await openStudio(page, fx.studio.url, 'zh');
  await page.locator(`button.file[data-group=folder][data-path="${RULE}"]`).click();
  await expect(page.locator('#problems')).toContainText('没有问题');
  await typeAtEnd(page, '\n# 草稿');
  // The studio stopped (Ctrl-C): no answer at all.
  await page.route('**/api/file?**', (route) =>
    route.request().method() === 'PUT' ? route.abort('connectionrefused') : route.continue(),
  );
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText(
    /^未保存：qgrade studio 没有应答（可能已停止）。编辑器中的文本仍保留/,
  );
  await expect(page.locator('#dirty')).toContainText('•');
  // Restarted: the page's token is an earlier run's.
  await page.unroute('**/api/file?**');
  await page.route('**/api/file?**', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 403,
          contentType: 'application/json',
          body: '{"error":"missing or wrong token"}',
        })
      : route.continue(),
  );
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText(/^未保存：本页来自 qgrade studio 的上一次运行/);
  await page.selectOption('#lang', 'en');
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText(
    /^Not saved: this page is from an earlier run of qgrade studio/,
  );
  expect(await editorText(page)).toContain('# 草稿');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe(original);
  expect(errors).toEqual([]);
});

test('with a test suite open, the samples say to open a rule file, not that the rule set has errors', async ({
  page,
}) => {
  const errors = await openStudio(page, fx.studio.url, 'zh');
  await page
    .locator(
      'button.file[data-group=folder][data-path="home-appliances/room-air-conditioner-energy.test.yaml"]',
    )
    .click();
  await page.locator('#sample-text').fill('unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n');
  await expect(page.locator('#results')).toContainText(
    '打开的是测试套件：样品分级、比较和运行测试都要用规则文件',
  );
  await expect(page.locator('#results')).not.toContainText('规则集有错误');
  expect(errors).toEqual([]);
});

test('a Windows file (byte-order mark, CRLF) is saved the way it was written; an LF file stays LF', async ({
  page,
}) => {
  const windows = `\ufeff${original.replace(/\n/g, '\r\n')}`;
  writeFileSync(join(fx.dir, RULE), windows);
  const errors = await openStudio(page, fx.studio.url);
  await openRule(page);
  await typeAtEnd(page, '# saved on Windows');
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('saved');
  const saved = readFileSync(join(fx.dir, RULE), 'utf8');
  expect(saved.startsWith('\ufeff')).toBe(true);
  expect(saved.replace(/\r\n/g, '').includes('\n')).toBe(false);
  expect(saved).toBe(`${windows}# saved on Windows`);
  // The same edit on the LF file writes LF and no mark.
  writeFileSync(join(fx.dir, RULE), original);
  await page.locator(`button.file[data-group=folder][data-path="${OTHER}"]`).click();
  await openRule(page);
  await typeAtEnd(page, '# saved on Linux');
  await page.locator('#save').click();
  await expect(page.locator('#save-note')).toHaveText('saved');
  expect(readFileSync(join(fx.dir, RULE), 'utf8')).toBe(`${original}# saved on Linux`);
  expect(errors).toEqual([]);
});
