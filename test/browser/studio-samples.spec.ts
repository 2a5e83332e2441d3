/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { useStudio } from './studio-fixture';

// The studio's samples, tests and compare panels say what `qgrade grade`, `test` and `compare` say.
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';
const SUITE = 'home-appliances/room-air-conditioner-energy.test.yaml';
const CSV = 'examples/air-conditioners-zh.csv';
// A sample as a lab sends it: an id column and a remarks column beside the indicators.
const PASTED = [
  '样品编号,unitType,ratedCoolingCapacity,apf,备注',
  'T01,heat-pump,3500,4.62,复检',
  'T02,heat-pump,3500,,缺 APF',
  '',
].join('\n');

const fx = useStudio();
let suiteOriginal = '';

test.beforeAll(() => {
  suiteOriginal = readFileSync(join(fx.dir, SUITE), 'utf8');
});

test.afterEach(() => {
  writeFileSync(join(fx.dir, SUITE), suiteOriginal);
});

async function openStudio(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', lang);
  await page.locator(`button.file[data-group=folder][data-path="${RULE}"]`).click();
  await expect(page.locator('#problems')).toContainText(lang === 'zh' ? '没有问题' : 'No problems');
  return problems;
}

test('"add as test case" keeps only the indicators, names the case by its sample id, and the suite still runs', async ({
  page,
}) => {
  const problems = await openStudio(page, 'zh');
  await page.locator('#sample-text').fill(PASTED);
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  await page.locator('#results-table tr.record[data-row="1"] button.add-case').click();
  await expect(page.locator('#suite-summary')).toContainText('通过');
  await expect(page.locator('#suite-summary')).not.toContainText('未能加载');
  const suite = readFileSync(join(fx.dir, SUITE), 'utf8');
  const added = suite.slice(suiteOriginal.length);
  expect(added).toContain('- name: T01\n');
  expect(added).toContain('input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.62 }');
  expect(added).not.toContain('样品编号');
  expect(added).not.toContain('备注');
  expect(problems).toEqual([]);
});

test('a suite case naming what the rule set lacks does not run: an error in the Tests tab and the editor, the other cases run', async ({
  page,
}) => {
  writeFileSync(
    join(fx.dir, SUITE),
    `${suiteOriginal}  - name: T01\n    input: { 样品编号: T01, unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.62 }\n    grade: "2"\n`,
  );
  const line = suiteOriginal.split('\n').length + 1;
  const problems = await openStudio(page, 'zh');
  await page.getByRole('tab', { name: '测试' }).click();
  const cases = (suiteOriginal.match(/^ {2}- name:/gm) ?? []).length;
  expect(cases).toBeGreaterThan(3);
  await expect(page.locator('#suite-summary')).toHaveText(
    `${SUITE}：通过 ${cases} 个，失败 0 个；1 个用例没有运行（第 ${line - 1} 行）`,
  );
  await expect(page.locator('#suite-issues')).toContainText(`${SUITE}:${line}:`);
  await expect(page.locator('#suite-issues')).toContainText('样品编号');
  await page.locator(`button.file[data-group=folder][data-path="${SUITE}"]`).click();
  await expect(page.locator(`#problem-list li[data-line="${line}"]`)).toContainText('样品编号');
  await expect(page.locator('#problems')).not.toContainText('没有问题');
  expect(problems).toEqual([]);
});

