/// <reference lib="dom" />
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
// @ts-expect-error: a build script in plain JavaScript, without types
import { buildStudio } from '../../scripts/build-studio.mjs';
import { type Studio, startStudio } from '../../src/studio/studio-server';

const ROOT = new URL('../../', import.meta.url).pathname;

// The page is built once per worker process and served to every spec file that runs in it.
let built: Promise<string> | undefined;
process.once('exit', () => {
  void built?.then((assets) => rmSync(assets, { recursive: true, force: true }));
});

/** The studio a spec file's tests share: its server, and the folder it serves (a copy of rules/). */
export interface StudioFixture {
  readonly studio: Studio;
  readonly dir: string;
  /** The built page's folder (shared by the spec files of a worker: do not change it). */
  readonly assets: string;
}

/**
 * Starts a studio server for the spec file's tests on a fresh copy of
 * rules/ (`beforeAll`), and stops it and removes the copy (`afterAll`).
 * Call it at the top of the file, before hooks that read the copy.
 */
export function useStudio(): StudioFixture {
  const fixture = { studio: undefined as unknown as Studio, dir: '', assets: '' };
  test.beforeAll(async () => {
    built ??= buildStudio({ outdir: mkdtempSync(join(tmpdir(), 'qgrade-studio-page-')) }) as Promise<string>;
    const assets = await built;
    fixture.assets = assets;
    fixture.dir = mkdtempSync(join(tmpdir(), 'qgrade-studio-rules-'));
    cpSync(join(ROOT, 'rules'), fixture.dir, { recursive: true });
    fixture.studio = await startStudio({ assets, dir: fixture.dir });
  });
  test.afterAll(async () => {
    await fixture.studio?.close();
    if (fixture.dir) rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}

/** Collects the page's console errors and warnings and its uncaught errors (a CSP violation is one). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

/**
 * Opens the studio in a language (English unless told), opens a rule file
 * from the served folder and waits until it is checked with no problem;
 * returns the page's problems as {@link watchProblems} collects them.
 */
export async function openRuleFile(
  page: Page,
  fx: StudioFixture,
  rule: string,
  lang: 'en' | 'zh' = 'en',
): Promise<string[]> {
  const problems = watchProblems(page);
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', lang);
  await page.locator(`button.file[data-group=folder][data-path="${rule}"]`).click();
  await expect(page.locator('#problems')).toContainText(lang === 'zh' ? '没有问题' : 'No problems');
  return problems;
}

/** Replaces the editor's whole text as a user pasting it over everything would. */
export async function pasteEditorText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.locator('.cm-content').evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Enter on an open completion list. CodeMirror passes an Enter pressed within its `interactionDelay` (75 ms)
 * of the list opening on to the editor (a fast typist's newline), so a loaded machine's quick Enter made a
 * newline: wait past it first. The list itself is the caller's to await.
 */
export async function acceptCompletion(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
}

/** How the results table's rows are laid out: the lines each cell's text takes, and the row buttons. */
export interface ResultsRowLayout {
  row: string;
  /** Lines the sample id (样品编号, 型号) takes; 0 without an id column. */
  idLines: number;
  /** Lines the grade takes. */
  gradeLines: number;
  /** The add-case button's text on one line, or shown as an icon with its text as a title. */
  addCaseOneLine: boolean;
  addCaseTitle: string | null;
  addCaseName: string;
}

/**
 * The layout of each record row of the results table (studio-29 F1: ids broke inside, `KFR-50LW/C` / `2`,
 * grades took three lines, "+ 加为测试用例" stood one character a line at 800 px).
 */
export function resultsRowLayout(page: Page): Promise<ResultsRowLayout[]> {
  return page.evaluate(() => {
    // The lines a cell's visible text takes: the distinct tops of its text's boxes.
    const lines = (el: Element | null): number => {
      if (!el) return 0;
      const tops = new Set<number>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
      }
      return tops.size;
    };
    return [...document.querySelectorAll('#results-table tr.record')].map((tr) => {
      const add = tr.querySelector<HTMLElement>('button.add-case');
      const style = add ? getComputedStyle(add) : undefined;
      const lineHeight = style ? Number.parseFloat(style.fontSize) * 1.6 : 0;
      return {
        row: tr.getAttribute('data-row') ?? '',
        idLines: lines(tr.querySelector('td.kept')),
        gradeLines: lines(tr.querySelector('td.g')),
        // One line of text: the button's content box is less than two lines tall.
        addCaseOneLine: add
          ? add.clientHeight -
              Number.parseFloat(style!.paddingTop) -
              Number.parseFloat(style!.paddingBottom) <
            lineHeight
          : true,
        addCaseTitle: add?.getAttribute('title') ?? null,
        addCaseName: add?.textContent ?? '',
      };
    });
  });
}

/** A record's unfolded explanation in the page, a line each: paragraphs, list items, notes and shortfalls. */
export async function studioLines(page: Page, row: number): Promise<string[]> {
  const record = page.locator(`#results-table tr.record[data-row="${row}"]`);
  if ((await record.locator('button.explain').getAttribute('aria-expanded')) !== 'true')
    await record.locator('button.explain').click();
  const detail = page.locator(`#results-table tr.record[data-row="${row}"] + tr.detail .explanation`);
  await expect(detail).toBeVisible();
  // An element's own text: a list item's note and shortfall are lines of their own, as explain prints them.
  return detail.evaluate((el) =>
    [...el.querySelectorAll('p, li, .note, .shortfall')].map((n) =>
      [...n.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent)
        .join('')
        .trim(),
    ),
  );
}
