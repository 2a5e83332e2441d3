/// <reference lib="dom" />
// The samples' tab under zh (studio-20 F11): pasted samples are 粘贴的文本 (notes, report, download name),
// the same record added twice gets a name of its own, a units row under the header is said, and the file
// buttons are the page's own (not the browser's "Choose File").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const SUITE = 'home-appliances/room-air-conditioner-energy.test.yaml';
const suite = readFileSync(join(ROOT, 'rules', SUITE), 'utf8');
const rule = readFileSync(join(ROOT, 'rules', RULE), 'utf8');

const fx = useStudio();

test.beforeEach(() => writeFileSync(join(fx.dir, SUITE), suite));

const openRule = (page: Page) => openRuleFile(page, fx, RULE, 'zh');

test('pasted samples are 粘贴的文本 under zh; a record added twice is a second case, named apart', async ({
  page,
}) => {
  const problems = await openRule(page);
  // A column close to an indicator's label: the hint names the sample.
  await page
    .locator('#sample-text')
    .fill('型号,机组类型,额定制冷量 cc,全年能源消耗效率 APF\nS04,heat-pump,2600,5.27\n');
  await expect(page.locator('#sample-notices')).toContainText('粘贴的文本：“额定制冷量 cc”列与指标');
  await expect(page.locator('#sample-notices')).not.toContainText('pasted');
  await page.selectOption('#lang', 'en');
  await expect(page.locator('#sample-notices')).toContainText('pasted: the column "额定制冷量 cc"');
  await page.selectOption('#lang', 'zh');
  await expect(page.locator('#sample-notices')).toContainText('粘贴的文本：');
  const download = page.waitForEvent('download');
  await page.locator('#grade-report').click();
  expect((await download).suggestedFilename()).toBe('粘贴的文本-report.html');

  await page.locator('#sample-map').fill('额定制冷量 cc=ratedCoolingCapacity');
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  const add = page.locator('#results-table tr.record[data-row="1"] button.add-case');
  await add.click();
  await expect(page.locator('#suite-summary')).toHaveText(/：通过 \d+ 个，失败 0 个$/);
  await page.getByRole('tab', { name: '样品数据' }).click();
  await add.click();
  await expect.poll(() => readFileSync(join(fx.dir, SUITE), 'utf8')).toContain('- name: S04 (2)\n');
  const text = readFileSync(join(fx.dir, SUITE), 'utf8');
  expect(text.match(/^ {2}- name: S04$/gm)).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('a units row under the header is said in the page, and the file buttons are in the page language', async ({
  page,
}) => {
  const problems = await openRule(page);
  await page
    .locator('#sample-text')
    .fill('型号,机组类型,额定制冷量,全年能源消耗效率 APF\n,,W,\nS01,heat-pump,2600,5.27\n');
  await expect(page.locator('#sample-notices')).toContainText(
    '粘贴的文本：第 2 行是表头下的单位行（W），作为表头的一部分读取，不是记录',
  );
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  // The page's own buttons open the browser's file chooser; its "Choose File" is not shown.
  for (const [input, label] of [
    ['#open-file', '打开文件…'],
    ['#sample-file', '打开样品文件'],
  ] as const) {
    const box = await page.locator(input).boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(1);
    const chooser = page.waitForEvent('filechooser');
    await page.locator(`label:has(${input}) > span`).filter({ hasText: label }).click();
    expect((await chooser).element()).toBeTruthy();
  }
  expect(problems).toEqual([]);
});

test('the notices `qgrade grade` prints for a sample are said in the page: defaults no column gives, a column empty in every record (studio-23 N12)', async ({
  page,
}) => {
  const problems = await openRule(page);
  // No 结构形式 column; 风冷式 there but empty: every record takes unitConfiguration = split and airCooled = 是.
  await page
    .locator('#sample-text')
    .fill(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式,全封闭型压缩机,气候类型\nS01,heat-pump,3500,5.1,,是,T1\n',
    );
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  const notices = page.locator('#sample-notices');
  await expect(notices).toContainText(
    '粘贴的文本：没有列给出 unitConfiguration（结构形式）：每条记录都取其默认值，unitConfiguration = "split"（分体式）；如果某列给出它，请在“列映射”框中写 <列>=unitConfiguration',
  );
  await expect(notices).toContainText(
    '粘贴的文本：第 5 列（风冷式）在每条记录中都是空的：每条记录都取其默认值，airCooled = 是（风冷式）',
  );
  await page.selectOption('#lang', 'en');
  await expect(notices).toContainText(
    'pasted: no column gives unitConfiguration (Configuration): every record takes its default, unitConfiguration = "split"; if a column holds it, write <column>=unitConfiguration in the column mapping box',
  );
  await expect(notices).toContainText('pasted: column 5 (风冷式) is empty in every record');
  // Mapped in the box: the notice goes.
  await page
    .locator('#sample-text')
    .fill(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式,全封闭型压缩机,气候类型,安装\nS01,heat-pump,3500,5.1,是,是,T1,split\n',
    );
  await page.locator('#sample-map').fill('安装=unitConfiguration');
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  await expect(page.locator('#sample-notices')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('加为测试用例 writes an enum given by its label as its code, a yes/no as true/false (studio-23 N15)', async ({
  page,
}) => {
  const problems = await openRule(page);
  await page
    .locator('#sample-text')
    .fill(
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式,全封闭型压缩机,气候类型,结构形式\nS09,热泵型,3500,4.62,是,是,T1,分体式\n',
    );
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  await page.locator('#results-table tr.record[data-row="1"] button.add-case').click();
  await expect(page.locator('#case-note')).toHaveText(`已加入测试套件：${SUITE}`);
  await expect(page.locator('#suite-summary')).toHaveText(/：通过 \d+ 个，失败 0 个$/);
  const added = readFileSync(join(fx.dir, SUITE), 'utf8').slice(suite.length);
  expect(added).toContain(
    'input: { unitType: heat-pump, ratedCoolingCapacity: 3500, airCooled: true, hermeticCompressor: true, climateType: T1, unitConfiguration: split, apf: 4.62 }',
  );
  expect(added).not.toMatch(/热泵型|分体式|是/);
  expect(problems).toEqual([]);
});

test('a suite whose cases fail for one reason lists it once, counted, with the first cases named; reasons in zh (studio-23 N8)', async ({
  page,
}) => {
  const problems = await openRule(page);
  // A new required indicator no case gives: every case's record is invalid.
  const caking =
    '  caking:\n    type: enum\n    values: [none, severe]\n    label: { zh: 结块情况, en: Caking }\n';
  await pasteEditorText(page, rule.replace('\nindicators:\n', `\nindicators:\n${caking}`));
  await page.getByRole('tab', { name: '测试' }).click();
  const summary = page.locator('#suite-summary');
  await expect(summary).toHaveText(/：通过 0 个，失败 \d+ 个$/);
  const failed = Number((await summary.textContent())!.match(/失败 (\d+) 个/)![1]);
  const entries = page.locator('#failing-cases > li');
  const groups = page.locator('#failing-cases > li.same-failure');
  // One line says what they share, with the fix.
  await expect(page.locator('#suite-cause')).toHaveText(
    `失败的 ${failed} 个用例原因相同：记录无效（缺少结块情况）。用例都没有给出 caking：请在每个用例的 input 中加上它，或在规则文件中为它写 default`,
  );
  // Few entries (a group per distinct set of problems), not one per case; their counts add up to every failed case.
  expect(await entries.count()).toBeLessThan(failed / 5);
  const counts = await groups.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.count)));
  const single = (await entries.count()) - counts.length;
  expect(counts.reduce((a, b) => a + b, 0) + single).toBe(failed);
  const biggest = groups.filter({ hasText: `${Math.max(...counts)} 个用例因同一原因失败：第 ` });
  await expect(biggest).toHaveCount(1);
  await expect(biggest).toContainText('（记录无效：缺少结块情况）');
  await expect(biggest.locator('strong')).toHaveText(
    /^\d+ 个用例因同一原因失败：第 \d+ 行 [^、]+、第 \d+ 行 [^、]+、第 \d+ 行 .+ 等（另 \d+ 个）$/,
  );
  // The not-graded reasons are named in Chinese after their codes.
  await expect(page.locator('#failing-cases')).toContainText(
    '不分级原因：预期 below-lowest-grade（未达最低等级），实际 invalid-record（记录无效）',
  );
  await expect(page.locator('#failing-cases')).not.toContainText('expected');
  // Every case is still there to see, by line and name.
  await biggest.locator('summary').click();
  await expect(biggest.locator('details p')).toContainText('；第 ');
  await page.selectOption('#lang', 'en');
  await expect(page.locator('#failing-cases')).toContainText('cases fail for the same reason: line ');
  await expect(page.locator('#suite-cause')).toContainText(
    'failing cases fail for one reason: the record is invalid (',
  );
  await expect(page.locator('#suite-cause')).toContainText(
    "No case gives caking: add it to each case's input, or give it a default in the rule file",
  );
  expect(problems).toEqual([]);
});
