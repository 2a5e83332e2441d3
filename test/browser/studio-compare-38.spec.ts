/// <reference lib="dom" />
// committee-38 F2–F6 in the studio, against what `qgrade compare` / `qgrade grade` and their HTML reports show:
// a grade column dropped with its requirement is one change, 2 moved and 2 by it alone (F2); the matrix takes the
// report's colours (unchanged blue, up green, down orange) with its legend (F3); the records per grade with
// shares and the grade-rename note (F4); the downloaded grade report carries the input's notices (F5); the
// Samples distribution splits 不分级 into 不分级（未达最低等级） and 不分级（超出适用范围） (F6; worded as studio-45 item 2).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const SAMPLE = 'f38.csv';

const fx = useStudio();

/**
 * GB 21455-2019 as the bundled rule set encodes it. E1 (heat pump, 4501 W, APF 4.6) is grade 1 under A (≥ 4.50);
 * the draft's illustrative 4.70 makes it grade 2: down. C1 and C2 (cooling only, SEER 3.80 at 3500 W and 3.79 at
 * 6000 W) miss grade 4 (3.90, 3.80) and meet grade 5: with column 4 and seer@4 dropped, grade 4 asks nothing of
 * SEER: up. E3 stays grade 1; O1 (20000 W) is out of scope (≤ 14000 W); N1 (APF 3.0 at 3000 W) is below grade 5
 * (≥ 3.30). No column gives the four scope indicators with defaults: the notice `qgrade grade` prints.
 */
const CSV = [
  'model,unitType,ratedCoolingCapacity,apf,seer',
  'E1,heat-pump,4501,4.6,',
  'C1,cooling-only,3500,,3.8',
  'C2,cooling-only,6000,,3.79',
  'E3,heat-pump,7100,4.75,',
  'O1,heat-pump,20000,4.0,',
  'N1,heat-pump,3000,3.0,',
  '',
].join('\n');

