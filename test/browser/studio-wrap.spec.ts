/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { openRuleFile, useStudio } from './studio-fixture';

// Long lines wrap in the editor pane at their own indentation; problems, the lint gutter and hover help
// still land on the right line and text.
const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'steel/low-alloy-structural-steel.yaml';
const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');
/** 300 Chinese characters, with no space to break at. */
const LONG = '按国家标准判定钢材质量等级冲击试验温度与吸收能量'.repeat(13).slice(0, 300);
/** The rule set's block `description:`, from its key to the next top-level key. */
const DESCRIPTION = /^description:\n(?: {2}.*\n)+/m;

const fx = useStudio();

/**
 * How an editor line is drawn: how many rows, where each row after the first starts, and where `key`
 * (the first text after the indentation) starts on the first.
 */
function rowsOf(line: Locator, key: string): Promise<{ count: number; lefts: number[]; key: number }> {
  return line.evaluate((el, k) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const tops = [...new Set(rects.map((r) => Math.round(r.top)))];
    const lefts = tops
      .slice(1)
      .map((t) => Math.min(...rects.filter((r) => Math.round(r.top) === t).map((r) => r.left)));
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(k) ?? -1;
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + 1);
      return { count: tops.length, lefts, key: r.getBoundingClientRect().left };
    }
    throw new Error(`${k} not drawn`);
  }, key);
}

const openStudio = (page: Page) => openRuleFile(page, fx, RULE);

/** Replaces the editor's text as one insertion. */
async function setEditorText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

/** The 1-based number of the first line of `text` that starts with `start`. */
function lineOf(text: string, start: string): number {
  const n = text.split('\n').findIndex((l) => l.startsWith(start));
  expect(n, start).toBeGreaterThanOrEqual(0);
  return n + 1;
}

test('a 300-character Chinese description wraps at its indentation; the problem after it is at its line', async ({
  page,
}) => {
  const problems = await openStudio(page);
  expect(original).toMatch(DESCRIPTION);
  expect(original).toContain('\n  - code: GB/T 229\n');
  const text = original
    .replace(DESCRIPTION, `description:\n  en: Wrapped\n  zh: ${LONG}\nbogusKey: 1\n`)
    .replace('\n  - code: GB/T 229\n', `\n  - code: ${LONG}\n`);
  const longLine = lineOf(text, `  zh: ${LONG}`);
  const bogusLine = lineOf(text, 'bogusKey: 1');
  expect(bogusLine).toBe(longLine + 1);
  await setEditorText(page, text);

  // One problem, at the line after the long one, in the list and in the lint gutter.
  const item = page.locator('#problem-list li');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-line', String(bogusLine));
  await expect(item).toContainText('bogusKey');
  await item.locator('button').click();
  const active = page.locator('.cm-activeLine');
  await expect(active).toHaveText('bogusKey: 1');

  // No scrolling sideways: the long line is drawn on several rows of the pane.
  const scroller = page.locator('.cm-scroller');
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const long = page.locator('.cm-line', { hasText: `zh: ${LONG}` });
  const rows = await rowsOf(long, 'zh');
  expect(rows.count).toBeGreaterThanOrEqual(3);
  // Each continuation row starts under `zh`, the line's indentation, not at the editor's left edge.
  for (const left of rows.lefts) expect(Math.abs(left - rows.key)).toBeLessThanOrEqual(1);
  // A sequence item continues under its text, after the `- `.
  const item2 = await rowsOf(page.locator('.cm-line', { hasText: `- code: ${LONG}` }), 'code');
  expect(item2.count).toBeGreaterThanOrEqual(3);
  for (const left of item2.lefts) expect(Math.abs(left - item2.key)).toBeLessThanOrEqual(1);

  // The gutter's error marker sits beside the problem's line, below the tall wrapped one.
  const marker = page.locator('.cm-gutter-lint .cm-gutterElement', {
    has: page.locator('.cm-lint-marker-error'),
  });
  await expect(marker).toHaveCount(1);
  const markerBox = await marker.boundingBox();
  const lineBox = await active.boundingBox();
  const longBox = await long.boundingBox();
  expect(markerBox && lineBox && longBox).toBeTruthy();
  expect(Math.abs(markerBox!.y - lineBox!.y)).toBeLessThanOrEqual(1);
  expect(lineBox!.y).toBeGreaterThanOrEqual(longBox!.y + longBox!.height - 1);
  expect(problems).toEqual([]);
});

test('on a wrapped line, the underline, hover help and clicks land on the text under them', async ({
  page,
}) => {
  const problems = await openStudio(page);
  // An indented flow mapping on one line: `en` and the unknown key `fr` end up on a continuation row.
  const label = '    label: { zh: 牌号（交货状态）, en: Designation (delivery condition) }\n';
  expect(original).toContain(label);
  const text = original.replace(label, `    label: { zh: ${LONG}, en: Wrapped, fr: Enveloppé }\n`);
  await setEditorText(page, text);
  const item = page.locator('#problem-list li');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-line', String(lineOf(text, `    label: { zh: ${LONG}`)));
  await expect(item).toContainText('fr');
  await item.locator('button').click();
  const long = page.locator('.cm-line', { hasText: LONG });
  await expect(long).toHaveClass(/cm-activeLine/);
  const longBox = (await long.boundingBox())!;
  // The underline is on `fr`, drawn below the line's first row.
  const underline = page.locator('.cm-lintRange-error');
  await expect(underline).toHaveText('fr');
  const underlineBox = (await underline.boundingBox())!;
  expect(underlineBox.y).toBeGreaterThan(longBox.y + underlineBox.height);

  /** The middle of the first `word` in the line, as drawn. */
  const centreOf = (word: string) =>
    long.evaluate((el, w) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(w) ?? -1;
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(node, at);
        r.setEnd(node, at + w.length);
        const box = r.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`${w} not drawn`);
    }, word);

  // Hover help for the key under the pointer on the continuation row: `en`, "English".
  const en = await centreOf('en');
  expect(en.y).toBeGreaterThan(longBox.y + underlineBox.height);
  await page.mouse.move(en.x, en.y);
  await expect(page.locator('.cm-tooltip-hover')).toContainText('English', { timeout: 20_000 });
  await page.mouse.move(0, 0);

  // A click on the continuation row puts the cursor in that text: typing there edits `Wrapped`.
  const wrapped = await centreOf('Wrapped');
  await page.mouse.click(wrapped.x, wrapped.y);
  await page.keyboard.type('X');
  await expect(long).toContainText(/en: Wr[a-z]*X[a-z]*ed, fr: Enveloppé }$/);
  expect(problems).toEqual([]);
});
