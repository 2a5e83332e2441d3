/// <reference lib="dom" />
// fix-lots8 §3: the studio's lot view showed none of the notices `qgrade grade --group-by` gives: a 平均值 row
// under a lot is the lot's summary row (skipped, said), where the per-record reading grades it as a sample; a
// record with no lot is graded as the last group, said. The page shows them, with the CLI's texts.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openRuleFile, useStudio } from './studio-fixture';

const ROOT = new URL('../../', import.meta.url).pathname;
const RULE = 'building-materials/cement-lot-grade.yaml';
const SAMPLE = 'lots-notices.csv';

/**
 * Class 52.5, 28-day strengths around the rule file's 52.5 MPa limit; line 4 is L1's 平均值 row (the lot key
 * before the word), line 7 a sample whose lot was left blank.
 */
const CSV = [
  '批号,编号,cementType,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
  'L1,S1,P.O,52.5,30,53.4,180,240',
  'L1,S2,P.O,52.5,30,54.0,180,240',
  'L1,平均值,P.O,52.5,30,53.7,180,240',
  'L2,S4,P.O,52.5,30,52.5,180,240',
  'L2,S5,P.O,52.5,30,54.0,180,240',
  ',S6,P.O,52.5,30,54.0,180,240',
  '',
].join('\n');

const fx = useStudio();

/** `qgrade --lang <lang> grade --group-by 批号` on the served sample: its stderr. */
function cliStderr(lang: 'zh' | 'en'): string {
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'src/cli/main.ts'), '--lang', lang, 'grade', '-r', RULE, '--group-by', '批号', SAMPLE],
    { cwd: fx.dir, encoding: 'utf8' },
  );
  return run.stderr;
}

for (const [lang, summaryRow, keyless] of [
  [
    'zh',
    '跳过 1 行，不作为记录：汇总行（不论其数值）：第 4 行“平均值”',
    '1 条记录的 --group-by 列“批号”没有值，合为最后一组“（无值）”评级',
  ],
  [
    'en',
    'skipped 1 row, not counted as a record: summary row, skipped whatever its values: line 4 "平均值"',
    '1 record has no value in the --group-by column "批号": graded together as the last group, "(no value)"',
  ],
] as const) {
  test(`${lang}: the lot view shows grade --group-by's notices, as the CLI words them`, async ({ page }) => {
    writeFileSync(join(fx.dir, SAMPLE), CSV);
    const said = cliStderr(lang);
    expect(said).toContain(summaryRow);
    expect(said).toContain(keyless);
    await openRuleFile(page, fx, RULE, lang);
    await page.locator(`button.file[data-path="${SAMPLE}"]`).click();
    await expect(page.locator('#group-table')).toBeVisible();
    await expect(page.locator('#group-by')).toHaveValue('批号');
    const notices = page.locator('#sample-notices p');
    await expect(notices.filter({ hasText: summaryRow })).toHaveCount(1);
    await expect(notices.filter({ hasText: keyless })).toHaveCount(1);
    // Each notice the page shows for the lots is one the CLI gave, word for word.
    for (const text of await notices.allTextContents()) expect(said).toContain(text);
    // L1 is its two samples (the 平均值 row skipped), and the keyless sample is the last group.
    await expect(page.locator('#group-table tr.group')).toHaveCount(3);
    await expect(page.locator('#group-table tr.group[data-group="L1"] td').nth(0)).toHaveText('2');
    // Without grouping, the records' reading grades every row: the lot notices go.
    await page.selectOption('#group-by', '');
    await expect(page.locator('#group-table')).toHaveCount(0);
    await expect(page.locator('#sample-notices p').filter({ hasText: keyless })).toHaveCount(0);
  });
}
