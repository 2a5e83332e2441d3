/// <reference lib="dom" />
// With a test suite open in the editor, "Run the test suite" runs the editor's suite text, saved or
// not, against the rule file its `ruleSet:` names; where it cannot, it says why (studio-20 F3: nothing happened).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { pasteEditorText, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const SUITE = 'home-appliances/room-air-conditioner-energy.test.yaml';
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const suite = readFileSync(join(ROOT, 'rules', SUITE), 'utf8');
const cases = (suite.match(/^ {2}- name:/gm) ?? []).length;

const fx = useStudio();

test.beforeEach(() => {
  writeFileSync(join(fx.dir, SUITE), suite);
  writeFileSync(join(fx.dir, RULE), readFileSync(join(ROOT, 'rules', RULE), 'utf8'));
});

async function openSuite(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', lang);
  await page.locator(`button.file[data-group=folder][data-path="${SUITE}"]`).click();
  await expect(page.locator('#file-name')).toContainText(SUITE);
  return errors;
}

test('the open suite runs from the editor, unsaved edits included, against its saved rule file', async ({
  page,
}) => {
  const errors = await openSuite(page, 'en');
  await page.getByRole('tab', { name: 'Tests' }).click();
  await page.locator('#run-suite').click();
  await expect(page.locator('#suite-summary')).toHaveText(`${SUITE}: ${cases} passed, 0 failed`);
  // An unsaved edit: the first case now expects grade 2.
  await pasteEditorText(page, suite.replace('    grade: "1"\n', '    grade: "2"\n'));
  await page.locator('#run-suite').click();
  await expect(page.locator('#suite-summary')).toHaveText(`${SUITE}: ${cases - 1} passed, 1 failed`, {
    timeout: 30_000,
  });
  await expect(page.locator('#failing-cases')).toContainText('grade: expected "2", got "1"');
  await expect(page.locator('#dirty')).toContainText('unsaved');
  expect(errors).toEqual([]);
});

test('a suite whose rule file is missing or broken says so, in Chinese', async ({ page }) => {
  const errors = await openSuite(page, 'zh');
  await page.getByRole('tab', { name: '测试' }).click();
  await pasteEditorText(
    page,
    suite.replace('ruleSet: ./room-air-conditioner-energy.yaml', 'ruleSet: ./nowhere.yaml'),
  );
  await page.locator('#run-suite').click();
  // At its line, as the editor's problems say it (studio-29 M2), not "open a rule file".
  await expect(page.locator('#suite')).toContainText(
    /^\d+:\d+ 本套件的 ruleSet“\.\/nowhere\.yaml”所指的文件不在本页的文件列表中$/,
  );
  writeFileSync(join(fx.dir, RULE), 'schemaVersion: 1\nid: broken\n');
  await pasteEditorText(page, suite);
  await page.locator('#run-suite').click();
  await expect(page.locator('#suite')).toContainText(
    `${RULE}：测试套件所用的这个规则文件（已保存的版本）有错误`,
  );
  expect(errors).toEqual([]);
});
