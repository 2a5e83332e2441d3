/// <reference lib="dom" />
// The studio grades and compares lots for a rule set with a `group` section, as `qgrade grade --group-by` and
// `qgrade compare --group-by` do (committee-37 M1: the draft's CV change moved 8 lots and the page showed none).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'building-materials/cement-lot-grade.yaml';
const SAMPLE = 'lots-37.csv';

/**
 * Three lots of three P·O 42.5 samples, every sample superior on its own (3-day 24.0 ≥ 22.0 MPa, setting
 * 150/230 min), their 28-day strengths mean ± d around 50.0 MPa: the sample CV is d / 50, so 2.8 %, 3.5 % and
 * 4.5 % (d = 1.4, 1.75, 2.25). The rule file's lot limits (illustrative, its note says): CV ≤ 3.0 superior,
 * ≤ 4.0 first class, so L-A 优等品, L-B 一等品, L-C 合格品.
 */
const LOTS = [
  ['L-A', [48.6, 50.0, 51.4], 'superior'],
  ['L-B', [48.25, 50.0, 51.75], 'first'],
  ['L-C', [47.75, 50.0, 52.25], 'conforming'],
] as const;

function csv(lots: readonly (typeof LOTS)[number][]): string {
  const rows = lots.flatMap(([lot, values]) =>
    values.map((v, i) => `${lot}-${i + 1},${lot},42.5,24.0,${v},150,230`),
  );
  return `编号,批号,强度等级,compressive3d,compressive28d,initialSetting,finalSetting\n${rows.join('\n')}\n`;
}

const fx = useStudio();