test('the column-mapping box says what is wrong with a line, as --map checks it, and header hints show', async ({
  page,
}) => {
  const problems = await openStudio(page, 'zh');
  await page.locator(`button.file[data-group=bundled][data-path="${CSV}"]`).click();
  await expect(page.locator('#record-count')).toHaveText(/^9 /);
  // Without a mapping 额定制冷量 is read as ratedCoolingCapacity (its label 额定制冷量 CC without the symbol): no hint
  // about a close column; only the defaults no column gives (风冷式 and three more), as qgrade grade says them.
  await expect(page.locator('#sample-notices p')).toHaveCount(1);
  await expect(page.locator('#sample-notices')).toContainText('：没有列给出 airCooled（风冷式）、');
  await expect(page.locator('#sample-notices')).not.toContainText('相近');
  const map = page.locator('#sample-map');
  await map.fill('额定制冷量=ratedCoolingCapacit');
  await expect(page.locator('#sample-error')).toContainText(
    '第 1 行：额定制冷量=ratedCoolingCapacit：规则集没有名为“ratedCoolingCapacit”的指标，是否要写“ratedCoolingCapacity”？',
  );
  await map.fill('额定制冷量＝ratedCoolingCapacity');
  await expect(page.locator('#sample-error')).toContainText('全角等号（U+FF1D）');
  await expect(page.locator('#sample-error')).toContainText('额定制冷量=ratedCoolingCapacity');
  await map.fill('额定制冷量 ratedCoolingCapacity');
  await expect(page.locator('#sample-error')).toContainText('列映射每行写 列=字段');
  await map.fill('额定制冷量=ratedCoolingCapacity');
  await expect(page.locator('#record-count')).toHaveText(/^9 /);
  await expect(page.locator('#sample-notices p')).toHaveCount(1);
  await expect(page.locator('#sample-notices')).not.toContainText('相近');
  expect(problems).toEqual([]);
});

test('invalid rows read 无效, failing columns and explanations name indicators and requirements by label', async ({
  page,
}) => {
  const problems = await openStudio(page, 'zh');
  await page.locator('#sample-text').fill(PASTED);
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  const valid = page.locator('#results-table tr.record[data-row="1"]');
  await expect(valid.locator('td.g')).toHaveText('2级');
  // As `qgrade grade --lang zh` names a requirement: its label and grade; the id stays for a suite's failing:.
  await expect(valid.locator('td.failing')).toHaveText('全年能源消耗效率 APF（1级）');
  const invalid = page.locator('#results-table tr.record[data-row="2"]');
  await expect(invalid.locator('td.g')).toHaveText('无效');
  // An input error, said as the invalid reason, not as a failing requirement (committee-40 M7).
  await expect(invalid.locator('td.failing')).toHaveText('记录无效：全年能源消耗效率 APF');
  // No id beside the label, as the CLI's table (studio-27 F4); it stays in the tooltip, for a suite's failing:.
  await expect(valid.locator('td.failing [data-criterion]')).toHaveAttribute('title', 'apf@1');
  await expect(invalid.locator('td.failing [data-criterion]')).toHaveCount(0);
  await invalid.locator('button.explain').click();
  const detail = page.locator('#results-table tr.detail').nth(1);
  // As `qgrade explain --lang zh` says it (studio-27 M3): the row's cell says 无效, the explanation why it is not graded.
  await expect(detail.locator('p').first()).toHaveText(
    '不分级：记录无效：缺少全年能源消耗效率 APF（第 3 行第 4 列）：这条记录的机组类型为 热泵型、额定制冷量 CC 为 3500，满足其必填条件，该指标为必填项',
  );
  await expect(detail.locator('li')).toHaveText([
    '✗ 缺少全年能源消耗效率 APF（第 3 行第 4 列）：这条记录的机组类型为 热泵型、额定制冷量 CC 为 3500，满足其必填条件，该指标为必填项',
  ]);
  await page.selectOption('#lang', 'en');
  // The report's words, as the Compare tab has them (committee-39 M3: "invalid", "2 (Grade 2)").
  await expect(invalid.locator('td.g')).toHaveText('Invalid');
  await expect(invalid.locator('td.failing')).toHaveText('Record not valid: Annual performance factor (APF)');
  await expect(valid.locator('td.g')).toHaveText('Grade 2');
  expect(problems).toEqual([]);
});

test('compare says how each side graded the records, as qgrade compare does; grades and files named in Chinese', async ({
  page,
}) => {
  const problems = await openStudio(page, 'zh');
  await page.locator('#sample-text').fill(PASTED);
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  await page.getByRole('tab', { name: '比较' }).click();
  // Another bundled rule set, of other indicators: every record is invalid under it, and the page says so.
  const other = page.locator('#compare-with option', { hasText: /^内置：.*steel/ }).first();
  await expect(other).toHaveText(/^内置：/);
  await page.selectOption('#compare-with', (await other.getAttribute('value'))!);
  // A (the rebar rule set) has one grade: its line counts 合格 and 不合格 (committee-39 M4).
  await expect(page.locator('#compare-summary')).toContainText('A 下：合格 0 条，不合格 0 条，无效 2 条');
  await expect(page.locator('#compare-summary')).toContainText('B 下：已分级 1 条，不分级 0 条，无效 1 条');
  await expect(page.locator('#compare-matrix th[data-to="2"]')).toHaveText('2级');
  await page.selectOption('#lang', 'en');
  await expect(page.locator('#compare-summary')).toContainText(
    'Under A: 0 conforming, 0 nonconforming, 2 invalid',
  );
  expect(problems).toEqual([]);
});

