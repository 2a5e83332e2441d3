/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// studio-44: what studio-author-43 left (N2–N5) and the `required-beyond-when` warning, in the page. The plate
// rule set below is illustrative: every figure is made up, none is a standard's, and the rule set says so.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { acceptCompletion, pasteEditorText, studioLines, useStudio, watchProblems } from './studio-fixture';

const PLATE = `schemaVersion: 1
id: steel/plate-44
version: 0.1.0
industry: steel
subject: product
title: { zh: 钢板冲击（示例）, en: Plate impact (illustrative) }
references:
  - { code: illustrative, edition: "2026", status: draft }
provenance:
  level: illustrative
  note: { zh: 所有限值均为编造的示例, en: Every limit is made up }
indicators:
  thickness:
    type: number
    unit: mm
    range: "> 0"
    label: { zh: 厚度, en: Thickness }
  impactEnergy:
    type: number
    unit: J
    range: "≥ 0"
    # A mean of 1 to 3 specimens: a count stated, so no open-specimen-count warning (newcomer-46)
    specimens: { min: 1, max: 3 }
    label: { zh: 冲击吸收能量, en: Impact energy }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first, label: { zh: 一等品, en: First class } }
criteria:
  - id: impact-mean
    indicator: impactEnergy
    aggregate: mean
    when: { thickness: "≥ 8" }
    require: "≥ 27"
  - id: impact-single
    indicator: impactEnergy
    when: { thickness: "≥ 8" }
    require: "≥ 23.8"
  - id: impact-first
    indicator: impactEnergy
    aggregate: mean
    when: { thickness: "≥ 8" }
    require: "≥ 34"
    grade: first
`;
const FILE = 'steel/plate-44.yaml';

const fx = useStudio();

async function openPlate(page: Page): Promise<string[]> {
  writeFileSync(join(fx.dir, FILE), PLATE);
  const problems = watchProblems(page);
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'zh');
  await page.locator(`button.file[data-group=folder][data-path="${FILE}"]`).click();
  await expect(page.locator('#file-name')).toContainText(FILE);
  return problems;
}

const editorText = (page: Page) =>
  page
    .locator('.cm-content')
    .evaluate((el) => [...el.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));

/** Puts the cursor at the end of line `n` (1-based) with CodeMirror's "go to line" (long lines wrap). */
async function cursorAtEndOf(page: Page, n: number): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Alt+g');
  await page.locator('.cm-panel input').fill(String(n));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
}

test('an indicator required but tested only under a `when` is warned of in the problems pane, at its line', async ({
  page,
}) => {
  const problems = await openPlate(page);
  const warning = page.locator('#problem-list li', {
    hasText: '必须给出，而读取它的要求都只在“when”成立时适用',
  });
  await expect(warning).toHaveCount(1, { timeout: 20_000 });
  await expect(warning).toContainText('冲击吸收能量');
  await expect(warning).toContainText('requiredWhen: { thickness: "≥ 8" }');
  const line = PLATE.split('\n').indexOf('  impactEnergy:') + 1;
  await expect(warning).toHaveAttribute('data-line', String(line));
  // Taking the advice clears it; the rule set still grades.
  await pasteEditorText(
    page,
    PLATE.replace(
      '    specimens: { min: 1, max: 3 }\n',
      '    specimens: { min: 1, max: 3 }\n    requiredWhen: { thickness: "≥ 8" }\n',
    ),
  );
  await expect(page.locator('#problems')).toContainText('没有问题', { timeout: 20_000 });
  expect(problems).toEqual([]);
});

