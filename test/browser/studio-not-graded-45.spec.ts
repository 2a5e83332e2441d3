/// <reference lib="dom" />
// studio-45 item 2: a record below the lowest grade of a ladder read 不分级 in its results row and 未达最低等级 in
// the distribution above it. `qgrade grade` names it 不分级 in its table and counts it under 不分级 with the
// reason in its summary (`不分级  1  （未达最低等级 1 条）`); the studio now says both in both places.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, useStudio } from './studio-fixture';

const RULE = 'steel/low-alloy-structural-steel.yaml';
const fx = useStudio();

/**
 * examples/low-alloy-structural-steel.json as NDJSON: its fourth record's KV2 mean (32.3 J) is below the
 * 34 J of the lowest grade, B; its fifth has two impact specimens of three (invalid).
 */
function samples(): string {
  const all = JSON.parse(
    readFileSync(new URL('../../examples/low-alloy-structural-steel.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>[];
  return `${all.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

async function graded(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  const problems = await openRuleFile(page, fx, RULE, lang);
  await page.locator('#sample-text').fill(samples());
  await expect(page.locator('#record-count')).toHaveText(/^5 /);
  return problems;
}

const cell = (page: Page, row: number) => page.locator(`#results-table tr.record[data-row="${row}"] td.g`);
const countsRow = (page: Page, label: string) =>
  page.locator('#grade-counts tr').filter({ has: page.locator('th', { hasText: label }) });

test('zh: below the lowest grade is 不分级 in its row and 不分级（未达最低等级） in the counts, as qgrade grade says', async ({
  page,
}) => {
  const problems = await graded(page, 'zh');
  await expect(cell(page, 4)).toHaveText('不分级');
  await expect(cell(page, 5)).toHaveText('无效');
  await expect(page.locator('#grade-counts th')).toHaveText([
    'F级',
    'E级',
    'D级',
    'C级',
    'B级',
    '不分级（未达最低等级）',
    '无效记录',
  ]);
  await expect(countsRow(page, '不分级（未达最低等级）').locator('td.n')).toHaveText('1');
  await expect(page.locator('#grade-counts th', { hasText: /^未达最低等级$/ })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('en: "Not graded" in its row, "Not graded (below the lowest grade)" in the counts', async ({ page }) => {
  const problems = await graded(page, 'en');
  await expect(cell(page, 4)).toHaveText('Not graded');
  await expect(countsRow(page, 'Not graded (below the lowest grade)').locator('td.n')).toHaveText('1');
  await expect(page.locator('#grade-counts th', { hasText: /^Below the lowest grade$/ })).toHaveCount(0);
  expect(problems).toEqual([]);
});
