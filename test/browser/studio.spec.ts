/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { matrixWithInvalid } from '../../src/compare/matrix-with-invalid';
import { INVALID_KEY } from '../../src/compare/migration-matrix';
import {
  createComparison,
  createGrader,
  type GradeResult,
  gradeFile,
  NOT_GRADED_KEY,
  parseRuleSet,
} from '../../src/index';
import { pasteEditorText, useStudio, watchProblems } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const DOCS = join(ROOT, 'docs');
// `npm run screenshots` sets this to keep a picture of the studio in docs/.
const KEEP_SCREENSHOTS = process.env.QGRADE_SCREENSHOTS === '1';
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const SUITE = 'home-appliances/room-air-conditioner-energy.test.yaml';
const CSV = 'examples/air-conditioners-zh.csv';
const MAP = '额定制冷量=ratedCoolingCapacity';
const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');
// GB 21455-2019's grade 1 for heat pumps ≤ 4500 W is APF ≥ 5.00; raised to 5.30 in the editor.
const raised = original.replace('- ["≤ 4500", 5.00, 4.50,', '- ["≤ 4500", 5.30, 4.50,');

const fx = useStudio();

/** Opens the studio, recording console errors and page errors (a CSP violation is one). */
async function openStudio(page: Page, url: string): Promise<string[]> {
  const problems = watchProblems(page);
  await page.goto(url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'en');
  return problems;
}

/** Opens the rule file from the folder and waits until it is checked. */
async function openRule(page: Page): Promise<void> {
  await page.locator(`button.file[data-group=folder][data-path="${RULE}"]`).click();
  await expect(page.locator('#problems')).toContainText('No problems');
}

async function openSample(page: Page): Promise<void> {
  await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
  await page.locator('#sample-map').fill(MAP);
  await expect(page.locator('#record-count')).toHaveText(/^9 /);
  // Graded with the mapping (without it every row is invalid): KFR-26GW/A1, APF 5.27, is grade 1.
  await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText('Grade 1');
}

/** What `qgrade grade --map 额定制冷量=ratedCoolingCapacity` counts for the CSV, through the library. */
async function libraryResults(ruleText: string): Promise<GradeResult[]> {
  const grader = createGrader(parseRuleSet(ruleText));
  const out: GradeResult[] = [];
  for await (const r of gradeFile(grader, join(ROOT, CSV), { map: { 额定制冷量: 'ratedCoolingCapacity' } }))
    out.push(r);
  return out;
}

test('a typo in an indicator name shows a diagnostic at its line with "did you mean"', async ({ page }) => {
  const problems = await openStudio(page, fx.studio.url);
  await openRule(page);
  const typo = original.replace('    indicator: apf\n', '    indicator: apff\n');
  const line = typo.split('\n').indexOf('    indicator: apff') + 1;
  await pasteEditorText(page, typo);
  const item = page.locator('#problem-list li[data-code=unknown-indicator]');
  await expect(item).toHaveAttribute('data-line', String(line));
  await expect(item).toContainText(
    `${line}:16 unknown indicator or derived value "apff"; did you mean "apf"?`,
  );
  // The same diagnostic underlines the name in the editor.
  await expect(page.locator('.cm-lintRange-error')).toHaveText('apff');
  await expect(page.locator('#dirty')).toContainText('unsaved');
  expect(problems).toEqual([]);
});