test('test results read in Chinese as qgrade test --lang zh prints them', async ({ page }) => {
  writeFileSync(
    join(fx.dir, SUITE),
    `${suiteOriginal}  - name: 故意写错\n    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.62 }\n    grade: "1"\n`,
  );
  const problems = await openStudio(page, 'zh');
  await page.getByRole('tab', { name: '测试' }).click();
  await expect(page.locator('#suite-summary')).toContainText(/：通过 \d+ 个，失败 1 个$/);
  await expect(page.locator('#failing-cases')).toContainText('：故意写错');
  await expect(page.locator('#failing-cases')).toContainText('等级：预期“1级”，实际“2级”');
  await expect(page.locator('#failing-cases')).not.toContainText('expected');
  expect(problems).toEqual([]);
});

test('the sample-id column qgrade grade keeps shows in the rows and in the downloaded HTML report', async ({
  page,
}) => {
  const problems = await openStudio(page, 'zh');
  await page.locator('#sample-text').fill(PASTED);
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  await expect(page.locator('#results-table thead th.kept')).toHaveText('样品编号');
  await expect(page.locator('#results-table tr.record[data-row="2"] td.kept')).toHaveText('T02');
  const download = page.waitForEvent('download');
  await page.locator('#grade-report').click();
  const report = readFileSync((await (await download).path())!, 'utf8');
  expect(report).toContain('样品编号');
  expect(report).toContain('T01');
  expect(report).toContain('T02');
  expect(problems).toEqual([]);
});

