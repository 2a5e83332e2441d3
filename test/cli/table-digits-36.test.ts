/**
 * newcomer-36 M11a: under the rounded-value method, the grade table showed `88 %` against `≥ 90.0 %` where the
 * explanation shows `88.0 %` (the value at the digits it was compared at): the table read the limit's decimals from
 * its first digit alone (`9`, none). Rule set: test/fixtures/newcomer-36/water-heater.yaml (`comparison: rounded`,
 * 抗菌率 ≥ 90.0 % for 一等品; illustrative figures); pct-format.xlsx has 88 % in an Excel %-formatted cell.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const DIR = join(ROOT, 'test/fixtures/newcomer-36');
const RULES = join(DIR, 'water-heater.yaml');

describe('the table shows a value at the digits the explanation does (newcomer-36 M11a)', () => {
  it('pct-format.xlsx: 88.0 % in the table and in explain, zh and en', async () => {
    const file = join(DIR, 'pct-format.xlsx');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, file]);
    expect(zh.stdout).toContain('距一等品：抗菌率（声明时） 88.0 %（≥ 90.0 %）');
    const explain = await cli.run(['--lang', 'zh', 'explain', '-r', RULES, file, '--row', '2']);
    expect(explain.stdout).toContain('抗菌率（声明时）：88.0 %，不满足 ≥ 90.0 %（一等品）');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', RULES, file]);
    // The line is cut to the terminal's width after the value.
    expect(en.stdout).toContain('To reach First class: antibacterial 88.0 %');
  });

  it('CSV: 88 and 89.9 under ≥ 90.0 shown to one decimal; 89.95 rounds to 90.0 and meets it', async () => {
    const path = join(temp(), 'd.csv');
    const head =
      '型号,额定容量,热水输出量,24h固有能耗系数,噪声,漏电保护,能效等级,绝缘电阻,泄漏电流,输入功率偏差,抗菌率（声明时）';
    const row = (id: string, rate: string) => `${id},60,40,0.5,38,有,1,50,0.5,-2,${rate}`;
    writeFileSync(path, [head, row('A', '88'), row('B', '89.9'), row('C', '89.95'), ''].join('\n'));
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, path]);
    expect(zh.stdout).toMatch(/^1 +A +合格品 +距一等品：抗菌率（声明时） 88\.0 %（≥ 90\.0 %）$/mu);
    expect(zh.stdout).toMatch(/^2 +B +合格品 +距一等品：抗菌率（声明时） 89\.9 %（≥ 90\.0 %）$/mu);
    // 89.95 → 90.0 meets ≥ 90.0: C reaches 一等品, held below 优等品 by its output rate only.
    expect(zh.stdout).toMatch(/^3 +C +一等品 +距优等品：热水输出率 66\.67→66\.7 %（≥ 70\.0 %）$/mu);
  });
});