test('the editor completes keys and explains them on hover from the rule-set schema', async ({ page }) => {
  const problems = await openStudio(page, fx.studio.url);
  await openRule(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.type('deri');
  await page.keyboard.press('Control+Space');
  const completion = page.locator('.cm-tooltip-autocomplete');
  // Completion reads the whole schema on first use: slow on a loaded machine.
  await expect(completion).toContainText('derived', { timeout: 20_000 });
  await page.keyboard.press('Escape');
  // Hovering a key shows the schema's description of it.
  await page.keyboard.press('ControlOrMeta+Home');
  // The editor draws only the lines in view, and the rule file's header comment grows with each edition: page down
  // to the key.
  const line = page.locator('.cm-line', { hasText: /^schemaVersion: 1/ });
  for (let i = 0; i < 10 && (await line.count()) === 0; i++) await page.keyboard.press('PageDown');
  await line.getByText('schemaVersion').hover({ timeout: 10_000 });
  await expect(page.locator('.cm-tooltip-hover')).toContainText(
    'Version of the rule format this file is written in',
    { timeout: 20_000 },
  );
  expect(problems).toEqual([]);
});

test('the example CSV grades to the counts qgrade grade gives; explanations unfold in both languages', async ({
  page,
}) => {
  const problems = await openStudio(page, fx.studio.url);
  await openRule(page);
  await openSample(page);
  const results = await libraryResults(original);
  const expected = new Map<string, number>();
  for (const r of results) {
    const key = r.grade ?? (r.errors ? 'invalid' : NOT_GRADED_KEY);
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  for (const key of ['1', '2', '3', '4', '5', NOT_GRADED_KEY, 'invalid']) {
    await expect(page.locator(`#grade-counts tr[data-grade="${key}"] td.n`), key).toHaveText(
      String(expected.get(key) ?? 0),
    );
  }
  // Row 2: KFR-35GW/B3, APF 4.62 — grade 2 (≥ 4.50), not grade 1 (≥ 5.00).
  const row = page.locator('#results-table tr.record[data-row="2"]');
  // Named as the CLI's table names it; the id in the tooltip.
  await expect(row.locator('td.failing')).toHaveText('Annual performance factor (APF) (Grade 1)');
  await expect(row.locator('td.failing [data-criterion]')).toHaveAttribute('title', 'apf@1');
  await row.locator('button.explain').click();
  const detail = page.locator('#results-table tr.detail').nth(1);
  await expect(detail).toBeVisible();
  await expect(detail.locator('.grade-line')).toHaveText('Grade: 2 (Grade 2)');
  await expect(detail).toContainText('5.00');
  await page.selectOption('#lang', 'zh');
  await page.locator('#results-table tr.record[data-row="2"] button.explain').click();
  // As `qgrade explain --lang zh` opens: the grade by its label, no id (studio-19 F11).
  await expect(page.locator('#results-table tr.detail').nth(1).locator('.grade-line')).toHaveText(
    '等级：2级',
  );
  if (KEEP_SCREENSHOTS) await page.screenshot({ path: join(DOCS, 'studio.png') });
  // qgrade's HTML grade report of the same results, with its SVG charts, as a download.
  const download = page.waitForEvent('download');
  await page.locator('#grade-report').click();
  const report = readFileSync((await (await download).path())!, 'utf8');
  expect(report).toContain('<svg');
  expect(report).toContain('air-conditioners-zh.csv');
  expect(problems).toEqual([]);
});

test('a raised threshold, unsaved, against the saved file: the compare matrix and the records it moved', async ({
  page,
}) => {
  const problems = await openStudio(page, fx.studio.url);
  await openRule(page);
  await openSample(page);
  await pasteEditorText(page, raised);
  await page.getByRole('tab', { name: 'Compare' }).click();
  // A starts at the newest other edition of the rule set: the draft among the bundled examples (studio-27 F3).
  await expect(page.locator('#compare-with option:checked')).toHaveText(
    'bundled: examples/room-air-conditioner-energy-draft.yaml',
  );
  // Nothing chosen as A ("—"): Compare says what to do.
  await page.selectOption('#compare-with', '');
  await page.locator('#compare-run').click();
  await expect(page.locator('#comparison')).toHaveText(
    'Pick a version under "Earlier version (A)" first (such as "this file as saved"), then Compare',
  );
  await page.selectOption('#compare-with', 'saved');
  const [before, after] = [await libraryResults(original), await libraryResults(raised)];
  const expected = createComparison(parseRuleSet(original), parseRuleSet(raised));
  before.forEach((r, i) => {
    expected.add(r, after[i]!, r.row);
  });
  const { changes } = expected.result();
  // Invalid records in a row and column of their own, as `qgrade compare` prints the matrix (studio-27 M4).
  const matrix = matrixWithInvalid(expected.result());
  expect(matrix[INVALID_KEY]?.[INVALID_KEY]).toBeGreaterThan(0);
  expect(changes.length).toBeGreaterThan(0);
  for (const [from, line] of Object.entries(matrix)) {
    for (const [to, n] of Object.entries(line)) {
      await expect(page.locator(`#compare-matrix tr[data-from="${from}"] td[data-to="${to}"]`)).toHaveText(
        String(n),
      );
    }
  }
  // KFR-26GW/A1, APF 5.27: grade 1 under 5.00, grade 2 under 5.30, moved by apf@1.
  // As `qgrade compare` lists it: the sample id after the row, grades by label, and the requirement that
  // moved it by the name the CLI prints (English: its id after it), with its limit under A and under B.
  const row1 = page.locator('#moved-records > li[data-row="1"]');
  await expect(row1.locator('.move')).toHaveText('Row 1 (KFR-26GW/A1): Grade 1 → Grade 2');
  await expect(row1.locator('.causes li')).toHaveText([
    'Annual performance factor (APF) (Grade 1) apf@1: 5.27, A ≥ 5.00 ✓ → B ≥ 5.30 ✗',
  ]);
  await page.selectOption('#lang', 'zh');
  await expect(row1.locator('.move')).toHaveText('第 1 条（KFR-26GW/A1）：1级 → 2级');
  await expect(row1.locator('.causes li')).toHaveText([
    '全年能源消耗效率 APF（1级）：5.27，A ≥ 5.00 ✓ → B ≥ 5.30 ✗',
  ]);
  await page.selectOption('#compare-with', '');
  await page.locator('#compare-run').click();
  await expect(page.locator('#comparison')).toHaveText(
    '先在“旧版本（A）”中选一个版本（如“已保存的本文件”），再点“比较”',
  );
  await page.selectOption('#compare-with', 'saved');
  await page.selectOption('#lang', 'en');
  if (KEEP_SCREENSHOTS) await page.screenshot({ path: join(DOCS, 'studio-compare.png') });
  const download = page.waitForEvent('download');
  await page.locator('#compare-report').click();
  expect((await download).suggestedFilename()).toBe('air-conditioners-zh-compare.html');
  expect(problems).toEqual([]);
});

test('the suite runs against the editor: failing cases show expected and actual, coverage is reported', async ({
  page,
}) => {
  const problems = await openStudio(page, fx.studio.url);
  await openRule(page);
  await page.getByRole('tab', { name: 'Tests' }).click();
  await page.locator('#run-suite').click();
  const cases = (readFileSync(join(fx.dir, SUITE), 'utf8').match(/^ {2}- name:/gm) ?? []).length;
  await expect(page.locator('#suite-summary')).toHaveText(`${SUITE}: ${cases} passed, 0 failed`);
  await expect(page.locator('#coverage-summary')).toContainText(
    'thresholds have a deciding case at, just below and just above',
  );
  await pasteEditorText(page, raised);
  await page.locator('#run-suite').click();
  // The summary of the first run ends "0 failed" too: wait for a count of failures, as long as the run takes.
  await expect(page.locator('#suite-summary')).toHaveText(/ [1-9]\d* failed$/, { timeout: 30_000 });
  await expect(page.locator('#failing-cases')).toContainText('APF 5.00, at grade 1 (5.00)');
  await expect(page.locator('#failing-cases')).toContainText('grade: expected "1", got "2"');
  expect(problems).toEqual([]);
});

test('"add as test case" appends the record with its grade to the suite file on disk', async ({ page }) => {
  const problems = await openStudio(page, fx.studio.url);
  await openRule(page);
  await openSample(page);
  await page.locator('#results-table tr.record[data-row="2"] button.add-case').click();
  await expect(page.locator('#case-note')).toContainText(`added to the test suite: ${SUITE}`);
  const text = readFileSync(join(fx.dir, SUITE), 'utf8');
  expect(text.startsWith(readFileSync(join(ROOT, 'rules', SUITE), 'utf8'))).toBe(true);
  // Named by the sample id qgrade grade keeps (型号); the input holds the indicators only.
  expect(text).toContain('  - name: KFR-35GW/B3\n');
  expect(text).toContain('input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.62 }');
  expect(text.trimEnd().endsWith('grade: "2"\n    failing: [ apf@1 ]')).toBe(true);
  // The suite ran with it, and passes.
  await expect(page.locator('#suite-summary')).toHaveText(/: \d+ passed, 0 failed$/);
  expect(problems).toEqual([]);
});

test('a write without the token, and a request from a foreign Origin, are refused', async ({ page }) => {
  await openStudio(page, fx.studio.url);
  const target = join(fx.dir, 'home-appliances', 'injected.yaml');
  // From the studio's own page, without the token.
  const status = await page.evaluate(() =>
    fetch('api/file?path=home-appliances/injected.yaml', { method: 'PUT', body: 'id: x\n' }).then(
      (r) => r.status,
    ),
  );
  expect(status).toBe(403);
  // From a page on another origin: a simple request goes out with that page's Origin and is refused;
  // one with the token header (as if it had leaked) needs a preflight, which is refused, so it is never sent.
  const other = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>elsewhere'),
  );
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    const address = other.address();
    await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    const refused = page.waitForResponse((r) => r.url().startsWith(`${fx.studio.origin}/api/file`));
    const sent = await page.evaluate(
      (origin) =>
        fetch(`${origin}/api/file?path=home-appliances/injected.yaml`, {
          method: 'POST',
          mode: 'no-cors',
          body: 'id: x\n',
        }).then(
          () => 'sent',
          (e: Error) => e.message,
        ),
      fx.studio.origin,
    );
    const withToken = await page.evaluate(
      ([origin, token]) =>
        fetch(`${origin}/api/file?path=home-appliances/injected.yaml`, {
          method: 'PUT',
          headers: { 'x-qgrade-token': token! },
          body: 'id: x\n',
        }).then(
          (r) => `answered ${r.status}`,
          () => 'refused',
        ),
      [fx.studio.origin, fx.studio.token],
    );
    expect(withToken).toBe('refused');
    expect(sent).toBe('sent');
    expect((await refused).status()).toBe(403);
  } finally {
    // A socket the browser opened and has not used yet would keep close() waiting for a minute or more.
    other.closeAllConnections();
    await new Promise((resolve) => other.close(resolve));
  }
  expect(() => statSync(target)).toThrow();
});

