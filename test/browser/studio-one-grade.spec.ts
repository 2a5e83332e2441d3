/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, useStudio } from './studio-fixture';

// Under a one-grade (conformity) rule set, a record below its grade is 不合格 / nonconforming in the studio, as in
// `qgrade grade`'s table and `qgrade explain`; one out of scope stays 不分级 / not graded.
const RULE = 'building-materials/common-portland-cement.yaml';
const fx = useStudio();

/** examples/cement.json's first record (conforming), its fourth (28-day strength 42.3 < 42.5), and the first as 62.5. */
function samples(): string {
  const all = JSON.parse(
    readFileSync(new URL('../../examples/cement.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>[];
  const strip = ({ sample: _, ...r }: Record<string, unknown>) => r;
  const rows = [strip(all[0]!), strip(all[3]!), { ...strip(all[0]!), strengthClass: '62.5' }];
  return `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

/** The first line of a record's unfolded explanation. */
function detailOf(page: Page, row: number) {
  return page.locator(`#results-table tr.record[data-row="${row}"] + tr.detail p`).first();
}

async function graded(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  const problems = await openRuleFile(page, fx, RULE, lang);
  await page.locator('#sample-text').fill(samples());
  await expect(page.locator('#record-count')).toHaveText(/^3 /);
  return problems;
}

test('zh: a record below the one grade is 不合格 in the table, the counts and its explanation; out of scope is 不分级', async ({
  page,
}) => {
  const problems = await graded(page, 'zh');
  const cell = (row: number) => page.locator(`#results-table tr.record[data-row="${row}"] td.g`);
  await expect(cell(2)).toHaveText('不合格');
  await expect(cell(3)).toHaveText('不分级');
  const counts = page.locator('#grade-counts');
  await expect(counts.locator('tr[data-grade="~below"] th')).toHaveText('不合格');
  await expect(counts.locator('tr[data-grade="~below"] td.n')).toHaveText('1');
  // Out of scope in a row of its own, as qgrade grade counts it (committee-38 F6), not under one 不分级; named
  // 不分级 as its row is, with why (studio-45 item 2).
  await expect(counts.locator('tr[data-grade="(out-of-scope)"] th')).toHaveText('不分级（超出适用范围）');
  await expect(counts.locator('tr[data-grade="(out-of-scope)"] td.n')).toHaveText('1');
  await expect(counts.locator('tr[data-grade="null"]')).toHaveCount(0);
  await expect(counts.locator('tr[data-grade="conforming"] td.n')).toHaveText('1');
  await page.locator('#results-table tr.record[data-row="2"] button.explain').click();
  await expect(detailOf(page, 2)).toHaveText(/^不合格：/);
  await page.locator('#results-table tr.record[data-row="3"] button.explain').click();
  await expect(detailOf(page, 3)).toHaveText(/^不分级：/);
  expect(problems).toEqual([]);
});

test('en: nonconforming in the table and the counts, "Nonconforming:" opening the explanation', async ({
  page,
}) => {
  const problems = await graded(page, 'en');
  await expect(page.locator('#results-table tr.record[data-row="2"] td.g')).toHaveText('Nonconforming');
  await expect(page.locator('#grade-counts tr[data-grade="~below"] th')).toHaveText('Nonconforming');
  await page.locator('#results-table tr.record[data-row="2"] button.explain').click();
  await expect(detailOf(page, 2)).toHaveText(/^Nonconforming: /);
  expect(problems).toEqual([]);
});

test('en: the Samples counts and rows word the grades as the Compare tab and the report do (committee-39 M3)', async ({
  page,
}) => {
  const problems = await graded(page, 'en');
  // A fourth record without its 28-day strength: invalid.
  const fourth = JSON.parse(samples().split('\n')[0]!) as Record<string, unknown>;
  delete fourth.compressive28d;
  await page.locator('#sample-text').fill(`${samples()}${JSON.stringify(fourth)}\n`);
  await expect(page.locator('#record-count')).toHaveText(/^4 /);
  const words = [
    'Conforming on strength, setting time, soundness and chemistry',
    'Nonconforming',
    'Out of scope',
    'Invalid',
  ];
  // It said "conforming (Conforming …)", "nonconforming", "invalid" where Compare says "Conforming …", "Invalid".
  // Out of scope is "Not graded" in its row, and so in the counts with why, as qgrade grade's summary has it
  // (studio-45 item 2); the Compare tab names it as qgrade compare does.
  await expect(page.locator('#grade-counts th')).toHaveText([
    words[0]!,
    words[1]!,
    'Not graded (out of scope)',
    words[3]!,
  ]);
  await expect(page.locator('#results-table tr.record td.g')).toHaveText([
    words[0]!,
    words[1]!,
    'Not graded',
    words[3]!,
  ]);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.selectOption('#compare-with', 'saved');
  await expect(page.locator('#compare-distribution tr th:first-child')).toHaveText([
    'Grade',
    ...words,
    'Total',
  ]);
  expect(problems).toEqual([]);
});
