/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// studio-author-43: a rule author working in Chinese, in the page as it opens. The plate rule set below is
// illustrative: every figure is made up, none is a standard's, and the rule set says so.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { acceptCompletion, pasteEditorText, studioLines, useStudio, watchProblems } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;

const PLATE = `schemaVersion: 1
id: steel/plate-author
version: 0.1.0
industry: steel
subject: product
title: { zh: 钢板分级（示例）, en: Plate grades (illustrative) }
references:
  - { code: illustrative, edition: "2026", status: draft }
provenance:
  level: illustrative
  note: { zh: 所有限值均为编造的示例, en: Every limit is made up }
indicators:
  thickness:
    type: number
    unit: mm
    range: "≥ 2"
    label: { zh: 厚度, en: Thickness }
  impactEnergy:
    type: number
    unit: J
    range: "≥ 0"
    specimens: 3
    label: { zh: 冲击吸收能量, en: Impact energy }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - id: impact-thin
    indicator: impactEnergy
    when: { thickness: "[2, 8)" }
    require: "≥ 23.8"
  - id: impact
    indicator: impactEnergy
    when: { thickness: "≥ 8" }
    require: "≥ 27"
`;

const SAMPLES = '编号,厚度,冲击吸收能量\nP1,6,24;30;31\nP2,10,26\n';

const fx = useStudio();

async function openEmpty(page: Page): Promise<string[]> {
  const problems = watchProblems(page);
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'zh');
  return problems;
}

test('text written into the empty editor is checked and grades the samples as a new file', async ({
  page,
}) => {
  const problems = await openEmpty(page);
  // Samples before any rule file: not "the rule set has errors", which nothing checked.
  await page.locator('#sample-text').fill(SAMPLES);
  await expect(page.locator('#results')).toContainText('还没有规则文件');
  await expect(page.locator('#results')).not.toContainText('有错误');

  await pasteEditorText(page, PLATE);
  await expect(page.locator('#problems')).toContainText('没有问题', { timeout: 20_000 });
  await expect(page.locator('#file-name')).toHaveText('本机：未命名.yaml');
  await expect(page.locator('button.file.current[data-group=local]')).toHaveText('未命名.yaml');
  await expect(page.locator('#dirty')).toContainText('未保存');
  await expect(page.locator('#save')).toBeEnabled();
  await expect(page.locator('#results-table tr.record')).toHaveCount(2);
  await expect(page.locator('#results-table tr.record[data-row="2"] td.g')).toHaveText('不合格');
  // The band of the `when` the record met (item 1), in the page's words.
  const lines = await studioLines(page, 1);
  expect(lines).toContain('限值取决于：厚度 = 6 mm（在“[2, 8)”档）');
  // The specimen that decides, as the cell writes it (item 2): 24, not 24.0 beside ≥ 23.8.
  expect(lines).toContain('✓ 冲击吸收能量：第 1 个试样 24 J，满足 ≥ 23.8 J（合格品要求）');

  // A typo is found and located, as in a file opened from the list; the grade follows the text as typed.
  const typo = PLATE.replace(
    'indicator: impactEnergy\n    when: { thickness: "≥ 8" }',
    'indicator: impactEnergi\n    when: { thickness: "≥ 8" }',
  );
  await pasteEditorText(page, typo);
  await expect(page.locator('#problem-list')).toContainText('是否要写“impactEnergy”');
  const line = typo.split('\n').indexOf('    indicator: impactEnergi') + 1;
  await expect(page.locator('#problem-list li').first()).toHaveAttribute('data-line', String(line));
  await expect(page.locator('#problem-list li').first()).toContainText(`${line}:16 `);
  await pasteEditorText(page, PLATE.replace('require: "≥ 27"', 'require: "≥ 26"'));
  await expect(page.locator('#results-table tr.record[data-row="2"] td.g')).toHaveText('合格品');
  // Still one new file, not one more per check.
  await expect(page.locator('button.file[data-group=local]')).toHaveCount(1);
  // Its suite, started from a sample row, runs with its threshold coverage worded in Chinese throughout.
  await page.locator('#results-table tr.record[data-row="1"] button.add-case').click();
  await page.locator('[data-tab=tests]').click();
  await page.locator('#run-suite').click();
  await expect(page.locator('#suite summary')).toHaveText(/^未覆盖（\d+）$/);
  expect(problems).toEqual([]);
});

test('Ctrl+Space on a new line of a criterion offers the keys it may still have, with Chinese help', async ({
  page,
}) => {
  const RULE = 'steel/hot-rolled-ribbed-bar.yaml';
  const original = readFileSync(join(ROOT, 'rules', RULE), 'utf8');
  writeFileSync(join(fx.dir, RULE), original);
  const problems = await openEmpty(page);
  await page.locator(`button.file[data-group=folder][data-path="${RULE}"]`).click();
  await expect(page.locator('#problems')).toContainText('没有问题');
  // A new line in the first criterion, at its keys' indentation, after its last key.
  const lines = original.split('\n');
  const criteria = lines.findIndex((l) => /^criteria:/.test(l));
  const first = lines.findIndex((l, i) => i > criteria && /^ {2}- id: /.test(l));
  let last = first;
  while (/^ {4}\S/.test(lines[last + 1] ?? '')) last++;
  expect(lines[first]).toMatch(/^ {2}- id: /);
  await page.keyboard.press('ControlOrMeta+Alt+g');
  await page.locator('.cm-panel input').fill(String(last + 1));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  const completion = page.locator('.cm-tooltip-autocomplete');
  await expect(completion.locator('li', { hasText: /^when/ })).toBeVisible({ timeout: 20_000 });
  await expect(completion.locator('li', { hasText: /^note/ })).toBeVisible();
  // The keys it has are not offered again.
  const has = lines.slice(first, last + 1).map((l) => /^ {2}(?:- | {2})(\w+):/.exec(l)?.[1]);
  expect(has).toContain('id');
  for (const key of has)
    await expect(completion.locator('li', { hasText: new RegExp(`^${key}`) })).toHaveCount(0);
  await page.keyboard.type('gat');
  await expect(page.locator('.cm-completionInfo')).toContainText('否决');
  await acceptCompletion(page);
  await expect.poll(() => page.locator('.cm-activeLine').textContent()).toMatch(/^ {4}gate: /);
  expect(problems).toEqual([]);
});