test('typing `type: ` or `grade: ` by hand opens the values they may take (N2)', async ({ page }) => {
  const problems = await openPlate(page);
  const completion = page.locator('.cm-tooltip-autocomplete');
  // A new indicator's first key, typed letter by letter as an author who does not know Ctrl+Space would.
  const withNew = PLATE.replace('grades:\n', '  hardness:\n    \ngrades:\n');
  await pasteEditorText(page, withNew);
  await cursorAtEndOf(page, withNew.split('\n').indexOf('  hardness:') + 2);
  await page.keyboard.type('type: ');
  await expect(completion.locator('li', { hasText: /^integer$/ })).toBeVisible({ timeout: 20_000 });
  await expect(completion.locator('li', { hasText: /^enum$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(completion).toHaveCount(0);
  // A requirement's grade: the file's grade ids, lowest first.
  const withGrade = PLATE.replace('    require: "≥ 27"\n', '    require: "≥ 27"\n    \n');
  await pasteEditorText(page, withGrade);
  await cursorAtEndOf(page, withGrade.split('\n').indexOf('    require: "≥ 27"') + 2);
  await page.keyboard.type('grade: ');
  await expect(completion.locator('li').first()).toHaveText(/^qualified/, { timeout: 20_000 });
  await expect(completion.locator('li', { hasText: /^first/ })).toBeVisible();
  await page.keyboard.type('fi');
  await acceptCompletion(page);
  await expect.poll(() => editorText(page)).toContain('    require: "≥ 27"\n    grade: first\n');
  expect(problems).toEqual([]);
});

test('specimens read as the CSV writes them: a mean of one, and one column per specimen (N3, N4)', async ({
  page,
}) => {
  const problems = await openPlate(page);
  const ruled = PLATE.replace(
    '    specimens: { min: 1, max: 3 }\n',
    '    specimens: { min: 1, max: 3 }\n    requiredWhen: { thickness: "≥ 8" }\n',
  );
  await pasteEditorText(page, ruled);
  await expect(page.locator('#problems')).toContainText('没有问题', { timeout: 20_000 });
  await page
    .locator('#sample-text')
    .fill('编号,厚度,冲击吸收能量,冲击吸收能量,冲击吸收能量\nP1,10,33,34,35\nP2,10,33,,\n');
  await expect(page.locator('#results-table tr.record')).toHaveCount(2);
  // Three columns: specimen 1 reads 33 J beside ≥ 23.8 J, as `33;34;35` in one cell does (was 33.0).
  // (The mean of three is computed: one decimal more than its limit.)
  expect((await studioLines(page, 1)).join('\n')).toContain(
    '✓ 冲击吸收能量：平均值 34.0 J，满足 ≥ 27 J（合格品）\n✓ 冲击吸收能量：第 1 个试样 33 J，满足 ≥ 23.8 J（合格品）\n',
  );
  // One specimen: its mean is that value, 33 J (was 33.0 J), beside and below the next grade's 34 J too.
  const one = (await studioLines(page, 2)).join('\n');
  expect(one).toContain('✓ 冲击吸收能量：平均值 33 J，满足 ≥ 27 J（合格品）');
  expect(one).toContain('✓ 冲击吸收能量：33 J，满足 ≥ 23.8 J（合格品）');
  expect(one).toContain('冲击吸收能量：平均值 33 J，不满足 ≥ 34 J');
  expect(problems).toEqual([]);
});

test('the Tests tab of a rule file with no suite asks for it without a failed request in the console (N5)', async ({
  page,
}) => {
  const problems = await openPlate(page);
  await page.locator('[data-tab=tests]').click();
  await expect(page.locator('#suite')).toContainText('没有测试套件');
  // A bundled rule file with no suite beside it (read from the build, not the folder).
  const draft = 'examples/cement-lot-grade-draft.yaml';
  await page.locator(`button.file[data-group=bundled][data-path="${draft}"]`).click();
  await expect(page.locator('#file-name')).toContainText(draft);
  await expect(page.locator('#suite')).toContainText('没有测试套件');
  // One more round trip, so a console message of the requests above has arrived.
  await page.evaluate(() => fetch('files.json').then((r) => r.ok));
  expect(problems).toEqual([]);
});