test('results say how sure the figures are; an explanation counts an n/a grade’s requirements, shows a note once and a veto as “要参与分级”, as qgrade explain does', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(fx.studio.url);
  await expect(page.locator('body[data-ready=true]')).toBeAttached();
  await page.selectOption('#lang', 'zh');
  await page
    .locator('button.file[data-group=folder][data-path="steel/low-alloy-structural-steel.yaml"]')
    .click();
  await expect(page.locator('#problems')).toContainText('没有问题');
  const steel = {
    designation: 'Q355',
    thickness: 20,
    yieldStrength: 400,
    tensileStrength: 550,
    impactTemperature: -20,
    impactEnergy: [40, 40, 40],
    carbon: 0.15,
    manganese: 1.4,
    phosphorus: 0.02,
    sulfur: 0.02,
  };
  // Row 1: hot-rolled Q355 (grades B–D only) at D. Row 2: a Q355N with F's chemistry missing F's 27 J at −60 °C.
  const rows = [
    steel,
    {
      ...steel,
      designation: 'Q355N',
      impactTemperature: -60,
      impactEnergy: [26, 26, 26],
      sulfur: 0.005,
      phosphorus: 0.015,
    },
  ];
  await page.locator('#sample-text').fill(`${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  await expect(page.locator('#provenance')).toHaveText(/^数值来源：未核实。/);

  await page.locator('#results-table tr.record[data-row="1"] button.explain').click();
  const first = page.locator('#results-table tr.detail').first();
  await expect(first).toContainText('✗ 此产品没有E级（n/a），不能评为该等级（6 项要求）');
  await expect(first).toContainText('✗ 此产品没有F级（n/a），不能评为该等级（3 项要求）');
  await expect(first).not.toContainText('--all');
  await expect(first.locator('.note', { hasText: '允许一个单个值低于规定值' })).toHaveCount(1);

  await page.locator('#results-table tr.record[data-row="2"] button.explain').click();
  const second = page.locator('#results-table tr.detail').nth(1);
  await expect(second).toContainText('要参与分级：');
  await expect(second).not.toContainText('距 B级');
  // The veto a record is told to pass carries its criterion's note under it, as `qgrade explain` prints it.
  await expect(
    second.locator('li', { hasText: '→ F级试验（−60 °C）冲击吸收能量 KV2 平均值' }).locator('.note'),
  ).toHaveText(/^注：F级的 27 J。/);
  // And how far its mean is from what meets it, as `qgrade explain` says it (standards-40 M3): 26 J, rounded to 1 J; 26.5 → 26.
  await expect(
    second.locator('li', { hasText: '→ F级试验（−60 °C）冲击吸收能量 KV2 平均值' }).locator('.shortfall'),
  ).toHaveText('差多于 0.5 J；按 GB/T 8170 修约到 1 后比较，> 26.5 J 即满足');
  expect(problems).toEqual([]);
});

test('a CSV saved by Excel on Chinese Windows (GB18030) is read as such, the page says so, and it grades as qgrade grade --encoding gb18030 does', async ({
  page,
}) => {
  const problems = await openStudio(page, 'zh');
  // "型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\n" in GB18030: decoded as UTF-8 it was all U+FFFD.
  const buffer = Buffer.from(
    'd0cdbac52cbbfad7e9c0e0d0cd2cb6eeb6a8d6c6c0e4c1bf2043432cc8abc4eac4dcd4b4cffbbac4d0a7c2ca204150460a4b312c686561742d70756d702c323630302c352e32370a',
    'hex',
  );
  await page.locator('#sample-file').setInputFiles({ name: 'gbk.csv', mimeType: 'text/csv', buffer });
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  await expect(page.locator('#sample-notices')).toContainText('gbk.csv 不是 UTF-8 文本，已按 GB18030');
  await expect(page.locator('#sample-text')).toHaveValue(
    /^型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\n/,
  );
  // 2600 W, APF 5.27: grade 1 (APF ≥ 5.00 up to 4500 W), as the CLI grades the same bytes with --encoding gb18030.
  await expect(page.locator('#results-table tr.record[data-row="1"] td.g')).toHaveText('1级');
  await page.selectOption('#lang', 'en');
  await expect(page.locator('#sample-notices')).toContainText(
    'gbk.csv is not UTF-8 text; it was read as GB18030',
  );
  // A UTF-8 file opened next has no such note.
  await page.locator('#sample-file').setInputFiles({
    name: 'utf8.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF\nK1,heat-pump,2600,5.27\n'),
  });
  await expect(page.locator('#sample-name')).toHaveText('utf8.csv');
  await expect(page.locator('#record-count')).toHaveText(/^1 /);
  // Only the defaults no column gives (as for any such sample), not the encoding note.
  await expect(page.locator('#sample-notices')).toContainText('utf8.csv: no column gives airCooled');
  await expect(page.locator('#sample-notices')).not.toContainText('GB18030');
  expect(problems).toEqual([]);
});

test('the column-mapping box and the sample messages speak of 列映射, not --map or a CLI command (studio-19 F13)', async ({
  page,
}) => {
  const problems = await openStudio(page, 'zh');
  await page.locator('#sample-text').fill(PASTED);
  await expect(page.locator('#record-count')).toHaveText(/^2 /);
  await page.locator('#sample-map').fill('备注＝remark\n能效=apff\n乱写一行');
  const error = page.locator('#sample-error');
  await expect(error.locator('p')).toHaveText([
    '第 1 行：“备注＝remark”中的“＝”是全角等号（U+FF1D），列映射只认半角“=”；请写 备注=remark',
    /^第 2 行：能效=apff：规则集没有名为“apff”的指标，是否要写“apf”？（规则集的指标：“unitType”、.*“seer”）$/,
    '第 3 行：列映射每行写 列=字段，如 屈服强度=yieldStrength；收到“乱写一行”',
  ]);
  // Two columns that give one field: the advice names the box.
  await page.locator('#sample-map').fill('');
  await page
    .locator('#sample-text')
    .fill('unitType,ratedCoolingCapacity,apf,全年能源消耗效率 APF\nheat-pump,3500,4.62,4.62\n');
  await expect(error).toContainText('都给出字段“apf”；请在“列映射”框中把其中一列映射到别处');
  await expect(error).not.toContainText('--map');
  await page.selectOption('#lang', 'en');
  await expect(error).toContainText(
    'both give the field "apf"; map one of them elsewhere in the column mapping box',
  );
  expect(problems).toEqual([]);
});