test('the static build opens from a plain static file server and grades the examples', async ({ page }) => {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').replace(/[?#].*$/, ''));
    const file = join(fx.assets, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      const types: Record<string, string> = {
        '.html': 'text/html',
        '.js': 'text/javascript',
        '.css': 'text/css',
      };
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const picked = mkdtempSync(join(tmpdir(), 'qgrade-studio-local-'));
  try {
    const address = server.address();
    const problems = await openStudio(
      page,
      `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    );
    await expect(page.locator('#mode')).toHaveText('static build: files open and save through the browser');
    await expect(page.locator('button.file[data-group=folder]')).toHaveCount(0);
    await page.locator(`button.file[data-group=bundled][data-path="rules/${RULE}"]`).click();
    await expect(page.locator('#problems')).toContainText('No problems');
    await page.locator('button.file[data-path="examples/room-air-conditioners.json"]').click();
    const json = JSON.parse(
      readFileSync(join(ROOT, 'examples/room-air-conditioners.json'), 'utf8'),
    ) as unknown[];
    const grader = createGrader(parseRuleSet(original));
    const grades = json.map((r) => {
      const result = grader.gradeSync(r);
      // Worded as the HTML report words them (committee-39 M3).
      return result.grade ?? (result.errors ? 'Invalid' : null);
    });
    await expect(page.locator('#record-count')).toHaveText(new RegExp(`^${json.length} `));
    for (const [i, g] of grades.entries()) {
      await expect(page.locator(`#results-table tr.record[data-row="${i + 1}"] td.g`)).toContainText(
        g ?? 'Not graded',
      );
    }
    // A rule file opened through the browser's file picker is listed and checked.
    const local = join(picked, 'draft.yaml');
    writeFileSync(local, original.replace('    indicator: apf\n', '    indicator: apff\n'));
    await page.locator('#open-file').setInputFiles(local);
    await expect(page.locator('button.file[data-group=local][data-path="draft.yaml"]')).toBeVisible();
    await expect(page.locator('#problem-list')).toContainText('did you mean "apf"?');
    expect(problems).toEqual([]);
  } finally {
    // A socket the browser opened and has not used yet would keep close() waiting for a minute or more.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    // Only now: the page reads a picked file after setInputFiles returns, so removing it at once raced the read.
    rmSync(picked, { recursive: true, force: true });
  }
});
