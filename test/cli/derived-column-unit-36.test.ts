/**
 * newcomer-36 M2: a lab's column of a derived value headed with its unit (`热水输出率(%)`, `热水输出率（%）`) was
 * neither read nor compared, and nothing was said; the same column headed `热水输出率` was compared. Rule set:
 * test/fixtures/newcomer-36/v2-aliases.yaml (热水输出率 = 热水输出量 / 额定容量 × 100, unit %; illustrative figures).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = join(ROOT, 'test/fixtures/newcomer-36/v2-aliases.yaml');
const HEAD = '型号,额定容量,热水输出量,24h固有能耗系数,噪声,漏电保护,能效等级,绝缘电阻,泄漏电流,输入功率偏差';
// 37.4 / 60 × 100 = 62.33…: the sheet's 62.3 agrees, 95.0 does not.
const ROWS = ['WH-001,60,37.4,0.75,44,有,2,50,0.5,-2', 'WH-002,60,37.4,0.75,44,有,2,50,0.5,-2'];

function sheet(header: string, cells: [string, string]): string {
  const path = join(temp(), 'rate.csv');
  writeFileSync(path, `${HEAD},${header}\n${ROWS[0]},${cells[0]}\n${ROWS[1]},${cells[1]}\n`);
  return path;
}

describe("a derived value's column headed with a unit (newcomer-36 M2)", () => {
  for (const header of ['热水输出率(%)', '热水输出率（%）', '热水输出率/%', '热水输出率 %']) {
    it(`${header}: 95.0 where 62.3 is computed is named, zh and en`, async () => {
      const path = sheet(header, ['62.3', '95.0']);
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'ndjson', path]);
      expect(zh.code).toBe(0);
      expect(zh.stderr).toContain(
        `列“${header}”与计算结果不一致 1 处（共核对 2 处；该列未作为输入读取）：序号 2 WH-002：95.0 ≠ 62.33`,
      );
      const en = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', path]);
      expect(en.stderr).toContain(`column "${header}" disagrees with the computed value in 1 of 2 rows`);
    });
  }

  it('a column that agrees is said to agree', async () => {
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      sheet('热水输出率(%)', ['62.3', '62.33']),
    ]);
    expect(zh.stderr).toContain('列“热水输出率(%)”是计算结果，未作为输入读取，已与计算结果核对：一致');
  });

  it('another unit (‰) is not compared, and that is said: 623 ‰ is no disagreement with 62.3 %', async () => {
    const path = sheet('热水输出率(‰)', ['623', '623']);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'ndjson', path]);
    expect(zh.stderr).not.toContain('不一致');
    expect(zh.stderr).toContain(
      '列“热水输出率(‰)”是计算值“热水输出率”的列，但单位 ‰ 不是其单位 %：未作为输入读取，也未与计算结果核对',
    );
    const en = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', path]);
    expect(en.stderr).toContain(
      'column "热水输出率(‰)" is the computed value "Hot water output rate" in ‰, not in its unit %',
    );
  });

  it('a note after the label that is no unit is no column of the value', async () => {
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      RULES,
      '-f',
      'ndjson',
      sheet('热水输出率 备注', ['95', '95']),
    ]);
    expect(zh.stderr).not.toContain('热水输出率 备注”与计算结果');
    expect(zh.stderr).not.toContain('是计算值');
  });
});