function draft(saved: string): string {
  const edits: [string, string][] = [
    ['- ["(4500, 7100]", 4.50,', '- ["(4500, 7100]", 4.70,'],
    ['label: { zh: 2级, en: Grade 2 }', 'label: { zh: 2级（节能）, en: Grade 2 (energy-saving) }'],
    [
      'columns: [ratedCoolingCapacity, "1", "2", "3", "4", "5"]\n    rows:\n      - ["≤ 4500", 5.80, 5.40, 5.00, 3.90, 3.70]\n      - ["(4500, 7100]", 5.50, 5.10, 4.40, 3.80, 3.60]\n      - ["(7100, 14000]", 5.20, 4.70, 4.00, 3.70, 3.50]',
      'columns: [ratedCoolingCapacity, "1", "2", "3", "5"]\n    rows:\n      - ["≤ 4500", 5.80, 5.40, 5.00, 3.70]\n      - ["(4500, 7100]", 5.50, 5.10, 4.40, 3.60]\n      - ["(7100, 14000]", 5.20, 4.70, 4.00, 3.50]',
    ],
  ];
  let text = saved;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

async function openSample(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  writeFileSync(join(fx.dir, SAMPLE), CSV);
  const problems = await openRuleFile(page, fx, RULE, lang);
  await page.locator(`button.file[data-path="${SAMPLE}"]`).click();
  await expect(page.locator('#record-count')).toHaveText(/^6 /);
  return problems;
}

async function compareDraft(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  const problems = await openSample(page, lang);
  await pasteEditorText(page, draft(readFileSync(join(fx.dir, RULE), 'utf8')));
  await page.getByRole('tab', { name: lang === 'zh' ? '比较' : 'Compare' }).click();
  await page.selectOption('#compare-with', 'saved');
  await expect(page.locator('#compare-matrix')).toBeVisible();
  return problems;
}

/** The computed background of the matrix cell from A's grade `from` to B's `to`. */
function background(page: Page, from: string, to: string): Promise<string> {
  return page
    .locator(`#compare-matrix tr[data-from="${from}"] td[data-to="${to}"]`)
    .evaluate((el) => getComputedStyle(el).backgroundColor);
}

test('zh: the dropped column is one change; report colours with a legend; shares; rename note (F2–F4)', async ({
  page,
}) => {
  const problems = await compareDraft(page, 'zh');
  // F2: one row for seer@4, 2 moved, 2 by it alone; no row of a cell "3.90 → 空（无要求）".
  const byChange = page.locator('#moved-by-change tr');
  await expect(byChange).toHaveCount(3);
  const seer = byChange.filter({ hasText: '（seer@4）' });
  await expect(seer.locator('td')).toHaveText([
    /^删除要求“制冷季节能源消耗效率 SEER（4级）”（seer@4）/,
    '2',
    '2',
  ]);
  await expect(page.locator('#compare-tab, body')).not.toContainText('空（无要求）');
  // F3: the kinds and colours of the report (report/matrix-shades.ts): up green, down orange, unchanged blue.
  const kind = (from: string, to: string) =>
    page.locator(`#compare-matrix tr[data-from="${from}"] td[data-to="${to}"]`).getAttribute('data-kind');
  expect(await kind('5', '4')).toBe('up');
  expect(await kind('1', '2')).toBe('down');
  expect(await kind('1', '1')).toBe('same');
  // 2 up of at most 2 in a cell: the darkest shades; 1 down of 2: the middle one; 1 unchanged of 2 the same step.
  expect(await background(page, '5', '4')).toBe('rgb(27, 100, 43)');
  expect(await background(page, '1', '2')).toBe('rgb(246, 164, 96)');
  expect(await background(page, '1', '1')).toBe('rgb(139, 178, 221)');
  const legend = page.locator('#compare-matrix-legend');
  await expect(legend).toHaveText('等级不变升高降低无高低之分 / 一方无效');
  const swatches = await legend
    .locator('.sw')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  // The report's legend swatches (sw-same, sw-up, sw-down, sw-neither).
  expect(swatches).toEqual([
    'rgb(139, 178, 221)',
    'rgb(130, 201, 141)',
    'rgb(246, 164, 96)',
    'rgb(179, 179, 179)',
  ]);
  // F4: the rename note and the shares table, as `qgrade compare` writes them.
  await expect(page.locator('[data-note="grade-renamed"]')).toHaveText('等级“2级”更名为“2级（节能）”');
  const rows = page.locator('#compare-distribution tr');
  await expect(rows.first().locator('th')).toHaveText([
    '等级',
    'A 下记录数',
    'A 下占比',
    'B 下记录数',
    'B 下占比',
  ]);
  await expect(rows.filter({ hasText: '2级（节能）' }).locator('th, td')).toHaveText([
    '2级（节能）',
    '0',
    '0.0%',
    '1',
    '16.7%',
  ]);
  await expect(rows.last().locator('th, td')).toHaveText(['合计', '6', '100.0%', '6', '100.0%']);
  // committee-39 M1: the draft's APF moved under the saved file's provenance: said here as qgrade compare says it.
  await expect(page.locator('#compare-provenance-note')).toContainText(
    '的限值与 A 不同，但出处说明（provenance 的 level 和 note）和引用标准（references）与 A 完全相同',
  );
  expect(problems).toEqual([]);
});

test('en: the same table words and legend as the report', async ({ page }) => {
  const problems = await compareDraft(page, 'en');
  await expect(
    page.locator('#moved-by-change tr').filter({ hasText: '(seer@4) removed' }).locator('td'),
  ).toHaveText([/with|removed/, '2', '2']);
  await expect(page.locator('#compare-matrix-legend')).toHaveText(
    'UnchangedUpDownNeither up nor down / invalid under one side',
  );
  await expect(page.locator('[data-note="grade-renamed"]')).toHaveText(
    'grade 2 renamed: Grade 2 → Grade 2 (energy-saving)',
  );
  await expect(page.locator('#compare-distribution h3')).toHaveText('Records per grade, A beside B');
  await expect(page.locator('#compare-provenance-note')).toContainText(
    "has limits that differ from A's, but its provenance (level and note) and references are A's word for word",
  );
  expect(problems).toEqual([]);
});

test('zh: the Samples distribution splits 不分级; the downloaded grade report carries the input notices (F5, F6)', async ({
  page,
}) => {
  const problems = await openSample(page, 'zh');
  const counts = page.locator('#grade-counts');
  await expect(counts.locator('tr[data-grade="(nonconforming)"] th')).toHaveText('不分级（未达最低等级）');
  await expect(counts.locator('tr[data-grade="(nonconforming)"] td.n')).toHaveText('1');
  await expect(counts.locator('tr[data-grade="(out-of-scope)"] th')).toHaveText('不分级（超出适用范围）');
  await expect(counts.locator('tr[data-grade="(out-of-scope)"] td.n')).toHaveText('1');
  await expect(counts.locator('tr[data-grade="null"]')).toHaveCount(0);
  await expect(page.locator('#sample-notices')).toContainText('没有列给出 airCooled');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#grade-report').click(),
  ]);
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toMatch(/<p class="warn" data-notice>[^<]*没有列给出 airCooled（风冷式）/);
  expect(problems).toEqual([]);
});