/** `qgrade <args>` run on the served folder's files, its JSON on stdout. */
function cli(args: string[]): unknown {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: fx.dir,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

async function openLots(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  writeFileSync(join(fx.dir, SAMPLE), csv(LOTS));
  const problems = await openRuleFile(page, fx, RULE, lang);
  await page.locator(`button.file[data-path="${SAMPLE}"]`).click();
  await expect(page.locator('#group-table')).toBeVisible();
  return problems;
}

test('each lot is graded as qgrade grade --group-by grades it, and the distribution counts lots', async ({
  page,
}) => {
  const problems = await openLots(page, 'zh');
  // The 批号 column is preselected: its header reads as a lot's.
  await expect(page.locator('#group-by')).toHaveValue('批号');
  const byCli = cli(['grade', '-r', RULE, '--group-by', '批号', '-f', 'json', SAMPLE]) as {
    group: string;
    grade: string | null;
  }[];
  expect(byCli.map((g) => [g.group, g.grade])).toEqual(LOTS.map(([lot, , grade]) => [lot, grade]));
  const rows = page.locator('#group-table tr.group');
  await expect(rows).toHaveCount(3);
  for (const { group, grade } of byCli) {
    await expect(page.locator(`#group-table tr.group[data-group="${group}"]`)).toHaveAttribute(
      'data-grade',
      grade ?? 'null',
    );
  }
  await expect(page.locator('#group-table tr.group[data-group="L-A"] td').nth(1)).toHaveText('优等品');
  await expect(page.locator('#group-table tr.group[data-group="L-B"] td').nth(1)).toHaveText('一等品');
  await expect(page.locator('#group-table tr.group[data-group="L-B"] [data-statistic=cv28d]')).toContainText(
    '3.5 %',
  );
  // L-B is held below 优等品 by its CV, said as the CLI's explanation says it.
  await expect(page.locator('#group-table tr.group[data-group="L-B"] [data-why]')).toContainText('≤ 3.0');
  // The distribution counts the three lots, not the nine records.
  await expect(page.locator('#grade-counts caption')).toHaveText('各组等级分布');
  for (const grade of ['superior', 'first', 'conforming'])
    await expect(page.locator(`#grade-counts tr[data-grade="${grade}"] td.n`)).toHaveText('1');
  await expect(page.locator('#grade-counts tr[data-grade="invalid"] th')).toHaveText('含无效记录');
  await expect(page.locator('#record-count')).toHaveText('3 组，9 条记录');
  // A lot's records unfold under it, each with its own grade.
  const details = page.locator('#group-table tr.group-records-row').first().locator('details');
  await details.locator('summary').click();
  await expect(details.locator('.group-records li')).toHaveText([
    '第 1 条 L-A-1：优等品',
    '第 2 条 L-A-2：优等品',
    '第 3 条 L-A-3：优等品',
  ]);
  // Graded record by record when the author chooses so: the group requirements are said not to be judged.
  await page.selectOption('#group-by', '');
  await expect(page.locator('#groups-not-judged')).toBeVisible();
  await expect(page.locator('#group-table')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('records of one lot apart: the CLI refuses them, and the page says it with its message', async ({
  page,
}) => {
  writeFileSync(join(fx.dir, SAMPLE), csv([LOTS[0], LOTS[1], LOTS[0]]));
  await openRuleFile(page, fx, RULE, 'en');
  await page.locator(`button.file[data-path="${SAMPLE}"]`).click();
  await expect(page.locator('#sample-error')).toContainText(
    'has 批号 "L-A" again, but that group closed at row 3',
  );
});

test('a rule set without a group section: no group choice, nothing changes', async ({ page }) => {
  writeFileSync(join(fx.dir, SAMPLE), csv(LOTS));
  await openRuleFile(page, fx, 'building-materials/common-portland-cement.yaml', 'en');
  await page.locator(`button.file[data-path="${SAMPLE}"]`).click();
  await expect(page.locator('#record-count')).toHaveText(/^9 /);
  await expect(page.locator('#group-by-label')).toBeHidden();
  await expect(page.locator('#groups-not-judged')).toHaveCount(0);
});

test('compare: a draft with CV ≤ 2.5 for superior moves the lot of CV 2.8 down, as compare --group-by', async ({
  page,
}) => {
  const problems = await openLots(page, 'en');
  const saved = readFileSync(join(fx.dir, RULE), 'utf8');
  // An illustrative draft figure, not the standard's: the superior CV limit 3.0 → 2.5.
  const draft = saved.replace(/(grade: superior\n\s+require: )"≤ 3\.0"/, '$1"≤ 2.5"');
  expect(draft).not.toBe(saved);
  await pasteEditorText(page, draft);
  await expect(page.locator('#group-table tr.group[data-group="L-A"]')).toHaveAttribute(
    'data-grade',
    'first',
  );
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.selectOption('#compare-with', 'saved');
  await expect(page.locator('#group-matrix')).toBeVisible();
  // The CLI on the same files: A the saved rule file, B the draft.
  const draftFile = join(fx.dir, 'building-materials/cement-lot-grade-draft.yaml');
  writeFileSync(draftFile, draft);
  const byCli = cli(['compare', '--group-by', '批号', '-f', 'json', RULE, draftFile, SAMPLE]) as {
    groups: { changes: { group: string; from: string; to: string; criteria: string[] }[] };
  };
  expect(byCli.groups.changes.map((c) => [c.group, c.from, c.to, c.criteria])).toEqual([
    ['L-A', 'superior', 'first', ['cv-28d-superior']],
  ]);
  await expect(page.locator('#moved-groups > li')).toHaveCount(1);
  const moved = page.locator('#moved-groups > li[data-group="L-A"]');
  await expect(moved).toHaveAttribute('data-from', 'superior');
  await expect(moved).toHaveAttribute('data-to', 'first');
  await expect(moved.locator('.move')).toHaveText(
    'group L-A: Superior → First class  CV of 28-day compressive strength (Superior)',
  );
  // The lots' matrix: one lot superior → first, L-B stays first, L-C stays conforming.
  await expect(page.locator('#group-matrix tr[data-from="superior"] td[data-to="first"]')).toHaveText('1');
  await expect(page.locator('#group-matrix tr[data-from="first"] td[data-to="first"]')).toHaveText('1');
  await expect(page.locator('#group-matrix tr[data-from="conforming"] td[data-to="conforming"]')).toHaveText(
    '1',
  );
  await expect(page.locator('#group-compare-summary')).toHaveText('3 groups, 1 changed grade (0 up, 1 down)');
  // By which change: the edited CV limit, one lot.
  await expect(page.locator('#groups-by-change tr').nth(1).locator('td')).toHaveText([/2\.5/, '1', '1']);
  // The records did not move: the lot's change is its CV alone.
  await expect(page.locator('#moved-records > li')).toHaveCount(0);
  expect(problems).toEqual([]);
});
